"""The Gantt layout: pixels of bars, diamonds, links, lines and ticks for known dates."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest

from desktop.domain.gantt_layout import (
    BarKind, GanttLayout, TimeUnit, Zoom, date_extent, fit_scale, hit_test, layout_gantt,
)
from desktop.domain.gantt_layout_links import LinkIndex, make_link
from desktop.domain.gantt_layout_scale import ZOOM_ORDER, pad_days, unit_floor, unit_next
from desktop.domain.schedule_rows import PhaseBand, ScheduleLink, ScheduleRow, ScheduleView

STATUS = date(2026, 11, 24)
FIRST = date(2026, 1, 5)  # the earliest date of the sample


def _row(task_id, name_ko, name_en, start, finish, *, level=1, summary=False, milestone=False,
         base=(None, None), pct=0.0, critical=False, actual=(None, None), tf=0,
         deadline=None) -> ScheduleRow:
    return ScheduleRow(task_id=task_id, wbs=str(task_id), name_ko=name_ko, name_en=name_en,
                       level=level, is_summary=summary, is_milestone=milestone, start=start,
                       finish=finish, baseline_start=base[0], baseline_finish=base[1],
                       actual_start=actual[0], actual_finish=actual[1], percent_complete=pct,
                       total_float=tf if start else None, is_critical=critical, deadline=deadline)


def small_view() -> ScheduleView:
    """A two-phase construction plan with every kind of bar and link (also used by the UI tests)."""
    d = date
    rows = [
        _row(1, "1단계 착공 준비", "Phase 1 preparation", d(2026, 1, 5), d(2026, 12, 1), level=0,
             summary=True, base=(d(2026, 1, 5), d(2026, 11, 2)), pct=62, critical=True),
        _row(2, "인허가", "Permits", d(2026, 1, 5), d(2026, 3, 31), base=(d(2026, 1, 5), d(2026, 3, 20)),
             pct=100, critical=True, actual=(d(2026, 1, 5), d(2026, 3, 31))),
        _row(3, "기본·실시 설계", "Design", d(2026, 2, 2), d(2026, 6, 30),
             base=(d(2026, 2, 2), d(2026, 5, 29)), pct=80, actual=(d(2026, 2, 2), None), tf=25),
        _row(4, "착공", "Construction start", d(2026, 12, 1), d(2026, 12, 1), milestone=True,
             base=(d(2026, 11, 2), d(2026, 11, 2)), critical=True),
        _row(5, "부지 조성", "Site preparation", d(2026, 7, 1), d(2026, 11, 30), pct=40,
             critical=True, actual=(d(2026, 7, 1), None)),
        _row(6, "2단계 건축·설비", "Phase 2 building", d(2026, 12, 2), d(2027, 12, 31), level=0,
             summary=True, critical=True),
        _row(7, "건축 공사", "Building works", d(2026, 12, 2), d(2027, 9, 30), critical=True),
        _row(8, "전력·변전 설비", "Power and substation", d(2027, 1, 4), d(2027, 8, 31), tf=22),
        _row(9, "GPU 설치", "GPU installation", d(2027, 10, 1), d(2027, 12, 31), critical=True,
             deadline=d(2027, 12, 20)),
        _row(10, "1단계 준공", "Phase 1 completion", d(2027, 12, 31), d(2027, 12, 31),
             milestone=True, critical=True),
        _row(11, "4단계 완료", "Phase 4 completion", None, None, milestone=True),
    ]
    links = [ScheduleLink(2, 5, "FS"), ScheduleLink(5, 4, "FS", critical=True),
             ScheduleLink(4, 7, "FS", critical=True), ScheduleLink(7, 8, "SS", 20),
             ScheduleLink(8, 9, "FF"), ScheduleLink(3, 5, "SF"),
             ScheduleLink(7, 9, "FS", critical=True), ScheduleLink(9, 10, "FS", critical=True),
             ScheduleLink(10, 11, "FS")]
    bands = [PhaseBand(1, "1단계", "Phase 1", d(2026, 1, 5), d(2026, 12, 31)),
             PhaseBand(2, "2단계", "Phase 2", d(2027, 1, 1), d(2027, 12, 31))]
    return ScheduleView(rows=rows, links=links, bands=bands, status_date=STATUS,
                        start=d(2026, 1, 5), finish=d(2027, 12, 31), baseline_name="MOU",
                        critical_ids=[1, 2, 4, 5, 6, 7, 9, 10])


def lay(zoom: Zoom = Zoom.MONTH, row_height: int = 24) -> GanttLayout:
    return layout_gantt(small_view(), zoom=zoom, row_height=row_height, today=date(2026, 11, 30))


def link(layout: GanttLayout, pred_row: int, succ_row: int):
    return next(k for k in layout.links if (k.pred_row, k.succ_row) == (pred_row, succ_row))


def test_zoom_levels_go_from_fine_to_coarse():
    assert [z.px_per_day for z in ZOOM_ORDER] == [0.5, 2.0, 6.0, 24.0]
    assert Zoom.MONTH.finer() is Zoom.WEEK and Zoom.WEEK.finer() is Zoom.WEEK
    assert Zoom.MONTH.coarser() is Zoom.QUARTER and Zoom.YEAR.coarser() is Zoom.YEAR


def test_week_zoom_bar_in_pixels():
    layout = lay(Zoom.WEEK)
    assert layout.px_per_day == 24 and layout.origin == date(2026, 1, 3)  # 2 days of margin
    bar = layout.rows[1].bar
    assert (bar.x, bar.w) == (48.0, 86 * 24.0)  # 5 Jan .. 31 Mar inclusive = 86 days
    assert layout.rows[1].top == 24 and bar.y > 24 and bar.bottom < 48


@pytest.mark.parametrize("zoom", list(Zoom))
def test_bars_at_each_zoom(zoom):
    layout = lay(zoom)
    ppd = zoom.px_per_day
    assert layout.origin == FIRST - timedelta(days=pad_days(ppd))
    assert layout.x_of(FIRST) == pad_days(ppd) * ppd
    design = layout.rows[2]
    assert design.kind is BarKind.TASK
    assert design.bar.x == (date(2026, 2, 2) - layout.origin).days * ppd
    assert design.bar.right == ((date(2026, 6, 30) - layout.origin).days + 1) * ppd
    assert layout.width == (layout.end - layout.origin).days * ppd
    assert layout.width >= layout.x_of(date(2027, 12, 31)) + ppd
    assert layout.height == 11 * 24


def test_milestone_diamond_centre_and_baseline_diamond():
    layout = lay(Zoom.WEEK)
    start = layout.rows[3]
    assert start.kind is BarKind.MILESTONE and start.bar is None
    d = start.diamond
    assert d.cx == layout.x_of(date(2026, 12, 1)) + 12  # the middle of its day
    assert d.cy == start.top + layout.geometry.bar_y + layout.geometry.bar_h / 2
    base = start.baseline_diamond
    assert base.cx == layout.x_of(date(2026, 11, 2)) + 12 and base.cy > d.cy
    assert base.r < d.r


def test_baseline_bar_is_thinner_and_beneath():
    row = lay(Zoom.MONTH).rows[1]
    assert row.baseline.y >= row.bar.bottom
    assert row.baseline.h < row.bar.h
    assert row.baseline.x == row.bar.x and row.baseline.w == 75 * 6.0  # 5 Jan .. 20 Mar
    assert row.baseline.bottom <= row.top + 24


def test_without_baselines_the_bar_is_centred():
    view = small_view()
    rows = [r._replace(baseline_start=None, baseline_finish=None) for r in view.rows]
    layout = layout_gantt(ScheduleView(rows, view.links, view.bands, STATUS, view.start,
                                       view.finish), zoom=Zoom.MONTH, row_height=24)
    bar = layout.rows[1].bar
    assert not layout.has_baseline and layout.rows[1].baseline is None
    assert bar.y - 24 == 24 - (bar.bottom - 24)


def test_summary_bracket_progress_critical_and_actual():
    layout = lay(Zoom.MONTH)
    summary = layout.rows[0]
    assert summary.kind is BarKind.SUMMARY and summary.critical
    xs = [p[0] for p in summary.summary_shape]
    ys = [p[1] for p in summary.summary_shape]
    assert (min(xs), max(xs)) == (summary.bar.x, summary.bar.right)
    assert min(ys) == summary.bar.y and max(ys) > summary.bar.y
    assert layout.rows[1].progress == 1.0 and layout.rows[2].progress == pytest.approx(0.8)
    assert layout.rows[1].critical and not layout.rows[2].critical
    assert layout.rows[1].actual == (layout.rows[1].bar.x, layout.rows[1].bar.right)
    site = layout.rows[4]  # started, not finished: the actual span stops at the status date
    assert site.actual == (site.bar.x, layout.status_x)


def test_deadline_marker_at_the_end_of_its_day():
    layout = lay(Zoom.WEEK)
    assert layout.rows[8].deadline_x == layout.x_of(date(2027, 12, 21))
    assert layout.rows[7].deadline_x is None


def test_unscheduled_row_draws_nothing_and_has_no_links():
    layout = lay()
    assert layout.rows[10].kind is BarKind.NONE and layout.rows[10].anchor is None
    assert all(10 not in (k.pred_row, k.succ_row) for k in layout.links)
    assert len(layout.links) == 8


def _orthogonal(points) -> bool:
    return all(a[0] == b[0] or a[1] == b[1] for a, b in zip(points, points[1:]))


def test_finish_to_start_drops_onto_the_successor():
    layout = lay(Zoom.MONTH)
    pred, succ = layout.rows[6].anchor, layout.rows[8].anchor  # building works -> GPU
    fs = link(layout, 6, 8)
    assert fs.points[0] == (pred.x1, pred.y_mid)
    assert fs.points[-1][1] == succ.y_top and succ.x0 <= fs.points[-1][0] <= succ.x1
    assert fs.arrow[0] == fs.points[-1] and fs.arrow[1][1] < succ.y_top  # points down
    assert _orthogonal(fs.points) and fs.critical


def test_finish_to_start_into_a_milestone_and_doubling_back():
    layout = lay(Zoom.MONTH)
    into = link(layout, 4, 3)  # site preparation (row 4) -> construction start (row 3), upwards
    d = layout.rows[3].diamond
    tip = into.points[-1]
    assert tip[0] >= layout.rows[4].anchor.x1 and tip[1] > d.cy  # from below ...
    assert abs(tip[0] - d.cx) + abs(tip[1] - d.cy) == pytest.approx(d.r)  # ... onto its edge
    assert len(into.points) == 3 and _orthogonal(into.points)
    week = lay(Zoom.WEEK)
    d = week.rows[3].diamond
    assert link(week, 4, 3).points[-1] == (d.cx, d.cy + d.r)  # wide enough: the bottom point
    back = link(layout, 2, 4)  # start-to-finish into a task ending long after: doubles back
    assert len(back.points) == 6 and back.points[2][1] == 3 * 24  # along row 2's bottom
    assert _orthogonal(back.points)


def test_start_start_finish_finish_start_finish_endpoints():
    layout = lay(Zoom.MONTH)
    rows = layout.rows
    ss, ff, sf = link(layout, 6, 7), link(layout, 7, 8), link(layout, 2, 4)
    assert ss.points[0] == (rows[6].anchor.x0, rows[6].anchor.y_mid)
    assert ss.points[-1] == (rows[7].anchor.x0, rows[7].anchor.y_mid)
    assert ss.arrow[1][0] < ss.points[-1][0]  # arrow points right
    assert ff.points[0] == (rows[7].anchor.x1, rows[7].anchor.y_mid)
    assert ff.points[-1] == (rows[8].anchor.x1, rows[8].anchor.y_mid)
    assert ff.arrow[1][0] > ff.points[-1][0]  # arrow points left
    assert sf.points[0] == (rows[2].anchor.x0, rows[2].anchor.y_mid)
    assert sf.points[-1] == (rows[4].anchor.x1, rows[4].anchor.y_mid)
    assert all(_orthogonal(k.points) for k in (ss, ff, sf))


def test_today_and_status_lines():
    layout = lay(Zoom.WEEK)
    assert layout.status_x == layout.x_of(STATUS) + 24  # end of the status day
    assert layout.today_x == layout.x_of(date(2026, 11, 30)) + 12
    assert layout_gantt(small_view(), zoom=Zoom.WEEK).today_x is None


def test_phase_bands():
    layout = lay(Zoom.MONTH)
    first, second = layout.bands
    assert (first.x0, first.x1) == (layout.x_of(FIRST), layout.x_of(date(2027, 1, 1)))
    assert second.x0 == first.x1 and second.name_ko == "2단계"


@pytest.mark.parametrize("zoom, units, months", [
    (Zoom.WEEK, (TimeUnit.MONTH, TimeUnit.WEEK), None),
    (Zoom.MONTH, (TimeUnit.YEAR, TimeUnit.MONTH), set(range(1, 13))),
    (Zoom.QUARTER, (TimeUnit.YEAR, TimeUnit.QUARTER), {1, 4, 7, 10}),
    (Zoom.YEAR, (TimeUnit.YEAR, TimeUnit.HALF), {1, 7}),
])
def test_ticks_per_zoom(zoom, units, months):
    layout = lay(zoom)
    assert layout.tier_units == units
    for tier, unit in enumerate(units):
        ticks = layout.tier_ticks(tier)
        assert all(t.unit is unit and t.x == layout.x_of(t.date) for t in ticks)
        assert ticks[0].date <= layout.origin < ticks[1].date and ticks[-1].date >= layout.end
        assert all(unit_next(a.date, unit) == b.date for a, b in zip(ticks, ticks[1:]))
    bottom = [t.date for t in layout.tier_ticks(1)]
    if zoom is Zoom.WEEK:
        assert bottom[:3] == [date(2025, 12, 29), date(2026, 1, 5), date(2026, 1, 12)]
        assert [t.date for t in layout.tier_ticks(0)][:2] == [date(2026, 1, 1), date(2026, 2, 1)]
    else:
        assert {d.month for d in bottom} <= months and all(d.day == 1 for d in bottom)
        assert [t.date for t in layout.tier_ticks(0)][:3] == [date(2025, 1, 1), date(2026, 1, 1),
                                                               date(2027, 1, 1)]


def test_tier_ticks_window():
    layout = lay(Zoom.WEEK)
    ticks = layout.tier_ticks(1, 1000, 2000)
    assert ticks[0].x <= 1000 and ticks[-1].x >= 2000
    assert len(ticks) <= (1000 // (7 * 24)) + 3


def test_unit_floor():
    d = date(2026, 8, 19)  # a Wednesday
    assert unit_floor(d, TimeUnit.WEEK) == date(2026, 8, 17)
    assert unit_floor(d, TimeUnit.QUARTER) == date(2026, 7, 1)
    assert unit_floor(d, TimeUnit.HALF) == date(2026, 7, 1)
    assert unit_next(date(2026, 10, 1), TimeUnit.QUARTER) == date(2027, 1, 1)


@pytest.mark.parametrize("width", [400, 900, 1600, 3000])
def test_fit_scale_fits_the_width(width):
    view = small_view()
    first, last = date_extent(view)
    assert (first, last) == (FIRST, date(2027, 12, 31))
    ppd = fit_scale(first, last, width)
    layout = layout_gantt(view, px_per_day=ppd)
    assert 0.9 * width <= layout.width <= width
    assert layout.zoom is None and layout.px_per_day == ppd


def test_weekend_spans_are_saturdays():
    layout = lay(Zoom.WEEK)
    spans = layout.weekend_spans(0, 24 * 30)
    for a, b in spans:
        assert layout.date_at(a + 1).weekday() == 5 and b - a == 48
    assert len(spans) >= 4


def test_rows_between_and_row_at():
    layout = lay(row_height=20)
    assert layout.rows_between(30, 70) == range(1, 4)
    assert layout.row_at(219) == 10 and layout.row_at(220) is None


def test_hit_test_zones():
    layout = lay(Zoom.WEEK)
    a = layout.rows[2].anchor
    assert hit_test(layout, a.x0 + 10, a.y_mid) == (2, "body")
    assert hit_test(layout, a.x1 - 1, a.y_mid) == (2, "end")
    assert hit_test(layout, a.x1 + 8, a.y_mid) == (2, "link")
    assert hit_test(layout, a.x1 + 40, a.y_mid) is None
    d = layout.rows[3].diamond
    assert hit_test(layout, d.cx, d.cy) == (3, "body")
    assert hit_test(layout, 5, 10 * 24 + 12) is None  # the unscheduled row


def test_link_index_matches_a_full_scan():
    rng = random.Random(7)
    from desktop.domain.gantt_layout_links import Anchor

    anchor = Anchor(0, 10, 5, 2, 8)
    links = [make_link("FS", a, b, anchor, anchor, False, 24)
             for a, b in ((rng.randrange(2000), rng.randrange(2000)) for _ in range(3000)) if a != b]
    index = LinkIndex(links, 2000)
    for first in (0, 17, 500, 1990):
        last = first + rng.randrange(1, 60)
        expected = [k for k in links if k.row_min <= last and k.row_max >= first]
        assert index.query(first, last) == expected
    assert index.query(5, 4) == []


def test_layout_keeps_every_row_in_table_order():
    layout = lay()
    assert [r.index for r in layout.rows] == list(range(11))
    assert [r.task_id for r in layout.rows] == list(range(1, 12))
