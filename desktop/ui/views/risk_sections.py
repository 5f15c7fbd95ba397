"""The risk panel's inputs: the risk register and the duration estimates, edited through the
services, every change undoable (UndoRunner) and every refusal explained in the dialog."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.domain.errors import ValidationError
from desktop.domain.numbers import require_number
from desktop.services.risk import (
    GROUP_FIELDS, add_risk, delete_risk, delete_risk_group, restore_risk, restore_risk_group,
    risk_draft, set_risk_group, update_risk,
)
from desktop.services.risk_estimates import assign_group, replace_estimates, set_estimates_by_percent
from desktop.services.risk_read import estimate_table, impact_choices, register, risk_groups
from desktop.ui.labels import localized
from desktop.ui.models.risk_models import EstimateModel, RegisterModel
from desktop.ui.style import set_role
from desktop.ui.views.capacity_panel import attempt
from desktop.ui.views.panel import ViewContext
from desktop.ui.views.tables import fit_table, make_table


class _Section(QWidget):
    """A titled table with a row of buttons."""

    def __init__(self, context: ViewContext, model, run_dialog: Callable[[QDialog], bool]) -> None:
        super().__init__()
        self.context, self.model, self.run_dialog = context, model, run_dialog
        self.rows: list[dict] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel()
        set_role(self.title, "section")
        self.buttons = QHBoxLayout()
        self.table = make_table(model)
        layout.addWidget(self.title)
        layout.addLayout(self.buttons)
        layout.addWidget(self.table, 0, Qt.AlignmentFlag.AlignLeft)

    def button(self, handler) -> QPushButton:
        button = QPushButton()
        button.clicked.connect(lambda _=False: handler())
        self.buttons.addWidget(button)
        return button

    def show_rows(self, rows: list[dict]) -> None:
        self.rows = rows
        self.model.set_rows(rows)
        fit_table(self.table)

    def selected(self) -> dict | None:
        index = self.table.currentIndex()
        return self.rows[index.row()] if index.isValid() and index.row() < len(self.rows) else None

    def ask(self, dialog: QDialog, store: Callable[[dict], None]) -> None:
        """Show ``dialog``; OK stores its draft, a refusal is shown in it (it stays open)."""
        dialog.submit = lambda draft: attempt(store, draft)
        self.run_dialog(dialog)


class RegisterSection(_Section):
    sig_what_if = Signal(int)
    """A risk's id: show what removing it would buy."""

    def __init__(self, context: ViewContext, run_dialog: Callable[[QDialog], bool]) -> None:
        super().__init__(context, RegisterModel(), run_dialog)
        self.add_button = self.button(self.add)
        self.edit_button = self.button(self.edit)
        self.delete_button = self.button(self.delete)
        self.what_if_button = self.button(self.ask_what_if)
        self.buttons.addStretch(1)
        self.retranslate()

    def refresh(self) -> None:
        db = self.context.db
        self.choices = [(c["id"], f"{c['wbs']} {localized(c['name_ko'], c['name_en'])}".strip())
                        for c in impact_choices(db)]
        self.show_rows(register(db))

    def retranslate(self) -> None:
        self.model.retranslate()
        self.title.setText(self.tr("Risk register"))
        self.add_button.setText(self.tr("Add risk…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.delete_button.setText(self.tr("Delete"))
        self.what_if_button.setText(self.tr("What if it were removed?"))

    def _values(self, draft: dict) -> dict:
        days = require_number(draft["impact_days"], "impact_days")
        percent = require_number(draft["probability"], "probability")
        if not 0 <= percent <= 100:  # said in the unit it was typed in
            raise ValidationError("risk_probability_out_of_range", field="probability",
                                  value=f"{percent:g} %")
        return {"title": draft["title"], "owner": draft["owner"], "cause": draft["cause"],
                "probability": percent / 100,
                "response_plan": draft["response_plan"],
                "impacts": {task_id: days for task_id in draft["task_ids"]}}

    def add(self) -> None:
        from desktop.ui.dialogs.risk_dialog import RiskDialog

        db, undo = self.context.db, self.context.undo
        dialog = RiskDialog(self.choices, self)

        def store(draft: dict) -> None:
            values = self._values(draft)
            undo.run_inverse(self.tr("Add risk"),
                             lambda: add_risk(db, today=self.context.today(), **values),
                             lambda last: delete_risk(db, risk_id=last.entity_id),
                             lambda last: restore_risk(db, risk=last.old))

        self.ask(dialog, store)

    def edit(self) -> None:
        from desktop.ui.dialogs.risk_dialog import RiskDialog

        row = self.selected()
        if row is None:
            return
        db, undo = self.context.db, self.context.undo
        dialog = RiskDialog(self.choices, self)
        dialog.load(risk_draft(row))

        def store(draft: dict) -> None:
            undo.run(self.tr("Edit risk"),
                     lambda values: update_risk(db, risk_id=row["id"], draft=values),
                     self._values(draft))

        self.ask(dialog, store)

    def delete(self) -> None:
        row = self.selected()
        if row is None:
            return
        db = self.context.db
        message = attempt(lambda _draft: self.context.undo.run_inverse(
            self.tr("Delete risk"), lambda: delete_risk(db, risk_id=row["id"]),
            lambda last: restore_risk(db, risk=last.old),
            lambda last: delete_risk(db, risk_id=last.entity_id)), {})
        if message:
            self.context.show_error(message)

    def ask_what_if(self) -> None:
        row = self.selected()
        if row is not None:
            self.sig_what_if.emit(row["id"])


class EstimateSection(_Section):
    def __init__(self, context: ViewContext, run_dialog: Callable[[QDialog], bool]) -> None:
        super().__init__(context, EstimateModel(), run_dialog)
        self.all_button = self.button(lambda: self.spread(None))
        self.one_button = self.button(self.spread_selected)
        self.clear_button = self.button(self.clear_selected)
        self.group_button = self.button(self.group_selected)
        self.buttons.addStretch(1)
        self.retranslate()

    def refresh(self) -> None:
        self.show_rows(estimate_table(self.context.db))

    def retranslate(self) -> None:
        self.model.retranslate()
        self.title.setText(self.tr("Duration estimates (optimistic / most likely / pessimistic, working days)"))
        self.all_button.setText(self.tr("Spread for every task…"))
        self.one_button.setText(self.tr("Spread for the selected task…"))
        self.clear_button.setText(self.tr("Clear the selected task's estimate"))
        self.group_button.setText(self.tr("Group of the selected task…"))

    def spread_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self.spread(row)

    def spread(self, row: dict | None) -> None:
        from desktop.ui.dialogs.risk_dialog import SpreadDialog

        db = self.context.db
        title = (self.tr("Spread for every task") if row is None else
                 self.tr("Spread for “%1”").replace("%1", localized(row["name_ko"], row["name_en"])))
        dialog = SpreadDialog(title, self)

        def store(draft: dict) -> None:
            low = require_number(draft["optimistic_pct"], "optimistic_pct")
            high = require_number(draft["pessimistic_pct"], "pessimistic_pct")
            self.change(title, lambda: set_estimates_by_percent(
                db, optimistic_pct=low, pessimistic_pct=high, distribution=draft["distribution"],
                task_ids=None if row is None else [row["id"]]))

        self.ask(dialog, store)

    def clear_selected(self) -> None:
        row = self.selected()
        if row is None or not row["has_estimate"]:
            return
        self.change(self.tr("Clear estimate"),
                    lambda: replace_estimates(self.context.db, rows={row["id"]: None}))

    def group_selected(self) -> None:
        """Put the selected task in a group (made when new, its correlation set)."""
        from desktop.ui.dialogs.risk_dialog import GroupDialog

        row = self.selected()
        if row is None:
            return
        db, undo = self.context.db, self.context.undo
        groups = {g["name"]: g for g in risk_groups(db)}
        dialog = GroupDialog(sorted(groups), self)
        current = groups.get(row["group"])
        dialog.load({"name": row["group"], "correlation": current["correlation"] if current else None})

        def store(draft: dict) -> None:
            name = draft["name"].strip()
            strength = require_number(draft["correlation"], "correlation")
            group = groups.get(name)
            if group is None:
                group_id = undo.run_inverse(
                    self.tr("Add group"), lambda: set_risk_group(db, name=name, correlation=strength),
                    lambda last: delete_risk_group(db, group_id=last.entity_id),
                    lambda last: restore_risk_group(db, group=last.old)).entity_id
            else:
                group_id = group["id"]
                values = {**{k: group[k] for k in GROUP_FIELDS}, "correlation": strength}
                undo.run(self.tr("Change group"),
                         lambda v: set_risk_group(db, group_id=group_id, **v), values)
            if row["group"] != name:
                self.change(self.tr("Put in group"),
                            lambda: assign_group(db, task_ids=[row["id"]], group_id=group_id))

        self.ask(dialog, store)

    def change(self, text: str, do) -> None:
        """An estimate change: undo and redo put back the rows the last step replaced."""
        back = lambda last: replace_estimates(self.context.db, rows=last.old)  # noqa: E731
        self.context.undo.run_inverse(text, do, back, back)
