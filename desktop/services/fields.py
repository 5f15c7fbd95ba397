"""Edit one field of the project, a phase or a task: validated, audited, undoable.

Each editable field is declared once with its kind; ``update_field`` checks the value with
the domain's rules and writes it in one transaction with one audit row.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from db.engine import Database

from db.audit import append_audit
from db.versions import check_version, update_versioned
from desktop.domain.dates import check_period, from_iso, parse_date
from desktop.domain.errors import NotFoundError, ValidationError
from desktop.domain.money import check_amount
from desktop.domain.numbers import require_number
from desktop.services.changes import Changes
from desktop.services.boundary import boundary


@dataclass(frozen=True)
class FieldSpec:
    kind: str  # text, date, won, mw, count, percent, share
    nullable: bool = True
    period_with: tuple[str, str] | None = None  # (start column, finish column)


_PHASE_PERIOD = ("planned_start_on", "planned_finish_on")
_TASK_PLAN = ("start_on", "finish_on")
_TASK_ACTUAL = ("actual_start_on", "actual_finish_on")

EDITABLE = {
    "project": {
        "name_ko": FieldSpec("text", nullable=False),
        "name_en": FieldSpec("text"),
        "total_investment_won": FieldSpec("won"),
        "site_m2": FieldSpec("area"),
        "min_foreign_share": FieldSpec("share", nullable=False),
        "construction_start_deadline_on": FieldSpec("date"),
    },
    "phases": {
        "name_ko": FieldSpec("text", nullable=False),
        "name_en": FieldSpec("text"),
        "planned_start_on": FieldSpec("date", period_with=_PHASE_PERIOD),
        "planned_finish_on": FieldSpec("date", period_with=_PHASE_PERIOD),
        "target_mw": FieldSpec("mw"),
        "target_gpus": FieldSpec("count"),
    },
    "tasks": {
        "name_ko": FieldSpec("text", nullable=False),
        "name_en": FieldSpec("text"),
        "start_on": FieldSpec("date", period_with=_TASK_PLAN),
        "finish_on": FieldSpec("date", period_with=_TASK_PLAN),
        "actual_start_on": FieldSpec("date", period_with=_TASK_ACTUAL),
        "actual_finish_on": FieldSpec("date", period_with=_TASK_ACTUAL),
        "percent_complete": FieldSpec("percent", nullable=False),
        "wbs_code": FieldSpec("text"),
        "responsible_party_id": FieldSpec("party"),
    },
}


_MOVES_DATES = {"start_on", "finish_on", "actual_start_on", "actual_finish_on", "percent_complete"}
"""Task fields the schedule is computed from; the rest (names, WBS, party) move no date."""


def clean_value(spec: FieldSpec, field: str, value: object) -> object:
    """The value as it is stored (ISO text for dates), or a ValidationError."""
    if value is None or (isinstance(value, str) and not value.strip() and spec.kind != "text"):
        if not spec.nullable:
            raise ValidationError("value_required", field=field)
        return None
    if spec.kind == "text":
        text = str(value).strip()
        if not text and not spec.nullable:
            raise ValidationError("value_required", field=field)
        return text
    if spec.kind == "date":
        parsed = value if isinstance(value, date) else parse_date(str(value), field)
        return parsed.isoformat()
    if spec.kind == "won":
        return check_amount(value, field)
    number = require_number(value, field)
    if spec.kind == "count":
        if number != int(number) or number < 0 or number > 100_000_000:
            raise ValidationError("count_invalid", field=field, value=value)
        return int(number)
    if spec.kind in ("mw", "area"):
        if number < 0 or number > 1_000_000:
            raise ValidationError("quantity_out_of_range", field=field, value=value)
        return number
    if spec.kind == "percent":
        if not 0 <= number <= 100:
            raise ValidationError("percent_out_of_range", field=field, value=value)
        return number
    if spec.kind == "share":
        if not 0 <= number <= 1:
            raise ValidationError("share_out_of_range", field=field, value=value)
        return number
    raise AssertionError(spec.kind)


def party_id(db: Database, value: object) -> int | None:
    """A participant given by id or by its Korean or English name; blank = nobody."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        row = db.execute("SELECT id FROM parties WHERE id = ?", [value]).fetchone()
    else:
        text = str(value).strip()
        row = db.execute("SELECT id FROM parties WHERE name_ko = ? OR name_en = ?", [text, text]).fetchone()
    if row is None:
        raise NotFoundError("unknown_party", party=value)
    return row[0]


@boundary
def update_field(db: Database, *, entity: str, entity_id: int, field: str,
                 value: object, expected_version: int | None = None) -> Changes:
    """Set ``entity.field`` of row ``entity_id`` to ``value``; one transaction, one audit row.

    With ``expected_version`` (the row's version when the user started the edit) the edit is
    refused with ``row_changed`` (who and when) if someone else changed the row since.
    ``Changes.extra["version"]`` is the row's version after the call."""
    spec = EDITABLE.get(entity, {}).get(field)
    if spec is None:
        raise ValidationError("field_not_editable", field=f"{entity}.{field}")
    new = party_id(db, value) if spec.kind == "party" else clean_value(spec, field, value)
    with db.atomic():
        row = db.execute(f"SELECT * FROM [{entity}] WHERE id = ?", [entity_id]).fetchone()
        if row is None:
            raise NotFoundError("row_not_found", entity=entity, id=entity_id)
        columns = [d[0] for d in db.execute(f"SELECT * FROM [{entity}] LIMIT 0").description]
        current = dict(zip(columns, row))
        check_version(db, entity, entity_id, expected_version)
        old = current[field]
        if spec.period_with:
            start_col, finish_col = spec.period_with
            merged = {**current, field: new}
            check_period(from_iso(merged[start_col]), from_iso(merged[finish_col]), field)
        reschedule = entity == "tasks" and field in _MOVES_DATES
        if old == new:
            return Changes.of(entity, entity_id=entity_id, field=field, old=old, new=new,
                              reschedule=reschedule, extra={"version": current["version"]})
        version = update_versioned(db, entity, entity_id, {field: new},
                                   expected_version=current["version"])
        append_audit(db, action="update", entity=entity, entity_id=entity_id, field=field,
                     old_value=old, new_value=new)
    return Changes.of(entity, entity_id=entity_id, field=field, old=old, new=new,
                      reschedule=reschedule, extra={"version": version})
