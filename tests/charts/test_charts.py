"""Chart builders on Agg: the expected artists, gaps for unknown values, the Korean font
on every text, and vector files whose Hangul is real text."""

from __future__ import annotations

import math
import shutil
import subprocess
import warnings
from datetime import date

import pytest
from matplotlib import font_manager
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.text import Text

from desktop.charts import render_pdf, render_svg
from desktop.domain.capacity import CapacityPoint, facility_totals
from desktop.charts.capacity import (
    CapacityChartData, PhaseTarget, build_capacity, planned_steps,
)
from desktop.charts.effects import EffectItem, EffectsData, build_effects
from desktop.charts.fonts import FAMILY, korean_font_family
from desktop.charts.funding import ShareHistoryData, build_foreign_share
from desktop.charts.s_curve import SCurveData, build_s_curve, month_ticks, update_s_curve
from desktop.domain.model import CapacityMeasurement

MONTHS = [f"2026-{m:02d}" for m in range(1, 13)]


def draw(builder, data, size=(8, 4.5)) -> Figure:
    fig = Figure(figsize=size)
    FigureCanvasAgg(fig)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        builder(fig, data)
        fig.canvas.draw()
    missing = [str(w.message) for w in caught if "missing from" in str(w.message)]
    assert not missing, missing  # a glyph the font lacks would show as a box
    return fig


def by_gid(fig: Figure, gid: str):
    found = [a for a in fig.findobj() if a.get_gid() == gid]
    assert found, f"no artist {gid}"
    return found[0]


def assert_korean_font(fig: Figure) -> None:
    texts = [t for t in fig.findobj(Text) if t.get_text().strip() and t.get_visible()]
    assert texts
    for text in texts:
        assert text.get_fontfamily()[0] == FAMILY, text.get_text()
        assert "PretendardGOV" in font_manager.findfont(text.get_fontproperties())


