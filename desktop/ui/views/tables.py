"""Table and scroll-area building blocks the area panels share."""

from __future__ import annotations

from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import (
    QAbstractItemView, QFrame, QHeaderView, QScrollArea, QStyledItemDelegate, QTableView,
    QVBoxLayout, QWidget,
)


class EditGuard(QStyledItemDelegate):
    """Opens an editor only on the cells the model says are edited in place
    (``is_editable(column)``, a RowTableModel's: its flags call every cell editable)."""

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt override
        editable = getattr(index.model(), "is_editable", None)
        if editable is not None and not editable(index.column()):
            return None
        return super().createEditor(parent, option, index)


def make_table(model, wraps: bool = True, editable: bool = False,
               follows_contents: bool = True) -> QTableView:
    """A single-row-select table, read-only unless ``editable``; ``wraps`` hides the horizontal
    scroll bar; ``follows_contents`` re-measures the columns on every change (tables sized once
    per refresh by :func:`fit_table` leave it off: it costs start-up time on the overview)."""
    view = QTableView()
    view.setModel(model)
    view.setItemDelegate(EditGuard(view))
    view.verticalHeader().hide()
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    if not editable:
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    if follows_contents:
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if wraps:
        from PySide6.QtCore import Qt  # not at start-up: the overview's tables do not wrap

        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return view


SAMPLE_ROWS = 100  # columns are as wide as their header and the texts of this many rows


def fit_table(table: QTableView, most: int | None = 360) -> None:
    """As wide as its columns and as tall as its rows (up to ``most``, then it scrolls;
    ``None``: every row, for a panel that scrolls as a whole).  The widths come from the first
    rows and those in view (a thousand milestones of a contractor's plan are not all measured)."""
    most = most or 1_000_000
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    header = table.horizontalHeader()
    header.setResizeContentsPrecision(SAMPLE_ROWS)
    if not _fit_text_columns(table, header):
        table.resizeColumnsToContents()
    frame = 2 * table.frameWidth()
    rows = table.verticalHeader().length()
    height = min(most, header.sizeHint().height() + frame + max(rows, table.fontMetrics().height() + 10) + 2)
    scroll = table.verticalScrollBar().sizeHint().width() if height == most else 0
    table.setFixedSize(header.length() + frame + scroll + 2, height)


def _fit_text_columns(table: QTableView, header: QHeaderView) -> bool:
    """resizeColumnsToContents over the first SAMPLE_ROWS rows of a table of plain texts in the
    view's font (a RowTableModel's), asking the delegate only about each column's widest texts:
    Qt asks it about every sampled cell, seven roles each (15 ms for a thousand milestones).
    False: another kind of table, or one scrolled down (Qt's way then)."""
    model = table.model()
    texts_of = getattr(model, "column_texts", None)
    if texts_of is None or table.verticalScrollBar().value():
        return False
    advance = QFontMetricsF(table.font()).horizontalAdvance
    grid = 1 if table.showGrid() else 0
    for column in range(model.columnCount()):
        rows: dict[str, int] = {}  # each text once, at its first row
        for row, text in enumerate(texts_of(column, SAMPLE_ROWS)):
            rows.setdefault(text, row)
        widths = {text: advance(text) if text else 0.0 for text in rows}
        cell = 0
        if widths:  # the delegate rounds its own layout of the text: it is asked about every
            near = max(widths.values()) - 1.0  # text within a pixel of the widest
            cell = max(table.sizeHintForIndex(model.index(rows[text], column)).width()
                       for text, width in widths.items() if width >= near) + grid
        header.resizeSection(column, max(cell, header.sectionSizeHint(column)))
    return True


def scroll_body(panel: QWidget) -> QVBoxLayout:
    """The panel's content in a frameless scroll area; returns the body's layout."""
    outer = QVBoxLayout(panel)
    outer.setContentsMargins(0, 0, 0, 0)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    outer.addWidget(scroll)
    body = QWidget()
    scroll.setWidget(body)
    return QVBoxLayout(body)
