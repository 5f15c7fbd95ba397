"""Time-phasing a budget over months in whole won.

Every spread returns one non-negative ``int`` per month that sums exactly to the total.
Shares are exact fractions; the whole won are handed out by the largest-remainder
(Hamilton) method: each month first gets the floor of its exact share, then the won left
over go one each to the months with the largest fractional remainders, ties to the
earlier month.  No floating point is involved, so results are identical everywhere.

The S-curve is the cumulative distribution of the Beta(2, 2) law,
``F(t) = 3t² − 2t³`` on ``t ∈ [0, 1]`` (the "smoothstep" curve): its monthly density
``6t(1 − t)`` is zero at the ends and largest in the middle, so spending starts slowly,
peaks mid-way and tails off, and the cumulative curve is monotone and symmetric.
Month *i* of *n* receives ``F(i/n) − F((i−1)/n)`` of the total.
"""

from __future__ import annotations

import re
from enum import Enum
from fractions import Fraction
from typing import Sequence

_MONTH = re.compile(r"(\d{4})-(\d{2})")

Months = Sequence[str] | int


class SpreadKind(str, Enum):
    """How a budget line is phased (the ``spread`` column of budget lines)."""

    EVEN = "even"
    S_CURVE = "s_curve"
    MANUAL = "manual"


def _parse_month(text: str) -> tuple[int, int]:
    match = _MONTH.fullmatch(str(text).strip())
    if not match or not 1 <= int(match.group(2)) <= 12:
        raise ValueError(f"month must be 'YYYY-MM', got {text!r}")
    return int(match.group(1)), int(match.group(2))


def months_between(start: str, finish: str) -> list[str]:
    """Every month from ``start`` to ``finish`` inclusive, as ``YYYY-MM``.

    Raises ``ValueError`` for a malformed month or a finish before the start.
    """
    year, month = _parse_month(start)
    last = _parse_month(finish)
    if last < (year, month):
        raise ValueError(f"finish {finish!r} is before start {start!r}")
    months = []
    while (year, month) <= last:
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def _count(months: Months) -> int:
    return months if isinstance(months, int) else len(months)


def allocate(total_won: int, weights: Sequence[Fraction | int]) -> list[int]:
    """Split ``total_won`` in proportion to non-negative ``weights`` (largest remainder).

    The parts are non-negative ints summing exactly to ``total_won``.  A negative total,
    a negative weight, or a positive total with no positive weight raises ``ValueError``.
    """
    if isinstance(total_won, bool) or not isinstance(total_won, int):
        raise TypeError(f"total_won must be an int of won, got {total_won!r}")
    if total_won < 0:
        raise ValueError("a spread total must not be negative")
    weights = [Fraction(w) for w in weights]
    if any(w < 0 for w in weights):
        raise ValueError("spread weights must not be negative")
    weight_sum = sum(weights, Fraction(0))
    if weight_sum == 0:
        if total_won:
            raise ValueError("cannot spread a non-zero total over no positive weight")
        return [0] * len(weights)
    exact = [total_won * w / weight_sum for w in weights]
    parts = [x.numerator // x.denominator for x in exact]
    left = total_won - sum(parts)
    order = sorted(range(len(exact)), key=lambda i: (-(exact[i] - parts[i]), i))
    for i in order[:left]:
        parts[i] += 1
    return parts


def even_weights(months: Months) -> list[Fraction]:
    """Equal weights, one per month."""
    n = _count(months)
    return [Fraction(1, n)] * n if n > 0 else []


def s_curve_cumulative(t: Fraction) -> Fraction:
    """Cumulative share planned by time ``t`` in [0, 1]: ``3t² − 2t³`` (Beta(2, 2) CDF)."""
    return 3 * t * t - 2 * t * t * t


def s_curve_weights(months: Months) -> list[Fraction]:
    """Monthly shares of the S-curve: ``F(i/n) − F((i−1)/n)``; they sum to exactly 1."""
    n = _count(months)
    return [s_curve_cumulative(Fraction(i, n)) - s_curve_cumulative(Fraction(i - 1, n))
            for i in range(1, n + 1)]


def _check_months(total_won: int, months: Months) -> int:
    n = _count(months)
    if n < 0 or (n == 0 and total_won):
        raise ValueError("cannot spread a non-zero total over no month")
    return n


def spread_even(total_won: int, months: Months) -> list[int]:
    """The same amount each month; the won left over go to the earliest months."""
    _check_months(total_won, months)
    return allocate(total_won, even_weights(months))


def spread_s_curve(total_won: int, months: Months) -> list[int]:
    """Spread along the Beta(2, 2) S-curve: slow start, peak mid-way, slow finish."""
    _check_months(total_won, months)
    return allocate(total_won, s_curve_weights(months))


def spread(total_won: int, months: Months, kind: SpreadKind | str) -> list[int]:
    """Spread by kind (``"even"`` or ``"s_curve"``); a manual spread is entered, not computed."""
    kind = SpreadKind(kind)
    if kind is SpreadKind.EVEN:
        return spread_even(total_won, months)
    if kind is SpreadKind.S_CURVE:
        return spread_s_curve(total_won, months)
    raise ValueError("a manual spread is entered month by month, not computed")


def cumulative(amounts: Sequence[int]) -> list[int]:
    """Running totals of monthly amounts (the cumulative PV curve of a spread)."""
    running, result = 0, []
    for amount in amounts:
        running += amount
        result.append(running)
    return result
