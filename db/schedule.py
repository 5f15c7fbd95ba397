"""Rows of the schedule: tasks in outline order, links, calendar exceptions, baselines."""

from __future__ import annotations

from db.engine import PROJECT_ID, Database


def task_rows(db: Database, ids=None) -> list[dict]:
    """Tasks with their phase number and responsible party's name, unordered (only those
    with ``ids`` when given)."""
    sql = """
        SELECT t.*, ph.number AS phase_number, pa.name_ko AS responsible_name
        FROM tasks t LEFT JOIN phases ph ON ph.id = t.phase_id
        LEFT JOIN parties pa ON pa.id = t.responsible_party_id
        WHERE t.project_id = ?"""
    if ids is None:
        return list(db.query(sql, [PROJECT_ID]))
    return [row for chunk in _chunks(ids) for row in db.query(
        sql + f" AND t.id IN ({','.join('?' * len(chunk))})", [PROJECT_ID, *chunk])]


def _chunks(ids, size: int = 500):
    """``ids`` in lists short enough for one statement's parameters."""
    ids = sorted(ids)
    return [ids[k:k + size] for k in range(0, len(ids), size)]


def progress_as_of(db: Database, until: str) -> dict[int, float]:
    """% complete of each task that has a measured history, as known on ``until`` (ISO date):
    its latest measurement dated on or before it, 0 when it was measured only later."""
    known: dict[int, float] = {}
    for task_id, percent, measured_on in db.execute(
            "SELECT task_id, percent_complete, measured_on FROM task_progress ORDER BY task_id, measured_on"):
        known.setdefault(task_id, 0.0)
        if measured_on <= until:
            known[task_id] = percent
    return known


def link_rows(db: Database, ids=None) -> list[dict]:
    """The links by id (only those with ``ids`` when given)."""
    sql = "SELECT * FROM dependencies WHERE project_id = ?"
    if ids is None:
        return list(db.query(sql + " ORDER BY id", [PROJECT_ID]))
    return [row for chunk in _chunks(ids) for row in db.query(
        sql + f" AND id IN ({','.join('?' * len(chunk))}) ORDER BY id", [PROJECT_ID, *chunk])]


def calendar_exceptions(db: Database) -> tuple[list[str], list[str]]:
    """(non-working dates, extra working dates) of the project calendar."""
    rows = list(db.query("SELECT on_date, is_working FROM calendar_exceptions WHERE project_id = ?",
                         [PROJECT_ID]))
    return ([r["on_date"] for r in rows if not r["is_working"]],
            [r["on_date"] for r in rows if r["is_working"]])


def baselines(db: Database) -> list[dict]:
    return list(db.query("SELECT * FROM baselines WHERE project_id = ? ORDER BY id", [PROJECT_ID]))


def baseline_dates(db: Database, baseline_id: int | None, task_ids=None) -> dict[int, dict]:
    """The baseline's dates of each task (only of ``task_ids`` when given)."""
    if baseline_id is None:
        return {}
    sql = "SELECT * FROM baseline_tasks WHERE baseline_id = ?"
    if task_ids is None:
        return {r["task_id"]: r for r in db.query(sql, [baseline_id])}
    return {r["task_id"]: r for chunk in _chunks(task_ids) for r in db.query(
        sql + f" AND task_id IN ({','.join('?' * len(chunk))})", [baseline_id, *chunk])}


def announced_milestone_ids(db: Database) -> set[int]:
    """Milestones of the announced plan: those in the first baseline (the MOU's, seeded)."""
    return {r[0] for r in db.execute("""
        SELECT b.task_id FROM baseline_tasks b JOIN tasks t ON t.id = b.task_id
        WHERE t.is_milestone = 1 AND b.baseline_id =
            (SELECT min(id) FROM baselines WHERE project_id = ?)""", [PROJECT_ID])}


def project_dates(db: Database) -> dict:
    return next(db.query("SELECT mou_signed_on, status_date_on FROM project WHERE id = ?",
                         [PROJECT_ID]))


def phase_rows(db: Database) -> list[dict]:
    return list(db.query("SELECT * FROM phases WHERE project_id = ? ORDER BY number", [PROJECT_ID]))
