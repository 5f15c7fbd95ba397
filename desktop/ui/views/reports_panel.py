"""보고서: the month's notes, problems and measures, the report form, closing the month, and
the report — preview, print, PDF, and .hwpx for 한글.

The notes are kept: what was typed is saved (undoably) before another month is shown, before
the panel is left and before the figures are reloaded, so nothing typed is lost.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout,
)

from desktop.domain.errors import DomainError
from desktop.domain.spread import months_between
from desktop.services.month_close import (
    close_month, close_state, closed_months, month_notes, reopen_month, report_figures,
    set_month_notes,
)
from desktop.services.report_inputs import (
    month_late_milestones, report_settings, report_settings_text, set_month_remedy, set_report_settings,
)
from desktop.ui.i18n import explain
from desktop.ui.progress import progress
from desktop.ui.style import set_text_color
from desktop.ui.views.panel import Panel, ViewContext
from desktop.ui.views.report_editors import NotesEditor, RemediesEditor, ReportFormEditor

FIRST_MONTH = "2025-06"  # the MOU


class ReportsPanel(Panel):
    WATCHES = frozenset({"month_closes", "month_notes", "month_remedies", "project_settings", "tasks"})

    def __init__(self, context: ViewContext, parent=None) -> None:
        super().__init__(context, parent)
        layout = QVBoxLayout(self)
        self.add_heading(layout)
        from desktop.ui.widgets.empty_state import EmptyState

        self.empty = EmptyState([lambda: context.act("help")])
        layout.addWidget(self.empty)
        self._shown_month: str | None = None  # the month whose notes the editor holds
        self._loaded_notes: dict = {}  # ... as they were loaded or last saved
        form = QFormLayout()
        self.month_box, self.language_box = QComboBox(), QComboBox()
        self.month_label, self.language_label = QLabel(), QLabel()
        form.addRow(self.month_label, self.month_box)
        form.addRow(self.language_label, self.language_box)
        layout.addLayout(form)
        self.state = QLabel()
        self.state.setWordWrap(True)
        layout.addWidget(self.state)
        self.tabs = QTabWidget()
        self.notes_editor, self.remedies_editor, self.form_editor = NotesEditor(), RemediesEditor(), ReportFormEditor()
        for editor in (self.notes_editor, self.remedies_editor, self.form_editor):
            self.tabs.addTab(editor, "")
        layout.addWidget(self.tabs, 1)
        buttons = QHBoxLayout()
        self.close_button, self.preview_button, self.print_button = QPushButton(), QPushButton(), QPushButton()
        self.pdf_button, self.hwpx_button = QPushButton(), QPushButton()
        for button in (self.close_button, self.preview_button, self.print_button, self.pdf_button,
                       self.hwpx_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.month_box.currentIndexChanged.connect(lambda _i: self._on_month_chosen())
        self.notes_editor.sig_save.connect(self.save_notes)
        self.remedies_editor.sig_save.connect(self.save_remedy)
        self.form_editor.sig_save.connect(self.save_form)
        self.close_button.clicked.connect(self.toggle_close)
        self.preview_button.clicked.connect(self.preview)
        self.print_button.clicked.connect(self.print_report)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.hwpx_button.clicked.connect(self.save_hwpx)
        self.retranslate()

    # compatibility with the first panel's names (tests and shortcuts use them)
    @property
    def notes(self):
        return self.notes_editor.edits["notes"]

    @property
    def save_notes_button(self):
        return self.notes_editor.save_button

    # -- state ----------------------------------------------------------------------------
    def month(self) -> str:
        return self.month_box.currentData() or self._months()[-1]

    def language(self) -> str:
        return "en" if self.language_box.currentIndex() == 1 else "ko"

    def _months(self) -> list[str]:
        today = self.context.today()
        return months_between(FIRST_MONTH, f"{today.year:04d}-{today.month:02d}")

    def refresh(self) -> None:
        self.keep_notes()
        current = self.month_box.currentData()
        self.month_box.blockSignals(True)
        self.month_box.clear()
        for month in reversed(self._months()):
            self.month_box.addItem(month, month)
        index = self.month_box.findData(current)
        self.month_box.setCurrentIndex(index if index >= 0 else 0)
        self.month_box.blockSignals(False)
        self.empty.show_when(not closed_months(self.context.db))
        self._show_month()

    def _on_month_chosen(self) -> None:
        self.keep_notes()
        self._show_month()

    def keep_notes(self) -> None:
        """Save what was typed in the notes of the month shown, before they leave the screen."""
        month = self._shown_month
        if month is not None and not self._closed() and self.notes_editor.value() != self._loaded_notes:
            self._save_notes(month)

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt override: another panel, or closing
        self.keep_notes()
        super().hideEvent(event)

    def _show_month(self) -> None:
        db, month = self.context.db, self.month()
        self._close_row = close_state(db, month)
        closed = self._closed()
        notes = report_figures(db, month, self.context.today())[0]["notes"] if closed else month_notes(db, month)
        self.notes_editor.load(notes, closed)
        self._shown_month, self._loaded_notes = month, self.notes_editor.value()
        self.remedies_editor.load(month_late_milestones(db, month, self.context.today()), closed)
        self.form_editor.load(report_settings_text(db))
        self._show_state()

    def _closed(self) -> bool:
        row = getattr(self, "_close_row", None)
        return bool(row and row["state"] == "closed")

    def _show_state(self) -> None:
        """The month's close state in words (no database access: also runs on a language change)."""
        row = getattr(self, "_close_row", None)
        closed = self._closed()
        self.close_button.setText(self.tr("Reopen month…") if closed else self.tr("Close month…"))
        if closed:
            self.state.setText(self.tr("Closed on %1 by %2. The report shows the frozen figures; check value %3.")
                               .replace("%1", row["closed_at"][:10]).replace("%2", row["closed_by"])
                               .replace("%3", row["digest"][:16]))
            set_text_color(self.state, "#2e7d32")
        else:
            reopened = row and row["state"] == "reopened"
            self.state.setText(self.tr("Reopened: the report shows the current figures until the month is "
                                       "closed again.") if reopened else
                               self.tr("Not closed: the report shows the current figures (a draft)."))
            set_text_color(self.state, "#ef6c00" if reopened else None)

    # -- edits ----------------------------------------------------------------------------
    def save_notes(self) -> None:
        self._save_notes(self.month())

    def _save_notes(self, month: str) -> None:
        db, value = self.context.db, self.notes_editor.value()

        def apply(notes: dict):
            return set_month_notes(db, month=month, **notes)

        self._loaded_notes = value  # kept (or refused and shown): not asked again for these
        self.run_edit(self.tr("Save notes of %1").replace("%1", month), apply, value)

    def save_remedy(self) -> None:
        db, month, task_id = self.context.db, self.month(), self.remedies_editor.task_id()
        if task_id is None:
            return

        def apply(value: dict):
            return set_month_remedy(db, month=month, task_id=task_id, **value)

        self.run_edit(self.tr("Save cause and plan"), apply, self.remedies_editor.value())

    def save_form(self) -> None:
        db = self.context.db

        def apply(value: dict):
            return set_report_settings(db, **value)

        self.run_edit(self.tr("Save report form"), apply, self.form_editor.value())

    def toggle_close(self) -> None:
        db, month, today = self.context.db, self.month(), self.context.today()
        confirm = getattr(self.window(), "confirm", None)
        closed = bool((row := close_state(db, month)) and row["state"] == "closed")
        question = (self.tr("Reopen %1? Its figures can change again; the reopening is recorded.")
                    if closed else self.tr("Close %1? Its figures are frozen for the record."))
        if confirm is not None and not confirm(self.tr("Month close"), question.replace("%1", month)):
            return
        try:
            with progress(self.window(), self.tr("Closing the month…"), 1) as step:
                changes = reopen_month(db, month=month) if closed else close_month(db, month=month, today=today)
                step()
        except DomainError as error:
            if error.code == "remedy_missing":
                self.tabs.setCurrentWidget(self.remedies_editor)
            self.context.show_error(explain(error))
            return
        self.context.undo.on_changes(changes)

    # -- the report -----------------------------------------------------------------------
    def _figures(self):
        return report_figures(self.context.db, self.month(), self.context.today())

    def _options(self) -> dict:
        return dict(language=self.language(), unit=self.context.money_unit(), issued_on=self.context.today(),
                    settings=report_settings(self.context.db))

    def paint_on(self, device) -> int:
        from desktop.report.monthly import paint_report

        figures, digest, closed = self._figures()
        options = self._options()
        with progress(self.window(), self.tr("Preparing the report…"), 1) as step:
            pages = paint_report(device, figures, digest, closed, options.pop("language"), **options)
            step()
        return pages

    def preview(self) -> None:
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintPreviewDialog(printer, self)
        dialog.paintRequested.connect(self._paint_or_report)
        dialog.exec()

    def _paint_or_report(self, printer) -> None:
        try:
            self.paint_on(printer)
        except DomainError as error:
            self.context.show_error(explain(error))

    def print_report(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec():
            self._paint_or_report(printer)

    def save_pdf(self) -> None:
        from desktop.report.monthly import write_report_pdf

        self._save(getattr(self, "pick_pdf_path", None), f"{self.month()}-status-report.pdf",
                   self.tr("Save report as PDF"), self.tr("PDF document (*.pdf)"), write_report_pdf)

    def save_hwpx(self) -> None:
        from desktop.report.hwpx import write_report_hwpx

        self._save(getattr(self, "pick_hwpx_path", None), f"{self.month()}-status-report.hwpx",
                   self.tr("Save report for Hangul (.hwpx)"), self.tr("Hangul document (*.hwpx)"),
                   write_report_hwpx)

    def _save(self, picker, default: str, title: str, filter_text: str, write) -> None:
        path = picker() if picker else QFileDialog.getSaveFileName(self, title, default, filter_text)[0]
        if not path:
            return
        try:
            figures, digest, closed = self._figures()
            with progress(self.window(), self.tr("Preparing the report…"), 1) as step:
                write(path, figures, digest, closed, **self._options())
                step()
        except DomainError as error:
            self.context.show_error(explain(error))
        except OSError as error:
            self.context.show_error(self.tr("The report could not be written to %1: %2")
                                    .replace("%1", str(path)).replace("%2", error.strerror or str(error)))

    # -- language -------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.heading.setText(self.tr("Monthly status report"))
        self.month_label.setText(self.tr("Month"))
        self.language_label.setText(self.tr("Language of the report"))
        index = max(0, self.language_box.currentIndex())
        self.language_box.clear()
        self.language_box.addItems(["한국어", "English"])
        self.language_box.setCurrentIndex(index)
        for i, text in enumerate((self.tr("This month"), self.tr("Problems and measures"),
                                  self.tr("Report form"))):
            self.tabs.setTabText(i, text)
        for editor in (self.notes_editor, self.remedies_editor, self.form_editor):
            editor.retranslate()
        self.preview_button.setText(self.tr("Preview…"))
        self.print_button.setText(self.tr("Print…"))
        self.pdf_button.setText(self.tr("Save as PDF…"))
        self.hwpx_button.setText(self.tr("Save for Hangul (.hwpx)…"))
        self.empty.set_texts(
            self.tr("No month closed yet"),
            self.tr("The monthly cycle: enter the month's costs, progress and measurements; review them "
                    "in the overview; write the notes below; close the month (its figures are frozen); "
                    "then print the report or save it as PDF."),
            [self.tr("User guide (F1)")])
        self._show_state()