def s_curve_data(**changes) -> SCurveData:
    pv = [i * 10**10 for i in range(12)]
    values = dict(months=MONTHS, pv=pv, ev=[v // 2 if i < 10 else None for i, v in enumerate(pv)],
                  ac=[v if i < 10 else None for i, v in enumerate(pv)],
                  baseline=[i * 9 * 10**9 for i in range(12)], status_month="2026-10",
                  unit_divisor=10**8,
                  labels={"title": "누적 계획·실적", "y": "누적 금액", "unit": "억원", "pv": "계획",
                          "ev": "기성", "ac": "실투입", "baseline": "기준 계획", "status": "기준월"})
    values.update(changes)
    return SCurveData(**values)


def test_s_curve_lines_unit_and_gaps():
    fig = draw(build_s_curve, s_curve_data())
    ax = fig.axes[0]
    assert [line.get_gid() for line in ax.get_lines()] == ["baseline", "pv", "ev", "ac", "status"]
    assert by_gid(fig, "baseline").get_linestyle() == "--"
    ev = list(by_gid(fig, "ev").get_ydata())
    assert ev[9] == pytest.approx(450) and math.isnan(ev[10]) and math.isnan(ev[11])  # not 0
    assert list(by_gid(fig, "status").get_xdata()) == [9, 9]
    assert ax.get_ylabel() == "누적 금액 (억원)"
    assert ax.xaxis.get_major_formatter()(0, 0) == "2026-01"
    assert_korean_font(fig)


def test_s_curve_without_baseline_or_status():
    fig = draw(build_s_curve, s_curve_data(baseline=None, status_month=None))
    assert [line.get_gid() for line in fig.axes[0].get_lines()] == ["pv", "ev", "ac"]


def test_month_ticks_thin_out_long_ranges():
    months = [f"{y}-{m:02d}" for y in range(2025, 2037) for m in range(1, 13)]
    ticks = month_ticks(months)
    assert len(ticks) <= 8 and all(months[i].endswith("-01") for i in ticks)
    assert month_ticks(MONTHS[:5]) == [0, 1, 2, 3, 4]


PHASES = [
    PhaseTarget("1단계", date(2025, 12, 31), date(2027, 12, 31), 40, 20_000),
    PhaseTarget("2단계", date(2028, 1, 1), date(2030, 12, 31), 100, None),
    PhaseTarget("3단계", date(2031, 1, 1), date(2035, 12, 31), 200, None),
    PhaseTarget("4단계", date(2036, 1, 1), None, 1_000, 170_000),
]
ACTUAL = [CapacityPoint(date(2026, 9, 30), 1.5, None, 512),
          CapacityPoint(date(2026, 10, 31), 2.0, 2.0, 1_024)]
CAPACITY_LABELS = {"title": "용량", "mw": "전력 (MW)", "gpus": "GPU", "planned": "계획",
                   "installed": "설치", "energised": "가동", "installed_gpus": "설치",
                   "goal": "목표", "today": "기준일", "gpus_per_mw": "MW당 GPU", "target": "목표"}


def test_capacity_steps_goals_and_ratio():
    data = CapacityChartData(PHASES, ACTUAL, goal_mw=500, goal_gpus=90_000,
                             status_date=date(2026, 11, 24), labels=CAPACITY_LABELS)
    fig = draw(build_capacity, data, size=(9, 6))
    ax_mw, ax_gpu = fig.axes
    assert list(by_gid(fig, "goal_mw").get_ydata()) == [500, 500]  # from the data, not 1 GW
    assert list(by_gid(fig, "goal_gpus").get_ydata()) == [90_000, 90_000]
    assert by_gid(fig, "goal_mw_text").get_text() == "목표 500 MW"
    planned = list(by_gid(fig, "planned_mw").get_ydata())
    assert planned == [0, 40, 100, 200, 200]  # phase 4 has no finish date: not drawn
    gpus = list(by_gid(fig, "planned_gpus").get_ydata())
    assert gpus[:2] == [0, 20_000] and all(math.isnan(v) for v in gpus[2:])  # not set ≠ 0
    energised = list(by_gid(fig, "energised_mw").get_ydata())
    assert math.isnan(energised[0]) and energised[1] == 2.0
    assert by_gid(fig, "gpus_per_mw").get_text() == "MW당 GPU: 설치 512 · 목표 180"
    assert {line.get_gid() for line in ax_gpu.get_lines()} >= {"installed_gpus", "today_gpus"}
    assert ax_mw.get_ylim()[1] == pytest.approx(560)
    assert_korean_font(fig)


def test_capacity_log_scale_and_nothing_known():
    data = CapacityChartData(PHASES, ACTUAL, goal_mw=1_000, goal_gpus=170_000, log_scale=True,
                             labels=CAPACITY_LABELS)
    fig = draw(build_capacity, data, size=(9, 6))
    assert fig.axes[0].get_yscale() == "symlog"
    empty = draw(build_capacity, CapacityChartData([], [], labels=CAPACITY_LABELS))
    assert not empty.axes[0].get_lines()


def test_planned_steps_and_facility_totals():
    xs, ys = planned_steps(PHASES, "target_mw", date(2037, 1, 1))
    assert xs[0] == date(2025, 12, 31) and xs[-1] == date(2037, 1, 1)
    measurements = [
        CapacityMeasurement(1, 1, date(2026, 9, 30), 1.5, 512, 1.0),
        CapacityMeasurement(2, 2, date(2026, 10, 15), 10.0, None, None),
        CapacityMeasurement(3, 1, date(2026, 10, 31), 2.0, 1_024, 2.0),
    ]
    totals = facility_totals(measurements)
    assert [(p.on, p.installed_mw, p.energised_mw, p.installed_gpus) for p in totals] == [
        (date(2026, 9, 30), 1.5, 1.0, 512), (date(2026, 10, 15), 11.5, 1.0, 512),
        (date(2026, 10, 31), 12.0, 2.0, 1_024)]


def share_data() -> ShareHistoryData:
    return ShareHistoryData(
        months=MONTHS[:6], committed=[None, 0.25, 0.31, 0.317, 0.317, 0.32],
        paid_in=[None, None, 0.2, None, 0.35, 0.35], minimum=0.3,
        labels={"title": "월별 외국인 투자 비율", "committed": "약정 기준", "paid_in": "납입 기준",
                "minimum": "최소 30%"}, status_month="2026-06")


def test_foreign_share_minimum_band_and_gaps():
    fig = draw(build_foreign_share, share_data())
    ax = fig.axes[0]
    assert list(by_gid(fig, "minimum").get_ydata()) == [30, 30]
    band = ax.transData.inverted().transform(by_gid(fig, "below_minimum").get_verts())[:, 1]
    assert band.min() == pytest.approx(0) and band.max() == pytest.approx(30)
    paid = list(by_gid(fig, "paid_in").get_ydata())
    assert math.isnan(paid[0]) and math.isnan(paid[3]) and paid[2] == pytest.approx(20)
    assert ax.get_ylim() == (0, 100)
    assert ax.yaxis.get_major_formatter()(30, 0) == "30%"
    assert_korean_font(fig)


def effects_data() -> EffectsData:
    return EffectsData([
        EffectItem("부가가치 창출", 2.8e12, 1.2e11, "2조 8,000억원", "1,200억원", "2026-06-30"),
        EffectItem("생산 유발 효과", 6.3e12, 6.0e12, "6조 3,000억원", "6조원"),
        EffectItem("직간접 고용 유발", 28_000, None, "28,000명", ""),
    ], {"title": "기대 효과", "x": "목표 대비", "not_reported": "보고 없음", "target": "목표"})


def test_effects_bars_as_percent_of_target():
    fig = draw(build_effects, effects_data(), size=(8, 3.2))
    bars = [a for a in fig.findobj() if (a.get_gid() or "").startswith("bar_")]
    assert len(bars) == 2  # jobs not reported: no bar, not a 0 % bar
    assert by_gid(fig, "bar_2").get_width() == pytest.approx(1.2e11 / 2.8e12 * 100)
    assert by_gid(fig, "value_2").get_text() == "1,200억원 / 2조 8,000억원 (4.3%) · 2026-06-30"
    assert by_gid(fig, "value_1").get_color() == "white"  # 95 %: written inside the bar
    assert by_gid(fig, "value_0").get_text() == "보고 없음"
    ticks = sorted(fig.axes[0].get_yticklabels(), key=lambda t: -t.get_position()[1])
    assert [t.get_text() for t in ticks] == ["부가가치 창출", "생산 유발 효과", "직간접 고용 유발"]
    assert_korean_font(fig)


def test_korean_family_is_registered_once():
    assert korean_font_family() == korean_font_family() == FAMILY
    files = [e.fname for e in font_manager.fontManager.ttflist if "PretendardGOV" in e.fname]
    assert len({f for f in files}) == 2  # regular and bold, registered once


def test_svg_keeps_hangul_as_text():
    svg = render_svg(build_foreign_share, share_data(), (6, 3.5)).decode("utf-8")
    assert "월별 외국인 투자 비율" in svg and "Pretendard GOV" in svg
    assert "DejaVu" not in svg  # every text in the Korean family, tick labels included


@pytest.mark.skipif(not shutil.which("pdftotext") or not shutil.which("pdffonts"),
                    reason="poppler-utils not installed")
def test_pdf_embeds_hangul_as_extractable_truetype(tmp_path):
    path = tmp_path / "capacity.pdf"
    data = CapacityChartData(PHASES, ACTUAL, 1_000, 170_000, date(2026, 11, 24), True,
                             CAPACITY_LABELS | {"title": "용량: 계획 대비 설치"})
    path.write_bytes(render_pdf(build_capacity, data, (9, 6)))
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True)
    assert "용량: 계획 대비 설치" in text.stdout and "MW당 GPU: 설치 512" in text.stdout
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True)
    rows = [line for line in fonts.stdout.splitlines()[2:] if line.strip()]
    assert rows and all("CID TrueType" in row and "PretendardGOV" in row for row in rows)
    assert "Mismatch" not in fonts.stderr + text.stderr


