"""Rows of the schedule risk analysis: groups, estimates, the risk register, cached results."""

from __future__ import annotations

from db.engine import PROJECT_ID, Database

RISK_FIELDS = ("title", "owner", "cause", "probability", "response_plan")


def group_rows(db: Database) -> list[dict]:
    """Every group with how many tasks it holds."""
    return list(db.query(
        "SELECT g.*, (SELECT count(*) FROM task_estimates e WHERE e.group_id = g.id) AS members"
        " FROM risk_groups g WHERE g.project_id = ? ORDER BY g.name", [PROJECT_ID]))


def group_row(db: Database, group_id: int) -> dict | None:
    return next(db.query("SELECT * FROM risk_groups WHERE id = ? AND project_id = ?",
                         [group_id, PROJECT_ID]), None)


def group_members(db: Database, group_id: int) -> list[int]:
    return [r["task_id"] for r in db.query(
        "SELECT task_id FROM task_estimates WHERE group_id = ? ORDER BY task_id", [group_id])]


def estimate_rows(db: Database) -> dict[int, dict]:
    """task id → its estimate row."""
    return {r["task_id"]: r for r in db.query(
        "SELECT e.* FROM task_estimates e JOIN tasks t ON t.id = e.task_id WHERE t.project_id = ?",
        [PROJECT_ID])}


def estimate_row(db: Database, task_id: int) -> dict | None:
    return next(db.query("SELECT * FROM task_estimates WHERE task_id = ?", [task_id]), None)


def risk_rows(db: Database) -> list[dict]:
    """The register, oldest first, each with its ``impacts`` {task id: days}."""
    impacts: dict[int, dict[int, float]] = {}
    for row in db.query("SELECT i.* FROM risk_impacts i JOIN risks r ON r.id = i.risk_id"
                        " WHERE r.project_id = ? ORDER BY i.risk_id, i.task_id", [PROJECT_ID]):
        impacts.setdefault(row["risk_id"], {})[row["task_id"]] = row["impact_days"]
    return [{**r, "impacts": impacts.get(r["id"], {})}
            for r in db.query("SELECT * FROM risks WHERE project_id = ? ORDER BY id", [PROJECT_ID])]


def risk_row(db: Database, risk_id: int) -> dict | None:
    row = next(db.query("SELECT * FROM risks WHERE id = ? AND project_id = ?",
                        [risk_id, PROJECT_ID]), None)
    if row is None:
        return None
    impacts = {r["task_id"]: r["impact_days"] for r in db.query(
        "SELECT task_id, impact_days FROM risk_impacts WHERE risk_id = ? ORDER BY task_id",
        [risk_id])}
    return {**row, "impacts": impacts}


def task_names(db: Database) -> dict[int, dict]:
    """task id → id, name_ko, name_en, wbs_code, is_milestone, duration_days, parent (for labels
    and checks)."""
    return {r["id"]: r for r in db.query(
        "SELECT t.id, t.name_ko, t.name_en, t.wbs_code, t.is_milestone, t.duration_days,"
        " t.duration_elapsed, t.actual_finish_on, t.sort_order,"
        " EXISTS (SELECT 1 FROM tasks c WHERE c.parent_id = t.id) AS is_summary"
        " FROM tasks t WHERE t.project_id = ?", [PROJECT_ID])}


def cached_result(db: Database, month: str) -> dict | None:
    return next(db.query("SELECT * FROM risk_results WHERE project_id = ? AND month = ?",
                         [PROJECT_ID, month]), None)


def save_cached_result(db: Database, row: dict) -> None:
    """Insert or replace the month's cached analysis (inside the caller's transaction)."""
    db.execute(
        "INSERT INTO risk_results (project_id, month, as_of_on, iterations, seed, computed_at,"
        " results_json, digest) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (project_id, month)"
        " DO UPDATE SET as_of_on = excluded.as_of_on, iterations = excluded.iterations,"
        " seed = excluded.seed, computed_at = excluded.computed_at,"
        " results_json = excluded.results_json, digest = excluded.digest",
        [PROJECT_ID, row["month"], row["as_of_on"], row["iterations"], row["seed"],
         row["computed_at"], row["results_json"], row["digest"]])
