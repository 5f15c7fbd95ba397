"""Import actual costs and funding payments from a spreadsheet: map columns, preview every
row (accepted, or rejected with the reason), then write all of them or nothing.

A cost row names its budget line by phase and category (code or name, Korean or English),
the month and the amount (1,234,000 / 12억 / 1.2조).  A payment row names the participant,
the paid-on date, the amount in the commitment's currency and the FX rate; the commitment
is the participant's signed one (narrowed by commitment date and phase — "전체" for the
whole project — when there are several).  The import is refused while any row is rejected.
"""

from __future__ import annotations

from datetime import date

import re
import unicodedata
from dataclasses import dataclass, field

from db.audit import append_audit
from db.engine import Database
from desktop.domain.dates import parse_date, parse_month
from desktop.domain.errors import DomainError, ValidationError
from desktop.domain.money import parse_money
from desktop.domain.numbers import require_number
from desktop.interop.sheets import Sheet
from desktop.services.changes import Changes

COST_FIELDS = ("phase", "category", "month", "amount", "note")
PAYMENT_FIELDS = ("party", "paid_on", "amount", "fx_rate", "committed_on", "phase", "note")
REQUIRED = {"costs": ("phase", "category", "month", "amount"), "payments": ("party", "paid_on", "amount")}
SYNONYMS = {
    "phase": ("단계", "phase"), "category": ("분류", "항목", "비목", "category"),
    "month": ("월", "집행월", "연월", "month"), "amount": ("금액", "집행액", "납입액", "amount"),
    "note": ("비고", "메모", "note", "memo"), "party": ("기관", "참여기관", "투자자", "party", "investor"),
    "paid_on": ("납입일", "일자", "날짜", "paid", "date"), "fx_rate": ("환율", "fx", "rate"),
    "committed_on": ("약정일", "committed"),
}


