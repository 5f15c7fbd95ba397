"""The budget panel's lines and contracts: add, edit (move to another phase or category),
delete, import from a sheet — each one undoable step, asked about where the office must decide
(a budget below what is spent, deleting a line)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QFileDialog

from desktop.domain.errors import ConflictError, DomainError
from desktop.domain.money import parse_money
from desktop.services.budget import (
    add_budget_line, delete_budget_line, edit_budget_line, restore_budget_line,
)
from desktop.services.costs import add_commitment, delete_commitment, edit_commitment, restore_commitment
from desktop.services.lookups import (
    budget_categories, budget_line_choices, contract_rows, line_row, party_rows, phase_rows, plan_of,
)
from desktop.ui.i18n import explain
from desktop.ui.labels import localized


def _t(text: str) -> str:
    return QCoreApplication.translate("budget", text)


def _run(panel, dialog) -> bool:
    runner = getattr(panel, "run_dialog", None)
    return bool(runner(dialog) if runner else dialog.exec())


def _attempt(store):
    def submit(draft: dict) -> str | None:
        try:
            store(draft)
        except DomainError as error:
            return explain(error)
        return None
    return submit


def line_name(panel, row: dict) -> str:
    """"1단계 · 건축 · 본관" in the window's language."""
    phase = QCoreApplication.translate("labels", "Phase %1").replace("%1", str(row["number"]))
    category = panel.model.category_names.get(row["code"], row["code"])
    return " · ".join(part for part in (phase, category, row["name"]) if part)


def _line_dialog(panel):
    from desktop.ui.dialogs.budget_dialogs import BudgetLineDialog

    db = panel.context.db
    phases = [(r["id"], localized(r["name_ko"], r["name_en"])) for r in phase_rows(db)]
    categories = [(r["id"], localized(r["name_ko"], r["name_en"])) for r in budget_categories(db)]
    return BudgetLineDialog(phases, categories, panel)


# --------------------------------------------------------------------------- lines
def add_line(panel) -> None:
    from desktop.ui.dialogs.budget_dialogs import line_values

    db = panel.context.db
    dialog = _line_dialog(panel)
    dialog.load({"start_month": panel.as_of_month(), "finish_month": panel.as_of_month()})
    dialog.submit = _attempt(lambda draft: panel.context.undo.run_inverse(
        _t(QT_TRANSLATE_NOOP("budget", "Add budget line")),
        lambda: add_budget_line(db, **line_values(draft)),
        lambda last: delete_budget_line(db, line_id=last.entity_id),
        lambda last: restore_budget_line(db, **last.old)))
    _run(panel, dialog)


def edit_line(panel, line_id: int | None) -> None:
    from desktop.ui.dialogs.budget_dialogs import line_values

    if line_id is None:
        panel.context.show_error(_t(QT_TRANSLATE_NOOP("budget", "Choose a budget line in the table first.")))
        return
    db = panel.context.db
    line = line_row(db, line_id)
    dialog = _line_dialog(panel)
    dialog.load({**line, "plan": plan_of(db, line_id)})
    label = _t(QT_TRANSLATE_NOOP("budget", "Edit budget line"))

    def restore(last):
        return restore_budget_line(db, **last.old)

    def store(draft: dict) -> None:
        values = line_values(draft)
        try:
            panel.context.undo.run_inverse(label, lambda: edit_budget_line(db, line_id=line_id, values=values),
                                           restore, restore)
        except ConflictError as error:
            if error.code != "budget_below_spent" or not panel.ask(label, explain(error)):
                raise
            panel.context.undo.run_inverse(label, lambda: edit_budget_line(
                db, line_id=line_id, values=values, allow_below_spent=True), restore, restore)

    dialog.submit = _attempt(store)
    _run(panel, dialog)


def delete_line(panel, line_id: int | None) -> None:
    if line_id is None:
        panel.context.show_error(_t(QT_TRANSLATE_NOOP("budget", "Choose a budget line in the table first.")))
        return
    db = panel.context.db
    label = _t(QT_TRANSLATE_NOOP("budget", "Delete budget line"))
    if not panel.ask(label, _t(QT_TRANSLATE_NOOP("budget", "Delete this budget line and its monthly plan?"))):
        return
    try:
        panel.context.undo.run_inverse(label, lambda: delete_budget_line(db, line_id=line_id),
                                       lambda last: restore_budget_line(db, **last.old),
                                       lambda last: delete_budget_line(db, line_id=last.entity_id))
    except DomainError as error:
        panel.context.show_error(explain(error))


