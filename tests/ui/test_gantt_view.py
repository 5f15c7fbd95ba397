"""The Gantt widget: what it paints where, drags that emit requests, zoom, tooltips, export."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest

from desktop.domain.gantt_layout import Zoom
from desktop.ui.widgets.gantt_view import GanttView
from tests.domain.test_gantt_layout import small_view

TODAY = date(2026, 11, 30)


@pytest.fixture
def gantt(qtbot, qapp_ko):
    view = GanttView()
    qtbot.addWidget(view)
    view.resize(1200, 420)
    view.set_today(TODAY)
    view.set_zoom(Zoom.MONTH)
    view.set_view(small_view())
    view.show()
    qtbot.waitExposed(view)
    return view


def on_screen(gantt: GanttView, x: float, y: float) -> QPoint:
    """Viewport position of content position (x, y)."""
    return QPoint(round(x - gantt.horizontalScrollBar().value()),
                  round(y - gantt.verticalScrollBar().value()))


def pixel(gantt: GanttView, x: float, y: float) -> QColor:
    image = gantt.viewport().grab().toImage()
    p = on_screen(gantt, x, y)
    ratio = image.devicePixelRatio()
    return image.pixelColor(round(p.x() * ratio), round(p.y() * ratio))


def bar_point(gantt: GanttView, row: int, fraction: float = 0.9) -> tuple[float, float]:
    """A point inside row ``row``'s bar, past its progress stripe and below its edge."""
    bar = gantt.gantt_layout().rows[row].bar
    return bar.x + bar.w * fraction, bar.y + 2


def test_critical_bar_is_red_and_normal_bar_blue(gantt):
    red = pixel(gantt, *bar_point(gantt, 1, 0.5))  # permits: critical
    assert red.red() > 160 and red.green() < 90 and red.blue() < 90, red.name()
    blue = pixel(gantt, *bar_point(gantt, 2))  # design: not critical
    assert blue.blue() > 160 and blue.red() < 140, blue.name()
    gap = pixel(gantt, gantt.gantt_layout().rows[2].bar.x - 40, bar_point(gantt, 2)[1])
    assert gap.red() > 200 and gap.green() > 200, gap.name()  # no bar before its start


def test_scrolling_paints_the_rows_in_view(gantt):
    gantt.set_row_height(60)  # taller than the viewport allows for 11 rows
    gantt.scroll_to_row(8)
    bar = gantt.verticalScrollBar()
    assert bar.maximum() == 11 * 60 - gantt.viewport().height()
    assert bar.value() == min(8 * 60, bar.maximum()) and bar.value() > 0
    gantt.scroll_to_date(date(2027, 9, 1))
    x, y = bar_point(gantt, 8, 0.5)  # GPU installation: critical
    colour = pixel(gantt, x, y)
    assert colour.red() > 160 and colour.green() < 90, colour.name()


def test_zoom_changes_the_bar_width(gantt, qtbot):
    month = gantt.gantt_layout().rows[1].bar.w
    gantt.set_zoom(Zoom.WEEK)
    assert gantt.gantt_layout().rows[1].bar.w == month * 4
    QTest.keyClick(gantt, Qt.Key.Key_Minus)
    assert gantt.zoom() is Zoom.MONTH
    QTest.keyClick(gantt, Qt.Key.Key_Minus)
    assert gantt.zoom() is Zoom.QUARTER and gantt.gantt_layout().rows[1].bar.w == month / 3
    gantt.fit_to_project()
    assert gantt.zoom() is None
    assert gantt.gantt_layout().width <= gantt.viewport().width()
    assert gantt.horizontalScrollBar().maximum() == 0


