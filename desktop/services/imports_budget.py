"""Spreadsheet rows of the budget side: budget lines (one row per line, optional month
columns for a plan typed month by month), contracts, and progress measurements.

Each row is checked as the window's own service would check it (nothing written during the
preview) and written through that service, so an import can store nothing the window could
not; see :mod:`desktop.services.imports` for the preview and the all-or-nothing write.
"""

from __future__ import annotations

from datetime import date

from db.engine import Database
from desktop.domain.dates import month_end, parse_date, parse_month
from desktop.domain.errors import ValidationError
from desktop.domain.limits import check_text
from desktop.domain.money import check_amount, parse_money
from desktop.services.changes import Changes
from desktop.services.sheet_rows import SheetKind, cell, find_line, norm, phase_number

_SPREADS = {"균등": "even", "even": "even", "s": "s_curve", "s자": "s_curve", "s커브": "s_curve",
            "scurve": "s_curve", "월별": "manual", "직접": "manual", "manual": "manual"}


# --------------------------------------------------------------------------- budget lines
def _budget_row(row: list[str], mapping: dict, known: dict) -> dict:
    from desktop.services.budget import check_line

    number = phase_number(cell(row, mapping, "phase"))
    phase_id = known["phases"].get(number)
    if phase_id is None:
        raise ValidationError("unknown_phase", phase=number)
    category_text = cell(row, mapping, "category")
    category_id = known["categories"].get(norm(category_text))
    if category_id is None:
        raise ValidationError("import_category_unknown", field="category", text=category_text)
    plan = {month: parse_money(row[i]) for i, month in mapping.get("months", [])
            if i < len(row) and row[i].strip()}
    budget_text = cell(row, mapping, "budget")
    if not budget_text and not plan:
        raise ValidationError("value_required", field="budget_won")
    spread_text = norm(cell(row, mapping, "spread"))
    spread = _SPREADS.get(spread_text) if spread_text else ("manual" if plan else "even")
    if spread is None:
        raise ValidationError("spread_invalid", field="spread", value=cell(row, mapping, "spread"))
    values = check_line(known["db"], {
        "phase_id": phase_id, "category_id": category_id, "name": cell(row, mapping, "name"),
        "budget_won": parse_money(budget_text) if budget_text else sum(plan.values()),
        "start_month": cell(row, mapping, "start") or (min(plan) if plan else ""),
        "finish_month": cell(row, mapping, "finish") or (max(plan) if plan else ""),
        "spread": spread, "plan": plan or None})
    key = (phase_id, values["category_id"] if not values["name"] else None, norm(values["name"]))
    if key in known["seen"]:  # twice in the same file
        raise ValidationError("line_name_taken", field="name", name=values["name"] or "-", phase=number)
    known["seen"].add(key)
    return values


def _write_line(db: Database, values: dict, today: date) -> Changes:
    from desktop.services.budget import add_budget_line

    return add_budget_line(db, **values)


# --------------------------------------------------------------------------- contracts
def _contract_row(row: list[str], mapping: dict, known: dict) -> dict:
    line = find_line(row, mapping, known)
    party_text = cell(row, mapping, "party")
    party_id = known["parties"].get(norm(party_text)) if party_text else None
    if party_text and party_id is None:
        raise ValidationError("unknown_party", party=party_text)
    signed = parse_date(cell(row, mapping, "committed_on"), "committed_on")
    if signed is None:
        raise ValidationError("value_required", field="committed_on")
    amount = parse_money(cell(row, mapping, "amount"))
    if amount < 0:
        raise ValidationError("money_negative", field="amount_won", value=amount)
    return {"line_id": line["id"], "party_id": party_id,
            "title": check_text(cell(row, mapping, "title"), "title"),
            "contract_no": check_text(cell(row, mapping, "contract_no"), "contract_no"),
            "amount_won": check_amount(amount, "amount_won"),
            "committed_on": signed.isoformat()}


def _write_contract(db: Database, values: dict, today: date) -> Changes:
    from desktop.services.costs import add_commitment

    return add_commitment(db, **values, today=today)


# --------------------------------------------------------------------------- progress
def _progress_row(row: list[str], mapping: dict, known: dict) -> dict:
    from desktop.services.budget import percent_value, won

    line = find_line(row, mapping, known)
    day_text, month_text = cell(row, mapping, "measured_on"), cell(row, mapping, "month")
    if day_text:
        measured_on = parse_date(day_text, "measured_on")
    elif month_text:
        measured_on = month_end(parse_month(month_text))  # a month's measurement: its last day
    else:
        raise ValidationError("value_required", field="measured_on")
    percent, etc = cell(row, mapping, "percent"), cell(row, mapping, "etc")
    if not percent and not etc:
        raise ValidationError("value_required", field="percent_complete")
    key = (line["id"], measured_on.isoformat()[:7])
    if key in known["seen"]:
        raise ValidationError("progress_exists", field="measured_on", month=key[1])
    known["seen"].add(key)
    return {"line_id": line["id"], "measured_on": measured_on.isoformat(),
            "percent": percent_value(percent.rstrip("%")) if percent else None,
            "etc_won": won(etc, "etc_won") if etc else None}


def _write_progress(db: Database, values: dict, today: date) -> Changes:
    from desktop.services.progress import add_line_measurement

    return add_line_measurement(db, **values, today=today)


KINDS = {
    "budget": SheetKind(("phase", "category", "name", "budget", "start", "finish", "spread"),
                        ("phase", "category"), _budget_row, _write_line, "budget_lines"),
    "contracts": SheetKind(("phase", "category", "name", "party", "title", "contract_no", "amount",
                            "committed_on"),
                           ("phase", "category", "amount", "committed_on"), _contract_row,
                           _write_contract, "commitments"),
    "progress": SheetKind(("phase", "category", "name", "measured_on", "month", "percent", "etc"),
                          ("phase", "category"), _progress_row, _write_progress, "line_progress"),
}
