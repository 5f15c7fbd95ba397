"""The foreign-capital rule: at least a minimum share (30 %) of the money is foreign.

Amounts are integer won; shares are computed exactly with :class:`fractions.Fraction` and
handed out as floats.  A share of nothing (total 0) is ``None`` ("not known"), never 0.

Minimum shares are exact fractions: ``Fraction(3, 10)``, or a float/str such as ``0.3``
read exactly from its decimal text (``Fraction(str(0.3)) == Fraction(3, 10)``).

Funding items are :class:`desktop.domain.model.FundingItem` (commitments and payments alike),
or any object with ``foreign``, ``amount_won``, ``on`` and ``phase_number``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from fractions import Fraction
from typing import Iterable, NamedTuple, Protocol, Sequence

#: The plan's rule: at least 30 % foreign capital.
MIN_FOREIGN_SHARE = Fraction(3, 10)

ShareLike = Fraction | float | int | str


class FundingLike(Protocol):
    foreign: bool
    amount_won: int
    on: date


@dataclass(frozen=True)
class FundingShare:
    """Total and foreign amounts and the foreign share (None when the total is 0)."""

    total_won: int
    foreign_won: int
    share: float | None

    @property
    def domestic_won(self) -> int:
        return self.total_won - self.foreign_won

    @property
    def exact(self) -> Fraction | None:
        """The share as an exact fraction (None when the total is 0)."""
        return Fraction(self.foreign_won, self.total_won) if self.total_won else None


class WhatIf(NamedTuple):
    """Effect of one proposed amount on the foreign share."""

    share_before: float | None
    share_after: float | None
    compliant_after: bool | None


# --------------------------------------------------------------------------- basics


def as_fraction(value: ShareLike) -> Fraction:
    """A share or minimum as an exact fraction; floats are read from their decimal text."""
    if isinstance(value, Fraction):
        return value
    if isinstance(value, float):
        return Fraction(str(value))
    return Fraction(value)


def _minimum(minimum: ShareLike) -> Fraction:
    value = as_fraction(minimum)
    if not 0 <= value <= 1:
        raise ValueError(f"minimum share must be within 0..1, got {minimum!r}")
    return value


def phase_of(item: object) -> int | None:
    """The phase number of an item, None if unassigned (whole project)."""
    return item.phase_number


def month_key(on: date) -> str:
    return f"{on.year:04d}-{on.month:02d}"


def _check_totals(total_won: int, foreign_won: int) -> None:
    if total_won < 0 or foreign_won < 0 or foreign_won > total_won:
        raise ValueError(f"need 0 <= foreign ({foreign_won}) <= total ({total_won})")


def make_share(total_won: int, foreign_won: int) -> FundingShare:
    """A :class:`FundingShare` from two sums."""
    share = float(Fraction(foreign_won, total_won)) if total_won else None
    return FundingShare(total_won=total_won, foreign_won=foreign_won, share=share)


def foreign_share(amounts: Iterable[FundingLike]) -> FundingShare:
    """Sum the items and the foreign ones; the share is None when the total is 0."""
    total = foreign = 0
    for item in amounts:
        total += item.amount_won
        if item.foreign:
            foreign += item.amount_won
    return make_share(total, foreign)


def compliant(share: FundingShare | ShareLike | None,
              minimum: ShareLike = MIN_FOREIGN_SHARE) -> bool | None:
    """Whether a share meets the minimum; None when the share is not known.

    A :class:`FundingShare` is compared exactly; a float share is read from its decimal
    text, so a float ``0.3`` meets the minimum ``0.30``.
    """
    if isinstance(share, FundingShare):
        share = share.exact
    if share is None:
        return None
    return as_fraction(share) >= _minimum(minimum)


# --------------------------------------------------------------------------- breakdowns


def shares_by_phase(items: Iterable[FundingLike], *,
                    cumulative: bool = False) -> dict[int | None, FundingShare]:
    """Shares per phase, phases in ascending order, unassigned items (key None) last.

    With ``cumulative=True`` phase *k* holds every item of phases 1..k, and the None key
    (present only when some items have no phase) holds all items.
    """
    items = list(items)
    numbers = sorted({p for p in map(phase_of, items) if p is not None})
    result: dict[int | None, FundingShare] = {}
    for number in numbers:
        if cumulative:
            chosen = [i for i in items if phase_of(i) is not None and phase_of(i) <= number]
        else:
            chosen = [i for i in items if phase_of(i) == number]
        result[number] = foreign_share(chosen)
    if any(phase_of(i) is None for i in items):
        unassigned = items if cumulative else [i for i in items if phase_of(i) is None]
        result[None] = foreign_share(unassigned)
    return result


def share_history_by_month(commitments: Iterable[FundingLike], payments: Iterable[FundingLike],
                           months: Sequence[str]) -> list[tuple[str, float | None, float | None]]:
    """``(month, committed share, paid-in share)`` for each ``YYYY-MM`` month.

    Each share is cumulative up to the end of that month; None while nothing is recorded.
    """
    commitments, payments = list(commitments), list(payments)
    history = []
    for month in months:
        committed = foreign_share(i for i in commitments if month_key(i.on) <= month)
        paid = foreign_share(i for i in payments if month_key(i.on) <= month)
        history.append((month, committed.share, paid.share))
    return history


# --------------------------------------------------------------------------- what-if


def foreign_needed_to_restore(total_won: int, foreign_won: int,
                              minimum: ShareLike = MIN_FOREIGN_SHARE) -> int:
    """Smallest whole won X ≥ 0 of added foreign money with (F + X) / (T + X) ≥ minimum.

    With the minimum m = p/q (exact) the condition is q(F + X) ≥ p(T + X), so
    X = ceil((pT − qF) / (q − p)), at least 0; computed with integers only.
    A minimum of 1 (100 %) can never be restored by adding money: ``ValueError`` unless it
    is already met.  With nothing recorded (T = 0) nothing is needed: 0.
    """
    _check_totals(total_won, foreign_won)
    m = _minimum(minimum)
    p, q = m.numerator, m.denominator
    shortfall = p * total_won - q * foreign_won
    if shortfall <= 0:
        return 0
    if p == q:
        raise ValueError("a 100 % minimum cannot be restored by adding foreign money")
    return -(-shortfall // (q - p))


def what_if(total_won: int, foreign_won: int, proposed_amount_won: int, proposed_foreign: bool,
            minimum: ShareLike = MIN_FOREIGN_SHARE) -> WhatIf:
    """The share before and after adding one proposed amount, and compliance after.

    A negative amount models a withdrawal; it may not make a total or the foreign
    amount negative (``ValueError``).
    """
    _check_totals(total_won, foreign_won)
    total_after = total_won + proposed_amount_won
    foreign_after = foreign_won + (proposed_amount_won if proposed_foreign else 0)
    _check_totals(total_after, foreign_after)
    before = make_share(total_won, foreign_won)
    after = make_share(total_after, foreign_after)
    return WhatIf(before.share, after.share, compliant(after, minimum))
