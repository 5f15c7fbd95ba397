"""An MSPDI file as a baseline: the file's tasks matched to the stored ones, the file's
Baseline (0) rows, and the baseline saved under a free name "<file name> 기준"."""

from __future__ import annotations

from db.bulk import insert_rows
from db.engine import PROJECT_ID, Database
from desktop.clock import utc_now
from desktop.domain.money import MAX_WON
from desktop.interop.mspdi_model import MspdiProject
from desktop.domain.dates import iso
from desktop.services.exchange_model import ImportPreview, count_notice


# --------------------------------------------------------------------------- matching (baseline)
def match_tasks(db: Database, project: MspdiProject, phase_id: int | None):
    sql = "SELECT id, wbs_code, name_ko, source_uid FROM tasks WHERE project_id = ?"
    params: list = [PROJECT_ID]
    if phase_id is not None:
        sql += " AND phase_id = ?"
        params.append(phase_id)
    by_uid: dict[str, int | None] = {}
    by_name: dict[tuple[str, str], int | None] = {}
    for r in db.query(sql, params):
        if r["source_uid"]:
            by_uid[r["source_uid"]] = None if r["source_uid"] in by_uid else r["id"]
        else:
            key = (r["wbs_code"], r["name_ko"])
            by_name[key] = None if key in by_name else r["id"]  # ambiguous: no match
    matched: dict[int, int] = {}
    unmatched: list[tuple[int, str]] = []
    used: set[int] = set()
    for t in project.tasks:
        task_id = by_uid.get(str(t.uid)) or by_name.get((t.wbs, t.name))
        if task_id is None or task_id in used:
            unmatched.append((t.uid, t.name))
        else:
            matched[t.uid] = task_id
            used.add(task_id)
    return matched, unmatched


def insert_baseline(db: Database, preview: ImportPreview, rows: list[tuple]) -> int:
    name = free_baseline_name(db, preview.file_name)
    preview.baseline_name = name
    baseline_id = db["baselines"].insert({
        "project_id": PROJECT_ID, "name": name, "is_current": 0,
        "saved_at": utc_now().isoformat(timespec="seconds"),
        "note": f"MS Project 파일 {preview.file_name}"}).last_pk
    insert_rows(db.conn, "baseline_tasks", ("baseline_id", "task_id", "start_on", "finish_on", "duration_days",
                                            "cost_won"), [(baseline_id, *row) for row in rows])
    return baseline_id


def file_baseline_rows(project: MspdiProject, notices: dict[str, int]) -> list[tuple]:
    """(UID, start, finish, duration, cost) of the file's Baseline (0), valid rows only."""
    rows = []
    for t in project.tasks:
        b = t.baseline(0) if t.baselines else None
        if b is None:
            continue
        if b.start and b.finish and b.finish < b.start or (b.duration_days or 0) < 0:
            count_notice(notices, "baselines_inconsistent")
            continue
        cost = b.cost_won if b.cost_won is not None and 0 <= b.cost_won <= MAX_WON else None
        rows.append((t.uid, iso(b.start), iso(b.finish), b.duration_days, cost))
    return rows


def free_baseline_name(db: Database, file_name: str) -> str:
    base = f"{file_name} 기준"
    taken = {r[0] for r in db.execute("SELECT name FROM baselines WHERE project_id = ?", [PROJECT_ID])}
    name, n = base, 2
    while name in taken:
        name, n = f"{base} ({n})", n + 1
    return name

