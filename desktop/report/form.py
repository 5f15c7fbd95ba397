"""Page 1 as the office's form: the 결재란 (sign-off boxes) at the top right, the title in a
frame, and the document block (document number, department, contact, dates).  Values the
office has not set print as blank lines to fill in by hand, never as invented text."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from desktop.report.blocks import WRAP, Block, text_height

BLANK = "_" * 18
LINE = QColor("#424242")


@dataclass
class Letterhead(Block):
    signoff_label: str          # 결재 / Sign-off
    boxes: list[str]            # 담당, 팀장, 과장, 국장
    title: str
    subtitle: str
    info: list[tuple[str, str]]  # (label, value); "" values print as a blank line
    title_font: QFont
    font: QFont
    bold: QFont
    space_after: float = 14.0

    BOX_W, HEAD_H, SIGN_H = 64.0, 24.0, 50.0

    @property
    def label_w(self) -> float:
        """A short label (결재) stands vertically in a narrow column, a long one (Sign-off) across."""
        if len(self.signoff_label) <= 3:
            return 26.0
        return QFontMetricsF(self.bold).horizontalAdvance(self.signoff_label) + 12

    def _box_w(self) -> float:
        widest = max((QFontMetricsF(self.font).horizontalAdvance(b) for b in self.boxes), default=0)
        return max(self.BOX_W, widest + 12)

    def _signoff_size(self) -> tuple[float, float]:
        return self.label_w + self._box_w() * len(self.boxes), self.HEAD_H + self.SIGN_H

    def _title_height(self, width: float) -> float:
        text = f"{self.title}\n{self.subtitle}"
        return text_height(self.title_font, text, width - 40) + 28

    def _info_height(self, width: float) -> float:
        rows = (len(self.info) + 1) // 2
        return rows * (QFontMetricsF(self.font).height() + 8)

    def height(self, width: float) -> float:
        return (self._signoff_size()[1] + 12 + self._title_height(width) + 10
                + self._info_height(width) + self.space_after)

    def paint(self, painter: QPainter, x: float, y: float, width: float) -> None:
        w, h = self._signoff_size()
        self._paint_signoff(painter, x + width - w, y)
        top = y + h + 12
        title_h = self._title_height(width)
        painter.setPen(QPen(LINE, 1.6))
        painter.drawRect(QRectF(x, top, width, title_h))
        painter.setPen(QPen(LINE, 0.6))
        painter.drawRect(QRectF(x + 3, top + 3, width - 6, title_h - 6))
        painter.setFont(self.title_font)
        painter.setPen(QColor("#111111"))
        painter.drawText(QRectF(x + 20, top, width - 40, title_h),
                         int(Qt.AlignmentFlag.AlignCenter) | WRAP, f"{self.title}\n{self.subtitle}")
        self._paint_info(painter, x, top + title_h + 10, width)

    def _paint_signoff(self, painter: QPainter, left: float, top: float) -> None:
        h, label_w, box_w = self.HEAD_H + self.SIGN_H, self.label_w, self._box_w()
        painter.setPen(QPen(LINE, 0.9))
        painter.drawRect(QRectF(left, top, label_w, h))
        painter.setFont(self.bold)
        painter.drawText(QRectF(left, top, label_w, h), int(Qt.AlignmentFlag.AlignCenter) | WRAP,
                         "\n".join(self.signoff_label) if len(self.signoff_label) <= 3 else self.signoff_label)
        painter.setFont(self.font)
        for i, name in enumerate(self.boxes):
            x = left + label_w + i * box_w
            painter.drawRect(QRectF(x, top, box_w, self.HEAD_H))
            painter.drawRect(QRectF(x, top + self.HEAD_H, box_w, self.SIGN_H))
            painter.drawText(QRectF(x + 2, top, box_w - 4, self.HEAD_H),
                             int(Qt.AlignmentFlag.AlignCenter), name)

    def _paint_info(self, painter: QPainter, x: float, top: float, width: float) -> None:
        line_h = QFontMetricsF(self.font).height() + 8
        half = width / 2
        for i, (label, value) in enumerate(self.info):
            cx, cy = x + (i % 2) * half, top + (i // 2) * line_h
            painter.setFont(self.bold)
            painter.setPen(QColor("#202020"))
            label_w = QFontMetricsF(self.bold).horizontalAdvance(label + "  ")
            painter.drawText(QRectF(cx, cy, half, line_h), int(Qt.AlignmentFlag.AlignLeft), label)
            painter.setFont(self.font)
            painter.drawText(QRectF(cx + label_w, cy, half - label_w - 6, line_h),
                             int(Qt.AlignmentFlag.AlignLeft), value or BLANK)
