"""The chart host: an update that only moves lines draws them over a saved picture of the
rest of the chart, and what is on screen is what a full redraw shows."""

from __future__ import annotations

import pytest

from desktop.charts.s_curve import build_s_curve, update_s_curve
from desktop.ui.widgets.chart_canvas import ChartCanvas
from tests.charts.test_charts import screen_data as s_curve_data


def _image(canvas: ChartCanvas, qapp):
    qapp.processEvents()
    return canvas.canvas.grab().toImage()


@pytest.mark.parametrize("through_legend", [False, True])
def test_moved_lines_are_blitted_and_look_like_a_full_redraw(qtbot, qapp_ko, through_legend):
    """Also when the moved line runs through the legend (upper left): it stays under it."""
    canvas = ChartCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(800, 400)
    canvas.show()
    canvas.show_chart(build_s_curve, s_curve_data())
    _image(canvas, qapp_ko)  # shown and drawn
    axes = canvas.figure.axes[0]
    draws = []
    canvas.canvas.mpl_connect("draw_event", lambda _event: draws.append(1))
    for step in (1, 2):
        top = max(v for v in s_curve_data().pv if v is not None)
        ac = [(top if through_legend and i < 4 else v + step * 10**9) if v is not None else None
              for i, v in enumerate(s_curve_data().ac)]
        canvas.update_chart(update_s_curve, build_s_curve, s_curve_data(ac=ac))
        blitted = _image(canvas, qapp_ko)
    assert canvas.figure.axes[0] is axes  # not built again
    assert len(draws) == 1  # one full draw, to save the picture without lines; then blits
    canvas.canvas.draw()
    assert blitted == _image(canvas, qapp_ko)


def test_an_axis_change_draws_everything_and_other_data_builds_again(qtbot, qapp_ko):
    canvas = ChartCanvas()
    qtbot.addWidget(canvas)
    canvas.show_chart(build_s_curve, s_curve_data())
    axes = canvas.figure.axes[0]
    high = [v * 3 if v is not None else None for v in s_curve_data().ac]
    canvas.update_chart(update_s_curve, build_s_curve, s_curve_data(ac=high))
    assert canvas.figure.axes[0] is axes and axes.get_ylim() == (0, 3000)
    canvas.update_chart(update_s_curve, build_s_curve, s_curve_data(status_month="2026-11"))
    assert canvas.figure.axes[0] is not axes
