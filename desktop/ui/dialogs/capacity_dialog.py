"""Thin dialog for a dated capacity measurement: load(draft) / result_draft() -> draft.

The caller turns the draft into a service call (``submit``); a refusal comes back as a
translated message shown in the dialog, which stays open so nothing typed is lost.
(``result_draft`` rather than ``result``: QDialog.result() is the dialog's exit code.)
"""

from __future__ import annotations

from datetime import date
from typing import Callable

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget,
)

from desktop.ui.style import set_text_color


def date_edit(value: date) -> QDateEdit:
    edit = QDateEdit(QDate(value.year, value.month, value.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def set_date(edit: QDateEdit, iso: str | None) -> None:
    if iso:
        d = date.fromisoformat(iso)
        edit.setDate(QDate(d.year, d.month, d.day))


class RecordDialog(QDialog):
    """A form with an error line and OK/Cancel; OK asks ``submit(draft)`` first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.error = QLabel()
        self.error.setWordWrap(True)
        set_text_color(self.error, "#c62828")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self.reject)
        # set by the caller: draft -> translated error message, or None when stored
        self.submit: Callable[[dict], str | None] | None = None

    def finish_form(self) -> None:
        self.form.addRow(self.error)
        self.form.addRow(self.buttons)
        self.buttons.accepted.connect(self.try_accept)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 48)

    def try_accept(self) -> bool:
        """Submit the draft; close when it was stored, else show why and stay open."""
        message = self.submit(self.result_draft()) if self.submit else None
        if message:
            self.error.setText(message)
            return False
        self.error.clear()
        self.accept()
        return True

    def result_draft(self) -> dict:
        raise NotImplementedError


class CapacityDialog(RecordDialog):
    """Phase, date, installed MW, energised MW, installed GPUs, source."""

    def __init__(self, phases: list[tuple[int, str]], today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Capacity measurement"))
        self.phase = QComboBox()
        for phase_id, name in phases:
            self.phase.addItem(name, phase_id)
        self.measured_on = date_edit(today)
        self.installed_mw, self.energised_mw = QLineEdit(), QLineEdit()
        self.installed_gpus, self.source = QLineEdit(), QLineEdit()
        self.installed_mw.setPlaceholderText("40")
        self.installed_gpus.setPlaceholderText("20,000")
        for label, widget in ((self.tr("Phase"), self.phase), (self.tr("Measured on"), self.measured_on),
                              (self.tr("Installed MW"), self.installed_mw),
                              (self.tr("Energised MW"), self.energised_mw),
                              (self.tr("Installed GPUs"), self.installed_gpus),
                              (self.tr("Source"), self.source)):
            self.form.addRow(label, widget)
        self.finish_form()

    def load(self, draft: dict) -> None:
        self.phase.setCurrentIndex(max(0, self.phase.findData(draft.get("phase_id"))))
        set_date(self.measured_on, draft.get("measured_on"))
        for key in ("installed_mw", "energised_mw", "installed_gpus", "source"):
            getattr(self, key).setText(str(draft.get(key) or ""))

    def result_draft(self) -> dict:
        return {"phase_id": self.phase.currentData(),
                "measured_on": self.measured_on.date().toString("yyyy-MM-dd"),
                "installed_mw": self.installed_mw.text(), "energised_mw": self.energised_mw.text(),
                "installed_gpus": self.installed_gpus.text(), "source": self.source.text()}
