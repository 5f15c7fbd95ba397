"""Earned value and earned schedule against published worked examples.

Where a source rounds (CPI "0.89", TCPI "1.09"), the test compares with the same
tolerance; money is compared exactly.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from desktop.domain.evm import (
    EacMethod, compute_evm, earned_schedule, ev_from_percent, round_half_away, sum_figures,
)


def _pmbok_style(method: EacMethod = EacMethod.CPI):
    # PMBOK Guide style example, as tabulated on the "EVM forecasting" poster
    # (https://wikislate.com/view.php?p=15-evm-forecasting.html): BAC 100, PV 50, EV 40,
    # AC 45 (thousands) → CPI 0.89, SPI 0.80, EAC = BAC/CPI 112.5k, ETC 67.5k,
    # VAC −12.5k, EAC(cost × schedule) ≈ 129k, TCPI→BAC 1.09.
    return compute_evm(bac_won=100_000, pv_won=50_000, ev_won=40_000, ac_won=45_000,
                       method=method)


def test_pmbok_style_variances_and_indices():
    f = _pmbok_style()
    assert f.cv_won == -5_000
    assert f.sv_won == -10_000
    assert f.cpi == pytest.approx(0.889, abs=5e-4)
    assert f.spi == pytest.approx(0.8)
    assert f.cv_pct == pytest.approx(-0.125)   # −5,000 / 40,000
    assert f.sv_pct == pytest.approx(-0.2)     # −10,000 / 50,000


def test_pmbok_style_forecasts():
    f = _pmbok_style()
    assert f.eac_method is EacMethod.CPI
    assert f.eac_won == 112_500
    assert f.etc_won == 67_500
    assert f.vac_won == -12_500
    assert f.tcpi_bac == pytest.approx(1.09, abs=5e-3)          # 60,000 / 55,000
    assert f.tcpi_bac == pytest.approx(60_000 / 55_000)
    # "≈ $129k" on the poster; exactly 45,000 + 60,000 / (8/9 × 4/5) = 129,375
    assert f.eac_by_method[EacMethod.CPI_SPI] == 129_375
    # remaining work at the budgeted rate: 45,000 + 60,000
    assert f.eac_by_method[EacMethod.ATYPICAL] == 105_000
    assert f.eac_by_method[EacMethod.BOTTOM_UP] is None          # no ETC entered
    # TCPI to the chosen EAC is 1 / ... = CPI when EAC = BAC/CPI
    assert f.tcpi_eac == pytest.approx(40_000 / 45_000)
    # aliases
    assert (f.pv, f.ev, f.ac, f.cv, f.sv) == (50_000, 40_000, 45_000, -5_000, -10_000)
    assert (f.eac, f.etc, f.vac) == (112_500, 67_500, -12_500)


def test_chosen_method_drives_eac_etc_vac():
    f = _pmbok_style(EacMethod.CPI_SPI)
    assert f.eac_won == 129_375
    assert f.etc_won == 129_375 - 45_000
    assert f.vac_won == 100_000 - 129_375
    assert _pmbok_style("atypical").eac_won == 105_000


def test_tcpi_question_pmzilla():
    # http://pmzilla.com/tcpi : AC 200,000, CV 25,000, BAC 350,000 → EV 225,000,
    # CPI 1.125, EAC = BAC/CPI ≈ 311,111, TCPI(EAC) = 125,000/111,111 = 1.125;
    # with the atypical EAC 325,000 the TCPI(EAC) is 1.  (PV is not given: set to EV.)
    f = compute_evm(bac_won=350_000, pv_won=225_000, ev_won=225_000, ac_won=200_000,
                    method=EacMethod.CPI)
    assert f.ev_won - f.ac_won == 25_000
    assert f.cpi == pytest.approx(1.125)
    assert f.eac_won == 311_111               # 311,111.11… rounded to the won
    assert f.tcpi_eac == pytest.approx(1.125)
    g = compute_evm(bac_won=350_000, pv_won=225_000, ev_won=225_000, ac_won=200_000,
                    method=EacMethod.ATYPICAL)
    assert g.eac_won == 325_000
    assert g.tcpi_eac == pytest.approx(1.0)


def test_typical_eac_izenbridge():
    # forum.izenbridge.com t=8363: EV 200,000, AC 210,000, BAC 375,000;
    # BAC / CPI = AC + (BAC − EV)/CPI = 393,750 (the exact answer of the thread's sheet).
    f = compute_evm(bac_won=375_000, pv_won=190_476, ev_won=200_000, ac_won=210_000,
                    method=EacMethod.CPI)
    assert f.eac_won == 393_750
    assert f.etc_won == 183_750               # (BAC − EV)/CPI in the thread


def test_schwalbe_textbook_exercise():
    # K. Schwalbe, Information Technology Project Management, ch. 7 exercise (text at
    # https://www.mycoursehelp.com/QA/In-the-Microsoft-Excel-add-a-new-workshe/122105/1):
    # six-month project, BAC 200,000, after three months PV 120,000, EV 100,000,
    # AC 90,000 → CV 10,000, SV −20,000, CPI 1.11, SPI 0.83, EAC = BAC/CPI 180,000,
    # estimated time = 6 / SPI = 7.2 months.
    f = compute_evm(bac_won=200_000, pv_won=120_000, ev_won=100_000, ac_won=90_000,
                    method=EacMethod.CPI)
    assert f.cv_won == 10_000
    assert f.sv_won == -20_000
    assert f.cpi == pytest.approx(1.11, abs=5e-3)
    assert f.spi == pytest.approx(0.83, abs=5e-3)
    assert f.eac_won == 180_000
    assert 6 / f.spi == pytest.approx(7.2)


def test_schwalbe_second_exercise():
    # Same textbook, one-year project (text at http://fullhomework.com/downloads/project-5/):
    # PV 23,000, EV 20,000, AC 25,000, BAC 120,000 → CV −5,000, SV −3,000, CPI 0.80,
    # SPI 0.87, EAC = BAC/CPI = 150,000.
    f = compute_evm(bac_won=120_000, pv_won=23_000, ev_won=20_000, ac_won=25_000,
                    method=EacMethod.CPI)
    assert (f.cv_won, f.sv_won) == (-5_000, -3_000)
    assert f.cpi == pytest.approx(0.8)
    assert f.spi == pytest.approx(0.87, abs=5e-3)
    assert f.eac_won == 150_000
    assert f.vac_won == -30_000


def test_bottom_up_eac():
    # "What's in Earned Value Management? Part IV", Example I: one task baselined at 100 h
    # × $100 (BAC = PV = 10,000), 110 h spent (AC 11,000), 10 h to go (ETC 1,000)
    # → EAC = AC + ETC = 12,000, VAC = −2,000, EV = 10,000 × 91.667 % ≈ 9,166.67.
    ev = ev_from_percent(10_000, 11 / 12 * 100)
    assert ev == 9_167
    f = compute_evm(bac_won=10_000, pv_won=10_000, ev_won=ev, ac_won=11_000,
                    etc_bottom_up_won=1_000, method=EacMethod.BOTTOM_UP)
    assert f.eac_won == 12_000
    assert f.vac_won == -2_000
    assert f.etc_won == 1_000


# ----------------------------------------------------------------- earned schedule


def test_earned_schedule_hksm_example():
    # https://hksmnow.com/definitions/project-management/earned_schedule_es.php:
    # at week 20 (AT = 20) the EV equals the PV planned for week 18 → ES = 18,
    # SV(t) = −2 weeks, SPI(t) = 0.90.  PV curve: 1,000 a week over 40 weeks.
    curve = [1_000 * week for week in range(1, 41)]
    f = compute_evm(bac_won=40_000, pv_won=20_000, ev_won=18_000, ac_won=18_000,
                    method=EacMethod.CPI, pv_curve=curve, as_of_index=20)
    assert f.es == pytest.approx(18)
    assert f.sv_t == pytest.approx(-2)
    assert f.spi_t == pytest.approx(0.90)
    assert f.schedule.ieac_t == pytest.approx(40 / 0.9)   # IEAC(t) = PD / SPI(t)


def test_earned_schedule_hksm_pmp_question():
    # Same page, PMP question: AT = 24 weeks, ES = 21 weeks → SV(t) = −3 weeks.
    curve = [500 * week for week in range(1, 31)]
    s = earned_schedule(curve, 10_500, as_of_index=24)
    assert s.es == pytest.approx(21)
    assert s.sv_t == pytest.approx(-3)
    assert s.spi_t == pytest.approx(21 / 24)


def test_earned_schedule_lipke_interpolation():
    # W. Lipke, "Schedule is Different" (The Measurable News, March 2003), Figure 1 /
    # "Earned Schedule Concept": all PV through May earned, part of June; AT = 7 (July):
    # ES = 5 + (EV − PV_May) / (PV_Jun − PV_May).  Curve values are illustrative:
    # PV_May 1,000, PV_Jun 1,300, EV 1,150 → ES = 5 + 150/300 = 5.5,
    # SPI(t) = 5.5 / 7 = 0.786, SV(t) = −1.5 months; cost SPI = 1,150 / 1,600 = 0.719.
    curve = [100, 250, 450, 700, 1_000, 1_300, 1_600, 1_850, 2_050, 2_200, 2_300]
    f = compute_evm(bac_won=2_300, pv_won=1_600, ev_won=1_150, ac_won=1_200,
                    method=EacMethod.CPI, pv_curve=curve, as_of_index=7)
    assert f.es == pytest.approx(5.5)
    assert f.spi_t == pytest.approx(5.5 / 7)
    assert f.sv_t == pytest.approx(-1.5)
    assert f.spi == pytest.approx(0.71875)


def test_earned_schedule_late_finish_lipke():
    # Lipke's motivating case: a 10-period plan completed at period 13.  At completion
    # EV = PV = BAC, so the cost-based SPI = 1.00 and SV = 0 "regardless of lateness",
    # while ES = 10, SPI(t) = 10/13 and SV(t) = −3 periods.
    curve = [100 * p for p in range(1, 11)]
    f = compute_evm(bac_won=1_000, pv_won=1_000, ev_won=1_000, ac_won=1_100,
                    method=EacMethod.CPI, pv_curve=curve, as_of_index=13)
    assert f.spi == pytest.approx(1.0)
    assert f.sv_won == 0
    assert f.es == pytest.approx(10)
    assert f.spi_t == pytest.approx(10 / 13)
    assert f.sv_t == pytest.approx(-3)


def test_earned_schedule_edges():
    # nothing planned until period 3: EV 0 has earned the two empty periods
    assert earned_schedule([0, 0, 100], 0).es == pytest.approx(2)
    assert earned_schedule([100, 200], 50, as_of_index=0).spi_t is None   # AT = 0
    assert earned_schedule([100, 200], 50).sv_t is None                    # AT missing
    assert earned_schedule([], 50).es is None
    assert earned_schedule([100, 200], 0, as_of_index=1).ieac_t is None    # SPI(t) = 0
    with pytest.raises(ValueError):
        earned_schedule([200, 100], 50)                                    # not cumulative
    # ev_now overrides EV for the schedule only
    f = compute_evm(bac_won=200, pv_won=100, ev_won=100, ac_won=100, method=EacMethod.CPI,
                    pv_curve=[100, 200], ev_now=150, as_of_index=2)
    assert f.es == pytest.approx(1.5)
    assert f.schedule.at == 2


# ----------------------------------------------------------------- not defined


def test_ac_zero_leaves_cpi_and_dependent_money_undefined():
    f = compute_evm(bac_won=100_000, pv_won=10_000, ev_won=0, ac_won=0, method=EacMethod.CPI)
    assert f.cpi is None
    assert f.eac_won is None and f.etc_won is None and f.vac_won is None
    assert f.eac_by_method[EacMethod.CPI] is None
    assert f.eac_by_method[EacMethod.CPI_SPI] is None
    assert f.eac_by_method[EacMethod.ATYPICAL] == 100_000
    assert f.tcpi_eac is None
    assert f.cv_pct is None                  # EV = 0
    assert f.spi == 0.0                      # 0 / 10,000 is defined and zero
    assert f.tcpi_bac == pytest.approx(1.0)  # 100,000 / 100,000


def test_pv_zero_leaves_spi_undefined():
    f = compute_evm(bac_won=100_000, pv_won=0, ev_won=5_000, ac_won=4_000,
                    method=EacMethod.CPI_SPI)
    assert f.spi is None and f.sv_pct is None
    assert f.eac_won is None and f.etc_won is None and f.vac_won is None
    assert f.cpi == pytest.approx(1.25)
    assert f.eac_by_method[EacMethod.CPI] == 80_000


def test_ev_zero_with_cost_makes_bac_over_cpi_undefined():
    f = compute_evm(bac_won=100_000, pv_won=10_000, ev_won=0, ac_won=3_000,
                    method=EacMethod.CPI)
    assert f.cpi == 0.0                      # defined: nothing earned for 3,000 spent
    assert f.eac_won is None                 # BAC / 0 is not defined
    assert f.eac_by_method[EacMethod.CPI_SPI] is None
    assert f.cv_pct is None


def test_bac_equal_ac_and_eac_equal_ac():
    f = compute_evm(bac_won=50_000, pv_won=50_000, ev_won=40_000, ac_won=50_000,
                    method=EacMethod.CPI)
    assert f.tcpi_bac is None                # BAC − AC = 0
    g = compute_evm(bac_won=50_000, pv_won=50_000, ev_won=50_000, ac_won=60_000,
                    method=EacMethod.ATYPICAL)
    assert g.eac_won == 60_000
    assert g.tcpi_eac is None                # EAC − AC = 0
    assert g.tcpi_bac == pytest.approx(0.0)  # 0 / −10,000


# ----------------------------------------------------------------- helpers


def test_rounding_half_away_from_zero():
    assert round_half_away(Fraction(5, 2)) == 3
    assert round_half_away(Fraction(-5, 2)) == -3
    assert round_half_away(Fraction(7, 3)) == 2
    assert ev_from_percent(5, 50) == 3                     # 2.5 → 3
    assert ev_from_percent(100_000, 12.5) == 12_500
    assert ev_from_percent(2 * 10**12, 33.3) == 666_000_000_000
    with pytest.raises(ValueError):
        ev_from_percent(100, 101)


def test_eac_rounds_to_whole_won():
    # BAC/CPI = 1,000 × 3 / 7 = 428.571… → 429
    f = compute_evm(bac_won=1_000, pv_won=7, ev_won=7, ac_won=3, method=EacMethod.CPI)
    assert f.eac_won == 429
    assert isinstance(f.eac_won, int)


def test_sum_figures_recomputes_ratios_from_sums():
    a = compute_evm(bac_won=100_000, pv_won=50_000, ev_won=40_000, ac_won=45_000,
                    etc_bottom_up_won=60_000, method=EacMethod.CPI)
    b = compute_evm(bac_won=200_000, pv_won=120_000, ev_won=100_000, ac_won=90_000,
                    etc_bottom_up_won=100_000, method=EacMethod.CPI)
    total = sum_figures([a, b])
    assert (total.bac_won, total.pv_won, total.ev_won, total.ac_won) == (
        300_000, 170_000, 140_000, 135_000)
    assert total.cpi == pytest.approx(140_000 / 135_000)
    assert total.eac_won == round(300_000 * 135_000 / 140_000)   # 289,285.71 → 289,286
    assert total.eac_by_method[EacMethod.BOTTOM_UP] == 135_000 + 160_000
    with pytest.raises(ValueError):
        sum_figures([])


def test_money_must_be_int():
    with pytest.raises(TypeError):
        compute_evm(bac_won=1.5, pv_won=1, ev_won=1, ac_won=1, method=EacMethod.CPI)
