"""The variance and earned-value view against figures worked out by hand.

Three lines, as-of month 2026-03:

    L1 phase 1 "a"  BAC 1,200  plan 300/month Jan–Apr   50 % done  actual Jan 350 Feb 300 Mar 100 (Apr 50)
    L2 phase 1 "b"  BAC 1,000  plan 100 200 300 400 Feb–May  20 % done, ETC 900  actual Feb 150 Mar 250
    L3 phase 2 "a"  BAC 2,000  plan 500/month Jun–Sep   not measured       actual (Jun 10)

Costs in brackets are after the as-of month: not part of AC to date.
"""

from __future__ import annotations

import random
from fractions import Fraction

import pytest

from desktop.domain.evm import EacMethod
from desktop.domain.variance import (
    BudgetLineInput, VarianceThresholds, build_money_view,
)

AS_OF = "2026-03"


def _lines(percent2=20.0, etc2=900):
    return [
        BudgetLineInput(1, 1, "a", 1_200, "2026-01", "2026-04",
                        {"2026-01": 300, "2026-02": 300, "2026-03": 300, "2026-04": 300},
                        percent_complete=50.0),
        BudgetLineInput(2, 1, "b", 1_000, "2026-02", "2026-05",
                        {"2026-02": 100, "2026-03": 200, "2026-04": 300, "2026-05": 400},
                        etc_won=etc2, percent_complete=percent2, category_order=1),
        BudgetLineInput(3, 2, "a", 2_000, "2026-06", "2026-09",
                        {m: 500 for m in ("2026-06", "2026-07", "2026-08", "2026-09")}),
    ]


ACTUALS = [(1, "2026-01", 350), (1, "2026-02", 300), (1, "2026-03", 100), (1, "2026-04", 50),
           (2, "2026-02", 150), (2, "2026-03", 200), (2, "2026-03", 50), (3, "2026-06", 10)]
COMMITTED = {1: 1_000, 2: 500}


def view(method=EacMethod.CPI, **kwargs):
    args = {"commitments": COMMITTED, "actuals": ACTUALS, "as_of_month": AS_OF, "method": method}
    args.update(kwargs)
    lines = args.pop("lines", None) or _lines()
    return build_money_view(lines, **args)


def test_line_figures():
    v = view()
    l1 = v.lines[1].figures
    assert (l1.bac_won, l1.pv_won, l1.ac_won, l1.ev_won, l1.committed_won) == (1_200, 900, 750, 600, 1_000)
    assert l1.uncommitted_won == 200 and l1.planned_won == 1_200
    assert l1.cpi == pytest.approx(0.8) and l1.spi == pytest.approx(2 / 3)
    assert (l1.cv_won, l1.sv_won) == (-150, -300)
    assert (l1.eac_won, l1.etc_won, l1.vac_won) == (1_500, 750, -300)
    assert l1.variance_pct == pytest.approx(-0.25) and l1.status == "over"
    assert l1.tcpi_bac == pytest.approx(600 / 450)
    assert l1.percent_complete == 50.0 and l1.eac_basis == "method"
    l3 = v.lines[3].figures
    assert (l3.bac_won, l3.pv_won, l3.ac_won) == (2_000, 0, 0)
    assert l3.ev_won is None and l3.measured_lines == 0 and not l3.ev_complete
    assert (l3.cpi, l3.spi, l3.cv_won, l3.sv_won, l3.tcpi_bac) == (None, None, None, None, None)
    assert (l3.eac_won, l3.eac_basis, l3.vac_won, l3.status) == (2_000, "budget", 0, "ok")


def test_rollups_phase_and_total():
    v = view()
    assert v.groups[(1, "a")].figures.ac_won == 750
    p1 = v.phases[1].figures
    assert (p1.bac_won, p1.pv_won, p1.ac_won, p1.ev_won) == (2_200, 1_200, 1_150, 800)
    assert p1.ev_complete and p1.cpi == pytest.approx(800 / 1_150)
    assert p1.eac_won == 3_163        # 2,200 × 1,150 / 800 = 3,162.5, halves away from zero
    total = v.total.figures
    assert (total.bac_won, total.pv_won, total.ac_won, total.committed_won) == (4_200, 1_200, 1_150, 1_500)
    assert total.ev_won == 800 and total.measured_lines == 2 and total.lines == 3
    assert not total.ev_complete
    assert (total.cv_won, total.sv_won) == (-350, -400)     # on the measured scope
    assert total.eac_won == 3_163 + 2_000 and total.eac_basis == "mixed"
    assert total.vac_won == 4_200 - 5_163
    assert total.etc_won == 5_163 - 1_150
    assert total.tcpi_bac == pytest.approx(1_400 / 1_050)
    assert total.percent_complete == pytest.approx(100 * 800 / 2_200)
    assert [n.key for n in v.nodes()] == [1, (1, "a"), 1, (1, "b"), 2, 2, (2, "a"), 3]


