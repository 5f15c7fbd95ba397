"""Dated records: capacity measurements, expected-effect reports, funding and payments.

Each is one service call: validated with the domain's rules, written in one transaction
with one audit row.  Money is integer won; amounts in another currency are converted at
the FX rate given, and both are stored so an auditor can follow the conversion.
"""

from __future__ import annotations

import re
from datetime import date

from db.engine import PROJECT_ID, Database
from desktop.domain.dates import past_date
from desktop.domain.errors import ConflictError, ValidationError
from desktop.domain.money import MAX_WON, check_amount, round_half_away
from desktop.services.changes import Changes
from desktop.services.rows import (
    check_number, delete_audited, insert_audited, require_phase, require_row, restore_audited,
)
from desktop.services.boundary import Row, boundary

_CURRENCY = re.compile(r"[A-Z]{3}")


@boundary
def record_capacity(db: Database, *, phase_id: int, measured_on: date | str,
                    installed_mw: float | None, installed_gpus: int | None,
                    energised_mw: float | None = None, source: str = "",
                    today: date, replace: bool = False) -> Changes:
    """A dated measurement of installed (and energised) capacity of a phase.

    Energised MW above installed MW is refused.  A second measurement of the same phase on
    the same day is refused (``capacity_same_day``) unless ``replace``: then it takes the
    place of the earlier one, whose row is ``Changes.old`` (the undo puts it back with
    :func:`swap_measurement`)."""
    require_phase(db, phase_id)
    row = {
        "project_id": PROJECT_ID, "phase_id": phase_id,
        "measured_on": past_date(measured_on, "measured_on", today).isoformat(),
        "installed_mw": None if installed_mw is None else check_number(
            installed_mw, "installed_mw", maximum=100_000),
        "energised_mw": None if energised_mw is None else check_number(
            energised_mw, "energised_mw", maximum=100_000),
        "installed_gpus": None if installed_gpus is None else check_number(
            installed_gpus, "installed_gpus", maximum=100_000_000, integer=True),
        "source": source.strip(),
    }
    if row["installed_mw"] is None and row["installed_gpus"] is None:
        raise ValidationError("value_required", field="installed_mw")
    if row["energised_mw"] is not None and (row["installed_mw"] is None
                                            or row["energised_mw"] > row["installed_mw"]):
        raise ValidationError("energised_above_installed", field="energised_mw",
                              energised=row["energised_mw"], installed=row["installed_mw"] or 0)
    with db.atomic():
        earlier = next(db.query("SELECT * FROM capacity_measurements WHERE phase_id = ? AND measured_on = ?"
                                " ORDER BY id LIMIT 1", [phase_id, row["measured_on"]]), None)
        if earlier is not None and not replace:
            raise ConflictError("capacity_same_day", field="measured_on", date=row["measured_on"],
                                installed=earlier["installed_mw"] if earlier["installed_mw"] is not None else "—")
        if earlier is not None:
            delete_audited(db, "capacity_measurements", earlier["id"])
        changes = insert_audited(db, "capacity_measurements", row)
        stored = db["capacity_measurements"].get(changes.entity_id)
    return Changes.of("capacity_measurements", entity_id=changes.entity_id, old=earlier, new=stored)


class _RowOrNone(Row):
    """A row of the table, or None (nothing to put back)."""

    def check(self, db, value: object, field: str) -> None:
        if value is not None:
            super().check(db, value, field)


@boundary(shapes={"restore": _RowOrNone("capacity_measurements")})
def swap_measurement(db: Database, *, remove_id: int | None, restore: dict | None) -> Changes:
    """Remove one measurement and put another back with its id, in one step: the undo (and
    redo) of a measurement that replaced the day's earlier one."""
    with db.atomic():
        removed = delete_audited(db, "capacity_measurements", remove_id) if remove_id else None
        if restore is not None:
            restore_audited(db, "capacity_measurements", restore)
    return Changes.of("capacity_measurements", entity_id=remove_id, old=removed.old if removed else None,
                      new=restore)


