"""The contracts (계약) of the budget: a list with add, edit and delete (each undoable)."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QPushButton,
    QTableWidget, QTableWidgetItem, QVBoxLayout,
)

from desktop.ui.labels import localized


class ContractsDialog(QDialog):
    """``rows()`` lists the contracts; ``add()``, ``edit(row)`` and ``delete(row)`` run the
    caller's undoable actions; ``line_name(row)`` names a contract's budget line."""

    def __init__(self, parent, rows: Callable[[], list[dict]], *, add: Callable[[], None],
                 edit: Callable[[dict], None], delete: Callable[[dict], None],
                 line_name: Callable[[dict], str]) -> None:
        super().__init__(parent)
        self.rows_of, self.line_name = rows, line_name
        self.add_action, self.edit_action, self.delete_action = add, edit, delete
        self.setWindowTitle(self.tr("Contracts"))
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([
            self.tr("Signed on"), self.tr("Budget line"), self.tr("Counterparty"), self.tr("Title"),
            self.tr("Contract number"), self.tr("Amount (won)")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self._edit())
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.add_button, self.edit_button, self.delete_button = (
            QPushButton(self.tr("Add contract…")), QPushButton(self.tr("Edit…")), QPushButton(self.tr("Delete")))
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(lambda: self._after(self.add_action))
        self.edit_button.clicked.connect(self._edit)
        self.delete_button.clicked.connect(self._delete)
        self.resize(self.fontMetrics().averageCharWidth() * 120, self.fontMetrics().height() * 24)
        self.reload()

    def reload(self) -> None:
        self.rows = self.rows_of()
        self.table.setRowCount(len(self.rows))
        for i, r in enumerate(self.rows):
            line = {"number": r["phase_number"], "code": r["category_code"], "name": r["line_name"]}
            cells = [r["committed_on"], self.line_name(line),
                     localized(r["party_ko"], r["party_en"]) if r["party_ko"] else "",
                     r["title"], r["contract_no"], f"{r['amount_won']:,}"]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 5:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(i, column, item)
        for button in (self.edit_button, self.delete_button):
            button.setEnabled(bool(self.rows))

    def selected(self) -> dict | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _after(self, action, *args) -> None:
        action(*args)
        self.reload()

    def _edit(self) -> None:
        row = self.selected()
        if row is not None:
            self._after(self.edit_action, row)

    def _delete(self) -> None:
        row = self.selected()
        if row is not None:
            self._after(self.delete_action, row)