def test_series_differ_without_colour_and_carry_their_names():
    """Black-and-white printing: each line has its own style and marker, and its name at its end."""
    fig = draw(build_s_curve, s_curve_data())
    looks = {gid: (by_gid(fig, gid).get_linestyle(), by_gid(fig, gid).get_marker())
             for gid in ("baseline", "pv", "ev", "ac")}
    assert len(set(looks.values())) == 4, looks
    for name in ("계획", "기성", "실투입", "기준 계획"):
        assert by_gid(fig, f"label_{name}").get_text() == name
    shares = draw(build_foreign_share, ShareHistoryData(MONTHS, [0.3] * 12, [0.2] * 11 + [None],
                                                        labels={"committed": "약정", "paid_in": "납입"}))
    assert by_gid(shares, "committed").get_linestyle() != by_gid(shares, "paid_in").get_linestyle()
    assert by_gid(shares, "minimum").get_linestyle() not in ("-", "--")
    assert by_gid(shares, "label_납입").get_text() == "납입"


def test_direct_labels_of_close_lines_do_not_overlap():
    fig = draw(build_s_curve, s_curve_data(ev=[v + 10**8 if v is not None else None for v in
                                               s_curve_data().ac]))  # EV and AC end on the same point
    renderer = fig.canvas.get_renderer()
    boxes = [by_gid(fig, f"label_{n}").get_window_extent(renderer) for n in ("기성", "실투입")]
    assert not boxes[0].overlaps(boxes[1])


