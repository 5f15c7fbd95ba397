"""The Gantt chart's time scale (QtGui only): two tiers, or one when the header is short.

Two tiers (e.g. years over months) need about two lines of text; a header as short as a
table's single-line header gets one tier of the finer unit instead, whose first label in
view and first label of each year carry the year ("2026년 1분기", "2분기", ...).  A label that
does not fit its unit is replaced by a shorter form or left out, so labels never overlap.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLineF, QPointF, QRectF
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPen

from desktop.domain.gantt_layout import GanttLayout, GanttTick, TimeUnit
from desktop.paint.gantt_labels import scale_label, short_label
from desktop.paint.gantt_style import TEXT_PAD, GanttStyle, LabelFor

MIN_FONT_RATIO = 0.8  # two tiers while their text can stay at least this size


def paint_header(painter: QPainter, layout: GanttLayout, *, x0: float, width: float,
                 header_height: int, style: GanttStyle | None = None,
                 label_for: LabelFor | None = None) -> None:
    """The time scale over ``x0 .. x0 + width`` (layout pixels), painted at the painter's origin."""
    style = style or GanttStyle()
    label_for = label_for or scale_label
    painter.save()
    painter.setClipRect(QRectF(0, 0, width, header_height))
    painter.translate(-x0, 0)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.fillRect(QRectF(x0, 0, width, header_height), style.header_background)
    height = QFontMetrics(painter.font()).height()
    if header_height / 2 >= height * MIN_FONT_RATIO:
        tier_h = header_height / 2
        painter.setFont(tier_font(painter.font(), tier_h))
        for tier in (0, 1):
            _paint_tier(painter, layout, layout.tier_ticks(tier, x0, x0 + width), tier * tier_h,
                        tier_h, x0, width, style, lambda t, _first: [label_for(t.date, t.unit, t.tier)])
        _line(painter, x0, width, tier_h, style)
    else:
        painter.setFont(tier_font(painter.font(), header_height))
        _paint_tier(painter, layout, layout.tier_ticks(1, x0, x0 + width), 0, header_height, x0,
                    width, style, lambda t, first: _with_year(t, first, label_for))
    _line(painter, x0, width, header_height, style)
    painter.restore()


def _line(painter: QPainter, x0: float, width: float, y: float, style: GanttStyle) -> None:
    painter.setPen(QPen(style.header_line, 0))
    painter.drawLine(QLineF(x0, y - 0.5, x0 + width, y - 0.5))


def _with_year(tick: GanttTick, first: bool, label_for: LabelFor) -> list[str]:
    """The label, led by the year on the first unit in view and on each year's first unit."""
    text = label_for(tick.date, tick.unit, 1)
    if tick.unit is TimeUnit.YEAR or not (first or _starts_year(tick)):
        return [text]
    year = label_for(date(tick.date.year, 1, 1), TimeUnit.YEAR, 0)
    return [f"{year} {text}", text]


def _starts_year(tick: GanttTick) -> bool:
    d = tick.date
    return d.month == 1 and d.day <= 7


def tier_labels(metrics: QFontMetrics, layout: GanttLayout, ticks: list[GanttTick], x0: float,
                width: float, labels) -> list[tuple[float, str]]:
    """(x, text) of the labels of one tier in view, each inside its own unit.

    ``labels(tick, first_in_view)`` gives the candidate texts, longest first.
    """
    placed = []
    first = True
    for k, tick in enumerate(ticks):
        end = ticks[k + 1].x if k + 1 < len(ticks) else layout.width
        left, right = max(tick.x, x0), min(end, x0 + width)
        if right <= left:
            continue
        clipped = left > tick.x or right < end
        text = fitting_label(metrics, labels(tick, first), tick, right - left - 2 * TEXT_PAD, clipped)
        first = False
        if text:
            placed.append((left + TEXT_PAD, text))
    return placed


def _paint_tier(painter: QPainter, layout: GanttLayout, ticks: list[GanttTick], top: float,
                tier_h: float, x0: float, width: float, style: GanttStyle, labels) -> None:
    """Separators and labels of one tier."""
    metrics = painter.fontMetrics()
    baseline = top + (tier_h + metrics.ascent() - metrics.descent()) / 2
    painter.setPen(QPen(style.header_line, 0))
    painter.drawLines([QLineF(t.x, top, t.x, top + tier_h) for t in ticks])
    painter.setPen(style.text)
    for x, text in tier_labels(metrics, layout, ticks, x0, width, labels):
        painter.drawText(QPointF(x, baseline), text)


def tier_font(font: QFont, tier_height: float) -> QFont:
    """``font``, made smaller when its lines are taller than the tier."""
    metrics = QFontMetrics(font)
    if metrics.height() <= tier_height - 1:
        return font
    smaller = QFont(font)
    smaller.setPixelSize(max(7, int(tier_height * metrics.ascent() / metrics.height()) - 1))
    return smaller


def fitting_label(metrics: QFontMetrics, candidates: list[str], tick: GanttTick, room: float,
                  clipped: bool) -> str:
    """The first candidate that fits ``room``, else the numeric short form when the whole unit
    is in view, else nothing."""
    if room <= 0:
        return ""
    forms = list(candidates)
    if not clipped:
        forms.append(short_label(tick.date, tick.unit, tick.tier))
    for text in forms:
        if metrics.horizontalAdvance(text) <= room:
            return text
    return ""
