"""Rows of the schedule: tasks in outline order, links, calendar exceptions, baselines."""

from __future__ import annotations

from db.engine import PROJECT_ID, Database


def task_rows(db: Database) -> list[dict]:
    """Tasks with their phase number and responsible party's name, unordered."""
    return list(db.query("""
        SELECT t.*, ph.number AS phase_number, pa.name_ko AS responsible_name
        FROM tasks t LEFT JOIN phases ph ON ph.id = t.phase_id
        LEFT JOIN parties pa ON pa.id = t.responsible_party_id
        WHERE t.project_id = ?""", [PROJECT_ID]))


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


def link_rows(db: Database) -> list[dict]:
    return list(db.query("SELECT * FROM dependencies WHERE project_id = ? ORDER BY id", [PROJECT_ID]))


def calendar_exceptions(db: Database) -> tuple[list[str], list[str]]:
    """(non-working dates, extra working dates) of the project calendar."""
    rows = list(db.query("SELECT on_date, is_working FROM calendar_exceptions WHERE project_id = ?",
                         [PROJECT_ID]))
    return ([r["on_date"] for r in rows if not r["is_working"]],
            [r["on_date"] for r in rows if r["is_working"]])


def baselines(db: Database) -> list[dict]:
    return list(db.query("SELECT * FROM baselines WHERE project_id = ? ORDER BY id", [PROJECT_ID]))


def baseline_dates(db: Database, baseline_id: int | None) -> dict[int, dict]:
    if baseline_id is None:
        return {}
    return {r["task_id"]: r for r in db.query(
        "SELECT * FROM baseline_tasks WHERE baseline_id = ?", [baseline_id])}


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
