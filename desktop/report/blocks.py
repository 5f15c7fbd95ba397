"""Building blocks of a printed page: each measures itself for a width and paints itself.

Units are layout pixels at 96 per inch (the PDF writer's resolution), so point sizes of
fonts mean on paper what they mean on screen.  Tables split across pages between rows and
repeat their header.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

GRID = QColor("#9e9e9e")
HEADER_FILL = QColor("#eceff1")
WRAP = int(Qt.TextFlag.TextWordWrap)


def font(base: QFont, size: float, bold: bool = False) -> QFont:
    """``size`` points, set as pixels at 96 per inch so the page scales it like everything
    else on any device (PDF writer or a 600 dpi printer)."""
    result = QFont(base)
    result.setPixelSize(max(1, round(size * 96 / 72)))
    result.setBold(bold)
    return result


def size_pt(f: QFont) -> float:
    """The point size of a font made by :func:`font`."""
    return f.pixelSize() * 72 / 96 if f.pixelSize() > 0 else f.pointSizeF()


def text_height(f: QFont, text: str, width: float) -> float:
    if not text:
        return 0.0
    return QFontMetricsF(f).boundingRect(QRectF(0, 0, max(1.0, width), 1e6), WRAP, text).height()


class Block:
    keep_with_next = False

    def height(self, width: float) -> float:
        raise NotImplementedError

    def paint(self, painter: QPainter, x: float, y: float, width: float) -> None:
        raise NotImplementedError

    def split(self, width: float, room: float) -> tuple[Block | None, Block | None]:
        """(what fits in ``room``, the rest); blocks that cannot split return (None, self)."""
        return None, self

    def first_part_height(self, width: float) -> float:
        """The least of this block that may start a page's last part (a heading needs it below)."""
        return self.height(width)


@dataclass
class Text(Block):
    text: str
    font: QFont
    color: str = "#202020"
    space_after: float = 6.0
    keep_with_next: bool = False
    align: str = "left"  # left, right, center

    def height(self, width: float) -> float:
        return text_height(self.font, self.text, width) + self.space_after

    def paint(self, painter: QPainter, x: float, y: float, width: float) -> None:
        painter.setFont(self.font)
        painter.setPen(QColor(self.color))
        flag = {"left": Qt.AlignmentFlag.AlignLeft, "right": Qt.AlignmentFlag.AlignRight,
                "center": Qt.AlignmentFlag.AlignHCenter}[self.align]
        painter.drawText(QRectF(x, y, width, self.height(width)), WRAP | int(flag), self.text)


@dataclass
class Item(Block):
    """A line of 개조식 text: its mark (□, ○, -) hanging at ``level``'s indent and the text
    wrapped beside it, so wrapped lines start under the text, not under the mark."""

    mark: str
    text: str
    font: QFont
    level: int = 0
    color: str = "#202020"
    space_after: float = 4.0
    keep_with_next: bool = False
    space_before: float = 0.0
    INDENT = 18.0

    def _text_x(self) -> float:
        return self.level * self.INDENT + QFontMetricsF(self.font).horizontalAdvance(self.mark + " ")

    def height(self, width: float) -> float:
        return self.space_before + text_height(self.font, self.text, width - self._text_x()) + self.space_after

    def paint(self, painter: QPainter, x: float, y: float, width: float) -> None:
        y += self.space_before
        painter.setFont(self.font)
        painter.setPen(QColor(self.color))
        mark_x = x + self.level * self.INDENT
        painter.drawText(QRectF(mark_x, y, width, self.height(width)), WRAP, self.mark)
        left = x + self._text_x()
        painter.drawText(QRectF(left, y, x + width - left, self.height(width)), WRAP, self.text)


@dataclass
class Spacer(Block):
    size: float

    def height(self, width: float) -> float:
        return self.size

    def paint(self, painter: QPainter, x: float, y: float, width: float) -> None:
        return None


@dataclass
class PageBreak(Block):
    landscape: bool = False

    def height(self, width: float) -> float:
        return 0.0

    def paint(self, painter: QPainter, x: float, y: float, width: float) -> None:
        return None


