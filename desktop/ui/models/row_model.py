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
        self.on_edit: Callable[[int, str, str], str | None] | None = None
        self.last_error: str | None = None

    def set_rows(self, rows: list[dict]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, index: int) -> dict:
        return self._rows[index]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self.COLUMNS):
            return QCoreApplication.translate("columns", self.COLUMNS[section].header)
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.COLUMNS[index.column()].field and self.on_edit is not None:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        column, row = self.COLUMNS[index.column()], self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return str(column.display(row))
        if role == Qt.ItemDataRole.EditRole:
            getter = column.edit_value or column.display
            value = getter(row)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column.foreground:
            color = column.foreground(row)
            return QBrush(QColor(color)) if color else None
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.on_edit is None:
            return False
        column = self.COLUMNS[index.column()]
        if not column.field:
            return False
        self.last_error = self.on_edit(self._rows[index.row()]["id"], column.field, str(value))
        return self.last_error is None