@pytest.mark.parametrize("method, line1, phase1, total", [
    (EacMethod.CPI, 1_500, 3_163, 5_163),
    (EacMethod.ATYPICAL, 750 + 600, 1_150 + 1_400, 2_550 + 2_000),
    # 750 + 600 / (0.8 × 2/3) = 1,875;  1,150 + 1,400 / (800/1,150 × 800/1,200) = 4,168.75
    (EacMethod.CPI_SPI, 1_875, 4_169, 4_169 + 2_000),
    # L1 has no ETC: forecast at budget 1,200; L2: 400 + 900; L3 at budget
    (EacMethod.BOTTOM_UP, 1_200, 1_200 + 1_300, 2_500 + 2_000),
])
def test_eac_by_method(method, line1, phase1, total):
    v = view(method)
    assert v.lines[1].figures.eac_won == line1
    assert v.phases[1].figures.eac_won == phase1
    assert v.total.figures.eac_won == total
    assert v.total.figures.eac_method is method
    assert v.total.figures.etc_won == total - 1_150


def test_bottom_up_line_and_basis():
    v = view(EacMethod.BOTTOM_UP)
    l2 = v.lines[2].figures
    assert (l2.eac_won, l2.etc_won, l2.eac_basis) == (1_300, 900, "method")
    assert v.lines[1].figures.eac_basis == "budget"
    assert v.total.figures.eac_basis == "mixed"


def test_zero_denominators_are_none():
    lines = [BudgetLineInput(9, 1, "x", 1_000, "2026-01", "2026-02", {"2026-01": 500, "2026-02": 500},
                             percent_complete=10.0),
             BudgetLineInput(8, 1, "y", 0, "2026-01", "2026-01", {"2026-01": 0})]
    v = build_money_view(lines, commitments={}, actuals=[], as_of_month="2025-12")
    f = v.lines[9].figures
    assert f.ev_won == 100 and f.ac_won == 0 and f.pv_won == 0
    assert (f.cpi, f.spi, f.eac_won, f.etc_won, f.vac_won, f.variance_pct, f.status) == (
        None, None, None, None, None, None, None)
    assert f.tcpi_bac == pytest.approx(0.9)
    zero = v.lines[8].figures
    assert zero.variance_pct is None and zero.status is None and zero.ev_won is None
    assert v.schedule.spi_t is None          # no month elapsed


def test_thresholds():
    lenient = VarianceThresholds(watch_below=0.0, over_below=-0.30, index_watch_below=0.5,
                                 index_over_below=0.4)
    v = view(thresholds=lenient)
    assert v.lines[1].figures.status == "watch"          # −25 %, CPI and SPI above 0.5
    # the same line with the default index thresholds: CPI or SPI below 0.9 makes it "over"
    f = view(thresholds=VarianceThresholds(watch_below=0.0, over_below=-0.30)).lines[1].figures
    assert min(f.cpi, f.spi) < 0.9 and f.status == "over"
    t = VarianceThresholds.from_settings({"variance_watch_pct": "-1", "variance_over_pct": "bad",
                                          "index_watch": "0.97"})
    assert (t.watch_below, t.over_below, t.index_watch_below, t.index_over_below) == (-0.01, -0.05, 0.97, 0.9)
    assert [t.classify(x) for x in (0.0, -0.02, -0.06, None)] == ["ok", "watch", "over", None]
    assert t.classify(0.01, cpi=1.0, spi=0.96) == "watch"      # on budget, but late: not "ok"
    assert t.classify(None, cpi=None, spi=0.5) == "over" and t.classify(None, None, None) is None


def test_series_and_earned_schedule():
    v = view()
    s = v.series
    assert s.months == ["2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06",
                        "2026-07", "2026-08", "2026-09"]
    assert s.baseline_pv_cum == [300, 700, 1_200, 1_800, 2_200, 2_700, 3_200, 3_700, 4_200]
    assert s.pv_cum == [300, 700, 1_200] + [None] * 6
    assert s.ac_cum == [350, 800, 1_150] + [None] * 6
    assert s.ev_cum == [None, None, 800] + [None] * 6
    assert s.as_of_index == 2
    # measured curve 300, 700, 1,200, ...: ES = 2 + (800 − 700) / (1,200 − 700) = 2.2, AT = 3
    assert v.schedule.es == pytest.approx(2.2)
    assert v.spi_t == pytest.approx(2.2 / 3)


