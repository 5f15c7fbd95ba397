"""Thin dialogs of the budget: a budget line (phase, category, name, budget, period, how the
budget is spread over the months — even, S-curve or typed month by month) and a contract.

``load(draft)`` / ``result_draft() -> draft``; the caller turns the draft into a service call
(``submit``) and a refusal comes back as a message shown in the dialog, which stays open.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHeaderView, QLineEdit, QTableWidget, QTableWidgetItem,
)

from desktop.domain.dates import parse_month
from desktop.domain.errors import ValidationError
from desktop.domain.money import parse_money
from desktop.domain.spread import months_between
from desktop.ui.dialogs.capacity_dialog import RecordDialog, date_edit, set_date

SPREADS = ("even", "s_curve", "manual")


def _choose(combo: QComboBox, value) -> None:
    combo.setCurrentIndex(max(0, combo.findData(value)))


class BudgetLineDialog(RecordDialog):
    """Phase, category, name, budget (BAC), first and last month, spread, monthly plan."""

    def __init__(self, phases: list[tuple[int, str]], categories: list[tuple[int, str]],
                 parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Budget line"))
        self.phase, self.category, self.spread = QComboBox(), QComboBox(), QComboBox()
        for phase_id, name in phases:
            self.phase.addItem(name, phase_id)
        for category_id, name in categories:
            self.category.addItem(name, category_id)
        for kind, label in zip(SPREADS, (self.tr("Even over the months"), self.tr("S-curve"),
                                         self.tr("Typed month by month"))):
            self.spread.addItem(label, kind)
        self.name, self.budget = QLineEdit(), QLineEdit()
        self.budget.setPlaceholderText(self.tr("e.g. 1,200억 or 120,000,000,000"))
        self.start, self.finish = QLineEdit(), QLineEdit()
        for edit in (self.start, self.finish):
            edit.setPlaceholderText("2026-01")
        self.plan = QTableWidget(0, 2)
        self.plan.setHorizontalHeaderLabels([self.tr("Month"), self.tr("Planned (won)")])
        self.plan.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.plan.verticalHeader().setVisible(False)
        self.plan.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.plan.setMinimumHeight(160)
        for label, widget in ((self.tr("Phase"), self.phase), (self.tr("Category"), self.category),
                              (self.tr("Name"), self.name), (self.tr("Budget (BAC)"), self.budget),
                              (self.tr("First month"), self.start), (self.tr("Last month"), self.finish),
                              (self.tr("Spread"), self.spread), (self.tr("Monthly plan"), self.plan)):
            self.form.addRow(label, widget)
        self.spread.currentIndexChanged.connect(lambda _i: self._show_plan())
        self.start.editingFinished.connect(self._show_plan)
        self.finish.editingFinished.connect(self._show_plan)
        self._typed: dict[str, str] = {}
        self.finish_form()
        self._show_plan()

    def _months(self) -> list[str]:
        try:
            first, last = parse_month(self.start.text()), parse_month(self.finish.text())
        except ValidationError:
            return []
        return months_between(first, last) if first <= last and len(months_between(first, last)) <= 240 else []

    def _show_plan(self) -> None:
        """The month table, shown (and filled with the months of the period) for a typed plan."""
        manual = self.spread.currentData() == "manual"
        self.plan.setVisible(manual)
        self.form.labelForField(self.plan).setVisible(manual)
        if not manual:
            return
        self._typed.update(self._table_values())
        months = self._months()
        self.plan.setRowCount(len(months))
        for row, month in enumerate(months):
            item = QTableWidgetItem(month)
            item.setFlags(item.flags() & ~item.flags().ItemIsEditable)
            self.plan.setItem(row, 0, item)
            self.plan.setItem(row, 1, QTableWidgetItem(self._typed.get(month, "")))

    def _table_values(self) -> dict[str, str]:
        values = {}
        for row in range(self.plan.rowCount()):
            month, amount = self.plan.item(row, 0), self.plan.item(row, 1)
            if month is not None and amount is not None and amount.text().strip():
                values[month.text()] = amount.text().strip()
        return values

    def load(self, draft: dict) -> None:
        _choose(self.phase, draft.get("phase_id"))
        _choose(self.category, draft.get("category_id"))
        self.name.setText(draft.get("name", ""))
        budget = draft.get("budget_won")
        self.budget.setText(f"{budget:,}" if isinstance(budget, int) else str(budget or ""))
        self.start.setText(draft.get("start_month", ""))
        self.finish.setText(draft.get("finish_month", ""))
        self._typed = {m: f"{w:,}" if isinstance(w, int) else str(w)
                       for m, w in (draft.get("plan") or {}).items() if w}
        _choose(self.spread, draft.get("spread", "even"))
        self._show_plan()

    def result_draft(self) -> dict:
        draft = {"phase_id": self.phase.currentData(), "category_id": self.category.currentData(),
                 "name": self.name.text(), "budget_won": self.budget.text(),
                 "start_month": self.start.text(), "finish_month": self.finish.text(),
                 "spread": self.spread.currentData()}
        if draft["spread"] == "manual":
            draft["plan"] = self._table_values()
        return draft


def line_values(draft: dict) -> dict:
    """A line's draft as the services take it: amounts as won (typed 1,200억 or 120,000,000,000)."""
    values = dict(draft)
    budget = values.get("budget_won")
    plan = values.get("plan")
    if plan is not None:
        values["plan"] = {month: parse_money(text) for month, text in plan.items()}
    if isinstance(budget, str):
        values["budget_won"] = parse_money(budget) if budget.strip() else sum((values.get("plan") or {}).values())
    return values


class ContractDialog(RecordDialog):
    """Budget line, party (or none), title, contract number, amount, date signed."""

    def __init__(self, lines: list[tuple[int, str]], parties: list[tuple[int | None, str]],
                 today: date, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Contract"))
        self.line, self.party = QComboBox(), QComboBox()
        for line_id, name in lines:
            self.line.addItem(name, line_id)
        for party_id, name in parties:
            self.party.addItem(name, party_id)
        self.title, self.number, self.amount = QLineEdit(), QLineEdit(), QLineEdit()
        self.amount.setPlaceholderText(self.tr("e.g. 1,150억 or 115,000,000,000"))
        self.on = date_edit(today)
        for label, widget in ((self.tr("Budget line"), self.line), (self.tr("Counterparty"), self.party),
                              (self.tr("Title"), self.title), (self.tr("Contract number"), self.number),
                              (self.tr("Amount (won)"), self.amount), (self.tr("Signed on"), self.on)):
            self.form.addRow(label, widget)
        self.finish_form()

    def load(self, draft: dict) -> None:
        _choose(self.line, draft.get("line_id"))
        _choose(self.party, draft.get("party_id"))
        self.title.setText(draft.get("title", ""))
        self.number.setText(draft.get("contract_no", ""))
        amount = draft.get("amount_won")
        self.amount.setText(f"{amount:,}" if isinstance(amount, int) else str(amount or ""))
        set_date(self.on, draft.get("committed_on"))

    def result_draft(self) -> dict:
        return {"line_id": self.line.currentData(), "party_id": self.party.currentData(),
                "title": self.title.text(), "contract_no": self.number.text(),
                "amount_won": self.amount.text(), "committed_on": self.on.date().toString("yyyy-MM-dd")}
