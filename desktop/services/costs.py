"""Actual costs, contracts and measured progress: each change one validated, audited transaction.

Cost edits put ``line_id``, ``month`` and ``delta_won`` in ``Changes.extra`` so an open
:class:`~desktop.domain.variance.MoneyView` follows with ``view.apply_actual(**extra)``;
a cost dated in a closed month is refused until the month is reopened.
"""

from __future__ import annotations

from datetime import date

from db import budget as repo
from db.audit import append_audit
from db.engine import PROJECT_ID, Database
from desktop.domain.dates import past_date, past_month
from desktop.domain.errors import ConflictError, ValidationError
from desktop.services.budget import as_month, require_line, won
from desktop.services.boundary import Row, Rows, boundary
from desktop.services.changes import Changes
from desktop.services.month_close import ensure_month_open
from desktop.services.rows import require_party, require_row


def _check_open(db: Database, month: str) -> None:
    ensure_month_open(db, month)


def _cost_changes(row: dict, delta: int, **kwargs) -> Changes:
    return Changes.of("actual_costs", entity_id=row["id"], extra={
        "line_id": row["line_id"], "month": row["month"], "delta_won": delta}, **kwargs)


@boundary
def record_actual_cost(db: Database, *, line_id: int, month: str, amount_won: int | str,
                       today: date, note: str = "", commitment_id: int | None = None) -> Changes:
    """Book an actual cost (집행) of a line in a month of the line's period that has begun."""
    amount = won(amount_won, "amount_won")
    month = past_month(as_month(month, "month"), "month", today)
    with db.atomic():
        line = require_line(db, line_id)
        if not line["start_month"] <= month <= line["finish_month"]:
            raise ValidationError("cost_month_outside_period", field="month", month=month,
                                  start=line["start_month"], finish=line["finish_month"])
        if commitment_id is not None:
            contract = require_row(db, "commitments", commitment_id)
            if contract["line_id"] != line_id:
                raise ValidationError("commitment_other_line", field="commitment_id",
                                      id=commitment_id)
        _check_open(db, month)
        row = {"project_id": PROJECT_ID, "line_id": line_id, "commitment_id": commitment_id,
               "month": month, "amount_won": amount, "note": str(note or "").strip()}
        cursor = db.execute("INSERT INTO actual_costs (project_id, line_id, commitment_id, month,"
                            " amount_won, note) VALUES (?, ?, ?, ?, ?, ?)", list(row.values()))
        row = {"id": cursor.lastrowid, **row, "is_example": 0}
        append_audit(db, action="insert", entity="actual_costs", entity_id=row["id"], new_value=row)
    return _cost_changes(row, amount, new=row)


@boundary
def set_actual_cost(db: Database, *, cost_id: int, amount_won: int | str) -> Changes:
    """Correct the amount of an actual cost; ``old`` is the previous amount."""
    amount = won(amount_won, "amount_won")
    with db.atomic():
        row = require_row(db, "actual_costs", cost_id)
        old = row["amount_won"]
        if old == amount:
            return _cost_changes(row, 0, field="amount_won", old=old, new=amount)
        _check_open(db, row["month"])
        db.execute("UPDATE actual_costs SET amount_won = ? WHERE id = ?", [amount, cost_id])
        append_audit(db, action="update", entity="actual_costs", entity_id=cost_id,
                     field="amount_won", old_value=old, new_value=amount)
    return _cost_changes(row, amount - old, field="amount_won", old=old, new=amount)


@boundary
def delete_actual_cost(db: Database, *, cost_id: int) -> Changes:
    """Remove an actual cost; ``old`` is the whole row for :func:`restore_actual_cost`."""
    with db.atomic():
        row = require_row(db, "actual_costs", cost_id)
        _check_open(db, row["month"])
        db.execute("DELETE FROM actual_costs WHERE id = ?", [cost_id])
        append_audit(db, action="delete", entity="actual_costs", entity_id=cost_id, old_value=row)
    return _cost_changes(row, -row["amount_won"], old=row)


@boundary(shapes={"row": Row("actual_costs")})
def restore_actual_cost(db: Database, *, row: dict) -> Changes:
    """Put a deleted actual cost back with its id (undo of a deletion, redo of a booking)."""
    row = dict(row)
    won(row["amount_won"], "amount_won")
    with db.atomic():
        line = require_line(db, row["line_id"])
        if not line["start_month"] <= row["month"] <= line["finish_month"]:
            raise ValidationError("cost_month_outside_period", field="month", month=row["month"],
                                  start=line["start_month"], finish=line["finish_month"])
        _check_open(db, row["month"])
        db["actual_costs"].insert(row)
        append_audit(db, action="restore", entity="actual_costs", entity_id=row["id"], new_value=row)
    return _cost_changes(row, row["amount_won"], new=row)