def test_phase_filter():
    v = view(phase=2)
    assert list(v.lines) == [3] and list(v.phases) == [2]
    f = v.total.figures
    assert (f.bac_won, f.ac_won, f.ev_won, f.eac_won) == (2_000, 0, None, 2_000)
    assert v.spi_t is None
    assert v.series.months[0] == "2026-06"


def test_period_view():
    v = view(period=("2026-02", "2026-04"))
    l1, l2, l3 = (v.lines[i].figures for i in (1, 2, 3))
    assert (l1.bac_won, l1.pv_won, l1.ac_won, l1.eac_won) == (900, 600, 400, 900)
    assert (l2.bac_won, l2.pv_won, l2.ac_won, l2.eac_won) == (600, 300, 400, 600)
    assert (l3.bac_won, l3.status) == (0, None)
    total = v.total.figures
    assert (total.bac_won, total.pv_won, total.ac_won, total.ev_won) == (1_500, 900, 800, None)
    assert total.cpi is None and total.eac_basis == "budget" and v.spi_t is None
    assert v.series.months == ["2026-02", "2026-03", "2026-04"]
    assert v.series.baseline_pv_cum == [400, 900, 1_500]
    assert v.series.ac_cum == [450, 800, None]
    # spending beyond the period's budget shows as over
    over = view(period=("2026-03", "2026-03"))
    assert over.lines[2].figures.eac_won == 250 and over.lines[2].figures.status == "over"
    with pytest.raises(ValueError):
        view(period=("2026-04", "2026-02"))


def test_bad_months_raise():
    with pytest.raises(ValueError):
        view(as_of_month="2026-13")
    with pytest.raises(ValueError):
        view(period=("2026/01", None))


def _snapshot(v):
    nodes = [v.total, *v.phases.values(), *v.groups.values(), *v.lines.values()]
    figures = {(n.level, n.key): n.figures for n in nodes}
    return ({k: {name: getattr(f, name) for name in f.__dataclass_fields__ if name != "evm"}
             for k, f in figures.items()}, v.series, v.spi_t)


@pytest.mark.parametrize("method", list(EacMethod))
def test_apply_actual_equals_full_recompute(method):
    rng = random.Random(7)
    actuals = list(ACTUALS)
    v = view(method, actuals=list(actuals))
    months = ["2026-01", "2026-02", "2026-03", "2026-04", "2026-06", "2026-07"]
    for _ in range(60):
        line, month = rng.choice([1, 2, 3]), rng.choice(months)
        delta = rng.randint(-120, 400)
        actuals.append((line, month, delta))
        changed = v.apply_actual(line, month, delta)
        counted = month <= AS_OF and delta != 0
        assert [n.level for n in changed] == (["line", "group", "phase", "total"] if counted else [])
        assert _snapshot(v) == _snapshot(view(method, actuals=actuals))
    assert v.apply_actual(99, "2026-01", 5) == ()


def test_apply_actual_in_a_period_view():
    actuals = list(ACTUALS) + [(1, "2026-01", 70), (2, "2026-03", 30)]
    v = view(period=("2026-02", "2026-04"))
    assert v.apply_actual(1, "2026-01", 70) == ()         # outside the period
    v.apply_actual(2, "2026-03", 30)
    assert _snapshot(v) == _snapshot(view(period=("2026-02", "2026-04"), actuals=actuals))


def test_apply_progress_and_etc_equal_full_recompute():
    v = view(EacMethod.BOTTOM_UP)
    v.apply_progress(2, 35.0)
    v.apply_etc(2, 1_000)
    assert _snapshot(v) == _snapshot(view(EacMethod.BOTTOM_UP, lines=_lines(35.0, 1_000)))
    v.apply_progress(2, None)
    v.apply_etc(2, None)
    assert _snapshot(v) == _snapshot(view(EacMethod.BOTTOM_UP, lines=_lines(None, None)))
    assert v.phases[1].figures.measured_lines == 1


def test_ev_is_exact_from_percent():
    lines = [BudgetLineInput(1, 1, "a", 333, "2026-01", "2026-01", {"2026-01": 333},
                             percent_complete=12.5)]
    v = build_money_view(lines, commitments={}, actuals=[], as_of_month="2026-01")
    assert v.total.figures.ev_won == round(Fraction(333) / 8)   # 41.625 → 42
