"""Spreadsheet rows of the monthly report: the cause and recovery plan of a late milestone
(문제점 및 대책), so an office that closes its months from the command line can write them too."""

from __future__ import annotations

from datetime import date

from db.engine import Database
from desktop.domain.dates import parse_month
from desktop.domain.errors import ConflictError, ValidationError
from desktop.domain.limits import check_text
from desktop.services.changes import Changes
from desktop.services.sheet_rows import SheetKind, cell, norm


def _remedy_row(row: list[str], mapping: dict, known: dict) -> dict:
    db = known["db"]
    month = parse_month(cell(row, mapping, "month"))
    name = cell(row, mapping, "milestone")
    found = [r["id"] for r in db.query("SELECT id, wbs_code, name_ko, name_en FROM tasks WHERE is_milestone = 1")
             if norm(name) in {norm(r["wbs_code"] or ""), norm(r["name_ko"]), norm(r["name_en"])}]
    if len(found) != 1:
        raise ValidationError("import_milestone_unknown", field="milestone", text=name)
    if db.execute("SELECT 1 FROM month_remedies WHERE month = ? AND task_id = ?", [month, found[0]]).fetchone():
        raise ConflictError("remedy_exists", field="milestone", month=month, text=name)
    cause, plan = cell(row, mapping, "cause"), cell(row, mapping, "plan")
    if not cause or not plan:
        raise ValidationError("value_required", field="cause" if not cause else "plan")
    return {"month": month, "task_id": found[0], "cause": check_text(cause, "note"),
            "plan": check_text(plan, "note")}


def _write_remedy(db: Database, values: dict, today: date) -> Changes:
    from desktop.services.report_inputs import set_month_remedy

    return set_month_remedy(db, **values)


KINDS = {"remedies": SheetKind(("month", "milestone", "cause", "plan"), ("month", "milestone", "cause", "plan"),
                               _remedy_row, _write_remedy, "month_remedies")}
