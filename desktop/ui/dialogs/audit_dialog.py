"""감사 추적: the audit log filtered by date, user and table, exported as the office needs it
for an auditor, and the verification of the whole file (integrity, chain, anchors, changes
made outside the application) with each finding in the user's language."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout,
)

from desktop.domain.errors import DomainError
from desktop.services.audit_trail import audit_choices, audit_rows, audit_span, verify_file
from desktop.ui.i18n import explain, moment_text
from desktop.ui.style import set_text_color

COLUMNS = ("id", "at", "os_user", "action", "entity", "entity_id", "field", "old_value", "new_value")


def _short(value) -> str:
    text = "" if value is None else str(value)
    return text if len(text) <= 120 else text[:117] + "…"


class AuditDialog(QDialog):
    def __init__(self, db, db_path, today: date, parent=None) -> None:
        super().__init__(parent)
        self.db, self.db_path = db, db_path
        self.setWindowTitle(self.tr("Audit trail"))
        layout = QVBoxLayout(self)
        filters = QHBoxLayout()
        self.since, self.until = QDateEdit(), QDateEdit()
        # The rows are stamped with the moment they were written, not the plan's working date:
        # the range opens on the whole log (and at least this year up to the working date).
        span = audit_span(db)
        since, until = date(today.year, 1, 1), today
        if span:
            since = min(since, date.fromisoformat(span[0]))
            until = max(until, date.fromisoformat(span[1]))
        for edit, value in ((self.since, since), (self.until, until)):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setDate(QDate(value.year, value.month, value.day))
        self.user, self.entity = QComboBox(), QComboBox()
        users, entities = audit_choices(db)
        self.user.addItem(self.tr("Everyone"), None)
        for name in users:
            self.user.addItem(name, name)
        self.entity.addItem(self.tr("Every table"), None)
        for name in entities:
            self.entity.addItem(name, name)
        for label, widget in ((self.tr("From"), self.since), (self.tr("To"), self.until),
                              (self.tr("User"), self.user), (self.tr("Table"), self.entity)):
            filters.addWidget(QLabel(label))
            filters.addWidget(widget)
        filters.addStretch(1)
        layout.addLayout(filters)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([
            self.tr("No."), self.tr("When"), self.tr("User"), self.tr("Action"), self.tr("Table"),
            self.tr("Row"), self.tr("Field"), self.tr("Before"), self.tr("After")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.count = QLabel()
        layout.addWidget(self.count)
        self.findings = QLabel()
        self.findings.setWordWrap(True)
        layout.addWidget(self.findings)
        buttons = QHBoxLayout()
        self.verify_button, self.export_button = QPushButton(self.tr("Verify the audit trail")), QPushButton(self.tr("Export (CSV)…"))
        buttons.addWidget(self.verify_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        for widget in (self.since, self.until):
            widget.dateChanged.connect(lambda _d: self.reload())
        for combo in (self.user, self.entity):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.verify_button.clicked.connect(self.run_verify)
        self.export_button.clicked.connect(self.export)
        self.resize(self.fontMetrics().averageCharWidth() * 150, self.fontMetrics().height() * 32)
        self.reload()

    def reload(self) -> None:
        self.rows = audit_rows(self.db, since=self.since.date().toString("yyyy-MM-dd"),
                               until=self.until.date().toString("yyyy-MM-dd"),
                               user=self.user.currentData(), entity=self.entity.currentData())
        self.table.setRowCount(len(self.rows))
        for i, row in enumerate(self.rows):
            for column, key in enumerate(COLUMNS):
                value = moment_text(row[key]) if key == "at" else row[key]
                self.table.setItem(i, column, QTableWidgetItem(_short(value)))
        self.table.resizeColumnsToContents()
        self.count.setText(self.tr("%1 audit rows shown (newest first).").replace("%1", f"{len(self.rows):,}"))

    def run_verify(self) -> list[str]:
        """Verify the file and show each finding; returns the messages shown."""
        try:
            report = verify_file(self.db_path)
        except DomainError as error:
            messages = [explain(error)]
            ok = False
        else:
            ok = report.ok
            messages = [explain(DomainError(p.code, **p.params)) for p in report.problems] or [
                explain(DomainError("verify_ok", rows=report.counts.get("audit_rows", 0),
                                    anchors=report.counts.get("anchors", 0)))]
        self.findings.setText("\n".join(messages))
        set_text_color(self.findings, None if ok else "#c62828")
        return messages

    def export(self) -> None:
        from desktop.interop.tables import TableExport, write_table

        picker = getattr(self, "pick_export_path", None)
        path = picker() if picker else QFileDialog.getSaveFileName(
            self, self.tr("Export the audit trail"), "audit-trail.csv", "CSV (*.csv);;Excel (*.xlsx)")[0]
        if not path:
            return
        headers = [self.table.horizontalHeaderItem(i).text() for i in range(len(COLUMNS))]
        rows = [[row[key] if key in ("id", "entity_id") else ("" if row[key] is None else str(row[key]))
                 for key in COLUMNS] for row in self.rows]
        data = TableExport(title=self.windowTitle(), columns=[(h, "number" if k in ("id", "entity_id") else "text")
                                                              for h, k in zip(headers, COLUMNS)], rows=rows,
                           notes=[str(self.db_path)])
        try:
            write_table(data, path)
        except OSError as error:
            self.findings.setText(self.tr("Could not write %1: %2").replace("%1", str(path))
                                  .replace("%2", error.strerror or str(error)))
