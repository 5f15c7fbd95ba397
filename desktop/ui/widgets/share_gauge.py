"""A horizontal gauge of the foreign-capital share against its minimum (30 %)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

OK_COLOR = QColor("#2e7d32")
LOW_COLOR = QColor("#c62828")
TRACK_COLOR = QColor("#e0e0e0")


class ShareGauge(QWidget):
    """Shows ``share`` (0–1, or None for unknown) with a marker at ``minimum``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._share: float | None = None
        self._minimum = 0.3
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(self.fontMetrics().height() + 10)

    def set_values(self, share: float | None, minimum: float) -> None:
        self._share, self._minimum = share, minimum
        self.setToolTip("" if share is None else f"{share * 100:.1f}% / {minimum * 100:.0f}%")
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(200, self.fontMetrics().height() + 10)

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        track = QRectF(self.rect()).adjusted(1, 4, -1, -4)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(TRACK_COLOR)
        painter.drawRoundedRect(track, 3, 3)
        if self._share is not None:
            filled = QRectF(track)
            filled.setWidth(track.width() * max(0.0, min(1.0, self._share)))
            painter.setBrush(OK_COLOR if self._share >= self._minimum else LOW_COLOR)
            painter.drawRoundedRect(filled, 3, 3)
        x = track.left() + track.width() * self._minimum
        painter.setPen(QPen(QColor("#212121"), 2))
        painter.drawLine(int(x), int(track.top()) - 3, int(x), int(track.bottom()) + 3)
        painter.end()
