"""Paint a :class:`~desktop.domain.gantt_layout.GanttLayout` with QPainter (QtGui only).

The same functions paint the widget's viewport, a PNG and the pages of a PDF: they draw
only the rows, links and ticks that meet the rectangle asked for.  Every text goes through
the painter's current font, so the caller decides the (Hangul-capable) font.

``label_for(d, unit, tier) -> str`` formats a header tick (default: :func:`scale_label`).
"""

from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QPainter, QPen, QPolygonF

from desktop.domain.gantt_layout import BarKind, GanttLayout, GanttRow
from desktop.paint.gantt_header import paint_header
from desktop.paint.gantt_style import TEXT_PAD, GanttStyle, LabelFor, header_height_for

__all__ = ["GanttStyle", "LabelFor", "header_height_for", "paint_gantt", "paint_header", "row_name"]

WEEKEND_MIN_PX_PER_DAY = 12.0  # weekends are shaded at the week zoom only


def paint_gantt(painter: QPainter, layout: GanttLayout, *, x0: float, y0: float, width: float,
                height: float, style: GanttStyle | None = None, label_for: LabelFor | None = None,
                header_height: int = 0, language: str = "ko") -> None:
    """Paint the chart's rectangle ``x0, y0, width, height`` (layout pixels) at the painter's
    origin, below a ``header_height`` time scale when it is > 0."""
    style = style or GanttStyle()
    if header_height > 0:
        paint_header(painter, layout, x0=x0, width=width, header_height=header_height,
                     style=style, label_for=label_for)
    x1, y1 = x0 + width, y0 + height
    rows = layout.rows_between(y0, y1)
    painter.save()
    painter.translate(-x0, header_height - y0)
    painter.setClipRect(QRectF(x0, y0, width, height))
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    _paint_background(painter, layout, x0, y0, x1, y1, rows, style)
    if rows:
        _paint_links(painter, layout, rows, x0, x1, style)
        _paint_bars(painter, layout, rows, x0, x1, style)
        _paint_shapes(painter, layout, rows, x0, x1, style)
    _paint_date_lines(painter, layout, x0, y0, x1, y1, style)  # under the names: never through a label
    if rows and style.show_names:
        _paint_names(painter, layout, rows, x0, x1, style, language)
    _paint_band_labels(painter, layout, x0, y1, x1, style, language)
    painter.restore()


def _paint_background(painter: QPainter, layout: GanttLayout, x0: float, y0: float, x1: float,
                      y1: float, rows: range, style: GanttStyle) -> None:
    painter.fillRect(QRectF(x0, y0, x1 - x0, y1 - y0), style.background)
    height = y1 - y0
    for i, band in enumerate(layout.bands):
        if band.x1 >= x0 and band.x0 <= x1:
            painter.fillRect(QRectF(band.x0, y0, band.x1 - band.x0, height),
                             style.band_fills[i % 2])
    if layout.px_per_day >= WEEKEND_MIN_PX_PER_DAY:
        for a, b in layout.weekend_spans(x0, x1):
            painter.fillRect(QRectF(a, y0, b - a, height), style.weekend)
    for tier, colour in ((1, style.grid), (0, style.major_grid)):
        painter.setPen(QPen(colour, 0))
        painter.drawLines([QLineF(t.x, y0, t.x, y1) for t in layout.tier_ticks(tier, x0, x1)
                           if x0 <= t.x <= x1])
    if rows:
        rh = layout.row_height
        painter.setPen(QPen(style.row_line, 0))
        painter.drawLines([QLineF(x0, (i + 1) * rh - 0.5, x1, (i + 1) * rh - 0.5) for i in rows])


def _paint_links(painter: QPainter, layout: GanttLayout, rows: range, x0: float, x1: float,
                 style: GanttStyle) -> None:
    links = [k for k in layout.links_between(rows.start, rows.stop - 1)
             if k.x_max >= x0 and k.x_min <= x1]
    for critical, colour in ((False, style.link), (True, style.critical_link)):
        chosen = [k for k in links if k.critical is critical]
        if not chosen:
            continue
        # square caps (the default): the right-angle segments drawn apart meet as a
        # polyline's mitred corners would
        painter.setPen(QPen(colour, 1.5 if critical else 1.0))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.drawLines([QLineF(ax, ay, bx, by) for link in chosen  # one call for all lines
                           for (ax, ay), (bx, by) in zip(link.points, link.points[1:])])
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for link in chosen:
            painter.drawPolygon([QPointF(x, y) for x, y in link.arrow])
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)


def _visible(row: GanttRow, x0: float, x1: float) -> bool:
    a = row.anchor
    return a is not None and a.x1 >= x0 and a.x0 <= x1


def _paint_bars(painter: QPainter, layout: GanttLayout, rows: range, x0: float, x1: float,
                style: GanttStyle) -> None:
    """Baseline bars and task bars with their progress: rectangles, no antialiasing."""
    for i in rows:
        row = layout.rows[i]
        base = row.baseline
        if base is not None and base.right >= x0 and base.x <= x1:
            painter.fillRect(QRectF(base.x, base.y, max(1.0, base.w), base.h), style.baseline)
        if row.kind is not BarKind.TASK or not _visible(row, x0, x1):
            continue
        bar = row.bar
        assert bar is not None
        fill, edge, done = ((style.critical, style.critical_edge, style.critical_progress)
                            if row.critical else (style.bar, style.bar_edge, style.progress))
        w = max(1.0, bar.w)
        painter.fillRect(QRectF(bar.x, bar.y, w, bar.h), edge)
        if w > 2 and bar.h > 2:
            painter.fillRect(QRectF(bar.x + 1, bar.y + 1, w - 2, bar.h - 2), fill)
            if row.critical and style.hatch_critical:  # told apart from other bars in grey
                painter.fillRect(QRectF(bar.x + 1, bar.y + 1, w - 2, bar.h - 2),
                                 QBrush(style.critical_edge, Qt.BrushStyle.BDiagPattern))
        if row.progress > 0:
            painter.fillRect(QRectF(bar.x, bar.y + bar.h * 0.3, w * row.progress, bar.h * 0.4), done)


