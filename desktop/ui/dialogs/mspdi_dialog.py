"""Import an MS Project XML (MSPDI) file: choose how, read the preview, import or cancel.

The dialog is thin (ARCHITECTURE rule 5): ``make_preview(as_what, phase_id)`` and
``submit(preview) -> error text | None`` are handed in, so tests drive it with
``preview_for(choice)`` and ``import_button.click()``.  :func:`import_mspdi_file` wires the
real services and makes the import one undoable step.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QAbstractItemView, QButtonGroup, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGridLayout,
    QGroupBox, QHeaderView, QLabel, QRadioButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from desktop.domain.errors import DomainError
from desktop.ui.i18n import explain
from desktop.ui.labels import is_korean, localized
from desktop.ui.progress import busy
from desktop.ui.dialogs.submit import submit_preview
from desktop.ui.style import set_role, set_text_color

if TYPE_CHECKING:
    from desktop.services.exchange import ImportPreview as Preview

CONTEXT = "MspdiImportDialog"


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _day(value: date | None) -> str:
    return value.isoformat() if value else "–"


def _wrapped() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    return label


class MspdiImportDialog(QDialog):
    """File, "import as" choice, preview (counts, not imported, approximated, date check)."""

    def __init__(self, file_name: str, phases: list[tuple[int, str]],
                 make_preview: Callable[[str, int | None], Preview], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import from MS Project"))
        self.make_preview = make_preview
        self.submit: Callable[[Preview], str | None] | None = None  # set by the caller
        self.preview: Preview | None = None
        layout = QVBoxLayout(self)
        head = QFormLayout()
        self.file_label = QLabel(file_name)
        head.addRow(self.tr("File"), self.file_label)
        layout.addLayout(head)

        box = QGroupBox(self.tr("Import as"))
        grid = QGridLayout(box)
        self.as_schedule = QRadioButton(self.tr("Schedule under"))
        self.as_baseline = QRadioButton(self.tr("Baseline of the stored tasks"))
        self.phase = QComboBox()
        self.phase.addItem(self.tr("A new top-level group"), None)
        for phase_id, name in phases:
            self.phase.addItem(name, phase_id)
        self.choice = QButtonGroup(self)
        self.choice.addButton(self.as_schedule)
        self.choice.addButton(self.as_baseline)
        self.as_schedule.setChecked(True)
        grid.addWidget(self.as_schedule, 0, 0)
        grid.addWidget(self.phase, 0, 1)
        grid.addWidget(self.as_baseline, 1, 0, 1, 3)
        grid.setColumnStretch(2, 1)
        layout.addWidget(box)

        self.details = QWidget()  # hidden while the file is refused
        form = QFormLayout(self.details)
        form.setContentsMargins(0, 0, 0, 0)
        self.summary, self.unsupported, self.notices = _wrapped(), _wrapped(), _wrapped()
        form.addRow(self.tr("Will import"), self.summary)
        form.addRow(self.tr("Not imported"), self.unsupported)
        form.addRow(self.tr("Approximated"), self.notices)
        layout.addWidget(self.details)

        self.check_label = _wrapped()
        set_role(self.check_label, "section")
        layout.addWidget(self.check_label)
        self.differences = QTableWidget(0, 6)
        self.differences.setHorizontalHeaderLabels([
            self.tr("UID"), self.tr("Task"), self.tr("File start"), self.tr("File finish"),
            self.tr("App start"), self.tr("App finish")])
        self.differences.verticalHeader().hide()
        self.differences.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.differences.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.differences.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.differences, 1)
        layout.addStretch(0)  # takes the room when the table is hidden

        self.error = _wrapped()
        set_text_color(self.error, "#c62828")
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("Import"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        em = self.fontMetrics().averageCharWidth()
        self.resize(em * 110, self.fontMetrics().height() * 30)

        self.choice.buttonToggled.connect(lambda _b, on: on and self._on_choice())
        self.phase.currentIndexChanged.connect(lambda _i: self._on_choice())

    # ---------------------------------------------------------------- draft
    def load(self, draft: dict) -> None:
        """``{"as_what": "schedule" | "baseline", "phase_id": id or None}``; previews it."""
        self.preview_for(draft)

    def result_draft(self) -> dict:
        schedule = self.as_schedule.isChecked()
        return {"as_what": "schedule" if schedule else "baseline",
                "phase_id": self.phase.currentData() if schedule else None}

    def _on_choice(self) -> None:
        self.phase.setEnabled(self.as_schedule.isChecked())
        self.preview_for(self.result_draft())

    # ---------------------------------------------------------------- preview
    def preview_for(self, choice: dict) -> Preview | None:
        """Show the choice and what importing it would do; None when the file is refused."""
        for widget in (self.choice, self.phase):
            widget.blockSignals(True)
        schedule = choice.get("as_what", "schedule") == "schedule"
        (self.as_schedule if schedule else self.as_baseline).setChecked(True)
        self.phase.setCurrentIndex(max(0, self.phase.findData(choice.get("phase_id"))))
        self.phase.setEnabled(schedule)
        for widget in (self.choice, self.phase):
            widget.blockSignals(False)
        self.error.clear()
        try:
            draft = self.result_draft()
            with busy():
                self.preview = self.make_preview(draft["as_what"], draft["phase_id"])
        except DomainError as error:
            self.preview = None
            self.error.setText(explain(error))
        self._show(self.preview)
        self.import_button.setEnabled(self.preview is not None)
        return self.preview

    def _show(self, p: Preview | None) -> None:
        none = self.tr("None")
        self.details.setVisible(p is not None)
        if p is None:
            for label in (self.summary, self.unsupported, self.notices, self.check_label):
                label.clear()
            self.differences.setRowCount(0)
            self.differences.hide()
            return
        if p.as_what == "schedule":
            self.summary.setText(self.tr(
                "{0} tasks ({1} summaries, {2} milestones), {3} links, {4} baseline rows, "
                "{5} calendar exceptions").format(p.tasks, p.summaries, p.milestones, p.links,
                                                  p.baseline_rows, p.calendar_exceptions))
        else:
            self.summary.setText(self.tr("{0} tasks matched, {1} not matched; saved as the baseline “{2}”")
                                 .format(len(p.matched), len(p.unmatched), p.baseline_name or "–"))
        self.unsupported.setText(self._listed(p.unsupported, "UNSUPPORTED_KO") or none)
        self.notices.setText(self._listed(p.notices, "NOTICES_KO") or none)
        self.check_label.setText(
            self.tr("Dates in the file that differ from the application's schedule "
                    "(a check of the contractor's logic)") if p.differences else
            self.tr("All dates in the file agree with the application's schedule."))
        self.differences.setRowCount(len(p.differences))
        for row, d in enumerate(p.differences):
            for column, text in enumerate((str(d.uid), d.name, _day(d.file_start), _day(d.file_finish),
                                           _day(d.app_start), _day(d.app_finish))):
                self.differences.setItem(row, column, QTableWidgetItem(text))
        self.differences.setVisible(bool(p.differences))

    @staticmethod
    def _listed(counts: dict[str, int], table: str) -> str:
        """Korean labels of the command line when the UI is Korean, else the plain key."""
        from desktop import cli_exchange

        labels = getattr(cli_exchange, table) if is_korean() else {}
        return ", ".join(f"{labels.get(key, key.replace('_', ' '))} {count}"
                         for key, count in sorted(counts.items()))

    # ---------------------------------------------------------------- import
    def try_accept(self) -> bool:
        if self.preview is None:
            return False
        return submit_preview(self, self.preview)


# -------------------------------------------------------------------- caller side
def import_mspdi_file(context, path: str | Path, *, run_dialog: Callable[[QDialog], object] | None = None,
                      parent: QWidget | None = None, draft: dict | None = None) -> bool:
    """Preview ``path`` in the dialog and import it as one undoable step; True when imported.

    ``context`` is a ViewContext (or a panel/window holding one as ``.context``)."""
    from desktop.services.exchange import import_mspdi, preview_mspdi
    from desktop.services.lookups import phase_rows

    context = getattr(context, "context", context)
    db, path = context.db, Path(path)
    phases = [(r["id"], localized(r["name_ko"], r["name_en"])) for r in phase_rows(db)]
    dialog = MspdiImportDialog(path.name, phases, lambda as_what, phase_id: preview_mspdi(
        db, path, as_what=as_what, phase_id=phase_id, as_of=context.today()), parent)

    def submit(preview) -> str | None:
        try:
            label = _t(QT_TRANSLATE_NOOP("MspdiImportDialog", "Import MS Project file"))
            context.undo.run_import(label, lambda: import_mspdi(db, preview))
        except DomainError as error:
            return explain(error)
        return None

    dialog.submit = submit
    dialog.load(draft or {"as_what": "schedule", "phase_id": None})
    run = run_dialog or (lambda d: d.exec())
    run(dialog)
    return dialog.result() == QDialog.DialogCode.Accepted
