"""A horizontal gauge of the foreign-capital share against its minimum (30 %).

Made of three filled child widgets (track, bar, marker) rather than painted: a QPainter's
brush and pen calls make PySide build every enum of Qt's namespace, about 16 ms of the
window's first paint (see desktop/ui/models/row_model.py).
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget

from desktop.ui.style import set_fill

OK_COLOR = "#2e7d32"
LOW_COLOR = "#c62828"
TRACK_COLOR = "#e0e0e0"
MARKER_COLOR = "#212121"
INSET = 4  # px above and below the track; the marker reaches 3 px beyond it
MARKER = 2  # px


def _filled(parent: QWidget, color: str) -> QWidget:
    part = QWidget(parent)
    set_fill(part, color)
    return part


class ShareGauge(QWidget):
    """Shows ``share`` (0–1, or None for unknown) with a marker at ``minimum``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._share: float | None = None
        self._minimum = 0.3
        self.setFixedHeight(self.fontMetrics().height() + 10)  # as wide as its card lets it
        self.track = _filled(self, TRACK_COLOR)
        self.bar = _filled(self, OK_COLOR)
        self.marker = _filled(self, MARKER_COLOR)
        self._place()

    def set_values(self, share: float | None, minimum: float) -> None:
        self._share, self._minimum = share, minimum
        self.setToolTip("" if share is None else f"{share * 100:.1f}% / {minimum * 100:.0f}%")
        self._place()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(200, self.fontMetrics().height() + 10)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._place()

    def _place(self) -> None:
        width, height = self.width() - 2, self.height() - 2 * INSET
        self.track.setGeometry(1, INSET, width, height)
        share = self._share
        self.bar.setVisible(share is not None)
        if share is not None:
            set_fill(self.bar, OK_COLOR if share >= self._minimum else LOW_COLOR)
            self.bar.setGeometry(1, INSET, round(width * max(0.0, min(1.0, share))), height)
        x = 1 + round(width * self._minimum) - MARKER // 2
        self.marker.setGeometry(x, INSET - 3, MARKER, height + 6)
        self.marker.raise_()