@dataclass
class Table(Block):
    """Columns as (header, relative width, align "l"/"r"/"c"); cells as text (None → "")."""

    columns: list[tuple[str, float, str]]
    rows: list[list[str | None]]
    font: QFont
    header_font: QFont
    colors: list[list[str | None]] | None = None  # per cell text colour
    bold_rows: set[int] = field(default_factory=set)
    padding: float = 4.0
    space_after: float = 10.0
    notes: list[str] = field(default_factory=list)  # ※ lines under the table, kept with its last rows

    def _notes_height(self, width: float) -> float:
        return sum(text_height(self.font, "※ " + n, width - 12) + 2 for n in self.notes) + (4 if self.notes else 0)

    def _widths(self, width: float) -> list[float]:
        total = sum(c[1] for c in self.columns)
        return [width * c[1] / total for c in self.columns]

    def _row_height(self, cells: list[str], widths: list[float], f: QFont) -> float:
        return max(text_height(f, str(c or ""), w - 2 * self.padding) for c, w in zip(cells, widths)) \
            + 2 * self.padding if cells else 0.0

    def _heights(self, width: float) -> tuple[float, list[float]]:
        widths = self._widths(width)
        head = self._row_height([c[0] for c in self.columns], widths, self.header_font)
        return head, [self._row_height([str(v or "") for v in row], widths, self._font(i))
                      for i, row in enumerate(self.rows)]

    def _font(self, index: int) -> QFont:
        return font(self.font, size_pt(self.font), True) if index in self.bold_rows else self.font

    def height(self, width: float) -> float:
        head, rows = self._heights(width)
        return head + sum(rows) + self._notes_height(width) + self.space_after

    def first_part_height(self, width: float) -> float:
        """The least of the table a page must hold with a heading above it: the header and
        two rows (or the whole table)."""
        head, rows = self._heights(width)
        return head + sum(rows[:2]) + (self.space_after if len(rows) <= 2 else 0)

    def split(self, width: float, room: float):
        head, rows = self._heights(width)
        used, count = head + 4.0, 0  # 4.0: the space after a first part
        for h in rows:
            if used + h > room:
                break
            used, count = used + h, count + 1
        if count == len(rows):  # the rows fit, the notes under them do not: carry the last two over
            count = len(rows) - 2
        if count < len(rows) and len(rows) - count == 1 and count > 2:
            count -= 1  # never one row (a lone 합계) carried over alone
        if count < 2 and len(rows) > 2:
            return None, self  # never a header with a single row at the foot of a page
        if count == 0:
            return None, self
        first = Table(self.columns, self.rows[:count], self.font, self.header_font,
                      self.colors[:count] if self.colors else None,
                      {i for i in self.bold_rows if i < count}, self.padding, 4.0)
        rest = Table(self.columns, self.rows[count:], self.font, self.header_font,
                     self.colors[count:] if self.colors else None,
                     {i - count for i in self.bold_rows if i >= count}, self.padding, self.space_after,
                     self.notes)
        return first, rest

    def paint(self, painter: QPainter, x: float, y: float, width: float) -> None:
        widths = self._widths(width)
        head, heights = self._heights(width)
        painter.setPen(QPen(GRID, 0.6))
        painter.fillRect(QRectF(x, y, width, head), HEADER_FILL)
        self._paint_row(painter, x, y, widths, head, [c[0] for c in self.columns], self.header_font,
                        ["c"] * len(self.columns), None)
        top = y + head
        for index, (row, h) in enumerate(zip(self.rows, heights)):
            colors = self.colors[index] if self.colors else None
            self._paint_row(painter, x, top, widths, h, [str(v or "") for v in row], self._font(index),
                            [c[2] for c in self.columns], colors)
            top += h
        top += 4
        painter.setFont(self.font)
        painter.setPen(QColor("#616161"))
        for note in self.notes:
            h = text_height(self.font, "※ " + note, width - 12)
            painter.drawText(QRectF(x + 12, top, width - 12, h), WRAP, "※ " + note)
            top += h + 2

    def _paint_row(self, painter, x, y, widths, h, cells, f, aligns, colors) -> None:
        left = x
        painter.setFont(f)
        for i, (cell, w, align) in enumerate(zip(cells, widths, aligns)):
            painter.setPen(QPen(GRID, 0.6))
            painter.drawRect(QRectF(left, y, w, h))
            flag = {"l": Qt.AlignmentFlag.AlignLeft, "r": Qt.AlignmentFlag.AlignRight,
                    "c": Qt.AlignmentFlag.AlignHCenter}[align]
            painter.setPen(QColor(colors[i]) if colors and colors[i] else QColor("#202020"))
            painter.drawText(QRectF(left + self.padding, y + self.padding, w - 2 * self.padding,
                                    h - 2 * self.padding),
                             int(flag | Qt.AlignmentFlag.AlignVCenter) | WRAP, cell)
            left += w


@dataclass
class Picture(Block):
    """Anything painted into a rectangle of the given height (charts, the Gantt)."""

    draw: Callable[[QPainter, QRectF], None]
    fixed_height: float
    space_after: float = 10.0

    def height(self, width: float) -> float:
        return self.fixed_height + self.space_after

    def paint(self, painter: QPainter, x: float, y: float, width: float) -> None:
        painter.save()
        self.draw(painter, QRectF(x, y, width, self.fixed_height))
        painter.restore()
