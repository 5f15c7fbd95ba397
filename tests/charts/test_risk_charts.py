"""Risk charts on Agg: the distribution with its deadline, the tornado, in the Korean font."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from matplotlib.dates import date2num

from desktop.charts.risk import (
    DistributionChartData, TornadoData, TornadoItem, build_risk_distribution, build_tornado,
    histogram,
)
from tests.charts.test_charts import assert_korean_font, by_gid, draw

DAY = date(2027, 12, 1)
DATES = [DAY + timedelta(days=d) for d in range(0, 70, 2)]
COUNTS = [1 + (d % 7) for d in range(len(DATES))]
LABELS = {"title": "1단계 준공 완료일 분포", "share": "반복 비율", "bin": "%1일 단위",
          "cumulative": "누적 확률", "deadline": "기한", "planned": "계획", "p80": "P80",
          "probability": "기한 내 완료 확률 12.3%"}


def test_histogram_bins_cover_every_iteration():
    starts, shares, width = histogram(DATES, COUNTS)
    assert width == 7 and starts[0] == DAY
    assert sum(shares) == pytest.approx(100.0)
    assert histogram([DAY], [5]) == ([DAY], [100.0], 1)


def test_distribution_marks_the_deadline_plan_and_p80():
    deadline, planned, p80 = date(2027, 12, 31), date(2027, 12, 20), date(2028, 1, 25)
    fig = draw(build_risk_distribution, DistributionChartData(
        DATES, COUNTS, deadline=deadline, planned=planned, p80=p80, labels=LABELS))
    for gid, day, style in (("deadline", deadline, "--"), ("planned", planned, "-."), ("p80", p80, ":")):
        line = by_gid(fig, gid)
        assert line.get_xdata()[0] == date2num(day) and line.get_linestyle() == style
        assert by_gid(fig, f"{gid}_text").get_text().endswith(day.isoformat())
    cdf = by_gid(fig, "cdf")
    assert cdf.get_ydata()[-1] == pytest.approx(100.0) and cdf.get_color() == "#000000"
    assert fig.axes[0].get_ylabel() == "반복 비율 (7일 단위)"
    assert "기한 내 완료 확률 12.3%" in fig.axes[0].get_title(loc="left")
    assert_korean_font(fig)


def test_tornado_largest_on_top_risks_hatched_and_named():
    items = [TornadoItem("건축 공사", 0.86), TornadoItem("수전 설비 납기 지연", 0.3, True),
             TornadoItem("부지 조성", -0.4), TornadoItem("인허가", 0.0)]
    fig = draw(build_tornado, TornadoData(items, {"title": "영향 요인", "axis": "순위 상관계수",
                                                  "risk": "위험:"}))
    ax = fig.axes[0]
    assert [t.get_text() for t in ax.get_yticklabels()] == [
        "위험: 수전 설비 납기 지연", "부지 조성", "건축 공사"]  # 0 is left out; top = largest
    assert by_gid(fig, "risk_bar").get_hatch() == "///"
    assert by_gid(fig, "task_bar").get_hatch() is None
    assert_korean_font(fig)


def test_tornado_without_uncertainty_says_so():
    fig = draw(build_tornado, TornadoData([TornadoItem("건축", 0.0)], {"empty": "불확실성이 없습니다"}))
    assert by_gid(fig, "empty").get_text() == "불확실성이 없습니다"
