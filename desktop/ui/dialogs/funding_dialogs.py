"""Thin dialogs for a funding commitment and a payment: load(draft) / result() -> draft.

The caller runs the service; its typed errors are shown in the dialog without closing it,
so nothing typed is lost.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QLineEdit

from desktop.ui.dialogs.capacity_dialog import RecordDialog, date_edit, set_date

CURRENCIES = ("KRW", "USD", "EUR", "JPY", "CNY", "SGD", "GBP")


def _iso(edit: QDateEdit) -> str:
    return edit.date().toString("yyyy-MM-dd")


class CommitmentDialog(RecordDialog):
    """Party, phase, date, currency, amount, FX rate, planned."""

    def __init__(self, parties: list[tuple[int, str, str]], phases: list[tuple[int | None, str]],
                 today: date, parent=None) -> None:
        """``parties``: (id, name, usual currency or "") of the parties a record may name."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Funding commitment"))
        self.party = QComboBox()
        self._party_currency = {}
        for party_id, name, currency in parties:
            self.party.addItem(name, party_id)
            self._party_currency[party_id] = currency
        self.phase = QComboBox()
        for phase_id, name in phases:
            self.phase.addItem(name, phase_id)
        self.on = date_edit(today)
        self.currency = QComboBox()
        self.currency.setEditable(True)
        self.currency.addItems(CURRENCIES)
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(self.tr("e.g. 1,000억 or 75,000,000"))
        self.fx_rate = QLineEdit("1")
        self.planned = QCheckBox(self.tr("Planned (not signed yet): counts only in the what-if"))
        self.note = QLineEdit()
        for label, widget in ((self.tr("Participant"), self.party), (self.tr("Phase"), self.phase),
                              (self.tr("Date"), self.on), (self.tr("Currency"), self.currency),
                              (self.tr("Amount"), self.amount),
                              (self.tr("Exchange rate (won per unit)"), self.fx_rate),
                              ("", self.planned), (self.tr("Note"), self.note)):
            self.form.addRow(label, widget)
        self.currency.currentTextChanged.connect(self._on_currency)
        self.party.currentIndexChanged.connect(lambda _i: self._on_party())
        self._on_party()
        self.finish_form()

    def _on_party(self) -> None:
        """The party's usual currency, when it has one."""
        currency = self._party_currency.get(self.party.currentData())
        if currency:
            self.currency.setCurrentText(currency)

    def _on_currency(self, code: str) -> None:
        if code.strip().upper() == "KRW":
            self.fx_rate.setText("1")
        self.fx_rate.setEnabled(code.strip().upper() != "KRW")

    def load(self, draft: dict) -> None:
        self.party.setCurrentIndex(max(0, self.party.findData(draft.get("party_id"))))
        self.phase.setCurrentIndex(max(0, self.phase.findData(draft.get("phase_id"))))
        set_date(self.on, draft.get("committed_on"))
        self.currency.setCurrentText(draft.get("currency", "KRW"))
        self.amount.setText(str(draft.get("amount", "")))
        self.fx_rate.setText(str(draft.get("fx_rate", "1")))
        self.planned.setChecked(bool(draft.get("planned")))
        self.note.setText(draft.get("note", ""))

    def result_draft(self) -> dict:
        return {"party_id": self.party.currentData(), "phase_id": self.phase.currentData(),
                "committed_on": _iso(self.on), "currency": self.currency.currentText(),
                "amount": self.amount.text(), "fx_rate": self.fx_rate.text(),
                "planned": self.planned.isChecked(), "note": self.note.text()}


class PaymentDialog(RecordDialog):
    """Commitment, date, amount (in the commitment's currency), FX rate."""

    def __init__(self, commitments: list[tuple[int, str, str]], today: date, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Paid-in capital"))
        self.commitment = QComboBox()
        self._currency = {}
        for commitment_id, name, currency in commitments:
            self.commitment.addItem(name, commitment_id)
            self._currency[commitment_id] = currency
        self.on = date_edit(today)
        self.amount = QLineEdit()
        self.fx_rate = QLineEdit("1")
        self.note = QLineEdit()
        for label, widget in ((self.tr("Commitment"), self.commitment), (self.tr("Date"), self.on),
                              (self.tr("Amount (currency of the commitment)"), self.amount),
                              (self.tr("Exchange rate (won per unit)"), self.fx_rate),
                              (self.tr("Note"), self.note)):
            self.form.addRow(label, widget)
        self.commitment.currentIndexChanged.connect(lambda _i: self._on_commitment())
        self._on_commitment()
        self.finish_form()

    def _on_commitment(self) -> None:
        krw = self._currency.get(self.commitment.currentData()) == "KRW"
        if krw:
            self.fx_rate.setText("1")
        self.fx_rate.setEnabled(not krw)

    def load(self, draft: dict) -> None:
        self.commitment.setCurrentIndex(max(0, self.commitment.findData(draft.get("commitment_id"))))
        set_date(self.on, draft.get("paid_on"))
        self.amount.setText(str(draft.get("amount", "")))
        self.fx_rate.setText(str(draft.get("fx_rate", "1")))
        self.note.setText(draft.get("note", ""))

    def result_draft(self) -> dict:
        return {"commitment_id": self.commitment.currentData(), "paid_on": _iso(self.on),
                "amount": self.amount.text(), "fx_rate": self.fx_rate.text(), "note": self.note.text()}