@boundary
def record_kpi_report(db: Database, *, kpi_id: int, reported_on: date | str, value: int,
                      source: str, today: date) -> Changes:
    """A reported value of an expected effect, with where it comes from."""
    require_row(db, "kpis", kpi_id)
    if not source.strip():
        raise ValidationError("value_required", field="source")
    row = {"kpi_id": kpi_id, "reported_on": past_date(reported_on, "reported_on", today).isoformat(),
           "value": check_amount(value, "value"), "source": source.strip()}
    return insert_audited(db, "kpi_reports", row)


def to_won(amount: float | int, fx_rate: float | int, field: str = "amount_won") -> int:
    """Amount in a currency × FX rate (won per unit), rounded half away from zero."""
    from decimal import Decimal

    check_number(fx_rate, "fx_rate", minimum=0, maximum=1_000_000)
    if fx_rate <= 0:
        raise ValidationError("fx_rate_not_positive", field="fx_rate", value=fx_rate)
    check_number(amount, "amount_currency", maximum=MAX_WON)
    return check_amount(round_half_away(Decimal(str(amount)) * Decimal(str(fx_rate))), field)


def _currency(currency: str) -> str:
    code = str(currency).strip().upper()
    if not _CURRENCY.fullmatch(code):
        raise ValidationError("currency_invalid", field="currency", value=currency)
    return code


@boundary
def add_funding_commitment(db: Database, *, party_id: int, committed_on: date | str,
                           amount: float | int, currency: str = "KRW", fx_rate: float = 1,
                           phase_id: int | None = None, planned: bool = False,
                           note: str = "", today: date) -> Changes:
    """A party's commitment (약정), or a planned one (``planned``) for what-if views; refused
    for a party retired by then."""
    from desktop.services.parties import require_active_party

    on = past_date(committed_on, "committed_on", None if planned else today)
    require_active_party(db, party_id, on)
    if phase_id is not None:
        require_phase(db, phase_id)
    code = _currency(currency)
    if code == "KRW" and fx_rate != 1:
        raise ValidationError("fx_rate_krw", field="fx_rate", value=fx_rate)
    won = to_won(amount, fx_rate)
    row = {
        "project_id": PROJECT_ID, "party_id": party_id, "phase_id": phase_id,
        "committed_on": on.isoformat(),
        "currency": code, "amount_currency": float(amount), "fx_rate": float(fx_rate),
        "amount_won": won, "is_planned": int(planned), "note": note.strip(),
    }
    return insert_audited(db, "funding_commitments", row)


@boundary
def record_funding_payment(db: Database, *, commitment_id: int, paid_on: date | str,
                           amount: float | int, fx_rate: float = 1, note: str = "",
                           today: date) -> Changes:
    """Money paid in (납입) against a commitment, never more than what is left of it, and
    never by a party retired by then."""
    from desktop.services.parties import require_active_party

    commitment = require_row(db, "funding_commitments", commitment_id)
    if commitment["is_planned"]:
        raise ValidationError("payment_on_planned", field="commitment_id", id=commitment_id)
    on = past_date(paid_on, "paid_on", today)
    require_active_party(db, commitment["party_id"], on)
    if commitment["currency"] == "KRW" and fx_rate != 1:
        raise ValidationError("fx_rate_krw", field="fx_rate", value=fx_rate)
    won = to_won(amount, fx_rate)
    paid = db.execute("SELECT coalesce(sum(amount_currency), 0) FROM funding_payments"
                      " WHERE commitment_id = ?", [commitment_id]).fetchone()[0]
    if paid + float(amount) > commitment["amount_currency"] + 1e-9:
        raise ValidationError("payment_above_commitment", field="amount_currency",
                              remaining=commitment["amount_currency"] - paid,
                              currency=commitment["currency"])
    row = {"commitment_id": commitment_id, "paid_on": on.isoformat(),
           "currency": commitment["currency"], "amount_currency": float(amount),
           "fx_rate": float(fx_rate), "amount_won": won, "note": note.strip()}
    return insert_audited(db, "funding_payments", row)
