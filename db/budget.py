"""Budget rows: lines with their monthly plans, contracts, actual costs, categories, settings.

Named queries only; the rules are in desktop.services.budget and desktop.domain.variance.
"""

from __future__ import annotations

from db.engine import PROJECT_ID, Database
from desktop.domain.variance_model import (
    SETTING_INDEX_OVER, SETTING_INDEX_WATCH, SETTING_OVER, SETTING_WATCH, BudgetLineInput,
)


_LINES = """
    SELECT l.*, ph.number AS phase_number, c.code AS category_code,
           c.name_ko AS category_name_ko, c.name_en AS category_name_en,
           c.sort_order AS category_order,
           coalesce((SELECT sum(planned_won) FROM budget_plan_months m WHERE m.line_id = l.id), 0)
               AS planned_total_won
    FROM budget_lines l JOIN phases ph ON ph.id = l.phase_id
    JOIN budget_categories c ON c.id = l.category_id
    WHERE l.project_id = ? {where}
    ORDER BY ph.number, c.sort_order, c.code, l.id"""


def line_rows(db: Database, *, phase: int | None = None) -> list[dict]:
    """Budget lines with phase number, category and the sum of their monthly plan."""
    if phase is None:
        return list(db.query(_LINES.format(where=""), [PROJECT_ID]))
    return list(db.query(_LINES.format(where="AND ph.number = ?"), [PROJECT_ID, phase]))


def line_row(db: Database, line_id: int) -> dict | None:
    return next(db.query("SELECT * FROM budget_lines WHERE id = ?", [line_id]), None)


def plan_of(db: Database, line_id: int) -> dict[str, int]:
    """One line's monthly plan, month → planned won, in month order."""
    return dict(db.execute("SELECT month, planned_won FROM budget_plan_months WHERE line_id = ?"
                           " ORDER BY month", [line_id]).fetchall())


def plans(db: Database) -> dict[int, dict[str, int]]:
    """Every line's monthly plan (one query)."""
    result: dict[int, dict[str, int]] = {}
    for line_id, month, won in db.execute(
            "SELECT line_id, month, planned_won FROM budget_plan_months ORDER BY line_id, month"):
        plan = result.get(line_id)
        if plan is None:
            plan = result[line_id] = {}
        plan[month] = won
    return result


def write_plan(db: Database, line_id: int, plan: dict[str, int]) -> None:
    """Replace a line's monthly plan (inside the caller's transaction)."""
    db.execute("DELETE FROM budget_plan_months WHERE line_id = ?", [line_id])
    db.conn.executemany("INSERT INTO budget_plan_months (line_id, month, planned_won) VALUES (?, ?, ?)",
                        [(line_id, month, won) for month, won in plan.items()])


def commitment_sums(db: Database) -> dict[int, int]:
    return dict(db.execute("SELECT line_id, sum(amount_won) FROM commitments WHERE project_id = ?"
                           " GROUP BY line_id", [PROJECT_ID]).fetchall())


def actual_sums(db: Database) -> list[tuple[int, str, int]]:
    """Actual costs added up per line and month: (line id, month, won)."""
    return db.execute("SELECT line_id, month, sum(amount_won) FROM actual_costs"
                      " GROUP BY line_id, month").fetchall()


def project_start_month(db: Database) -> str | None:
    """The month of the MOU: no budget line starts before the project."""
    row = db.execute("SELECT mou_signed_on FROM project WHERE id = ?", [PROJECT_ID]).fetchone()
    return row[0][:7] if row and row[0] else None


def line_named(db: Database, phase_id: int, category_id: int, name: str,
               exclude: int | None = None) -> dict | None:
    """Another line of the phase with this name (unnamed: another unnamed one of the category)."""
    sql = ("SELECT l.id, ph.number AS phase_number FROM budget_lines l JOIN phases ph ON ph.id = l.phase_id"
           " WHERE l.phase_id = ? AND l.name = ? AND l.id IS NOT ?")
    params: list = [phase_id, name, exclude]
    if not name:
        sql += " AND l.category_id = ?"
        params.append(category_id)
    return next(db.query(sql + " LIMIT 1", params), None)


def spent_and_contracted(db: Database, line_id: int) -> tuple[int, int]:
    """What a line has spent (all its actual costs) and contracted."""
    spent = db.execute("SELECT coalesce(sum(amount_won), 0) FROM actual_costs WHERE line_id = ?",
                       [line_id]).fetchone()[0]
    contracted = db.execute("SELECT coalesce(sum(amount_won), 0) FROM commitments WHERE line_id = ?",
                            [line_id]).fetchone()[0]
    return spent, contracted


def month_cost_rows(db: Database, line_id: int, month: str) -> list[dict]:
    """The costs booked for a line in one month."""
    return list(db.query("SELECT * FROM actual_costs WHERE line_id = ? AND month = ? ORDER BY id",
                         [line_id, month]))


def cost_rows(db: Database, line_id: int) -> list[dict]:
    return list(db.query("SELECT * FROM actual_costs WHERE line_id = ? ORDER BY month, id", [line_id]))


