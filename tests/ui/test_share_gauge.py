"""The foreign-share gauge: a bar as long as the share, green from the minimum up, red below
it, a marker at the minimum, no bar when the share is unknown."""

from PySide6.QtGui import QPalette

from desktop.ui.widgets.share_gauge import LOW_COLOR, OK_COLOR, ShareGauge


def _color(part) -> str:
    return part.palette().color(QPalette.ColorRole.Window).name()


def test_the_bar_the_colour_and_the_marker(qtbot):
    gauge = ShareGauge()
    qtbot.addWidget(gauge)
    gauge.resize(202, gauge.height())
    gauge.set_values(0.317, 0.3)
    track = gauge.track.geometry()
    assert track.width() == 200 and gauge.bar.isVisibleTo(gauge)
    assert gauge.bar.geometry().width() == round(200 * 0.317) and _color(gauge.bar) == OK_COLOR
    assert gauge.marker.geometry().center().x() in (1 + 60 - 1, 1 + 60)
    gauge.set_values(0.2, 0.3)
    assert gauge.bar.geometry().width() == 40 and _color(gauge.bar) == LOW_COLOR
    assert gauge.toolTip() == "20.0% / 30%"
    gauge.set_values(1.4, 0.3)  # never past the track
    assert gauge.bar.geometry().width() == 200
    gauge.set_values(None, 0.3)
    assert not gauge.bar.isVisibleTo(gauge) and gauge.toolTip() == ""
    gauge.show()
    gauge.resize(402, gauge.height())  # follows its width
    qtbot.waitUntil(lambda: gauge.track.geometry().width() == 400)
    assert gauge.marker.geometry().x() == 1 + 120 - 1
