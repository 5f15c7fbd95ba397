"""Thin dialogs for a participant (add or edit) and for its retirement date.

load(draft) / result_draft() -> draft; the caller runs the service (desktop/services/parties.py)
and a refusal is shown in the dialog, which stays open so nothing typed is lost.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from desktop.domain.model import PartyKind
from desktop.domain.parties import COUNTRIES, COUNTRY_CURRENCY
from desktop.ui.dialogs.capacity_dialog import RecordDialog, date_edit, set_date
from desktop.ui.dialogs.funding_dialogs import CURRENCIES
from desktop.ui.labels import kind_label, localized


def _country_item(code: str, ko: str, en: str) -> str:
    return f"{code} · {localized(ko, en)}"


class PartyDialog(RecordDialog):
    """Korean and English name, kind, domestic or foreign, country, currency, role."""

    def __init__(self, parent: QWidget | None = None, *, editing: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit participant") if editing else self.tr("New participant"))
        self.name_ko, self.name_en, self.role = QLineEdit(), QLineEdit(), QLineEdit()
        self.name_ko.setPlaceholderText(self.tr("Required, e.g. 블랙록"))
        self.kind = QComboBox()
        for kind in PartyKind:
            self.kind.addItem(kind_label(kind.value), kind.value)
        self.kind.setCurrentIndex(self.kind.findData(PartyKind.COMPANY.value))
        self.foreign = QComboBox()
        self.foreign.addItem(QCoreApplication.translate("labels", "Domestic"), False)
        self.foreign.addItem(QCoreApplication.translate("labels", "Foreign"), True)
        self.country = QComboBox()
        self.country.setEditable(True)
        self.country.addItem("", "")
        for country in COUNTRIES:
            self.country.addItem(_country_item(*country), country.code)
        self.country.lineEdit().setPlaceholderText(self.tr("Not set (code such as US, or a name)"))
        self.currency = QComboBox()
        self.currency.setEditable(True)
        self.currency.addItems(["", *CURRENCIES, "HKD", "TWD", "CAD", "AUD", "AED", "SAR"])
        self.currency.lineEdit().setPlaceholderText(self.tr("Not set"))
        self.hint = QLabel(self.tr("A foreign party's commitments count toward the foreign-capital share."))
        self.hint.setWordWrap(True)
        for label, widget in ((self.tr("Name (Korean)"), self.name_ko),
                              (self.tr("Name (English)"), self.name_en), (self.tr("Kind"), self.kind),
                              (self.tr("Domestic / foreign"), self.foreign), ("", self.hint),
                              (self.tr("Country"), self.country), (self.tr("Currency"), self.currency),
                              (self.tr("Role"), self.role)):
            self.form.addRow(label, widget)
        self.country.activated.connect(lambda _i: self._suggest_from_country())
        self.finish_form()

    def _suggest_from_country(self) -> None:
        """A listed country chosen: suggest its currency (if none yet) and domestic/foreign."""
        code = self.country.currentData()
        if not code:
            return
        if not self.currency.currentText().strip() and code in COUNTRY_CURRENCY:
            self.currency.setCurrentText(COUNTRY_CURRENCY[code])
        self.foreign.setCurrentIndex(0 if code == "KR" else 1)

    def _country_value(self) -> str:
        text = self.country.currentText().strip()
        index = self.country.findText(text)
        return self.country.itemData(index) if index >= 0 else text

    def load(self, draft: dict) -> None:
        self.name_ko.setText(draft.get("name_ko") or "")
        self.name_en.setText(draft.get("name_en") or "")
        self.kind.setCurrentIndex(max(0, self.kind.findData(draft.get("kind", PartyKind.COMPANY.value))))
        self.foreign.setCurrentIndex(1 if draft.get("is_foreign") else 0)
        code = draft.get("country") or ""
        index = self.country.findData(code)
        if index >= 0:
            self.country.setCurrentIndex(index)
        else:
            self.country.setCurrentText(code)
        self.currency.setCurrentText(draft.get("currency") or "")
        self.role.setText(draft.get("role_ko") or "")

    def result_draft(self) -> dict:
        return {"name_ko": self.name_ko.text(), "name_en": self.name_en.text(),
                "kind": self.kind.currentData(), "is_foreign": bool(self.foreign.currentData()),
                "country": self._country_value(), "currency": self.currency.currentText(),
                "role_ko": self.role.text()}


class RetireDialog(RecordDialog):
    """The day a party left the project: it keeps its history and takes no later record."""

    def __init__(self, name: str, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Retire participant"))
        self.explanation = QLabel(self.tr(
            "“%1” keeps its investment pledges, payments and contracts, and counts in every figure dated "
            "before this day. From this day on it is not offered for new records.").replace("%1", name))
        self.explanation.setWordWrap(True)
        self.on = date_edit(today)
        self.form.addRow(self.explanation)
        self.form.addRow(self.tr("Retired on"), self.on)
        self.finish_form()

    def load(self, draft: dict) -> None:
        set_date(self.on, draft.get("retired_on"))

    def result_draft(self) -> dict:
        return {"retired_on": self.on.date().toString("yyyy-MM-dd")}
