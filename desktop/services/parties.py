"""Participants and funding parties: add, edit, retire (and bring back), delete — each one
transaction with one audit row, each undoable.

A retired party keeps its history (its commitments, payments and contracts stay and count in
every figure dated before its retirement) and takes no new record dated on or after the day
it retired.  A party that any record names cannot be deleted: the refusal says how many of
which.  Names are unique across both languages (the sheet imports find a party by either).
"""

from __future__ import annotations

from datetime import date

from db.audit import append_audit
from db.engine import PROJECT_ID, Database
from db.versions import check_version, update_versioned
from desktop.domain.dates import iso, past_date
from desktop.domain.errors import ConflictError, ValidationError
from desktop.domain.parties import (
    check_names_free, clean_name, is_active, parse_country, parse_currency, parse_foreign,
    parse_kind,
)
from desktop.services.boundary import Row, boundary
from desktop.services.changes import Changes
from desktop.services.rows import require_party

EDITED = ("name_ko", "name_en", "kind", "is_foreign", "country", "currency", "role_ko", "role_en")
"""The columns :func:`update_party` sets (all of them at once, as the dialog shows them)."""

RECORDS = (  # (table, column, what it is) — what keeps a party from being deleted
    ("funding_commitments", "party_id", "commitments"),
    ("commitments", "party_id", "contracts"),
    ("tasks", "responsible_party_id", "tasks"),
)


def party_values(db: Database, values: dict, *, own_id: int | None = None) -> dict:
    """The row values of a party as typed (words or codes), checked; or a ValidationError."""
    row = {
        "name_ko": clean_name(values.get("name_ko"), "name_ko", required=True),
        "name_en": clean_name(values.get("name_en"), "name_en", required=False),
        "kind": parse_kind(values.get("kind")).value,
        "is_foreign": int(parse_foreign(values.get("is_foreign", False))),
        "country": parse_country(values.get("country")),
        "currency": parse_currency(values.get("currency")),
        "role_ko": clean_name(values.get("role_ko"), "role_ko", required=False),
        "role_en": clean_name(values.get("role_en"), "role_en", required=False),
    }
    others = [(r[0], r[1], r[2]) for r in db.execute(
        "SELECT id, name_ko, name_en FROM parties WHERE project_id = ?", [PROJECT_ID])]
    check_names_free(row["name_ko"], row["name_en"], others, own_id)
    return row


@boundary
def add_party(db: Database, *, name_ko: str, kind: str, is_foreign: bool | str = False,
              name_en: str = "", country: str = "", currency: str = "", role_ko: str = "",
              role_en: str = "") -> Changes:
    """A new participant, listed after the others; its undo is :func:`delete_party`."""
    with db.atomic():
        row = party_values(db, {"name_ko": name_ko, "name_en": name_en, "kind": kind,
                                "is_foreign": is_foreign, "country": country, "currency": currency,
                                "role_ko": role_ko, "role_en": role_en})
        order = db.execute("SELECT coalesce(max(sort_order), -1) + 1 FROM parties WHERE project_id = ?",
                           [PROJECT_ID]).fetchone()[0]
        row.update({"project_id": PROJECT_ID, "sort_order": order})
        party_id = db["parties"].insert(row).last_pk
        append_audit(db, action="insert", entity="parties", entity_id=party_id, new_value=row)
    return Changes.of("parties", entity_id=party_id, new=party_id)


def _edited(row: dict) -> dict:
    return {key: row[key] for key in EDITED}


@boundary
def update_party(db: Database, *, party_id: int, values: dict[str, object],
                 expected_version: int | None = None) -> Changes:
    """Set every edited field of a party at once; ``Changes.old`` holds the previous ones
    (so the undo is this same call with them).  With ``expected_version`` (the row's version
    when the dialog opened) an edit over someone else's change is refused (``row_changed``)."""
    with db.atomic():
        check_version(db, "parties", party_id, expected_version)
        old = _edited(require_party(db, party_id))
        new = party_values(db, {**old, **values}, own_id=party_id)
        if new != old:
            update_versioned(db, "parties", party_id, new)
            append_audit(db, action="update", entity="parties", entity_id=party_id,
                         old_value=old, new_value=new)
    return Changes.of("parties", entity_id=party_id, old=old, new=new)


