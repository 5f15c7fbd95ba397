"""Shared steps of services that add or remove a row: look-ups that refuse, audited insert."""

from __future__ import annotations

from db.audit import append_audit
from db.engine import Database
from desktop.domain.errors import NotFoundError, ValidationError
from desktop.services.changes import Changes


def require_row(db: Database, table: str, row_id: int, code: str = "row_not_found", **params) -> dict:
    row = next(db.query(f"SELECT * FROM [{table}] WHERE id = ?", [row_id]), None)
    if row is None:
        raise NotFoundError(code, entity=table, id=row_id, **params)
    return row


def require_party(db: Database, party_id: int) -> dict:
    return require_row(db, "parties", party_id, code="unknown_party", party=party_id)


def require_phase(db: Database, phase_id: int) -> dict:
    return require_row(db, "phases", phase_id, code="unknown_phase", phase=phase_id)


def check_number(value: object, field: str, *, minimum: float = 0, maximum: float,
                 integer: bool = False) -> float | int:
    """A number within [minimum, maximum] (ints only when ``integer``), or a ValidationError."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValidationError("number_unparsable", field=field, text=str(value))
    if integer and value != int(value):
        raise ValidationError("count_invalid", field=field, value=value)
    if not minimum <= value <= maximum:
        raise ValidationError("quantity_out_of_range", field=field, value=value)
    return int(value) if integer else float(value)


def insert_audited(db: Database, table: str, row: dict, *, action: str = "insert",
                   touches: tuple[str, ...] = ()) -> Changes:
    """Insert ``row`` and its audit record in one transaction."""
    with db.atomic():
        row_id = db[table].insert(row).last_pk
        append_audit(db, action=action, entity=table, entity_id=row_id, new_value=row)
    return Changes.of(table, *touches, entity_id=row_id, new=row)


def delete_audited(db: Database, table: str, row_id: int) -> Changes:
    """Delete one row (the inverse of an insert, for undo) with its audit record."""
    with db.atomic():
        row = require_row(db, table, row_id)
        db.execute(f"DELETE FROM [{table}] WHERE id = ?", [row_id])
        append_audit(db, action="delete", entity=table, entity_id=row_id, old_value=row)
    return Changes.of(table, entity_id=row_id, old=row)


def restore_audited(db: Database, table: str, row: dict) -> Changes:
    """Put back a deleted row with its id (the undo of :func:`delete_audited`)."""
    with db.atomic():
        db[table].insert(row)
        append_audit(db, action="restore", entity=table, entity_id=row.get("id"), new_value=row)
    return Changes.of(table, entity_id=row.get("id"), new=row)