@dataclass
class ImportPreview:
    kind: str  # "costs" | "payments"
    source: str
    accepted: list[tuple[int, dict]] = field(default_factory=list)  # (file row, values for the service)
    rejected: list[tuple[int, DomainError]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def _norm(text: str) -> str:
    return re.sub(r"[\s()/_\-·]", "", unicodedata.normalize("NFKC", text or "")).lower()


def guess_mapping(headers: list[str], kind: str) -> dict[str, int | None]:
    """Column of each field by its header (Korean or English), None when not found."""
    fields = COST_FIELDS if kind == "costs" else PAYMENT_FIELDS
    mapping: dict[str, int | None] = {}
    for name in fields:
        mapping[name] = next((i for i, h in enumerate(headers)
                              if any(_norm(word) in _norm(h) for word in SYNONYMS[name])), None)
    return mapping


def _cell(row: list[str], mapping: dict, name: str) -> str:
    index = mapping.get(name)
    return row[index].strip() if index is not None and index < len(row) else ""


def _phase_number(text: str) -> int:
    match = re.search(r"\d+", unicodedata.normalize("NFKC", text))
    if not match:
        raise ValidationError("import_phase_unknown", field="phase", text=text)
    return int(match.group())


def preview_import(db: Database, sheet: Sheet, mapping: dict[str, int | None], kind: str,
                   source: str = "") -> ImportPreview:
    missing = [name for name in REQUIRED[kind] if mapping.get(name) is None]
    if missing:
        raise ValidationError("import_column_missing", field=missing[0])
    preview = ImportPreview(kind, source, notes=list(sheet.notes))
    check = _cost_row if kind == "costs" else _payment_row
    lookups = _lookups(db)
    for number, row in enumerate(sheet.rows, start=2):
        try:
            preview.accepted.append((number, check(row, mapping, lookups)))
        except DomainError as error:
            preview.rejected.append((number, error))
    return preview


def _lookups(db: Database) -> dict:
    lines: dict[tuple[int, str], list[dict]] = {}
    for r in db.query("""SELECT l.id, l.start_month, l.finish_month, p.number, c.code, c.name_ko, c.name_en
                         FROM budget_lines l JOIN phases p ON p.id = l.phase_id
                         JOIN budget_categories c ON c.id = l.category_id"""):
        for key in {_norm(k) for k in (r["code"], r["name_ko"], r["name_en"]) if k}:
            lines.setdefault((r["number"], key), []).append(r)
    parties = {}
    for r in db.query("SELECT id, name_ko, name_en FROM parties"):
        for key in (r["name_ko"], r["name_en"]):
            if key:
                parties[_norm(key)] = r["id"]
    commitments: dict[int, list[dict]] = {}
    for r in db.query("""SELECT c.*, p.number AS phase_number FROM funding_commitments c
                         LEFT JOIN phases p ON p.id = c.phase_id WHERE c.is_planned = 0
                         ORDER BY c.committed_on, c.id"""):
        commitments.setdefault(r["party_id"], []).append(r)
    closed = {r[0] for r in db.execute("SELECT month FROM month_closes WHERE state = 'closed'")}
    return {"lines": lines, "parties": parties, "commitments": commitments, "closed": closed}


def _cost_row(row: list[str], mapping: dict, lookups: dict) -> dict:
    phase = _phase_number(_cell(row, mapping, "phase"))
    category = _cell(row, mapping, "category")
    candidates = lookups["lines"].get((phase, _norm(category)), [])
    if len(candidates) != 1:
        raise ValidationError("import_line_unknown" if not candidates else "import_line_ambiguous",
                              field="category", phase=phase, text=category)
    line = candidates[0]
    month = parse_month(_cell(row, mapping, "month"))
    if not line["start_month"] <= month <= line["finish_month"]:
        raise ValidationError("cost_month_outside_period", field="month", month=month,
                              start=line["start_month"], finish=line["finish_month"])
    if month in lookups["closed"]:
        raise ValidationError("month_closed", month=month)
    amount = parse_money(_cell(row, mapping, "amount"))
    if amount < 0:
        raise ValidationError("money_negative", field="amount_won", value=amount)
    return {"line_id": line["id"], "month": month, "amount_won": amount, "note": _cell(row, mapping, "note")}


def _payment_row(row: list[str], mapping: dict, lookups: dict) -> dict:
    name = _cell(row, mapping, "party")
    party = lookups["parties"].get(_norm(name))
    if party is None:
        raise ValidationError("unknown_party", party=name)
    signed = lookups["commitments"].get(party, [])
    committed_on = parse_date(_cell(row, mapping, "committed_on"), "committed_on")
    if committed_on is not None:
        signed = [c for c in signed if c["committed_on"] == committed_on.isoformat()]
    phase_text = _cell(row, mapping, "phase")
    if phase_text:
        number = None if _norm(phase_text) in ("전체", "사업전체", "all", "wholeproject") else _phase_number(phase_text)
        signed = [c for c in signed if c["phase_number"] == number]
    if len(signed) != 1:
        raise ValidationError("import_commitment_unknown" if not signed else "import_commitment_ambiguous",
                              field="committed_on", party=name)
    commitment = signed[0]
    paid_on = parse_date(_cell(row, mapping, "paid_on"), "paid_on")
    if paid_on is None:
        raise ValidationError("value_required", field="paid_on")
    fx_text = _cell(row, mapping, "fx_rate")
    amount = (parse_money(_cell(row, mapping, "amount")) if commitment["currency"] == "KRW"
              else require_number(_cell(row, mapping, "amount"), "amount_currency"))
    return {"commitment_id": commitment["id"], "paid_on": paid_on.isoformat(), "amount": amount,
            "fx_rate": require_number(fx_text, "fx_rate") if fx_text else 1, "note": _cell(row, mapping, "note")}


def run_import(db: Database, preview: ImportPreview, *, today: date) -> Changes:
    """Write every accepted row in one transaction; nothing when any row fails.  The rows
    are recorded as one import (``Changes.entity_id``): :func:`remove_import` undoes exactly it."""
    from desktop.services.costs import record_actual_cost
    from desktop.services.import_batches import add_rows, close_batch, import_changes, open_batch
    from desktop.services.records import record_funding_payment

    if preview.rejected:
        raise ValidationError("import_has_rejected_rows", count=len(preview.rejected))
    if not preview.accepted:
        raise ValidationError("import_nothing", source=preview.source)
    table = "actual_costs" if preview.kind == "costs" else "funding_payments"
    with db.atomic():
        import_id = open_batch(db, kind=preview.kind, source=preview.source)
        added = []
        for number, values in preview.accepted:
            try:
                if preview.kind == "costs":
                    changes = record_actual_cost(db, **values)
                else:
                    changes = record_funding_payment(db, today=today, **values)
            except DomainError as error:
                raise ValidationError("import_row_refused", row=number, reason=error.code,
                                      **{k: v for k, v in error.params.items() if k != "row"}) from None
            added.append(changes.entity_id)
        add_rows(db, import_id, table, added)
        summary = {"source": preview.source, "rows": len(added)}
        close_batch(db, import_id, summary)
        append_audit(db, action=f"import_{preview.kind}", entity="imports", entity_id=import_id,
                     new_value=summary)
    return import_changes(db, import_id, new=import_id, extra={"rows": len(added)})