@boundary
def replace_month_costs(db: Database, *, line_id: int, month: str, amount_won: int | str,
                        today: date, note: str = "") -> Changes:
    """Book ``amount_won`` as the line's cost of ``month`` in place of what is booked there
    (the user chose "replace" over "add").  ``old`` lists the rows removed, ``new`` the row
    added (in a list): :func:`swap_costs` turns one into the other, for undo and redo."""
    with db.atomic():
        removed = [delete_actual_cost(db, cost_id=r["id"]).old for r in repo.month_cost_rows(
            db, line_id, as_month(month, "month"))]
        added = record_actual_cost(db, line_id=line_id, month=month, amount_won=amount_won,
                                   today=today, note=note).new
    return _cost_changes(added, added["amount_won"] - sum(r["amount_won"] for r in removed),
                         old=removed, new=[added])


@boundary(shapes={"remove": Rows("actual_costs"), "restore": Rows("actual_costs")})
def swap_costs(db: Database, *, remove: list[dict], restore: list[dict]) -> Changes:
    """Remove the rows ``remove`` and put back the rows ``restore`` (with their ids), in one
    transaction: the undo (and redo) of :func:`replace_month_costs`.  ``old``/``new`` are
    ``restore``/``remove`` so the next swap is the reverse."""
    if not remove and not restore:
        raise ValidationError("value_required", field="amount_won")
    with db.atomic():
        for row in remove:
            delete_actual_cost(db, cost_id=row["id"])
        for row in restore:
            restore_actual_cost(db, row=row)
    delta = sum(r["amount_won"] for r in restore) - sum(r["amount_won"] for r in remove)
    return _cost_changes((restore or remove)[0], delta, old=restore, new=remove)


# --------------------------------------------------------------------------- contracts


@boundary
def add_commitment(db: Database, *, line_id: int, party_id: int | None, title: str,
                   amount_won: int | str, committed_on: date | str, contract_no: str = "",
                   today: date) -> Changes:
    """A signed contract (계약) against a budget line."""
    amount = won(amount_won, "amount_won")
    signed = past_date(committed_on, "committed_on", today).isoformat()
    require_line(db, line_id)
    if party_id is not None:
        require_party(db, party_id)
    row = {"project_id": PROJECT_ID, "line_id": line_id, "party_id": party_id,
           "contract_no": str(contract_no or "").strip(), "title": str(title or "").strip(),
           "amount_won": amount, "committed_on": signed}
    with db.atomic():
        row_id = db["commitments"].insert(row).last_pk
        row = {"id": row_id, **row, "is_example": 0}
        append_audit(db, action="insert", entity="commitments", entity_id=row_id, new_value=row)
    return Changes.of("commitments", entity_id=row_id, new=row, extra={"line_id": line_id})


@boundary
def delete_commitment(db: Database, *, commitment_id: int) -> Changes:
    """Remove a contract (undo of :func:`add_commitment`); refused while costs refer to it."""
    with db.atomic():
        row = require_row(db, "commitments", commitment_id)
        used = db.execute("SELECT count(*) FROM actual_costs WHERE commitment_id = ?",
                          [commitment_id]).fetchone()[0]
        if used:
            raise ConflictError("commitment_has_costs", count=used)
        db.execute("DELETE FROM commitments WHERE id = ?", [commitment_id])
        append_audit(db, action="delete", entity="commitments", entity_id=commitment_id, old_value=row)
    return Changes.of("commitments", entity_id=commitment_id, old=row,
                      extra={"line_id": row["line_id"]})


@boundary(shapes={"row": Row("commitments")})
def restore_commitment(db: Database, *, row: dict) -> Changes:
    """Put a deleted contract back with its id."""
    row = dict(row)
    won(row["amount_won"], "amount_won")
    with db.atomic():
        require_line(db, row["line_id"])
        db["commitments"].insert(row)
        append_audit(db, action="restore", entity="commitments", entity_id=row["id"], new_value=row)
    return Changes.of("commitments", entity_id=row["id"], new=row, extra={"line_id": row["line_id"]})


# --------------------------------------------------------------------------- progress, ETC, method


@boundary
def set_month_actual(db: Database, *, line_id: int, month: str, amount_won: int | str,
                     today: date) -> Changes:
    """The actual cost of a line in a month, as typed in the variance table.

    With no entry yet one is booked; a single entry is corrected (or removed at 0); a month
    with several entries is refused (they are corrected one by one in the cost list).
    ``old`` is the previous month total, so the undo is this service with it.
    """
    amount = won(amount_won, "amount_won")
    month = as_month(month, "month")
    rows = list(db.query("SELECT * FROM actual_costs WHERE line_id = ? AND month = ? ORDER BY id",
                         [line_id, month]))
    old = sum(r["amount_won"] for r in rows)
    if len(rows) > 1:
        raise ValidationError("month_has_several_costs", field="amount_won", month=month, count=len(rows))
    if not rows:
        if not amount:
            return Changes.of("actual_costs", extra={"line_id": line_id, "month": month, "delta_won": 0},
                              old=0, new=0)
        changes = record_actual_cost(db, line_id=line_id, month=month, amount_won=amount, today=today)
    elif amount:
        changes = set_actual_cost(db, cost_id=rows[0]["id"], amount_won=amount)
    else:
        changes = delete_actual_cost(db, cost_id=rows[0]["id"])
    return Changes.of("actual_costs", entity_id=changes.entity_id, extra=changes.extra, old=old, new=amount)