def test_log_scale_prints_no_zero():
    data = CapacityChartData(PHASES, ACTUAL, goal_mw=1000, status_date=date(2026, 11, 24), log_scale=True,
                             labels=CAPACITY_LABELS)
    fig = draw(build_capacity, data, size=(9, 6))
    ax = fig.axes[0]
    labels = [ax.yaxis.get_major_formatter()(v, 0) for v in ax.get_yticks()]
    assert "0" not in labels


def screen_data(**changes) -> SCurveData:
    """The window's S-curve: a legend, no names at the lines' ends (they would move)."""
    return s_curve_data(direct_labels=False, **changes)


def test_s_curve_with_names_at_the_lines_ends_is_drawn_again():
    fig = draw(build_s_curve, s_curve_data())
    assert update_s_curve(fig, s_curve_data(ac=[None] * len(s_curve_data().ac))) is None


def test_s_curve_update_moves_the_lines_as_a_new_build_would():
    fig = draw(build_s_curve, screen_data())
    ac = [v + 10**9 if v is not None else None for v in screen_data().ac]  # +10억 from January
    assert fig.axes[0].get_ylim() == (0, 1200)  # 1,100억 + 5 %, rounded up
    update = update_s_curve(fig, screen_data(ac=ac))
    assert [line.get_gid() for line in update.lines] == ["ac"] and not update.whole
    fresh = draw(build_s_curve, screen_data(ac=ac))
    for gid in ("pv", "ev", "ac", "baseline"):
        assert list(by_gid(fig, gid).get_ydata()) == pytest.approx(
            list(by_gid(fresh, gid).get_ydata()), nan_ok=True)
    assert fig.axes[0].get_ylim() == fresh.axes[0].get_ylim()
    assert update_s_curve(fig, screen_data(ac=ac)) == ((), False)  # nothing moved


def test_s_curve_update_asks_for_a_full_draw_or_a_new_build():
    fig = draw(build_s_curve, screen_data())
    high = [v * 3 if v is not None else None for v in screen_data().ac]  # past the top of the axis
    assert update_s_curve(fig, screen_data(ac=high)).whole
    assert fig.axes[0].get_ylim() == draw(build_s_curve, screen_data(ac=high)).axes[0].get_ylim()
    assert fig.axes[0].get_ylim() == (0, 3000)  # 2,700억 + 5 % rounded up: the highest stays in view
    assert update_s_curve(fig, screen_data(status_month="2026-11")) is None
    assert update_s_curve(fig, screen_data(unit_divisor=10**6)) is None
    assert update_s_curve(fig, screen_data(baseline=None)) is None
    assert update_s_curve(Figure(), screen_data()) is None
