"""Time-phasing budgets over months in whole won."""

from __future__ import annotations

from fractions import Fraction

import pytest

from desktop.domain.spread import (
    SpreadKind, allocate, cumulative, months_between, s_curve_cumulative, s_curve_weights,
    spread, spread_even, spread_s_curve,
)

T = 2 * 10**12              # 2조원


def test_months_between():
    assert months_between("2025-11", "2026-02") == ["2025-11", "2025-12", "2026-01", "2026-02"]
    assert months_between("2025-06", "2025-06") == ["2025-06"]
    assert len(months_between("2026-01", "2028-06")) == 30
    with pytest.raises(ValueError):
        months_between("2026-02", "2026-01")
    with pytest.raises(ValueError):
        months_between("2026-13", "2027-01")
    with pytest.raises(ValueError):
        months_between("2026/01", "2027-01")


def test_spread_even_sums_exactly():
    assert spread_even(10, 3) == [4, 3, 3]                  # the leftover won go first
    assert spread_even(9, ["2025-01", "2025-02", "2025-03"]) == [3, 3, 3]
    parts = spread_even(T, 30)
    assert sum(parts) == T
    assert max(parts) - min(parts) <= 1
    assert parts == spread_even(T, months_between("2026-01", "2028-06"))


def test_spread_s_curve_2jo_over_30_months():
    months = months_between("2026-01", "2028-06")
    parts = spread_s_curve(T, months)
    assert len(parts) == 30
    assert sum(parts) == T
    assert all(p > 0 for p in parts)
    assert parts[14] > parts[0] and parts[15] > parts[-1]   # middle larger than the ends
    assert max(parts) in (parts[14], parts[15])
    # rises to the middle, falls after it
    assert all(parts[i] < parts[i + 1] for i in range(14))
    assert all(parts[i] > parts[i + 1] for i in range(15, 29))
    # exact shares: month 1 gets F(1/30) = 3/900 − 2/27000 of 2조
    assert abs(parts[0] - T * (Fraction(3, 900) - Fraction(2, 27_000))) < 1
    # symmetric curve: half the money by mid-project (each month is within 1 won of exact)
    assert abs(sum(parts[:15]) - T // 2) < 15


def test_s_curve_cumulative_is_monotone_and_normalised():
    assert s_curve_cumulative(Fraction(0)) == 0
    assert s_curve_cumulative(Fraction(1)) == 1
    assert s_curve_cumulative(Fraction(1, 2)) == Fraction(1, 2)
    weights = s_curve_weights(12)
    assert sum(weights) == 1
    assert all(w > 0 for w in weights)
    running = cumulative(spread_s_curve(1_000_000, 12))
    assert running == sorted(running) and running[-1] == 1_000_000


def test_single_month_and_zero_total():
    assert spread_even(12_345, 1) == [12_345]
    assert spread_s_curve(12_345, ["2026-05"]) == [12_345]
    assert spread_even(0, 5) == [0, 0, 0, 0, 0]
    assert spread_s_curve(0, 5) == [0, 0, 0, 0, 0]
    assert spread_s_curve(0, 0) == []
    with pytest.raises(ValueError):
        spread_s_curve(100, [])


def test_small_totals_never_negative_and_deterministic():
    for total in range(0, 40):
        for n in range(1, 9):
            for parts in (spread_even(total, n), spread_s_curve(total, n)):
                assert sum(parts) == total
                assert all(p >= 0 for p in parts)
    assert spread_s_curve(7, 4) == spread_s_curve(7, 4)
    assert spread_s_curve(7, 4) == [1, 3, 2, 1]             # shares 5/32, 11/32, 11/32, 5/32


def test_allocate_largest_remainder():
    assert allocate(100, [1, 1, 1]) == [34, 33, 33]
    assert allocate(10, [Fraction(1, 6), Fraction(1, 3), Fraction(1, 2)]) == [2, 3, 5]
    with pytest.raises(ValueError):
        allocate(-1, [1])
    with pytest.raises(ValueError):
        allocate(5, [0, 0])


def test_spread_by_kind():
    assert spread(10, 3, "even") == [4, 3, 3]
    assert spread(10, 3, SpreadKind.S_CURVE) == spread_s_curve(10, 3)
    with pytest.raises(ValueError):
        spread(10, 3, SpreadKind.MANUAL)
