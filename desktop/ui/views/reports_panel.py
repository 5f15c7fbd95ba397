"""보고서: the month's notes, closing the month, and the report — preview, print, PDF."""

from __future__ import annotations


from PySide6.QtWidgets import (
    QComboBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton,
    QVBoxLayout,
)

from desktop.domain.errors import DomainError
from desktop.domain.spread import months_between
from desktop.services.month_close import (
    close_month, close_state, month_notes, reopen_month, report_figures, set_month_notes,
)
from desktop.ui.i18n import explain
from desktop.ui.progress import progress
from desktop.ui.style import set_role, set_text_color
from desktop.ui.views.panel import Panel, ViewContext

FIRST_MONTH = "2025-06"  # the MOU


class ReportsPanel(Panel):
    WATCHES = frozenset({"month_closes", "month_notes"})

    def __init__(self, context: ViewContext, parent=None) -> None:
        super().__init__(context, parent)
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        set_role(self.heading, "heading")
        layout.addWidget(self.heading)
        form = QFormLayout()
        self.month_box, self.language_box = QComboBox(), QComboBox()
        self.month_label, self.language_label = QLabel(), QLabel()
        form.addRow(self.month_label, self.month_box)
        form.addRow(self.language_label, self.language_box)
        layout.addLayout(form)
        self.state = QLabel()
        self.state.setWordWrap(True)
        layout.addWidget(self.state)
        self.notes, self.risks, self.issues = QPlainTextEdit(), QPlainTextEdit(), QPlainTextEdit()
        self.note_labels = [QLabel(), QLabel(), QLabel()]
        for label, edit in zip(self.note_labels, (self.notes, self.risks, self.issues)):
            set_role(label, "section")
            edit.setMaximumHeight(110)
            layout.addWidget(label)
            layout.addWidget(edit)
        buttons = QHBoxLayout()
        self.save_notes_button, self.close_button = QPushButton(), QPushButton()
        self.preview_button, self.print_button, self.pdf_button = QPushButton(), QPushButton(), QPushButton()
        for button in (self.save_notes_button, self.close_button, self.preview_button,
                       self.print_button, self.pdf_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.month_box.currentIndexChanged.connect(lambda _i: self._show_month())
        self.save_notes_button.clicked.connect(self.save_notes)
        self.close_button.clicked.connect(self.toggle_close)
        self.preview_button.clicked.connect(self.preview)
        self.print_button.clicked.connect(self.print_report)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.retranslate()

    # -- state ----------------------------------------------------------------------------
    def month(self) -> str:
        return self.month_box.currentData() or self._months()[-1]

    def language(self) -> str:
        return "en" if self.language_box.currentIndex() == 1 else "ko"

    def _months(self) -> list[str]:
        today = self.context.today()
        return months_between(FIRST_MONTH, f"{today.year:04d}-{today.month:02d}")

    def refresh(self) -> None:
        current = self.month_box.currentData()
        self.month_box.blockSignals(True)
        self.month_box.clear()
        for month in reversed(self._months()):
            self.month_box.addItem(month, month)
        index = self.month_box.findData(current)
        self.month_box.setCurrentIndex(index if index >= 0 else 0)
        self.month_box.blockSignals(False)
        self._show_month()

    def _show_month(self) -> None:
        month = self.month()
        notes = month_notes(self.context.db, month)
        for edit, key in ((self.notes, "notes"), (self.risks, "risks"), (self.issues, "issues")):
            edit.setPlainText(notes[key])
        self._close_row = close_state(self.context.db, month)
        self._show_state()

    def _show_state(self) -> None:
        """The month's close state in words (no database access: also runs on a language change)."""
        row = getattr(self, "_close_row", None)
        closed = bool(row and row["state"] == "closed")
        for edit in (self.notes, self.risks, self.issues):
            edit.setReadOnly(closed)
        self.save_notes_button.setEnabled(not closed)
        self.close_button.setText(self.tr("Reopen month…") if closed else self.tr("Close month…"))
        if closed:
            self.state.setText(self.tr("Closed on %1 by %2. The report shows the frozen figures; digest %3.")
                               .replace("%1", row["closed_at"][:10]).replace("%2", row["closed_by"])
                               .replace("%3", row["digest"][:16]))
            set_text_color(self.state, "#2e7d32")
        else:
            reopened = row and row["state"] == "reopened"
            self.state.setText(self.tr("Reopened: the report shows the current figures until the month is "
                                       "closed again.") if reopened else
                               self.tr("Not closed: the report shows the current figures (a draft)."))
            set_text_color(self.state, "#ef6c00" if reopened else None)

    # -- actions --------------------------------------------------------------------------
    def save_notes(self) -> None:
        db, month = self.context.db, self.month()

        def apply(value: dict):
            return set_month_notes(db, month=month, **value)

        self.run_edit(self.tr("Save notes"), apply, {"notes": self.notes.toPlainText(),
                                                 "risks": self.risks.toPlainText(),
                                                 "issues": self.issues.toPlainText()})

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
            self.context.show_error(explain(error))
            return
        self.context.undo.on_changes(changes)

    def _figures(self):
        return report_figures(self.context.db, self.month(), self.context.today())

    def paint_on(self, device) -> int:
        from desktop.report.monthly import paint_report

        figures, digest, closed = self._figures()
        with progress(self.window(), self.tr("Preparing the report…"), 1) as step:
            pages = paint_report(device, figures, digest, closed, self.language(), self.context.money_unit(),
                                 issued_on=self.context.today())
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

        picker = getattr(self, "pick_pdf_path", None)
        default = f"{self.month()}-status-report.pdf"
        path = picker() if picker else QFileDialog.getSaveFileName(
            self, self.tr("Save report as PDF"), default, self.tr("PDF document (*.pdf)"))[0]
        if not path:
            return
        try:
            figures, digest, closed = self._figures()
            with progress(self.window(), self.tr("Preparing the report…"), 1) as step:
                write_report_pdf(path, figures, digest, closed, language=self.language(),
                                 unit=self.context.money_unit(), issued_on=self.context.today())
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
        for label, text in zip(self.note_labels, (self.tr("Manager's notes and key messages"),
                                                  self.tr("Risks"), self.tr("Issues"))):
            label.setText(text)
        self.save_notes_button.setText(self.tr("Save notes"))
        self.preview_button.setText(self.tr("Preview…"))
        self.print_button.setText(self.tr("Print…"))
        self.pdf_button.setText(self.tr("Save as PDF…"))
        self._show_state()
