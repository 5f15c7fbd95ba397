"""Thin dialog for a reported value of an expected effect: load(draft) / result_draft()."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from desktop.ui.dialogs.capacity_dialog import RecordDialog, date_edit, set_date


class KpiReportDialog(RecordDialog):
    """Expected effect, date, value (12억 or 1,200,000,000 for won; a count for jobs), source."""

    def __init__(self, kpis: list[tuple[int, str]], today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Expected-effect report"))
        self.kpi = QComboBox()
        for kpi_id, name in kpis:
            self.kpi.addItem(name, kpi_id)
        self.reported_on = date_edit(today)
        self.value = QLineEdit()
        self.value.setPlaceholderText(self.tr("e.g. 1,200억 or 640"))
        self.source = QLineEdit()
        self.source.setPlaceholderText(self.tr("Required: where the figure comes from"))
        for label, widget in ((self.tr("Expected effect"), self.kpi),
                              (self.tr("Reported on"), self.reported_on),
                              (self.tr("Value"), self.value), (self.tr("Source"), self.source)):
            self.form.addRow(label, widget)
        self.finish_form()

    def load(self, draft: dict) -> None:
        self.kpi.setCurrentIndex(max(0, self.kpi.findData(draft.get("kpi_id"))))
        set_date(self.reported_on, draft.get("reported_on"))
        self.value.setText(str(draft.get("value") or ""))
        self.source.setText(str(draft.get("source") or ""))

    def result_draft(self) -> dict:
        return {"kpi_id": self.kpi.currentData(),
                "reported_on": self.reported_on.date().toString("yyyy-MM-dd"),
                "value": self.value.text(), "source": self.source.text()}
