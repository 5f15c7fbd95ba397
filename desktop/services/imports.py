"""Import rows from a spreadsheet: map columns, preview every row (accepted, or rejected with
the reason), then write all of them or nothing, recorded as one import (undo removes it).

Kinds (:data:`KINDS`): actual costs and funding payments (this module), budget lines,
contracts and progress (:mod:`desktop.services.imports_budget`), participants
(:mod:`desktop.services.party_import`).  A row names a budget line by
phase and category (code or name, Korean or English) and, when the phase has several lines
of that category, by the line's name.  A payment row names the participant, the paid-on date,
the amount in the commitment's currency and the FX rate; the commitment is the participant's
signed one (narrowed by commitment date and phase — "전체" for the whole project — when there
are several).  The import is refused while any row is rejected.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from db.audit import append_audit
from db.engine import Database
from desktop.domain.dates import parse_date, parse_month
from desktop.domain.errors import DomainError, ValidationError
from desktop.domain.limits import check_text
from desktop.domain.money import MAX_WON, check_amount, parse_money
from desktop.domain.numbers import require_number
from desktop.interop.sheets import Sheet
from desktop.services import party_import
from desktop.services.boundary import boundary
from desktop.services.changes import Changes
from desktop.services.sheet_rows import (
    WHOLE_PROJECT, SheetKind, cell, find_line, lookups, norm, phase_number,
)

SYNONYMS = {
    **party_import.SYNONYMS,
    "phase": ("단계", "phase"), "category": ("분류", "비목", "category"),
    "name": ("항목명", "세부항목", "이름", "name", "line"),
    "month": ("월", "집행월", "연월", "month"), "amount": ("금액", "집행액", "납입액", "계약금액", "amount"),
    "note": ("비고", "메모", "note", "memo"), "party": ("기관", "참여기관", "투자자", "계약상대", "party", "investor"),
    "paid_on": ("납입일", "일자", "날짜", "paid", "date"), "fx_rate": ("환율", "fx", "rate"),
    "committed_on": ("약정일", "계약일", "체결일", "committed", "signed"),
    "budget": ("예산", "실행예산", "bac", "budget"), "start": ("시작", "start", "from"),
    "finish": ("종료", "끝", "finish", "to", "end"), "spread": ("배분", "spread"),
    "title": ("계약명", "건명", "title"), "contract_no": ("계약번호", "contract no", "number"),
    "measured_on": ("측정일", "기준일", "일자", "date"), "percent": ("진척률", "공정률", "percent", "%"),
    "etc": ("잔여", "etc", "estimate to complete"), "currency": ("통화", "currency"),
    "installed_mw": ("설치용량", "설치 mw", "installed mw", "installed_mw"),
    "energised_mw": ("가동용량", "전력 공급", "energised", "energized"),
    "installed_gpus": ("gpu", "설치 gpu"), "source": ("출처", "근거", "source"),
    "milestone": ("마일스톤", "milestone"), "cause": ("원인", "문제점", "cause"),
    "plan": ("대책", "만회", "plan"),
}


@dataclass
class ImportPreview:
    kind: str
    source: str
    accepted: list[tuple[int, dict]] = field(default_factory=list)  # (file row, values for the service)
    rejected: list[tuple[int, DomainError]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def sheet_kind(kind: str) -> SheetKind:
    """The kind of sheet ``kind`` names; a typed refusal for any other text."""
    spec = KINDS.get(kind) if isinstance(kind, str) else None
    if spec is None:
        raise ValidationError("import_kind_unknown", kind=str(kind)[:40])
    return spec


def guess_mapping(headers: list[str], kind: str) -> dict[str, int | None]:
    """Column of each field by its header (Korean or English), None when not found; for budget
    lines, ``"months"`` lists the columns headed by a month (a plan typed month by month)."""
    mapping: dict = {}
    taken: set[int] = set()
    for name in sheet_kind(kind).fields:
        mapping[name] = next((i for i, h in enumerate(headers) if i not in taken
                              and any(norm(word) in norm(h) for word in SYNONYMS[name])), None)
        if mapping[name] is not None:
            taken.add(mapping[name])
    if kind == "budget":
        mapping["months"] = [(i, month) for i, month in _month_headers(headers) if i not in taken]
    return mapping


def _month_headers(headers: list[str]) -> list[tuple[int, str]]:
    found = []
    for i, header in enumerate(headers):
        try:
            found.append((i, parse_month(header)))
        except ValidationError:
            continue
    return found


@boundary
def preview_import(db: Database, sheet: Sheet, mapping: dict, kind: str,
                   source: str = "") -> ImportPreview:
    spec = sheet_kind(kind)
    missing = [name for name in spec.required if mapping.get(name) is None]
    if missing:
        raise ValidationError("import_column_missing", field=missing[0])
    preview = ImportPreview(kind, source, notes=list(sheet.notes))
    known = lookups(db)
    for number, row in enumerate(sheet.rows, start=2):
        try:
            preview.accepted.append((number, spec.check(row, mapping, known)))
        except DomainError as error:
            preview.rejected.append((number, error))
    return preview


@boundary
def run_import(db: Database, preview: ImportPreview, *, today: date) -> Changes:
    """Write every accepted row in one transaction; nothing when any row fails.  The rows
    are recorded as one import (``Changes.entity_id``): :func:`remove_import` undoes exactly it."""
    from desktop.services.import_batches import add_rows, close_batch, import_changes, open_batch

    if preview.rejected:
        raise ValidationError("import_has_rejected_rows", count=len(preview.rejected))
    if not preview.accepted:
        raise ValidationError("import_nothing", source=preview.source)
    spec = sheet_kind(preview.kind)
    with db.atomic():
        import_id = open_batch(db, kind=preview.kind, source=preview.source)
        added = []
        for number, values in preview.accepted:
            try:
                added.append(spec.write(db, values, today).entity_id)
            except DomainError as error:
                raise ValidationError("import_row_refused", row=number, reason=error.code,
                                      **{k: v for k, v in error.params.items() if k != "row"}) from None
        add_rows(db, import_id, spec.table, added)
        summary = {"source": preview.source, "rows": len(added)}
        close_batch(db, import_id, summary)
        append_audit(db, action=f"import_{preview.kind}", entity="imports", entity_id=import_id,
                     new_value=summary)
    return import_changes(db, import_id, new=import_id, extra={"rows": len(added)})


# --------------------------------------------------------------------------- costs and payments
def _cost_row(row: list[str], mapping: dict, known: dict) -> dict:
    line = find_line(row, mapping, known)
    month = parse_month(cell(row, mapping, "month"))
    if not line["start_month"] <= month <= line["finish_month"]:
        raise ValidationError("cost_month_outside_period", field="month", month=month,
                              start=line["start_month"], finish=line["finish_month"])
    if month in known["closed"]:
        raise ValidationError("month_closed", month=month)
    amount = parse_money(cell(row, mapping, "amount"))
    if amount < 0:
        raise ValidationError("money_negative", field="amount_won", value=amount)
    return {"line_id": line["id"], "month": month, "amount_won": check_amount(amount, "amount_won"),
            "note": check_text(cell(row, mapping, "note"), "note")}


def _payment_row(row: list[str], mapping: dict, known: dict) -> dict:
    name = cell(row, mapping, "party")
    party = known["parties"].get(norm(name))
    if party is None:
        raise ValidationError("unknown_party", party=name)
    signed = known["commitments"].get(party, [])
    committed_on = parse_date(cell(row, mapping, "committed_on"), "committed_on")
    if committed_on is not None:
        signed = [c for c in signed if c["committed_on"] == committed_on.isoformat()]
    phase_text = cell(row, mapping, "phase")
    if phase_text:
        number = None if norm(phase_text) in WHOLE_PROJECT else phase_number(phase_text)
        signed = [c for c in signed if c["phase_number"] == number]
    if len(signed) != 1:
        raise ValidationError("import_commitment_unknown" if not signed else "import_commitment_ambiguous",
                              field="committed_on", party=name)
    commitment = signed[0]
    paid_on = parse_date(cell(row, mapping, "paid_on"), "paid_on")
    if paid_on is None:
        raise ValidationError("value_required", field="paid_on")
    _check_active(known, party, name, paid_on)
    fx_text = cell(row, mapping, "fx_rate")
    amount = (parse_money(cell(row, mapping, "amount")) if commitment["currency"] == "KRW"
              else _bounded(require_number(cell(row, mapping, "amount"), "amount_currency"), "amount_currency"))
    return {"commitment_id": commitment["id"], "paid_on": paid_on.isoformat(), "amount": amount,
            "fx_rate": _bounded(require_number(fx_text, "fx_rate"), "fx_rate") if fx_text else 1,
            "note": check_text(cell(row, mapping, "note"), "note")}


def _check_active(known: dict, party: int, name: str, on: date) -> None:
    """A party retired on or before ``on`` takes no record dated ``on`` (said at preview)."""
    retired = known["retired"].get(party)
    if retired and on.isoformat() >= retired:
        raise ValidationError("party_retired", field="party_id", name=name, retired_on=retired,
                              date=on.isoformat())


def _bounded(value: float, field: str) -> float:
    """A number of a sheet, refused when absurd (beyond 10¹⁵): never clamped."""
    if abs(value) > MAX_WON:
        raise ValidationError("quantity_out_of_range", field=field, value=f"{value:g}"[:40])
    return value


def _commitment_row(row: list[str], mapping: dict, known: dict) -> dict:
    name = cell(row, mapping, "party")
    party = known["parties"].get(norm(name))
    if party is None:
        raise ValidationError("unknown_party", party=name)
    committed_on = parse_date(cell(row, mapping, "committed_on"), "committed_on")
    if committed_on is None:
        raise ValidationError("value_required", field="committed_on")
    _check_active(known, party, name, committed_on)
    currency = (cell(row, mapping, "currency") or "KRW").upper()
    amount = (parse_money(cell(row, mapping, "amount")) if currency == "KRW"
              else _bounded(require_number(cell(row, mapping, "amount"), "amount_currency"), "amount_currency"))
    fx_text = cell(row, mapping, "fx_rate")
    phase_text = cell(row, mapping, "phase")
    phase_id = None
    if phase_text and norm(phase_text) not in WHOLE_PROJECT:
        number = phase_number(phase_text)
        phase_id = known["phases"].get(number)
        if phase_id is None:
            raise ValidationError("unknown_phase", phase=number)
    return {"party_id": party, "committed_on": committed_on.isoformat(), "amount": amount,
            "currency": currency, "fx_rate": _bounded(require_number(fx_text, "fx_rate"), "fx_rate") if fx_text else 1,
            "phase_id": phase_id, "note": check_text(cell(row, mapping, "note"), "note")}


def _write_commitment(db: Database, values: dict, today: date) -> Changes:
    from desktop.services.records import add_funding_commitment

    return add_funding_commitment(db, **values, today=today)


def _capacity_row(row: list[str], mapping: dict, known: dict) -> dict:
    from desktop.domain.numbers import parse_number

    number = phase_number(cell(row, mapping, "phase"))
    phase_id = known["phases"].get(number)
    if phase_id is None:
        raise ValidationError("unknown_phase", phase=number)
    measured_on = parse_date(cell(row, mapping, "measured_on"), "measured_on")
    if measured_on is None:
        raise ValidationError("value_required", field="measured_on")
    values = {"phase_id": phase_id, "measured_on": measured_on.isoformat(),
              "installed_mw": parse_number(cell(row, mapping, "installed_mw"), "installed_mw"),
              "energised_mw": parse_number(cell(row, mapping, "energised_mw"), "energised_mw"),
              "installed_gpus": parse_number(cell(row, mapping, "installed_gpus"), "installed_gpus", integer=True),
              "source": check_text(cell(row, mapping, "source"), "source")}
    installed, energised = values["installed_mw"], values["energised_mw"]
    if energised is not None and (installed is None or energised > installed):
        raise ValidationError("energised_above_installed", field="energised_mw", energised=energised,
                              installed=installed or 0)
    day = (phase_id, values["measured_on"])  # a sheet does not replace a day's measurement
    if day in known["seen"] or known["db"].execute(
            "SELECT 1 FROM capacity_measurements WHERE phase_id = ? AND measured_on = ?", day).fetchone():
        raise ValidationError("capacity_same_day", field="measured_on", date=day[1], installed="—")
    known["seen"].add(day)
    return values


def _write_capacity(db: Database, values: dict, today: date) -> Changes:
    from desktop.services.records import record_capacity

    return record_capacity(db, **values, today=today)


def _write_cost(db: Database, values: dict, today: date) -> Changes:
    from desktop.services.costs import record_actual_cost

    return record_actual_cost(db, **values, today=today)


def _write_payment(db: Database, values: dict, today: date) -> Changes:
    from desktop.services.records import record_funding_payment

    return record_funding_payment(db, **values, today=today)


def _kinds() -> dict[str, SheetKind]:
    from desktop.services import imports_budget as money, imports_report as report

    return {
        "costs": SheetKind(("phase", "category", "name", "month", "amount", "note"),
                           ("phase", "category", "month", "amount"), _cost_row, _write_cost, "actual_costs"),
        "payments": SheetKind(("party", "paid_on", "amount", "fx_rate", "committed_on", "phase", "note"),
                              ("party", "paid_on", "amount"), _payment_row, _write_payment, "funding_payments"),
        "commitments": SheetKind(("party", "committed_on", "amount", "currency", "fx_rate", "phase", "note"),
                                 ("party", "committed_on", "amount"), _commitment_row, _write_commitment,
                                 "funding_commitments"),
        "capacity": SheetKind(("phase", "measured_on", "installed_mw", "energised_mw", "installed_gpus",
                               "source"), ("phase", "measured_on"), _capacity_row, _write_capacity,
                              "capacity_measurements"),
        **money.KINDS, **report.KINDS,
        "parties": party_import.KIND,
    }


KINDS: dict[str, SheetKind] = {}
KINDS.update(_kinds())
