"""The Gantt chart's legend, drawn with the same marks as the chart (QtGui only).

``labels`` maps each key of :data:`LEGEND_KEYS` to its text in the caller's language; a key
without a text is left out.  Items flow left to right and wrap to the next line.
"""

from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QFontMetricsF, QPainter, QPen, QPolygonF

from desktop.paint.gantt_painter import paint_baseline_milestone, paint_milestone
from desktop.paint.gantt_style import GanttStyle

LEGEND_KEYS = ("task", "critical", "summary", "baseline", "milestone", "critical_milestone",
               "baseline_milestone", "deadline", "status")
SWATCH_W, GAP = 26.0, 14.0


def _swatch(painter: QPainter, key: str, box: QRectF, style: GanttStyle) -> None:
    cx, cy, h = box.center().x(), box.center().y(), box.height()
    bar = QRectF(box.left(), cy - h * 0.3, box.width(), h * 0.6)
    if key in ("task", "critical"):
        critical = key == "critical"
        painter.fillRect(bar, style.critical_edge if critical else style.bar_edge)
        inner = bar.adjusted(1, 1, -1, -1)
        painter.fillRect(inner, style.critical if critical else style.bar)
        if critical and style.hatch_critical:
            painter.fillRect(inner, QBrush(style.critical_edge, Qt.BrushStyle.BDiagPattern))
    elif key == "summary":
        top, bottom = cy - h * 0.25, cy + h * 0.1
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.summary)
        painter.drawPolygon(QPolygonF([QPointF(box.left(), top), QPointF(box.right(), top),
                                       QPointF(box.right(), bottom + 4), QPointF(box.right() - 4, bottom),
                                       QPointF(box.left() + 4, bottom), QPointF(box.left(), bottom + 4)]))
    elif key == "baseline":
        painter.fillRect(QRectF(box.left(), cy - 2, box.width(), 4), style.baseline)
    elif key in ("milestone", "critical_milestone"):
        paint_milestone(painter, cx, cy, h * 0.4, key == "critical_milestone", style)
    elif key == "baseline_milestone":
        paint_baseline_milestone(painter, cx, cy, h * 0.35, style)
    elif key == "deadline":
        size = h * 0.35
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.deadline)
        painter.drawPolygon(QPolygonF([QPointF(cx - size, cy - size), QPointF(cx + size, cy - size),
                                       QPointF(cx, cy + size * 0.6)]))
    elif key == "status":
        painter.setPen(QPen(style.status, 1.5, Qt.PenStyle.DashLine))
        painter.drawLine(QLineF(cx, box.top(), cx, box.bottom()))


def _items(labels: dict[str, str]) -> list[tuple[str, str]]:
    return [(key, labels[key]) for key in LEGEND_KEYS if labels.get(key)]


def legend_height(painter_font, labels: dict[str, str], width: float) -> float:
    """Height the legend needs at ``width`` with ``painter_font``."""
    metrics = QFontMetricsF(painter_font)
    line_h = metrics.height() + 6
    x, lines = 0.0, 1
    for _key, text in _items(labels):
        w = SWATCH_W + 6 + metrics.horizontalAdvance(text) + GAP
        if x + w > width and x > 0:
            lines, x = lines + 1, 0.0
        x += w
    return lines * line_h


def paint_legend(painter: QPainter, rect: QRectF, labels: dict[str, str], style: GanttStyle) -> None:
    """The legend inside ``rect`` with the painter's current font."""
    metrics = QFontMetricsF(painter.font())
    line_h = metrics.height() + 6
    x, y = rect.left(), rect.top()
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    for key, text in _items(labels):
        w = SWATCH_W + 6 + metrics.horizontalAdvance(text) + GAP
        if x + w > rect.right() and x > rect.left():
            x, y = rect.left(), y + line_h
        _swatch(painter, key, QRectF(x, y + 3, SWATCH_W, line_h - 6), style)
        painter.setPen(style.text)
        painter.drawText(QRectF(x + SWATCH_W + 6, y, w, line_h),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text)
        x += w
    painter.restore()
