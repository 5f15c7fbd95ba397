"""Cells of large tables painted from the model's own strings, one look-up per cell.

Qt's item delegate asks the model for seven roles of every cell it paints and lays each text
out again (the style elides through a text layout); with the bundled Korean font a repaint
of the schedule table's viewport cost 20–30 ms.  :class:`CellDelegate` asks the model once per
cell — ``look(index) -> (text, QColor or None, bold, right-aligned)`` — and draws the text
from prepared :class:`QStaticText` kept by string (dates, durations and codes recur from row to
row).  The row's background (alternate colour, selection) is the view's, as before; the focus
frame is the style's.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPalette, QStandardItemModel, QStaticText
from PySide6.QtWidgets import (
    QAbstractScrollArea, QStyle, QStyledItemDelegate, QStyleOptionFocusRect, QStyleOptionViewItem,
    QTreeView,
)

MARGIN = 4  # px left and right of a cell's text, as the style leaves it
CACHE = 4_000  # prepared texts kept per font before the cache starts again
_SELECTED = QStyle.StateFlag.State_Selected.value  # plain ints: cheaper than enum operations
_FOCUS = QStyle.StateFlag.State_HasFocus.value
_ACTIVE = QStyle.StateFlag.State_Active.value


class _Texts:
    """Prepared texts of one font, by string (and elided ones by string and width)."""

    def __init__(self, font: QFont) -> None:
        self.font, self.metrics = font, QFontMetrics(font)
        self._static: dict[object, QStaticText] = {}

    def get(self, text: str, room: int) -> QStaticText:
        static = self._static.get(text)
        if static is None:
            static = self._make(text, text)
        if static.size().width() <= room:
            return static
        key = (text, room)  # too wide for its cell: elided, as the style does
        elided = self._static.get(key)
        if elided is None:
            elided = self._make(key, self.metrics.elidedText(text, Qt.TextElideMode.ElideRight, room))
        return elided

    def _make(self, key, text: str) -> QStaticText:
        if len(self._static) >= CACHE:
            self._static.clear()
        static = self._static[key] = QStaticText(text)
        static.setTextFormat(Qt.TextFormat.PlainText)
        static.prepare(font=self.font)
        return static


class CellDelegate(QStyledItemDelegate):
    """Paints the cells of ``view`` as ``look`` describes them; rows ``row_height`` tall
    (None: as tall as the text needs)."""

    def __init__(self, view, look, row_height: int | None = None) -> None:
        super().__init__(view)
        self._view, self._look, self.row_height = view, look, row_height
        self.refresh_style()

    def refresh_style(self) -> None:
        """Fonts and colours of the view again (after a font or palette change)."""
        font = QFont(self._view.font())
        bold = QFont(font)
        bold.setBold(True)
        self._texts = {False: _Texts(font), True: _Texts(bold)}
        palette, role = self._view.palette(), QPalette.ColorRole
        self._text_color = palette.text().color()
        self._selected = {active: (palette.brush(group, role.Highlight),
                                   palette.color(group, role.HighlightedText))
                          for active, group in ((True, QPalette.ColorGroup.Active),
                                                (False, QPalette.ColorGroup.Inactive))}
        metrics = self._texts[False].metrics
        self._ascent_gap = metrics.height()
        self._style_height = self._styled_height()

    def _styled_height(self) -> int:
        """How tall the style makes a row of one line of text (the height without a fixed one)."""
        sample = QStandardItemModel(1, 1)
        sample.setData(sample.index(0, 0), "가Ag")
        option = QStyleOptionViewItem()
        option.initFrom(self._view)
        option.font = self._view.font()
        return QStyledItemDelegate().sizeHint(option, sample.index(0, 0)).height()

    def paint(self, painter, option, index) -> None:  # noqa: D102 - Qt override
        text, color, bold, right = self._look(index)
        rect, state = option.rect, option.state.value
        pen = self._text_color if color is None else color
        if state & _SELECTED:  # the selected row's background, as the style paints it
            brush, pen = self._selected[bool(state & _ACTIVE)]
            painter.fillRect(rect, brush)
        if text:
            texts = self._texts[bold]
            static = texts.get(text, rect.width() - 2 * MARGIN)
            painter.setFont(texts.font)
            painter.setPen(pen)
            x = rect.right() + 1 - MARGIN - static.size().width() if right else rect.x() + MARGIN
            painter.drawStaticText(int(x), rect.y() + (rect.height() - self._ascent_gap) // 2, static)
        if state & _FOCUS:
            frame = QStyleOptionFocusRect()
            frame.initFrom(self._view)
            frame.rect, frame.state = rect, option.state
            frame.backgroundColor = option.palette.highlight().color()
            self._view.style().drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, frame,
                                             painter, self._view)

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 - Qt override
        text, _color, bold, _right = self._look(index)
        return QSize(self.text_width(text, bold), self.row_height or self._style_height)

    def text_width(self, text: str, bold: bool = False) -> int:
        """The width a cell needs for ``text`` (its margins included)."""
        return self._texts[bold].metrics.horizontalAdvance(text) + 2 * MARGIN + 2


class EditedTreeView(QTreeView):
    """A tree view that, getting the focus back from its own cell editor, repaints the row
    edited and not all of them (Qt repaints the whole viewport at every focus change; the
    selection's colour follows the window, only the current cell's focus frame follows the
    focus).  Any other focus change is Qt's."""

    def focusInEvent(self, event) -> None:  # noqa: N802 - Qt override
        current = self.currentIndex()
        if current.isValid() and event.reason() == Qt.FocusReason.OtherFocusReason:
            QAbstractScrollArea.focusInEvent(self, event)
            rect = self.visualRect(current)
            self.viewport().update(0, rect.y(), self.viewport().width(), rect.height())
            return
        super().focusInEvent(event)