def _diamond(cx: float, cy: float, r: float) -> QPolygonF:
    return QPolygonF([QPointF(cx, cy - r), QPointF(cx + r, cy), QPointF(cx, cy + r),
                      QPointF(cx - r, cy)])


def _paint_shapes(painter: QPainter, layout: GanttLayout, rows: range, x0: float, x1: float,
                  style: GanttStyle) -> None:
    """Diamonds and summary brackets, antialiased."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    for i in rows:
        row = layout.rows[i]
        bd = row.baseline_diamond
        if bd is not None and x0 - bd.r <= bd.cx <= x1 + bd.r:
            paint_baseline_milestone(painter, bd.cx, bd.cy, bd.r, style)
        if row.deadline_x is not None and x0 - 8 <= row.deadline_x <= x1 + 8:
            _paint_deadline(painter, layout, row, style)
        if not _visible(row, x0, x1):
            continue
        if row.kind is BarKind.MILESTONE and row.diamond is not None:
            d = row.diamond
            paint_milestone(painter, d.cx, d.cy, d.r, row.critical, style)
        elif row.kind is BarKind.SUMMARY and row.summary_shape is not None:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(style.summary)
            painter.drawPolygon(QPolygonF([QPointF(x, y) for x, y in row.summary_shape]))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)


def paint_milestone(painter: QPainter, cx: float, cy: float, r: float, critical: bool,
                    style: GanttStyle) -> None:
    """A milestone's diamond: solid; a critical one has a white core (◈), so the two differ
    on a black-and-white printout as well as in colour."""
    colour = style.critical if critical else style.milestone
    painter.setPen(QPen(colour.darker(130), 1))
    painter.setBrush(colour)
    painter.drawPolygon(_diamond(cx, cy, r))
    if critical and r >= 4:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.background)
        painter.drawPolygon(_diamond(cx, cy, r * 0.45))


def paint_baseline_milestone(painter: QPainter, cx: float, cy: float, r: float, style: GanttStyle) -> None:
    painter.setPen(QPen(style.baseline_milestone, 1.5))
    painter.setBrush(style.background)
    painter.drawPolygon(_diamond(cx, cy, r))


def _paint_deadline(painter: QPainter, layout: GanttLayout, row: GanttRow,
                    style: GanttStyle) -> None:
    """MS Project's deadline marker: a small arrow pointing down at the end of the day."""
    x, top = row.deadline_x, row.top + layout.geometry.bar_y
    size = max(3.0, layout.geometry.bar_h * 0.45)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(style.critical if getattr(row.row, "deadline_missed", False) else style.deadline)
    painter.drawPolygon(QPolygonF([QPointF(x - size, top - size), QPointF(x + size, top - size),
                                   QPointF(x, top + size * 0.6)]))


def row_name(row: GanttRow, language: str) -> str:
    source = row.row
    return source.name_en if language != "ko" and source.name_en else source.name_ko


def _paint_names(painter: QPainter, layout: GanttLayout, rows: range, x0: float, x1: float,
                 style: GanttStyle, language: str) -> None:
    """Task names right of their bars (left of them where the chart ends), on a light
    backdrop so that link lines do not cross them."""
    metrics = painter.fontMetrics()
    rh = layout.row_height
    offset = (rh + metrics.ascent() - metrics.descent()) / 2
    text_h = metrics.height()
    gap = TEXT_PAD + 2
    painter.setPen(style.text)
    for i in rows:
        row = layout.rows[i]
        a = row.anchor
        if a is None or a.x0 > x1:
            continue
        name = row_name(row, language)
        tw = metrics.horizontalAdvance(name)
        x = a.x1 + gap
        if x + tw > layout.width and a.x0 - gap - tw >= 0:
            x = a.x0 - gap - tw
        if x > x1 or x + tw < x0:
            continue
        painter.fillRect(QRectF(x - 2, i * rh + (rh - text_h) / 2, tw + 4, text_h),
                         style.name_backdrop)
        painter.drawText(QPointF(x, i * rh + offset), name)


def _paint_date_lines(painter: QPainter, layout: GanttLayout, x0: float, y0: float, x1: float,
                      y1: float, style: GanttStyle) -> None:
    if layout.status_x is not None and x0 <= layout.status_x <= x1:
        pen = QPen(style.status, 1.5, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLine(QLineF(layout.status_x, y0, layout.status_x, y1))
    if layout.today_x is not None and x0 <= layout.today_x <= x1:
        painter.setPen(QPen(style.today, 2))
        painter.drawLine(QLineF(layout.today_x, y0, layout.today_x, y1))


def _paint_band_labels(painter: QPainter, layout: GanttLayout, x0: float, y1: float, x1: float,
                       style: GanttStyle, language: str) -> None:
    """Phase names at the bottom of the visible rows, kept in view while their band is."""
    metrics = painter.fontMetrics()
    h = metrics.height() + 2
    for band in layout.bands:
        left, right = max(band.x0, x0), min(band.x1, x1)
        text = band.name_en if language != "ko" and band.name_en else band.name_ko
        tw = metrics.horizontalAdvance(text)
        if right - left < tw + 4 * TEXT_PAD:
            continue
        box = QRectF(left + TEXT_PAD, y1 - h - 4, tw + 2 * TEXT_PAD, h)
        painter.fillRect(box, style.name_backdrop)
        painter.setPen(style.band_text)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