# --------------------------------------------------------------------------- contracts
def _contract_dialog(panel):
    from desktop.ui.dialogs.budget_dialogs import ContractDialog

    db = panel.context.db
    lines = [(r["id"], line_name(panel, r)) for r in budget_line_choices(db)]
    parties = [(None, _t(QT_TRANSLATE_NOOP("budget", "(none)")))] + [
        (r["id"], localized(r["name_ko"], r["name_en"])) for r in party_rows(db)]
    return ContractDialog(lines, parties, panel.context.today(), panel)


def _contract_values(draft: dict) -> dict:
    return {**draft, "amount_won": parse_money(draft["amount_won"]) if str(draft["amount_won"]).strip()
            else draft["amount_won"]}


def add_contract(panel) -> None:
    db, today = panel.context.db, panel.context.today()
    if not budget_line_choices(db):
        panel.context.show_error(_t(QT_TRANSLATE_NOOP("budget", "Add a budget line first.")))
        return
    dialog = _contract_dialog(panel)
    dialog.load({"line_id": panel.selected_line_id()})
    dialog.submit = _attempt(lambda draft: panel.context.undo.run_inverse(
        _t(QT_TRANSLATE_NOOP("budget", "Add contract")),
        lambda: add_commitment(db, **_contract_values(draft), today=today),
        lambda last: delete_commitment(db, commitment_id=last.entity_id),
        lambda last: restore_commitment(db, row=last.old)))
    _run(panel, dialog)


def edit_contract(panel, row: dict) -> None:
    db, today = panel.context.db, panel.context.today()
    dialog = _contract_dialog(panel)
    dialog.load(row)
    dialog.submit = _attempt(lambda draft: panel.context.undo.run(
        _t(QT_TRANSLATE_NOOP("budget", "Edit contract")),
        lambda values: edit_commitment(db, commitment_id=row["id"], values=values, today=today),
        _contract_values(draft)))
    _run(panel, dialog)


def delete_contract(panel, row: dict) -> None:
    db = panel.context.db
    label = _t(QT_TRANSLATE_NOOP("budget", "Delete contract"))
    if not panel.ask(label, _t(QT_TRANSLATE_NOOP("budget", "Delete the contract “%1”?")).replace("%1", row["title"] or "-")):
        return
    try:
        panel.context.undo.run_inverse(label, lambda: delete_commitment(db, commitment_id=row["id"]),
                                       lambda last: restore_commitment(db, row=last.old),
                                       lambda last: delete_commitment(db, commitment_id=last.entity_id))
    except DomainError as error:
        panel.context.show_error(explain(error))


def contracts(panel) -> None:
    """The contracts of the budget in a list, with add, edit and delete."""
    from desktop.ui.dialogs.contracts_dialog import ContractsDialog

    dialog = ContractsDialog(panel, lambda: contract_rows(panel.context.db),
                             add=lambda: add_contract(panel), edit=lambda row: edit_contract(panel, row),
                             delete=lambda row: delete_contract(panel, row),
                             line_name=lambda row: line_name(panel, row))
    _run(panel, dialog)


# --------------------------------------------------------------------------- sheets
def import_sheet(panel, kind: str) -> None:
    from desktop.ui.dialogs.sheet_import_dialog import TITLES, import_sheet_file

    picker = getattr(panel, "pick_import_file", None)
    path = picker(kind) if picker else QFileDialog.getOpenFileName(
        panel, QCoreApplication.translate("SheetImportDialog", TITLES[kind]), "",
        _t(QT_TRANSLATE_NOOP("budget", "Spreadsheets (*.xlsx *.csv);;All files (*)")))[0]
    if path:
        import_sheet_file(panel.context, path, kind, parent=panel,
                          run_dialog=getattr(panel, "run_dialog", None))
