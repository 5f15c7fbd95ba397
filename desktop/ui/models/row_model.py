"""A table model over plain rows (dicts), with columns declared once.

Models adapt, they do not own (ARCHITECTURE rule 4): rows come in through ``set_rows`` and
edits go out through the injected ``on_edit(row_id, field, text) -> str | None`` callback,
which runs a service and returns an error message (already translated) or None.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QStandardItemModel

Getter = Callable[[dict], object]

# Qt's fixed role and alignment values as plain ints.  Naming ``Qt.ItemDataRole`` (or any
# ``Qt.`` enum) makes PySide build all 93 enums of the Qt namespace, about 16 ms of start-up;
# tests/ui/test_startup_qt_namespace.py checks these equal Qt's and that the window paints
# without that namespace.
DISPLAY, EDIT, ALIGN, FOREGROUND = 0, 2, 7, 9
RIGHT = 0x0002 | 0x0080  # Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class Column:
    header: str  # English source text, context "columns"
    display: Getter
    field: str | None = None  # editable when set
    edit_value: Getter | None = None  # text put in the editor
    align_right: bool = False
    foreground: Getter | None = None


class RowTableModel(QStandardItemModel):
    """Rows of dicts in declared columns.  A QStandardItemModel without items: the headers
    and the cells' flags are Qt's own (no Python call, no Qt enum, while painting); the cells'
    texts come from :meth:`data`.  Every cell's flags say editable: which columns really are
    is :meth:`is_editable`, and tables.make_table's delegate opens no editor elsewhere."""

    COLUMNS: list[Column] = []

    def __init__(self, parent=None) -> None:
        super().__init__(0, len(self.COLUMNS), parent)
        self._rows: list[dict] = []
        self._headers: list[str] = []
        self._display: list[list[str]] = []
        self._colors: list[list[QColor | None]] = []
        self.on_edit: Callable[[int, str, str], str | None] | None = None
        self.last_error: str | None = None
        self._set_headers()

    def _set_headers(self) -> None:
        self._headers = [QCoreApplication.translate("columns", c.header) for c in self.COLUMNS]
        self.setHorizontalHeaderLabels(self._headers)

    def is_editable(self, column: int) -> bool:
        """Whether the cells of ``column`` are edited in place (a field and an edit callback)."""
        return self.on_edit is not None and 0 <= column < len(self.COLUMNS) \
            and self.COLUMNS[column].field is not None

    def set_rows(self, rows: list[dict]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.blockSignals(True)  # inside the reset: no row signals of their own
        self.setRowCount(len(self._rows))
        self.blockSignals(False)
        self._render()
        self.endResetModel()

    def _render(self) -> None:
        """Forget the cells' texts: each row is formatted once, when first asked for (painting
        then only looks strings up; a thousand rows below the fold are never formatted)."""
        self._display = [None] * len(self._rows)
        self._colors = [None] * len(self._rows)

    def _format(self, r: int) -> None:
        row = self._rows[r]
        self._display[r] = [str(c.display(row)) for c in self.COLUMNS]
        self._colors[r] = [QColor(color) if c.foreground and (color := c.foreground(row)) else None
                           for c in self.COLUMNS]

    def column_texts(self, column: int, limit: int) -> list[str]:
        """The texts of ``column`` in the first ``limit`` rows (as painted: in the view's font,
        no role but the colour and the alignment set)."""
        rows = range(min(limit, len(self._rows)))
        for r in rows:
            if self._display[r] is None:
                self._format(r)
        return [self._display[r][column] for r in rows]

    def retranslate(self) -> None:
        """Texts again in the current language (after a language switch)."""
        self._set_headers()
        self._render()
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(self.COLUMNS) - 1))

    def row(self, index: int) -> dict:
        return self._rows[index]

    def data(self, index, role=DISPLAY):
        if not index.isValid():
            return None
        return self._value(index.row(), index.column(), int(role))

    def multiData(self, index, roles) -> None:  # noqa: N802 - Qt override
        """Every role a delegate asks about, in one call (Qt's own multiData calls data() once
        a role: seven calls a cell painted)."""
        if index.isValid():
            r, c = index.row(), index.column()
            for item in roles:  # Qt may hand the same items from cell to cell: set or clear each
                value = self._value(r, c, item.role())
                if value is None:
                    item.clearData()
                else:
                    item.setData(value)

    def _value(self, r: int, c: int, role: int):
        if role not in (DISPLAY, EDIT, ALIGN, FOREGROUND) or not 0 <= r < len(self._rows):
            return None
        if role == DISPLAY or role == FOREGROUND:
            if self._display[r] is None:
                self._format(r)
            return (self._display if role == DISPLAY else self._colors)[r][c]
        column, row = self.COLUMNS[c], self._rows[r]
        if role == EDIT:
            getter = column.edit_value or column.display
            value = getter(row)
            return "" if value is None else str(value)
        return RIGHT if column.align_right else None

    def setData(self, index, value, role=EDIT) -> bool:  # noqa: N802 - Qt override
        if int(role) != EDIT or not index.isValid() or not self.is_editable(index.column()):
            return False
        column = self.COLUMNS[index.column()]
        self.last_error = self.on_edit(self._rows[index.row()]["id"], column.field, str(value))
        return self.last_error is None