def last_record_on(db: Database, party_id: int) -> str | None:
    """The latest date of a commitment, payment or contract of the party (ISO), if any."""
    return db.execute("""
        SELECT max(d) FROM (
            SELECT committed_on AS d FROM funding_commitments WHERE party_id = :p AND is_planned = 0
            UNION ALL SELECT p.paid_on FROM funding_payments p
                JOIN funding_commitments c ON c.id = p.commitment_id WHERE c.party_id = :p
            UNION ALL SELECT committed_on FROM commitments WHERE party_id = :p)""",
                      {"p": party_id}).fetchone()[0]


@boundary
def set_party_retired(db: Database, *, party_id: int, retired_on: date | str | None,
                      today: date, expected_version: int | None = None) -> Changes:
    """Retire a party from ``retired_on`` (None brings it back).  Refused when a record of
    the party is dated on or after that day: it would be a record of a retired party."""
    on = past_date(retired_on, "retired_on", today, required=False)
    new = iso(on)
    with db.atomic():
        check_version(db, "parties", party_id, expected_version)
        party = require_party(db, party_id)
        old = party["retired_on"]
        if on is not None:
            last = last_record_on(db, party_id)
            if last is not None and last >= new:
                raise ValidationError("party_retired_before_record", field="retired_on",
                                      name=party["name_ko"], date=new, last=last)
        if new != old:
            update_versioned(db, "parties", party_id, {"retired_on": new})
            append_audit(db, action="update", entity="parties", entity_id=party_id,
                         field="retired_on", old_value=old, new_value=new)
    return Changes.of("parties", entity_id=party_id, field="retired_on", old=old, new=new)


def party_record_counts(db: Database, party_id: int) -> dict[str, int]:
    """How many records of each kind name the party (only kinds with some)."""
    counts = {}
    for table, column, what in RECORDS:
        count = db.execute(f"SELECT count(*) FROM {table} WHERE {column} = ?", [party_id]).fetchone()[0]
        if count:
            counts[what] = count
    return counts


@boundary
def delete_party(db: Database, *, party_id: int) -> Changes:
    """Delete a party no record names (``Changes.old`` is the row, for :func:`restore_party`);
    a party with records is refused — retire it instead."""
    with db.atomic():
        row = require_party(db, party_id)
        counts = party_record_counts(db, party_id)
        if counts:
            raise ConflictError("party_has_records", name=row["name_ko"],
                                commitments=counts.get("commitments", 0),
                                contracts=counts.get("contracts", 0), tasks=counts.get("tasks", 0))
        db.execute("DELETE FROM parties WHERE id = ?", [party_id])
        append_audit(db, action="delete", entity="parties", entity_id=party_id, old_value=row)
    return Changes.of("parties", entity_id=party_id, old=row)


@boundary(shapes={"row": Row("parties")})
def restore_party(db: Database, *, row: dict) -> Changes:
    """Put a deleted party back with its id (the undo of :func:`delete_party`)."""
    with db.atomic():
        db["parties"].insert(row)
        append_audit(db, action="restore", entity="parties", entity_id=row["id"], new_value=row)
    return Changes.of("parties", entity_id=row["id"], new=row["id"])


def require_active_party(db: Database, party_id: int, on: date | str) -> dict:
    """The party, refused when it retired on or before ``on`` (a new record's date)."""
    party = require_party(db, party_id)
    day = on if isinstance(on, date) else date.fromisoformat(str(on))
    retired = party["retired_on"]
    if retired and not is_active(date.fromisoformat(retired), day):
        raise ValidationError("party_retired", field="party_id", name=party["name_ko"],
                              retired_on=retired, date=day.isoformat())
    return party


def party_choices(db: Database, *, on: date) -> list[dict]:
    """The parties a new record dated ``on`` may name (retired ones left out), in list order."""
    return [r for r in db.query("SELECT * FROM parties WHERE project_id = ? ORDER BY sort_order, id",
                                [PROJECT_ID])
            if not r["retired_on"] or on < date.fromisoformat(r["retired_on"])]
