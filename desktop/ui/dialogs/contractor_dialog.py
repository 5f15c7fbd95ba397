"""Import a contractor's schedule file as a new version: which schedule it updates (or a new
one), the contractor, and what the file holds, before anything is stored.

Thin (ARCHITECTURE rule 5): the file is read by the caller; ``retarget(preview, name, party_id)``
and ``submit(preview) -> error text | None`` are handed in.  :func:`import_contractor_file`
wires the services and makes the import one undoable step.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget,
)

from desktop.domain.errors import DomainError
from desktop.ui.i18n import explain
from desktop.ui.labels import localized
from desktop.ui.progress import busy
from desktop.ui.dialogs.submit import submit_preview
from desktop.ui.style import set_role, set_text_color

if TYPE_CHECKING:
    from desktop.services.contractor import ContractorPreview as Preview

CONTEXT = "ContractorImportDialog"


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _wrapped() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    return label


class ContractorImportDialog(QDialog):
    def __init__(self, preview: Preview, names: list[str], parties: list[tuple[int, str]],
                 retarget: Callable[[Preview, str, int | None], Preview],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import a contractor's schedule"))
        self.setMinimumWidth(640)
        self.retarget = retarget
        self.submit: Callable[[Preview], str | None] | None = None
        self.read = preview  # the file as read, for no schedule yet
        self.preview: Preview | None = None
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.file_label = QLabel(preview.file_name)
        self.name = QComboBox()
        self.name.setEditable(True)
        self.name.addItems(names)
        self.party = QComboBox()
        self.party.addItem(self.tr("(none)"), None)
        for party_id, label in parties:
            self.party.addItem(label, party_id)
        form.addRow(self.tr("File"), self.file_label)
        form.addRow(self.tr("Schedule"), self.name)
        form.addRow(self.tr("Contractor"), self.party)
        layout.addLayout(form)
        self.target, self.contents, self.engine = _wrapped(), _wrapped(), _wrapped()
        set_role(self.target, "section")
        for label in (self.target, self.contents, self.engine):
            layout.addWidget(label)
        self.error = _wrapped()
        set_text_color(self.error, "#c62828")
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.name.currentTextChanged.connect(lambda _text: self.update_target())
        self.party.currentIndexChanged.connect(lambda _index: self.update_target())

    def load(self, draft: dict) -> None:
        self.name.setCurrentText(draft.get("name") or self.read.schedule.name or Path(self.read.file_name).stem)
        index = self.party.findData(draft.get("party_id"))
        self.party.setCurrentIndex(max(index, 0))
        self.update_target()

    def result_draft(self) -> dict:
        return {"name": self.name.currentText(), "party_id": self.party.currentData()}

    def update_target(self) -> None:
        try:
            self.preview = self.retarget(self.read, self.name.currentText(), self.party.currentData())
        except DomainError as error:
            self.preview = None
            self.error.setText(explain(error))
            self.import_button.setEnabled(False)
            self.target.setText("")
            return
        self.error.setText("")
        self.import_button.setEnabled(True)
        p = self.preview
        if p.is_new:
            self.target.setText(self.tr("A new schedule “%1”, version 1").replace("%1", p.name))
        else:
            self.target.setText(self.tr("Version %1 of “%2”").replace("%1", str(p.number)).replace("%2", p.name))
        self.show_contents()

    def show_contents(self) -> None:
        p, f = self.preview, self.preview.schedule
        day = lambda d: d.isoformat() if d else "–"  # noqa: E731
        self.contents.setText("\n".join([
            self.tr("%1 (%2), project “%3”").replace("%1", f.producer or f.format)
            .replace("%2", f.project_code or "–").replace("%3", f.name),
            self.tr("%1 activities (%2 milestones), %3 WBS summaries, %4 links, %5 calendars, baselines: %6")
            .replace("%1", f"{p.activities:,}").replace("%2", f"{p.milestones:,}")
            .replace("%3", f"{p.summaries:,}").replace("%4", f"{p.links:,}").replace("%5", str(p.calendars))
            .replace("%6", ", ".join(str(n) for n in p.baselines) or "–"),
            self.tr("Start %1, status date %2, finish %3, a working day of %4 h")
            .replace("%1", day(f.start)).replace("%2", day(f.status_date)).replace("%3", day(p.finish))
            .replace("%4", f"{f.minutes_per_day / 60:g}")]))
        report = p.faithful
        if report is None or not report.compared:
            self.engine.setText("")
            return
        self.engine.setText(self.tr(
            "The application's engine, fed the file on its own calendars, start and status date, gives "
            "%1 of %2 activities the file's own dates. The file's dates are stored as they are.")
            .replace("%1", f"{report.both_equal:,}").replace("%2", f"{report.compared:,}"))

    def try_accept(self) -> bool:
        if self.preview is None:
            return False
        return submit_preview(self, self.preview)


def import_contractor_file(context, path: str | Path, *, project: str | None = None,
                           name: str | None = None, run_dialog: Callable[[QDialog], object] | None = None,
                           parent: QWidget | None = None) -> bool:
    """Read ``path``, show the dialog, import as one undoable step; True when imported.  A file
    that cannot be read is explained and nothing happens."""
    from desktop.services.contractor import import_contractor, read_contractor_file, retarget
    from desktop.services.contractor_read import contractor_schedules
    from desktop.services.lookups import party_rows

    db = context.db
    try:
        with busy():
            read = read_contractor_file(Path(path), project=project)
    except DomainError as error:
        context.show_error(explain(error))
        return False
    names = [r["name"] for r in contractor_schedules(db)]
    parties = [(r["id"], localized(r["name_ko"], r["name_en"])) for r in party_rows(db)]
    dialog = ContractorImportDialog(read, names, parties,
                                    lambda p, n, party: retarget(db, p, name=n, party_id=party), parent)

    def submit(preview) -> str | None:
        try:
            context.undo.run_import(_t(QT_TRANSLATE_NOOP(CONTEXT, "Import a contractor's schedule")),
                                    lambda: import_contractor(db, preview))
        except DomainError as error:
            return explain(error)
        return None

    dialog.submit = submit
    dialog.load({"name": name})
    (run_dialog or (lambda d: d.exec()))(dialog)
    return dialog.result() == QDialog.DialogCode.Accepted