def commitment_rows(db: Database, line_id: int | None = None) -> list[dict]:
    sql = """SELECT c.*, p.name_ko AS party_ko, p.name_en AS party_en,
                    coalesce((SELECT sum(amount_won) FROM actual_costs a WHERE a.commitment_id = c.id), 0)
                        AS spent_won
             FROM commitments c LEFT JOIN parties p ON p.id = c.party_id
             WHERE c.project_id = ? {where} ORDER BY c.committed_on, c.id"""
    if line_id is None:
        return list(db.query(sql.format(where=""), [PROJECT_ID]))
    return list(db.query(sql.format(where="AND c.line_id = ?"), [PROJECT_ID, line_id]))


def count_costs(db: Database, line_id: int) -> int:
    return db.execute("SELECT count(*) FROM actual_costs WHERE line_id = ?", [line_id]).fetchone()[0]


def count_commitments(db: Database, line_id: int) -> int:
    return db.execute("SELECT count(*) FROM commitments WHERE line_id = ?", [line_id]).fetchone()[0]


def costs_outside(db: Database, line_id: int, start_month: str, finish_month: str) -> list[str]:
    """Months of the line's actual costs that fall outside ``start_month``..``finish_month``."""
    return [r[0] for r in db.execute(
        "SELECT DISTINCT month FROM actual_costs WHERE line_id = ? AND (month < ? OR month > ?)"
        " ORDER BY month", [line_id, start_month, finish_month])]


def categories(db: Database) -> list[dict]:
    return list(db.query("SELECT * FROM budget_categories WHERE project_id = ?"
                         " ORDER BY sort_order, id", [PROJECT_ID]))


def eac_method(db: Database) -> str:
    return db.execute("SELECT eac_method FROM project WHERE id = ?", [PROJECT_ID]).fetchone()[0]


def variance_settings(db: Database) -> dict[str, str]:
    """The variance thresholds' settings (percent text), only those that are set."""
    return dict(db.execute("SELECT key, value FROM project_settings WHERE project_id = ?"
                           " AND key IN (?, ?, ?, ?)", [PROJECT_ID, SETTING_WATCH, SETTING_OVER,
                                                       SETTING_INDEX_WATCH, SETTING_INDEX_OVER]).fetchall())


def line_inputs(db: Database, *, phase: int | None = None,
                progress_until: str) -> list[BudgetLineInput]:
    """Budget lines as the variance view reads them, with their progress as known on
    ``progress_until`` (ISO date): measurements dated after it are not known yet.  A line's
    % complete and ETC are its latest measurement's; ``progress`` is its monthly history."""
    rows = line_rows(db, phase=phase)
    all_plans = plans(db)
    history = progress_history(db, until=progress_until)
    result = []
    for r in rows:
        measured = history.get(r["id"], [])
        percents = [(m["month"], m["percent_complete"]) for m in measured
                    if m["percent_complete"] is not None]
        etcs = [m["etc_won"] for m in measured if m["etc_won"] is not None]
        result.append(BudgetLineInput(
            id=r["id"], phase=r["phase_number"], category_code=r["category_code"],
            budget_won=r["budget_won"], start_month=r["start_month"],
            finish_month=r["finish_month"], plan=all_plans.get(r["id"], {}),
            etc_won=etcs[-1] if etcs else None,
            percent_complete=percents[-1][1] if percents else None, name=r["name"],
            category_name=r["category_name_ko"], category_order=r["category_order"],
            progress=tuple(percents)))
    return result


def progress_history(db: Database, *, until: str | None = None) -> dict[int, list[dict]]:
    """Each line's measurements (dated on or before ``until``), oldest first."""
    sql = ("SELECT p.* FROM line_progress p JOIN budget_lines l ON l.id = p.line_id"
           " WHERE l.project_id = ?")
    params: list = [PROJECT_ID]
    if until is not None:
        sql += " AND p.measured_on <= ?"
        params.append(until)
    history: dict[int, list[dict]] = {}
    for row in db.query(sql + " ORDER BY p.line_id, p.measured_on", params):
        history.setdefault(row["line_id"], []).append(row)
    return history


def progress_row(db: Database, line_id: int, month: str) -> dict | None:
    return next(db.query("SELECT * FROM line_progress WHERE line_id = ? AND month = ?",
                         [line_id, month]), None)


def previous_progress(db: Database, line_id: int, month: str) -> dict | None:
    """The line's last measurement of % complete before ``month``."""
    return next(db.query("SELECT * FROM line_progress WHERE line_id = ? AND month < ?"
                         " AND percent_complete IS NOT NULL ORDER BY month DESC LIMIT 1",
                         [line_id, month]), None)


def line_choices(db: Database) -> list[dict]:
    """Every line with its phase number and category code, in the order the tree shows them."""
    return list(db.query("""SELECT l.id, l.name, p.number, c.code FROM budget_lines l
        JOIN phases p ON p.id = l.phase_id JOIN budget_categories c ON c.id = l.category_id
        WHERE l.project_id = ? ORDER BY p.number, c.sort_order, l.id""", [PROJECT_ID]))


def month_actual_sums(db: Database, month: str) -> dict[int, int]:
    """Actual costs booked in ``month``, by line."""
    return {r[0]: r[1] for r in db.execute(
        "SELECT line_id, sum(amount_won) FROM actual_costs WHERE project_id = ? AND month = ?"
        " GROUP BY line_id", [PROJECT_ID, month])}


def month_span(db: Database) -> tuple[str | None, str | None]:
    """The first and last month of any budget line (None, None without lines)."""
    return tuple(db.execute("SELECT min(start_month), max(finish_month) FROM budget_lines"
                            " WHERE project_id = ?", [PROJECT_ID]).fetchone())
