"""Read the funding figures; the writes are in desktop.services.records."""

from __future__ import annotations

from datetime import date

from db import funding as repo
from db.engine import Database
from desktop.domain.dates import from_iso
from desktop.domain.funding import what_if
from desktop.domain.funding_view import FundingSummary, summarize_funding
from desktop.domain.model import FundingItem
from desktop.services.boundary import boundary


def _item(row: dict, on_key: str) -> FundingItem:
    return FundingItem(party_id=row.get("party_id", 0), foreign=bool(row["is_foreign"]),
                       phase_number=row["phase_number"], amount_won=row["amount_won"],
                       on=from_iso(row[on_key]))


@boundary
def load_funding(db: Database, *, as_of: date) -> tuple[list[dict], list[dict], FundingSummary]:
    """(commitment rows, payment rows, summary at ``as_of``)."""
    commitments, payments = repo.commitment_rows(db), repo.payment_rows(db)
    minimum = db.execute("SELECT min_foreign_share FROM project WHERE id = 1").fetchone()[0]
    summary = summarize_funding(
        [_item(r, "committed_on") for r in commitments if not r["is_planned"]],
        [_item(r, "paid_on") for r in payments],
        [_item(r, "committed_on") for r in commitments if r["is_planned"]],
        minimum=minimum, as_of=as_of)
    return commitments, payments, summary


@boundary
def proposal_effect(summary: FundingSummary, amount_won: int, foreign: bool):
    """What a proposed commitment would do to the committed share (what-if)."""
    return what_if(summary.committed.total_won, summary.committed.foreign_won, amount_won,
                   foreign, summary.minimum)
