"""The foreign-capital rule (at least 30 % of the 2조원 from foreign capital)."""

from __future__ import annotations

from datetime import date
from fractions import Fraction

import pytest

from desktop.domain.funding import (
    MIN_FOREIGN_SHARE, FundingShare, compliant, foreign_needed_to_restore,
    foreign_share, share_history_by_month, shares_by_phase, what_if,
)
from desktop.domain.model import FundingItem

JO = 10**12
EOK = 10**8
T = 2 * JO                  # 2조원, the total investment


def _c(party: int, foreign: bool, phase: int | None, won: int, on: str) -> FundingItem:
    return FundingItem(party, foreign, phase, won, date.fromisoformat(on))


def _p(party: int, foreign: bool, phase: int | None, won: int, on: str) -> FundingItem:
    return FundingItem(party, foreign, phase, won, date.fromisoformat(on))


COMMITMENTS = [
    _c(1, False, 1, 8_000 * EOK, "2025-03-10"),
    _c(2, True, 1, 4_000 * EOK, "2025-04-02"),
    _c(3, False, 2, 6_000 * EOK, "2025-06-20"),
    _c(4, True, 2, 2_000 * EOK, "2025-06-30"),
]
PAYMENTS = [
    _p(1, False, 1, 1_000 * EOK, "2025-05-15"),
    _p(2, True, 1, 500 * EOK, "2025-06-01"),
]


def test_foreign_share_of_the_plan():
    s = foreign_share(COMMITMENTS)
    assert s.total_won == T
    assert s.foreign_won == 6_000 * EOK
    assert s.share == pytest.approx(0.3)
    assert s.exact == Fraction(3, 10)
    assert s.domestic_won == 14_000 * EOK
    assert compliant(s) is True


def test_share_of_nothing_is_not_known():
    s = foreign_share([])
    assert s == FundingShare(0, 0, None)
    assert s.exact is None
    assert compliant(s) is None
    assert compliant(None) is None


def test_model_funding_items_are_accepted():
    items = [FundingItem(1, True, 1, 300, date(2025, 1, 1)),
             FundingItem(2, False, 2, 700, date(2025, 1, 2))]
    assert foreign_share(items).share == pytest.approx(0.3)
    assert list(shares_by_phase(items)) == [1, 2]


def test_compliant_exact_boundary():
    assert compliant(0.3) is True                          # float 0.3 read as 3/10
    assert compliant(Fraction(3, 10)) is True
    assert compliant(Fraction(3, 10) - Fraction(1, T)) is False
    assert compliant(FundingShare(T, 6_000 * EOK - 1, 0.3)) is False   # exact, not the float
    assert compliant(0.25, minimum=0.25) is True
    assert compliant(0.25, minimum="0.30") is False
    with pytest.raises(ValueError):
        compliant(0.5, minimum=1.5)


def test_shares_by_phase_and_cumulative():
    items = COMMITMENTS + [_c(5, True, None, 1_000 * EOK, "2025-07-01")]
    by_phase = shares_by_phase(items)
    assert list(by_phase) == [1, 2, None]
    assert by_phase[1].exact == Fraction(4_000, 12_000)
    assert by_phase[2].exact == Fraction(2_000, 8_000)
    assert by_phase[None] == FundingShare(1_000 * EOK, 1_000 * EOK, 1.0)
    cumulative = shares_by_phase(items, cumulative=True)
    assert cumulative[1].exact == Fraction(1, 3)
    assert cumulative[2].exact == Fraction(3, 10)
    assert cumulative[None].total_won == T + 1_000 * EOK


def test_share_history_by_month():
    months = ["2025-02", "2025-03", "2025-04", "2025-05", "2025-06"]
    history = share_history_by_month(COMMITMENTS, PAYMENTS, months)
    assert [h[0] for h in history] == months
    assert history[0] == ("2025-02", None, None)
    assert history[1] == ("2025-03", 0.0, None)
    assert history[2][1] == pytest.approx(4 / 12)
    assert history[3][2] == pytest.approx(0.0)
    assert history[4][1] == pytest.approx(0.3)              # both June commitments counted
    assert history[4][2] == pytest.approx(500 / 1_500)


def test_foreign_needed_boundary_2jo():
    total, foreign = T, 5_000 * EOK                          # 25 %
    x = foreign_needed_to_restore(total, foreign)
    # ceil((0.3 T − F) / 0.7) = ceil(10¹² / 7) = ceil(142,857,142,857.14…)
    assert x == 142_857_142_858
    assert x == -(-(3 * total - 10 * foreign) // 7)
    assert Fraction(foreign + x, total + x) >= Fraction(3, 10)
    assert Fraction(foreign + x - 1, total + x - 1) < Fraction(3, 10)


def test_foreign_needed_other_cases():
    assert foreign_needed_to_restore(T, 6_000 * EOK) == 0    # exactly 30 %: nothing needed
    assert foreign_needed_to_restore(T, 7_000 * EOK) == 0
    assert foreign_needed_to_restore(0, 0) == 0
    assert foreign_needed_to_restore(10, 0) == 5             # 5/15 ≥ 0.3, 4/14 < 0.3
    assert foreign_needed_to_restore(10, 0, minimum=0.5) == 10
    assert foreign_needed_to_restore(100, 20, minimum=Fraction(1, 4)) == 7   # 27/107 ≥ ¼
    assert Fraction(26, 106) < Fraction(1, 4)
    with pytest.raises(ValueError):
        foreign_needed_to_restore(100, 20, minimum=1)
    with pytest.raises(ValueError):
        foreign_needed_to_restore(100, 200)


def test_what_if():
    before, after, ok = what_if(T, 6_000 * EOK, 1_000 * EOK, False)
    assert before == pytest.approx(0.3)
    assert after == pytest.approx(6_000 / 21_000)
    assert ok is False
    result = what_if(T, 5_000 * EOK, 142_857_142_858, True)
    assert result.compliant_after is True
    assert what_if(T, 5_000 * EOK, 142_857_142_857, True).compliant_after is False
    assert what_if(0, 0, 100, True) == (None, 1.0, True)
    assert what_if(0, 0, 0, True) == (None, None, None)
    assert what_if(100, 30, 10, True, minimum=0.4).compliant_after is False   # 40/110
    with pytest.raises(ValueError):
        what_if(100, 30, -50, True)                          # foreign would be negative


def test_default_minimum_is_thirty_percent():
    assert MIN_FOREIGN_SHARE == Fraction(3, 10)
