"""Pages from blocks: A4 portrait (landscape where a block asks for it), with a header
(project, month) and a footer (page n / N, issue date, digest) on every page."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPageLayout, QPageSize, QPagedPaintDevice, QPainter, QPen

from desktop.report.blocks import Block, PageBreak, font

DPI = 96
MARGIN_MM = 15.0
HEADER_H, FOOTER_H = 46.0, 28.0  # the header: names on top, the draft / example marks below


@dataclass
class Page:
    landscape: bool
    items: list[tuple[float, Block]] = field(default_factory=list)  # (y, block)


def page_layout(landscape: bool) -> QPageLayout:
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                       QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait,
                       QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter)


def body_size(landscape: bool) -> tuple[float, float]:
    """Width and height of the body (between header and footer) in layout pixels."""
    rect = page_layout(landscape).paintRect(QPageLayout.Unit.Millimeter)
    to_px = DPI / 25.4
    return rect.width() * to_px, rect.height() * to_px - HEADER_H - FOOTER_H


def _needed(block: Block, queue: list[Block], width: float) -> float:
    """Height a block needs on the page: itself, and for a heading (keep-with-next) the
    blocks it keeps with, down to the first part of the first one that is not a heading."""
    needed = block.height(width)
    for following in queue if block.keep_with_next else ():
        if isinstance(following, PageBreak):
            break
        if following.keep_with_next:
            needed += following.height(width)
            continue
        needed += following.first_part_height(width)
        break
    return needed


def paginate(blocks: list[Block]) -> list[Page]:
    """Blocks onto pages: a heading never ends a page (it goes over with what it heads), a
    table splits between rows with its header repeated, never leaving one row alone."""
    pages = [Page(False)]
    y = 0.0
    queue = list(blocks)
    while queue:
        block = queue.pop(0)
        page = pages[-1]
        if isinstance(block, PageBreak):
            if page.items or page.landscape != block.landscape:
                pages.append(Page(block.landscape))
            y = 0.0
            continue
        width, room = body_size(page.landscape)
        needed = _needed(block, queue, width)
        if y + needed <= room or (not page.items and needed > room and not _splittable(block, width, room)):
            page.items.append((y, block))
            y += block.height(width)
            continue
        first, rest = (None, block) if block.keep_with_next else block.split(width, room - y)
        if first is not None:
            page.items.append((y, first))
            queue.insert(0, rest)
        elif not page.items:  # taller than a page and cannot split: it gets a page of its own
            page.items.append((y, block))
        else:
            queue.insert(0, block)
        pages.append(Page(page.landscape))
        y = 0.0
    return [p for p in pages if p.items] or [Page(False)]


def _splittable(block: Block, width: float, room: float) -> bool:
    first, _rest = block.split(width, room)
    return first is not None


@dataclass
class Frame:
    """What every page shows around its body."""

    header_left: str
    header_right: str
    footer_left: str  # issue date
    footer_right: str  # the closed month's digest, or the draft mark
    page_text: str  # "- %1 -"
    base_font: QFont
    draft: str = ""  # "초안 (마감 전)" on every page of an open month
    watermark: str = ""  # "예시 자료 — 실제 수치 아님" across every page while example rows exist


def render(device: QPagedPaintDevice, pages: list[Page], frame: Frame) -> None:
    """Paint ``pages`` onto ``device`` (a QPdfWriter or a QPrinter)."""
    device.setPageLayout(page_layout(pages[0].landscape))
    painter = QPainter(device)
    small = font(frame.base_font, 10)
    for number, page in enumerate(pages, start=1):
        if number > 1:
            device.setPageLayout(page_layout(page.landscape))
            device.newPage()
        scale = device.logicalDpiX() / DPI
        painter.save()
        painter.scale(scale, scale)
        width, height = body_size(page.landscape)
        _paint_frame(painter, frame, small, width, height, number)
        for y, block in page.items:
            block.paint(painter, 0.0, HEADER_H + y, width)
        if frame.watermark:
            _paint_watermark(painter, frame, width, HEADER_H + height + FOOTER_H)
        painter.restore()
    painter.end()


def _paint_frame(painter: QPainter, frame: Frame, small: QFont, width: float, height: float,
                 number: int) -> None:
    painter.setFont(small)
    painter.setPen(QColor("#555555"))
    top = QRectF(0, 0, width, 20)
    painter.drawText(top, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom), frame.header_left)
    painter.drawText(top, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom), frame.header_right)
    marks = [m for m in (frame.draft, frame.watermark) if m]
    if marks:
        _paint_marks(painter, marks, font(frame.base_font, 10, True), width, 22)
    painter.setPen(QPen(QColor("#9e9e9e"), 0.8))
    painter.drawLine(0, HEADER_H - 5, width, HEADER_H - 5)
    bottom_y = HEADER_H + height + 5
    painter.drawLine(0, bottom_y, width, bottom_y)
    painter.setPen(QColor("#555555"))
    painter.setFont(small)
    bottom = QRectF(0, bottom_y + 3, width, FOOTER_H - 8)
    painter.drawText(bottom, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), frame.footer_left)
    _paint_page_number(painter, bottom, frame.page_text.replace("%1", str(number)))
    painter.drawText(bottom, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop), frame.footer_right)


def _paint_page_number(painter: QPainter, box: QRectF, text: str) -> None:
    """``- 1 -`` centred, its words set apart by almost an em so that text extraction keeps the
    spaces (a PDF has no space glyphs; readers infer them from the gaps)."""
    words = text.split()
    metrics = painter.fontMetrics()
    gap = metrics.horizontalAdvance("M") * 0.9
    width = sum(metrics.horizontalAdvance(w) for w in words) + gap * (len(words) - 1)
    x = box.center().x() - width / 2
    for word in words:
        painter.drawText(QRectF(x, box.top(), metrics.horizontalAdvance(word) + 1, box.height()),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), word)
        x += metrics.horizontalAdvance(word) + gap


def _paint_marks(painter: QPainter, marks: list[str], bold: QFont, width: float, top: float) -> None:
    """The draft and example-data marks as framed stamps centred under the header's names (as
    text, so that they are read and searched like the rest; the diagonal example mark across
    the page is a drawing a PDF keeps only as shapes)."""
    painter.setFont(bold)
    metrics = painter.fontMetrics()
    sizes = [(metrics.horizontalAdvance(m) + 16, metrics.height() + 2) for m in marks]
    x = (width - sum(w for w, _h in sizes) - 10 * (len(marks) - 1)) / 2
    for mark, (w, h) in zip(marks, sizes):
        box = QRectF(x, top, w, h)
        painter.setPen(QPen(QColor("#b71c1c"), 1.2))
        painter.drawRect(box)
        painter.setPen(QColor("#b71c1c"))
        painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), mark)
        x += w + 10


def _paint_watermark(painter: QPainter, frame: Frame, width: float, height: float) -> None:
    """The example-data mark across the page, light enough to read the figures through."""
    painter.save()
    mark = font(frame.base_font, 34, True)
    painter.setFont(mark)
    painter.setPen(QColor(120, 120, 120, 70))
    painter.translate(width / 2, height / 2)
    painter.rotate(-30 if width < height else -18)
    painter.drawText(QRectF(-width, -40, 2 * width, 80), int(Qt.AlignmentFlag.AlignCenter), frame.watermark)
    painter.restore()
