"""참여 기관: the list of participants and funding parties, and everything done to it — add,
edit, retire (or bring back), delete, import from a sheet — each an undoable service call.

Opened from the funding panel, the overview's participants table and the Data menu.  Sub-dialogs
and questions go through ``run_dialog`` and ``confirm`` so tests answer them without a screen.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton,
    QVBoxLayout, QWidget,
)

from desktop.domain.errors import DomainError
from desktop.services import parties as service
from desktop.services.lookups import party_rows
from desktop.ui.i18n import explain
from desktop.ui.labels import country_text, kind_label, not_set
from desktop.ui.models.row_model import Column, RowTableModel
from desktop.ui.views.tables import make_table

GREY = "#757575"


def _foreign(row: dict) -> str:
    return QCoreApplication.translate("labels", "Foreign" if row["is_foreign"] else "Domestic")


def _state(row: dict) -> str:
    if row["retired_on"]:
        return QCoreApplication.translate("PartiesDialog", "Retired %1").replace("%1", row["retired_on"])
    return QCoreApplication.translate("PartiesDialog", "Active")


class PartyTableModel(RowTableModel):
    COLUMNS = [
        Column(QT_TRANSLATE_NOOP("columns", "Participant"), lambda r: r["name_ko"],
               foreground=lambda r: GREY if r["retired_on"] else None),
        Column(QT_TRANSLATE_NOOP("columns", "English name"), lambda r: r["name_en"] or "—"),
        Column(QT_TRANSLATE_NOOP("columns", "Kind"), lambda r: kind_label(r["kind"])),
        Column(QT_TRANSLATE_NOOP("columns", "Domestic / foreign"), _foreign),
        Column(QT_TRANSLATE_NOOP("columns", "Country"), lambda r: country_text(r["country"])),
        Column(QT_TRANSLATE_NOOP("columns", "Currency"), lambda r: r["currency"] or not_set()),
        Column(QT_TRANSLATE_NOOP("columns", "Role"), lambda r: r["role_ko"] or "—"),
        Column(QT_TRANSLATE_NOOP("columns", "State"), _state,
               foreground=lambda r: GREY if r["retired_on"] else None),
    ]


class PartiesDialog(QDialog):
    """The parties with a row of buttons; every change refreshes the list at once."""

    def __init__(self, context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.rows: list[dict] = []
        self.run_dialog: Callable[[QDialog], object] = lambda dialog: dialog.exec()
        self.confirm: Callable[[str, str], bool] = self._ask
        self.pick_file: Callable[[], Path | None] = self._pick_file
        self.setWindowTitle(self.tr("Participants"))
        layout = QVBoxLayout(self)
        self.intro = QLabel(self.tr(
            "The parties of the project: investment pledges, payments and contracts name one of them. "
            "A party that left is retired, not deleted, so its history stays in the figures."))
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.model = PartyTableModel(self)
        self.table = make_table(self.model, wraps=False)
        self.table.doubleClicked.connect(lambda _index: self.edit())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for name, text, handler in (
                ("add", self.tr("Add…"), self.add), ("edit", self.tr("Edit…"), self.edit),
                ("retire", self.tr("Retire…"), self.retire),
                ("reactivate", self.tr("Bring back"), self.reactivate),
                ("delete", self.tr("Delete"), self.delete),
                ("import", self.tr("Import from Excel/CSV…"), self.import_sheet)):
            button = QPushButton(text)
            button.clicked.connect(lambda _checked=False, h=handler: h())
            row.addWidget(button)
            self.buttons[name] = button
        row.addStretch(1)
        layout.addLayout(row)
        self.error = QLabel()
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.refresh()
        self.resize(self.fontMetrics().averageCharWidth() * 130, self.fontMetrics().height() * 30)

    # -- data -----------------------------------------------------------------------------
    def refresh(self, select: int | None = None) -> None:
        selected = select if select is not None else (self.selected() or {}).get("id")
        self.rows = party_rows(self.context.db)
        self.model.set_rows(self.rows)
        self.table.resizeColumnsToContents()
        for position, row in enumerate(self.rows):
            if row["id"] == selected:
                self.table.selectRow(position)
        self._update_buttons()

    def selected(self) -> dict | None:
        chosen = self.table.selectionModel().selectedRows()
        return self.rows[chosen[0].row()] if chosen else None

    def select_name(self, name_ko: str) -> None:
        for position, row in enumerate(self.rows):
            if row["name_ko"] == name_ko:
                self.table.selectRow(position)

    def _update_buttons(self) -> None:
        row = self.selected()
        for name in ("edit", "delete"):
            self.buttons[name].setEnabled(row is not None)
        self.buttons["retire"].setEnabled(row is not None and not row["retired_on"])
        self.buttons["reactivate"].setEnabled(row is not None and bool(row["retired_on"]))

    def _run(self, work: Callable[[], object]) -> str | None:
        """Run an undoable change; a refusal is shown on the dialog and returned."""
        try:
            work()
        except DomainError as error:
            self.error.setText(explain(error))
            return self.error.text()
        self.error.clear()
        self.refresh()
        return None

    # -- actions --------------------------------------------------------------------------
    def add(self) -> None:
        from desktop.ui.dialogs.party_dialog import PartyDialog

        db, undo = self.context.db, self.context.undo
        dialog = PartyDialog(self)
        added: list[int] = []

        def submit(draft: dict) -> str | None:
            def work():
                changes = undo.run_inverse(
                    self.tr("Add participant"), lambda: service.add_party(db, **draft),
                    lambda last: service.delete_party(db, party_id=last.entity_id),
                    lambda last: service.restore_party(db, row=last.old))
                added.append(changes.entity_id)
            return self._run(work)

        dialog.submit = submit
        self.run_dialog(dialog)
        if added:
            self.refresh(select=added[0])

    def edit(self) -> None:
        from desktop.ui.dialogs.party_dialog import PartyDialog

        row = self.selected()
        if row is None:
            return
        db, party_id, version = self.context.db, row["id"], row.get("version")
        dialog = PartyDialog(self, editing=True)
        dialog.load(row)
        first = []  # the first call checks the version the dialog was opened at; undo/redo do not

        def apply(values):
            changes = service.update_party(db, party_id=party_id, values=values,
                                           expected_version=None if first else version)
            first.append(True)
            return changes

        dialog.submit = lambda draft: self._run(lambda: self.context.undo.run(
            self.tr("Edit participant"), apply, draft))
        self.run_dialog(dialog)

    def retire(self) -> None:
        from desktop.ui.dialogs.party_dialog import RetireDialog

        row = self.selected()
        if row is None:
            return
        dialog = RetireDialog(row["name_ko"], self.context.today(), self)
        dialog.submit = lambda draft: self._set_retired(row["id"], draft["retired_on"])
        self.run_dialog(dialog)

    def reactivate(self) -> None:
        row = self.selected()
        if row is not None:
            self._set_retired(row["id"], None)

    def _set_retired(self, party_id: int, on: str | None) -> str | None:
        db, today = self.context.db, self.context.today()
        label = self.tr("Retire participant") if on else self.tr("Bring back participant")
        return self._run(lambda: self.context.undo.run(
            label, lambda value: service.set_party_retired(db, party_id=party_id, retired_on=value,
                                                           today=today), on))

    def delete(self) -> None:
        row = self.selected()
        if row is None or not self.confirm(self.tr("Delete participant"), self.tr(
                "Delete “%1”? A party that records name cannot be deleted; retire it instead.")
                .replace("%1", row["name_ko"])):
            return
        db = self.context.db
        self._run(lambda: self.context.undo.run_inverse(
            self.tr("Delete participant"), lambda: service.delete_party(db, party_id=row["id"]),
            lambda last: service.restore_party(db, row=last.old),
            lambda last: service.delete_party(db, party_id=last.entity_id)))

    def import_sheet(self) -> None:
        from desktop.ui.dialogs.sheet_import_dialog import import_sheet_file

        path = self.pick_file()
        if path is not None:
            import_sheet_file(self.context, path, "parties", parent=self, run_dialog=self.run_dialog)
            self.refresh()

    # -- questions --------------------------------------------------------------------------
    def _ask(self, title: str, text: str) -> bool:
        return QMessageBox.question(self, title, text) == QMessageBox.StandardButton.Yes

    def _pick_file(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Import participants"), "",
                                              self.tr("Spreadsheets (*.xlsx *.csv);;All files (*)"))
        return Path(name) if name else None


def open_parties(owner) -> PartiesDialog:
    """Show the participants dialog for ``owner`` (a panel or the window: it has ``context``;
    a test gives it ``run_dialog`` to receive the dialog instead of showing it)."""
    dialog = PartiesDialog(owner.context, owner if isinstance(owner, QWidget) else None)
    (getattr(owner, "run_dialog", None) or (lambda d: d.exec()))(dialog)
    return dialog
