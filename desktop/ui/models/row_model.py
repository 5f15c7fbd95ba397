"""A table model over plain rows (dicts), with columns declared once.

Models adapt, they do not own (ARCHITECTURE rule 4): rows come in through ``set_rows`` and
edits go out through the injected ``on_edit(row_id, field, text) -> str | None`` callback,
which runs a service and returns an error message (already translated) or None.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

Getter = Callable[[dict], object]

# plain ints: comparing against them is much cheaper than constructing enum members per call
DISPLAY = int(Qt.ItemDataRole.DisplayRole)
EDIT = int(Qt.ItemDataRole.EditRole)
ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
HORIZONTAL = Qt.Orientation.Horizontal
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


@dataclass(frozen=True)
class Column:
    header: str  # English source text, context "columns"
    display: Getter
    field: str | None = None  # editable when set
    edit_value: Getter | None = None  # text put in the editor
    align_right: bool = False
    foreground: Getter | None = None


class RowTableModel(QAbstractTableModel):
    COLUMNS: list[Column] = []

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[dict] = []
        self._headers = [QCoreApplication.translate("columns", c.header) for c in self.COLUMNS]
        self._display: list[list[str]] = []
        self._colors: list[list[QBrush | None]] = []
        self.on_edit: Callable[[int, str, str], str | None] | None = None
        self.last_error: str | None = None

    def set_rows(self, rows: list[dict]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._render()
        self.endResetModel()

    def _render(self) -> None:
        """Forget the cells' texts: each row is formatted once, when first asked for (painting
        then only looks strings up; a thousand rows below the fold are never formatted)."""
        self._headers = [QCoreApplication.translate("columns", c.header) for c in self.COLUMNS]
        self._display = [None] * len(self._rows)
        self._colors = [None] * len(self._rows)

    def _format(self, r: int) -> None:
        row = self._rows[r]
        self._display[r] = [str(c.display(row)) for c in self.COLUMNS]
        self._colors[r] = [QBrush(QColor(color)) if c.foreground and (color := c.foreground(row)) else None
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
        self._render()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(self.COLUMNS) - 1))

    def row(self, index: int) -> dict:
        return self._rows[index]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=DISPLAY):  # noqa: N802 - Qt override
        if int(role) == DISPLAY and orientation == HORIZONTAL and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.COLUMNS[index.column()].field and self.on_edit is not None:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index, role=DISPLAY):
        role = int(role)
        if role not in (DISPLAY, EDIT, ALIGN, FOREGROUND) or not index.isValid():
            return None
        r = index.row()
        if not 0 <= r < len(self._rows):
            return None
        c = index.column()
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

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.on_edit is None:
            return False
        column = self.COLUMNS[index.column()]
        if not column.field:
            return False
        self.last_error = self.on_edit(self._rows[index.row()]["id"], column.field, str(value))
        return self.last_error is None
