"""The Gantt chart onto an image or PDF pages, headless (QtGui only).

Both paint the layout with :func:`~desktop.paint.gantt_painter.paint_gantt`, so paper shows
exactly what the screen shows.  A PDF is drawn at 96 units per inch, so one layout pixel
is one screen pixel on paper and fonts keep their point size; a layout wider than the page
is scaled down to fit, and the rows run over as many pages as they need, each with the
time scale on top.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, Qt
from PySide6.QtGui import (
    QFont, QGuiApplication, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter,
)

from desktop.domain.gantt_layout import GanttLayout
from desktop.paint.gantt_painter import paint_gantt
from desktop.paint.gantt_style import GanttStyle, LabelFor, header_height_for

PDF_DPI = 96
MAX_IMAGE_PIXELS = 80_000_000
MAX_IMAGE_SIDE = 32_000
PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "A3": QPageSize.PageSizeId.A3}


def _font(font: QFont | None) -> QFont:
    return QFont(font) if font is not None else QGuiApplication.font()


def pdf_font(font: QFont | None) -> QFont:
    """``font`` without the ligatures that drop characters from a Qt PDF's text layer, and
    shaped (kerned) for print: the window's font skips shaping (desktop/ui/fonts.py)."""
    result = _font(font)
    result.setStyleStrategy(result.styleStrategy() & ~QFont.StyleStrategy.PreferNoShaping)
    for tag in ("clig", "liga"):
        result.setFeature(QFont.Tag(tag), 0)
    return result


def image_rows(layout: GanttLayout, width: float, header_height: int, scale: float) -> range:
    """All rows, or as many as fit the image size limits."""
    limit_by_area = MAX_IMAGE_PIXELS / max(1.0, width * scale * scale)
    limit = min(limit_by_area, MAX_IMAGE_SIDE / scale) - header_height
    return range(min(len(layout.rows), max(1, int(limit // layout.row_height))))


def render_image(layout: GanttLayout, *, rows: range | None = None, style: GanttStyle | None = None,
                 label_for: LabelFor | None = None, font: QFont | None = None,
                 header_height: int | None = None, language: str = "ko",
                 scale: float = 1.0) -> QImage:
    """The whole width of the chart over ``rows`` (default: all that fit), ``scale`` × sharp."""
    font = _font(font)
    header_height = header_height_for(font) if header_height is None else header_height
    width = max(1.0, min(layout.width, MAX_IMAGE_SIDE / scale))
    rows = image_rows(layout, width, header_height, scale) if rows is None else rows
    height = header_height + len(rows) * layout.row_height
    image = QImage(int(width * scale + 0.5), int(height * scale + 0.5),
                   QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(scale)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setFont(font)
    paint_gantt(painter, layout, x0=0, y0=rows.start * layout.row_height, width=width,
                height=len(rows) * layout.row_height, style=style, label_for=label_for,
                header_height=header_height, language=language)
    painter.end()
    return image


def render_png(layout: GanttLayout, path: str | Path, **options) -> bool:
    """Write the chart as a PNG (options as :func:`render_image`); True when written."""
    return render_image(layout, **options).save(str(path), "PNG")


def _writer(path: str | Path, page: str, margin_mm: float) -> QPdfWriter:
    writer = QPdfWriter(str(path))
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(QPageLayout(QPageSize(PAGE_SIZES.get(page, QPageSize.PageSizeId.A3)),
                                     QPageLayout.Orientation.Landscape,
                                     QMarginsF(margin_mm, margin_mm, margin_mm, margin_mm),
                                     QPageLayout.Unit.Millimeter))
    writer.setCreator("Pohang AI Computing Center tracker")
    return writer


def page_size_px(page: str = "A3", margin_mm: float = 10.0) -> tuple[float, float]:
    """Printable width and height of a landscape ``page`` in layout pixels (96 per inch)."""
    size = QPageSize(PAGE_SIZES.get(page, QPageSize.PageSizeId.A3)).size(QPageSize.Unit.Millimeter)
    long_side, short_side = max(size.width(), size.height()), min(size.width(), size.height())
    to_px = PDF_DPI / 25.4
    return (long_side - 2 * margin_mm) * to_px, (short_side - 2 * margin_mm) * to_px


def render_pdf(layout: GanttLayout, path: str | Path, *, page: str = "A3",
               style: GanttStyle | None = None, label_for: LabelFor | None = None,
               font: QFont | None = None, header_height: int | None = None,
               language: str = "ko", margin_mm: float = 10.0) -> int:
    """Write the chart onto landscape ``page`` ("A4" or "A3") pages; returns the page count.

    Make the layout with ``fit_scale(..., page_size_px(page)[0])`` to fill the page width at
    full size; a wider layout is scaled down to fit.
    """
    font = pdf_font(font)
    header_height = header_height_for(font) if header_height is None else header_height
    writer = _writer(path, page, margin_mm)
    page_w, page_h = page_size_px(page, margin_mm)
    scale = min(1.0, page_w / max(1.0, layout.width))
    rh = layout.row_height
    per_page = max(1, int((page_h / scale - header_height) // rh))
    starts = list(range(0, len(layout.rows), per_page)) or [0]
    painter = QPainter(writer)
    painter.setFont(font)
    for number, first in enumerate(starts):
        if number:
            writer.newPage()
        count = min(per_page, len(layout.rows) - first)
        painter.save()
        painter.scale(scale, scale)
        paint_gantt(painter, layout, x0=0, y0=first * rh, width=min(layout.width, page_w / scale),
                    height=max(0, count) * rh, style=style, label_for=label_for,
                    header_height=header_height, language=language)
        painter.restore()
    painter.end()
    return len(starts)
