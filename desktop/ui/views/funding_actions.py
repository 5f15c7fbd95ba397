"""The funding panel's buttons: add a commitment or a payment, delete one — all undoable."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from desktop.domain.errors import DomainError
from desktop.domain.numbers import parse_amount, require_number
from desktop.services.lookups import phase_rows
from desktop.services.parties import party_choices
from desktop.services.records import add_funding_commitment, record_funding_payment
from desktop.ui.i18n import explain
from desktop.ui.labels import localized


def _t(text: str) -> str:
    return QCoreApplication.translate("funding", text)


def _choices(panel):
    """The parties a new commitment may name (retired ones are not offered) and the phases."""
    db = panel.context.db
    parties = [(r["id"], localized(r["name_ko"], r["name_en"]), r["currency"])
               for r in party_choices(db, on=panel.context.today())]
    phases = [(None, _t(QT_TRANSLATE_NOOP("funding", "Whole project")))] + [
        (r["id"], localized(r["name_ko"], r["name_en"])) for r in phase_rows(db)]
    return parties, phases


def _open(panel, dialog, submit) -> bool:
    """Show ``dialog`` until the service accepts its draft or the user cancels."""
    def attempt(draft):
        try:
            submit(draft)
        except DomainError as error:
            return explain(error)
        return None

    dialog.submit = attempt
    runner = getattr(panel, "run_dialog", None)
    return bool(runner(dialog) if runner else dialog.exec())


def add_commitment(panel) -> None:
    from desktop.ui.dialogs.funding_dialogs import CommitmentDialog

    db, today = panel.context.db, panel.context.today()
    parties, phases = _choices(panel)
    dialog = CommitmentDialog(parties, phases, today, panel)

    def submit(draft):
        amount = parse_amount(draft["amount"], draft["currency"])
        panel.context.undo.run_insert(
            _t(QT_TRANSLATE_NOOP("funding", "Add commitment")), "funding_commitments",
            lambda: add_funding_commitment(
                db, party_id=draft["party_id"], committed_on=draft["committed_on"], amount=amount,
                currency=draft["currency"], fx_rate=require_number(draft["fx_rate"], "fx_rate"),
                phase_id=draft["phase_id"], planned=draft["planned"], note=draft["note"], today=today))

    _open(panel, dialog, submit)


def add_payment(panel) -> None:
    from desktop.ui.dialogs.funding_dialogs import PaymentDialog

    db, today = panel.context.db, panel.context.today()
    signed = [(r["id"], f"{localized(r['party_ko'], r['party_en'])} · {r['committed_on']} · "
                        f"{r['amount_currency']:,.0f} {r['currency']}", r["currency"])
              for r in panel.commitment_rows if not r["is_planned"]
              and (not r["party_retired_on"] or today.isoformat() < r["party_retired_on"])]  # active
    if not signed:
        panel.context.show_error(_t(QT_TRANSLATE_NOOP("funding", "Record a signed commitment first.")))
        return
    dialog = PaymentDialog(signed, today, panel)

    def submit(draft):
        panel.context.undo.run_insert(
            _t(QT_TRANSLATE_NOOP("funding", "Record payment")), "funding_payments",
            lambda: record_funding_payment(
                db, commitment_id=draft["commitment_id"], paid_on=draft["paid_on"],
                amount=require_number(draft["amount"], "amount_currency"),
                fx_rate=require_number(draft["fx_rate"], "fx_rate"), note=draft["note"], today=today))

    _open(panel, dialog, submit)


def delete_selected(panel) -> None:
    selected = panel.selected_row()
    if selected is None:
        return
    kind, row = selected
    table = "funding_commitments" if kind == "commitment" else "funding_payments"
    if kind == "commitment" and row["paid_won"]:
        panel.context.show_error(_t(QT_TRANSLATE_NOOP(
            "funding", "This commitment has payments: delete them first.")))
        return
    panel.delete_row(_t(QT_TRANSLATE_NOOP("funding", "Delete")), table, row)
