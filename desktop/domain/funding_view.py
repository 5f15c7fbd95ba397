"""The funding panel's figures, from plain funding items: shares on both bases, per phase,
with the planned commitments, what restores the minimum, and the history by month."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop.domain.funding import (
    FundingShare, compliant, foreign_needed_to_restore, foreign_share, share_history_by_month,
    shares_by_phase,
)
from desktop.domain.model import FundingItem
from desktop.domain.spread import months_between


@dataclass(frozen=True)
class PhaseShares:
    phase_number: int | None  # None = the whole project (not tied to a phase)
    committed: FundingShare
    paid_in: FundingShare


@dataclass(frozen=True)
class FundingSummary:
    minimum: float
    committed: FundingShare
    paid_in: FundingShare
    with_planned: FundingShare  # signed plus planned commitments
    compliant_committed: bool | None
    compliant_paid_in: bool | None
    planned_breaks_rule: bool  # planned commitments would take the committed share below
    restore_committed_won: int  # foreign won still needed on each basis (0 when compliant)
    restore_paid_in_won: int
    by_phase: list[PhaseShares]
    history: list[tuple[str, float | None, float | None]]


def _month(d: date) -> str:
    return f"{d.year:04d}-{d.month:02d}"


def summarize_funding(commitments: list[FundingItem], payments: list[FundingItem],
                      planned: list[FundingItem], *, minimum: float, as_of: date) -> FundingSummary:
    """Everything at ``as_of`` (items dated later are left out)."""
    signed = [c for c in commitments if c.on <= as_of]
    paid = [p for p in payments if p.on <= as_of]
    committed, paid_in = foreign_share(signed), foreign_share(paid)
    with_planned = foreign_share(signed + list(planned))
    ok_committed, ok_paid = compliant(committed, minimum), compliant(paid_in, minimum)
    breaks = bool(planned) and ok_committed is not False and compliant(with_planned, minimum) is False
    committed_by, paid_by = shares_by_phase(signed), shares_by_phase(paid)
    phases = sorted({k for k in committed_by if k is not None} | {k for k in paid_by if k is not None})
    keys = phases + ([None] if None in committed_by or None in paid_by else [])
    empty = foreign_share([])
    by_phase = [PhaseShares(k, committed_by.get(k, empty), paid_by.get(k, empty)) for k in keys]
    first = min((i.on for i in signed + paid), default=None)
    months = months_between(_month(first), _month(as_of)) if first else []
    return FundingSummary(
        minimum=minimum, committed=committed, paid_in=paid_in, with_planned=with_planned,
        compliant_committed=ok_committed, compliant_paid_in=ok_paid, planned_breaks_rule=breaks,
        restore_committed_won=foreign_needed_to_restore(committed.total_won, committed.foreign_won, minimum),
        restore_paid_in_won=foreign_needed_to_restore(paid_in.total_won, paid_in.foreign_won, minimum),
        by_phase=by_phase, history=share_history_by_month(signed, paid, months),
    )
