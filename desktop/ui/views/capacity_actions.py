"""The capacity panel's dialog: a measurement recorded undoably, and a second one of the same
phase on the same day replacing the first only when the user says so."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from desktop.domain.errors import DomainError
from desktop.domain.numbers import parse_number
from desktop.services.records import record_capacity, swap_measurement
from desktop.ui.i18n import explain

TABLE = "capacity_measurements"


def _t(text: str) -> str:
    return QCoreApplication.translate("capacity", text)


def add_measurement(panel) -> None:
    from desktop.ui.dialogs.capacity_dialog import CapacityDialog

    today = panel.context.today()
    dialog = CapacityDialog(panel.phase_choices, today, panel)
    selected = panel.selected_measurement()
    if selected is not None:
        dialog.load({"phase_id": selected["phase_id"], "measured_on": today.isoformat()})
    dialog.submit = lambda draft: submit_measurement(panel, draft)
    panel.run_dialog(dialog)


def submit_measurement(panel, draft: dict) -> str | None:
    """Store the dialog's draft; None when stored, else the message the dialog shows."""
    db, today, undo = panel.context.db, panel.context.today(), panel.context.undo
    label = _t(QT_TRANSLATE_NOOP("capacity", "Add capacity measurement"))
    try:
        values = {key: parse_number(draft[key], key, integer=key == "installed_gpus")
                  for key in ("installed_mw", "energised_mw", "installed_gpus")}

        def record(replace: bool):
            return record_capacity(db, phase_id=draft["phase_id"], measured_on=draft["measured_on"],
                                   source=draft["source"], today=today, replace=replace, **values)

        try:
            undo.run_insert(label, TABLE, lambda: record(False))
        except DomainError as error:
            if error.code != "capacity_same_day" or not _confirm_replace(panel, error):
                raise
            first = []

            def do():
                first.append(record(True))
                return first[0]

            undo.run_inverse(_t(QT_TRANSLATE_NOOP("capacity", "Replace capacity measurement")), do,
                             lambda _last: swap_measurement(db, remove_id=first[0].entity_id,
                                                            restore=first[0].old),
                             lambda _last: swap_measurement(db, remove_id=first[0].old["id"],
                                                            restore=first[0].new))
    except DomainError as error:
        return explain(error)
    return None


def _confirm_replace(panel, error: DomainError) -> bool:
    question = explain(error) + "\n\n" + _t(QT_TRANSLATE_NOOP(
        "capacity", "Replace it with the new measurement? (Undo puts the earlier one back.)"))
    return panel.ask(_t(QT_TRANSLATE_NOOP("capacity", "Measurement of the same day")), question)