def test_dragging_a_bar_requests_a_move_by_whole_days(gantt, qtbot):
    x, y = bar_point(gantt, 2, 0.5)
    start = on_screen(gantt, x, y)
    with qtbot.waitSignal(gantt.sig_move_requested) as blocker:
        QTest.mousePress(gantt.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
        QTest.mouseMove(gantt.viewport(), start + QPoint(10, 0))
        QTest.mouseMove(gantt.viewport(), start + QPoint(3 * 6 + 1, 2))
        assert gantt.viewport().grab().toImage() is not None  # the preview paints
        QTest.mouseRelease(gantt.viewport(), Qt.MouseButton.LeftButton,
                           Qt.KeyboardModifier.NoModifier, start + QPoint(3 * 6 + 1, 2))
    assert blocker.args == [3, date(2026, 2, 2) + timedelta(days=3)]


def test_dragging_the_finish_requests_a_new_finish(gantt, qtbot):
    bar = gantt.gantt_layout().rows[7].bar  # power and substation, ends 2027-08-31
    gantt.scroll_to_date(date(2027, 6, 1))
    at = on_screen(gantt, bar.right - 1, bar.y + bar.h / 2)
    with qtbot.waitSignal(gantt.sig_finish_requested) as blocker:
        QTest.mousePress(gantt.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)
        QTest.mouseMove(gantt.viewport(), at + QPoint(5 * 6, 0))
        QTest.mouseRelease(gantt.viewport(), Qt.MouseButton.LeftButton,
                           Qt.KeyboardModifier.NoModifier, at + QPoint(5 * 6, 0))
    assert blocker.args == [8, date(2027, 9, 5)]


def test_shift_drag_from_bar_to_bar_requests_a_link(gantt, qtbot):
    layout = gantt.gantt_layout()
    source = on_screen(gantt, *bar_point(gantt, 1, 0.5))
    design = layout.rows[2].bar
    target = on_screen(gantt, design.x + 30, design.y + design.h / 2)
    with qtbot.waitSignal(gantt.sig_link_requested) as blocker:
        QTest.mousePress(gantt.viewport(), Qt.MouseButton.LeftButton,
                         Qt.KeyboardModifier.ShiftModifier, source)
        QTest.mouseMove(gantt.viewport(), target)
        QTest.mouseRelease(gantt.viewport(), Qt.MouseButton.LeftButton,
                           Qt.KeyboardModifier.ShiftModifier, target)
    assert blocker.args == [2, 3]


def test_a_click_without_moving_requests_nothing(gantt, qtbot):
    at = on_screen(gantt, *bar_point(gantt, 2, 0.5))
    with qtbot.assertNotEmitted(gantt.sig_move_requested):
        QTest.mouseClick(gantt.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)


def test_tooltip_names_the_task_and_its_dates(gantt):
    text = gantt.tooltip_text(1)
    assert "인허가" in text and "2026-01-05" in text and "2026-03-31" in text
    assert "2026-03-20" in text  # baseline finish
    milestone = gantt.tooltip_text(3)
    assert "착공" in milestone and "2026-12-01" in milestone and "2026-11-02" in milestone
    assert "25" in gantt.tooltip_text(2)  # total float


def test_header_height_and_row_height_line_up_with_a_table(gantt):
    gantt.set_header_height(50)
    assert gantt.viewport().geometry().top() - gantt.frameWidth() == 50
    gantt.set_row_height(30)
    assert gantt.gantt_layout().row_height == 30 and gantt.verticalScrollBar().singleStep() == 30


def test_export_png_and_pdf(gantt, tmp_path):
    png, pdf = tmp_path / "gantt.png", tmp_path / "gantt.pdf"
    assert gantt.export_png(png) and png.stat().st_size > 1000
    assert gantt.export_pdf(pdf) == 1
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 1000


def test_ctrl_wheel_zooms_in_and_out(gantt, qapp_ko):
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QWheelEvent

    def wheel(delta: int) -> None:
        centre = QPointF(gantt.viewport().rect().center())
        event = QWheelEvent(centre, QPointF(gantt.viewport().mapToGlobal(centre.toPoint())),
                            QPoint(0, 0), QPoint(0, delta), Qt.MouseButton.NoButton,
                            Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase, False)
        qapp_ko.sendEvent(gantt.viewport(), event)

    wheel(120)
    assert gantt.zoom() is Zoom.WEEK
    wheel(-120)
    wheel(-120)
    assert gantt.zoom() is Zoom.QUARTER


def test_zoom_keeps_the_middle_date_in_place(gantt):
    gantt.set_zoom(Zoom.WEEK)
    gantt.scroll_to_date(date(2026, 6, 1))
    layout = gantt.gantt_layout()
    middle = layout.date_at(gantt.horizontalScrollBar().value() + gantt.viewport().width() / 2)
    gantt.set_zoom(Zoom.MONTH)
    layout = gantt.gantt_layout()
    after = layout.date_at(gantt.horizontalScrollBar().value() + gantt.viewport().width() / 2)
    assert abs((after - middle).days) <= 1


def test_an_empty_schedule_paints(qtbot, qapp_ko):
    from desktop.domain.schedule_rows import ScheduleView

    view = GanttView()
    qtbot.addWidget(view)
    view.resize(600, 300)
    assert not view.grab().isNull()  # before any schedule
    view.set_view(ScheduleView(rows=[], links=[], bands=[], status_date=TODAY, start=None,
                               finish=None))
    view.fit_to_project()
    assert not view.grab().isNull() and view.verticalScrollBar().maximum() == 0


@pytest.mark.parametrize("zoom", list(Zoom))
@pytest.mark.parametrize("language", ["ko", "en"])
def test_header_labels_fit_their_units_and_never_overlap(qapp_ko, zoom, language):
    from PySide6.QtGui import QFontMetrics

    from desktop.domain.gantt_layout import layout_gantt
    from desktop.paint.gantt_header import _with_year, tier_labels
    from desktop.paint.gantt_labels import scale_label
    from desktop.ui.i18n import install_translators

    install_translators(language)
    layout = layout_gantt(small_view(), zoom=zoom)
    metrics = QFontMetrics(qapp_ko.font())
    for x0, width in ((0, 700), (333, 250), (layout.width / 2, 90)):
        tiers = [layout.tier_ticks(t, x0, x0 + width) for t in (0, 1)]
        plain = [tier_labels(metrics, layout, ticks, x0, width,
                             lambda t, _f: [scale_label(t.date, t.unit, t.tier)]) for ticks in tiers]
        single = tier_labels(metrics, layout, tiers[1], x0, width,
                             lambda t, first: _with_year(t, first, scale_label))
        for placed, ticks in ((plain[0], tiers[0]), (plain[1], tiers[1]), (single, tiers[1])):
            spans = [(x, x + metrics.horizontalAdvance(text)) for x, text in placed]
            assert all(a[1] < b[0] for a, b in zip(spans, spans[1:])), placed
            assert all(x0 <= a and b <= x0 + width for a, b in spans), placed
            edges = [t.x for t in ticks]
            assert all(not any(a < e < b for e in edges) for a, b in spans), placed
    if zoom is Zoom.MONTH:  # the whole first months are in view: each has its label
        wide = tier_labels(metrics, layout, layout.tier_ticks(1, 0, 1000), 0, 1000,
                           lambda t, _f: [scale_label(t.date, t.unit, t.tier)])
        assert len(wide) >= 5
        assert wide[1][1] == ("2월" if language == "ko" else "Feb")
