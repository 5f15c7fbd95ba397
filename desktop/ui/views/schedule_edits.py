"""What the schedule panel's cells, toolbar and Gantt drags do: each an undoable service call.

Kept apart from the panel so the panel only lays out and wires.  Every function takes the
panel; errors come back as the domain's typed errors and are shown translated.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from desktop.domain.errors import DomainError
from desktop.services import baselines as baseline_service
from desktop.services import outline, tasks
from desktop.services.fields import update_field
from desktop.services.milestones import set_milestone_date
from desktop.services.live_links import LiveLinks

_DATE = re.compile(r"\s*\d{4}\s*[-./]")

ACTIONS = [  # name, text, shortcut
    ("add_task", QT_TRANSLATE_NOOP("schedule", "Add task"), "Ins"),
    ("add_milestone", QT_TRANSLATE_NOOP("schedule", "Add milestone"), "Ctrl+Shift+M"),
    ("delete", QT_TRANSLATE_NOOP("schedule", "Delete task"), "Ctrl+Del"),
    ("indent", QT_TRANSLATE_NOOP("schedule", "Indent"), "Alt+Shift+Right"),
    ("outdent", QT_TRANSLATE_NOOP("schedule", "Outdent"), "Alt+Shift+Left"),
    ("move_up", QT_TRANSLATE_NOOP("schedule", "Move up"), "Alt+Shift+Up"),
    ("move_down", QT_TRANSLATE_NOOP("schedule", "Move down"), "Alt+Shift+Down"),
    ("why", QT_TRANSLATE_NOOP("schedule", "Why this date?"), "Ctrl+Shift+W"),
    ("fit", QT_TRANSLATE_NOOP("schedule", "Fit to project"), "Ctrl+0"),
    ("save_baseline", QT_TRANSLATE_NOOP("schedule", "Save baseline…"), None),
    ("export_png", QT_TRANSLATE_NOOP("schedule", "Export PNG…"), None),
    ("export_pdf", QT_TRANSLATE_NOOP("schedule", "Export PDF…"), None),
]


def _t(text: str) -> str:
    return QCoreApplication.translate("schedule", text)


def build_actions(panel) -> dict[str, QAction]:
    actions = {}
    handlers = {
        "add_task": lambda: add_task(panel, milestone=False),
        "add_milestone": lambda: add_task(panel, milestone=True),
        "delete": lambda: delete_task(panel),
        "indent": lambda: reposition(panel, outline.indent_task, _t(QT_TRANSLATE_NOOP("schedule", "Indent"))),
        "outdent": lambda: reposition(panel, outline.outdent_task, _t(QT_TRANSLATE_NOOP("schedule", "Outdent"))),
        "move_up": lambda: reposition(panel, lambda db, task_id: outline.move_task(db, task_id=task_id, delta=-1),
                                      _t(QT_TRANSLATE_NOOP("schedule", "Move up"))),
        "move_down": lambda: reposition(panel, lambda db, task_id: outline.move_task(db, task_id=task_id, delta=1),
                                        _t(QT_TRANSLATE_NOOP("schedule", "Move down"))),
        "why": lambda: explain_date(panel),
        "fit": panel.gantt.fit_to_project,
        "save_baseline": lambda: save_baseline(panel),
        "export_png": lambda: export(panel, "png"),
        "export_pdf": lambda: export(panel, "pdf"),
    }
    for name, _text, shortcut in ACTIONS:
        action = QAction(panel)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(handlers[name])
        actions[name] = action
    return actions


def retranslate_actions(actions: dict[str, QAction]) -> None:
    for name, text, _shortcut in ACTIONS:
        actions[name].setText(_t(text))


def _row(panel, task_id: int):
    return panel.model.rows[panel.model.position_of(task_id)]


# -- cells ---------------------------------------------------------------------------------
def edit_cell(panel, task_id: int, field: str, text: str) -> str | None:
    db = panel.context.db
    row = _row(panel, task_id)
    label = _t(QT_TRANSLATE_NOOP("schedule", "Edit task"))
    if field == "duration":
        return panel.run_edit(label, lambda v: tasks.set_duration(db, task_id=task_id, text=v), text)
    if field == "start":
        return panel.run_edit(label, lambda v: _constraint(db, task_id, v), text)
    if field == "finish":
        if row.is_milestone:
            return panel.run_edit(label, lambda v: _constraint(db, task_id, v), text)
        start = row.start or panel.context.today()
        return panel.run_edit(label, lambda v: tasks.set_finish(db, task_id=task_id, finish=v, start=start)
                    if _DATE.match(str(v)) else tasks.set_duration(db, task_id=task_id, text=v), text)
    if field == "predecessors":
        return panel.run_edit(label, lambda v: tasks.set_predecessors(
            db, task_id=task_id, text=v, links=_plan_links(panel)), text)
    if row.is_milestone and field in ("actual_start_on", "actual_finish_on"):
        return panel.run_edit(label, lambda v: set_milestone_date(
            db, task_id=task_id, which="actual", on=v or None, today=panel.context.today()), text)
    column = "responsible_party_id" if field == "responsible" else field
    return panel.run_edit(label, lambda v: update_field(db, entity="tasks", entity_id=task_id,
                                                     field=column, value=v), text)


def _constraint(db, task_id: int, value):
    """A typed start (or the undo's previous (type, date) pair)."""
    if isinstance(value, tuple):
        return tasks.restore_constraint(db, task_id=task_id, constraint=value)
    return tasks.set_start_constraint(db, task_id=task_id, start=value or None)


# -- Gantt drags ----------------------------------------------------------------------------
def move_start(panel, task_id: int, start: date) -> None:
    panel.run_edit(_t(QT_TRANSLATE_NOOP("schedule", "Move task")),
         lambda v: _constraint(panel.context.db, task_id, v), start.isoformat())


def move_finish(panel, task_id: int, finish: date) -> None:
    row = _row(panel, task_id)
    if row.start is None:
        return
    db = panel.context.db
    panel.run_edit(_t(QT_TRANSLATE_NOOP("schedule", "Change finish")),
         lambda v: tasks.set_finish(db, task_id=task_id, finish=v, start=row.start)
         if _DATE.match(str(v)) else tasks.set_duration(db, task_id=task_id, text=v),
         finish.isoformat())


def _plan_links(panel):
    """The window's live plan answers a link edit's questions (desktop.services.plan_links)."""
    return LiveLinks(panel.context.live_plan())


def draw_link(panel, pred_id: int, succ_id: int) -> None:
    db = panel.context.db
    try:
        panel.context.undo.run_inverse(
            _t(QT_TRANSLATE_NOOP("schedule", "Link tasks")),
            lambda: tasks.add_link(db, pred_id=pred_id, succ_id=succ_id, links=_plan_links(panel)),
            lambda last: tasks.remove_link(db, link_id=last.entity_id),
            lambda last: tasks.restore_link(db, row=last.old, links=_plan_links(panel)))
    except DomainError as error:
        panel.show_error(error)


# -- toolbar ---------------------------------------------------------------------------------
def add_task(panel, *, milestone: bool) -> None:
    db = panel.context.db
    after = panel.selected_task_id()
    name = _t(QT_TRANSLATE_NOOP("schedule", "New milestone")) if milestone else \
        _t(QT_TRANSLATE_NOOP("schedule", "New task"))
    try:
        changes = panel.context.undo.run_inverse(
            _t(QT_TRANSLATE_NOOP("schedule", "Add task")),
            lambda: tasks.add_task(db, name_ko=name, after_id=after, is_milestone=milestone),
            lambda last: tasks.delete_task(db, task_id=last.entity_id),
            lambda last: tasks.restore_tasks(db, snapshot=last.old))
    except DomainError as error:
        panel.show_error(error)
        return
    panel.select_task(changes.entity_id)


def delete_task(panel) -> None:
    task_id = panel.selected_task_id()
    if task_id is None or not _confirm_delete(panel, task_id):
        return
    db = panel.context.db
    try:
        panel.context.undo.run_inverse(
            _t(QT_TRANSLATE_NOOP("schedule", "Delete task")),
            lambda: tasks.delete_task(db, task_id=task_id),
            lambda last: tasks.restore_tasks(db, snapshot=last.old),
            lambda last: tasks.delete_task(db, task_id=last.entity_id))
    except DomainError as error:
        panel.show_error(error)


def delete_warnings(panel, task_id: int) -> list[str]:
    """Why deleting the task deserves a question: a phase's summary, a milestone of the
    announced plan, or tasks under it (deleted with it)."""
    from desktop.services.lookups import announced_milestone_ids
    from desktop.ui.labels import localized

    row = _row(panel, task_id)
    name = localized(row.name_ko, row.name_en)
    below = _descendants(panel, task_id)
    warnings = []
    if row.is_summary and row.parent_id is None and row.phase_number is not None:
        warnings.append(_t(QT_TRANSLATE_NOOP("schedule", "“%1” is the summary of phase %2.")).replace(
            "%1", name).replace("%2", str(row.phase_number)))
    if row.is_milestone and task_id in announced_milestone_ids(panel.context.db):
        warnings.append(_t(QT_TRANSLATE_NOOP("schedule", "“%1” is a milestone of the announced plan "
                                             "(MOU).")).replace("%1", name))
    if below:
        warnings.append(_t(QT_TRANSLATE_NOOP("schedule", "%1 tasks and milestones under “%2” are "
                                             "deleted with it.")).replace("%1", f"{below:,d}")
                        .replace("%2", name))
    return warnings


def _descendants(panel, task_id: int) -> int:
    inside, count = {task_id}, 0
    for row in panel.view.rows:  # outline order: a parent comes before its children
        if row.parent_id in inside:
            inside.add(row.task_id)
            count += 1
    return count


def _confirm_delete(panel, task_id: int) -> bool:
    warnings = delete_warnings(panel, task_id)
    if not warnings:
        return True
    question = "\n".join(warnings) + "\n\n" + _t(QT_TRANSLATE_NOOP(
        "schedule", "Delete it anyway? Undo can bring it back."))
    return panel.ask(_t(QT_TRANSLATE_NOOP("schedule", "Delete task")), question)


def reposition(panel, service, label: str) -> None:
    task_id = panel.selected_task_id()
    if task_id is None:
        return
    db = panel.context.db
    restore = lambda last: outline.set_positions(db, positions=last.old)  # noqa: E731
    try:
        panel.context.undo.run_inverse(label, lambda: service(db, task_id=task_id), restore, restore)
    except DomainError as error:
        panel.show_error(error)
    panel.select_task(task_id)


def choose_baseline(panel, baseline_id: int) -> None:
    db = panel.context.db
    panel.run_edit(_t(QT_TRANSLATE_NOOP("schedule", "Compare with baseline")),
         lambda v: baseline_service.set_current_baseline(db, baseline_id=v), baseline_id)


def save_baseline(panel) -> None:
    ask = getattr(panel, "ask_text", None) or (lambda title, label: QInputDialog.getText(
        panel, title, label))
    name, ok = ask(_t(QT_TRANSLATE_NOOP("schedule", "Save baseline")),
                   _t(QT_TRANSLATE_NOOP("schedule", "Name of the baseline:")))
    if not ok:
        return
    db, today = panel.context.db, panel.context.today()
    try:
        panel.context.undo.run_inverse(
            _t(QT_TRANSLATE_NOOP("schedule", "Save baseline")),
            lambda: baseline_service.save_baseline(db, name=name, as_of=today),
            lambda last: baseline_service.delete_baseline(db, baseline_id=last.entity_id,
                                                          current_after=last.old),
            lambda last: baseline_service.restore_baseline(db, snapshot=last.old))
    except DomainError as error:
        panel.show_error(error)


def explain_date(panel) -> None:
    from desktop.services.schedule import driving_chain
    from desktop.ui.labels import localized

    task_id = panel.selected_task_id()
    if task_id is None:
        return
    row = _row(panel, task_id)
    chain = driving_chain(panel.context.db, task_id=task_id, as_of=panel.context.today())
    name = localized(row.name_ko, row.name_en)
    if not chain:
        text = _t(QT_TRANSLATE_NOOP("schedule", "No predecessor drives “%1”: its own constraint, "
                                    "the status date or the project start sets its date.")).replace("%1", name)
    else:
        lines = [_chain_line(c, localized) for c in chain]
        text = _t(QT_TRANSLATE_NOOP("schedule", "“%1” is driven by:")).replace("%1", name) + "\n" + "\n".join(lines)
    if row.total_float is not None:
        text += "\n\n" + _t(QT_TRANSLATE_NOOP("schedule", "Total float: %1 working days")).replace(
            "%1", f"{row.total_float:,d}")
    text += _contractor_lines(panel, task_id)
    inform = getattr(panel, "inform", None) or (lambda title, body: QMessageBox.information(
        panel, title, body))
    inform(_t(QT_TRANSLATE_NOOP("schedule", "Why this date?")), text)


def _contractor_lines(panel, task_id: int) -> str:
    """A milestone forecast by contractors' schedules: which, their finish and float."""
    from desktop.services.contractor_read import milestone_ties

    lines = []
    for tie in milestone_ties(panel.context.db, task_id=task_id):
        line = _t(QT_TRANSLATE_NOOP("schedule", "Forecast by the contractor's schedule “%1” (version %2, "
                                    "%3): its finish %4 is this milestone's earliest date.")).replace(
            "%1", tie.schedule_name).replace("%2", str(tie.number)).replace("%3", tie.file_name).replace(
            "%4", tie.finish.isoformat() if tie.finish else "–")
        if tie.float_vs_deadline is not None:
            line += " " + _t(QT_TRANSLATE_NOOP("schedule", "The deadline %1 leaves it %2 of its own "
                                               "working days of float.")).replace(
                "%1", tie.deadline.isoformat()).replace("%2", f"{tie.float_vs_deadline:,d}")
        lines.append(line)
    return "".join("\n\n" + line for line in lines)


def _chain_line(link: dict, localized) -> str:
    lag = f"{link['lag_days']:+d}d" if link["lag_days"] else ""
    return (f"• {localized(link['pred_name'], link['pred_name_en'])} → "
            f"{localized(link['succ_name'], link['succ_name_en'])} ({link['type']}{lag})")


def export(panel, kind: str) -> None:
    picker = getattr(panel, "pick_export_path", None)
    if picker is not None:
        path = picker(kind)
    else:
        filters = {"png": _t(QT_TRANSLATE_NOOP("schedule", "PNG image (*.png)")),
                   "pdf": _t(QT_TRANSLATE_NOOP("schedule", "PDF document (*.pdf)"))}
        path, _ = QFileDialog.getSaveFileName(panel, _t(QT_TRANSLATE_NOOP("schedule", "Export Gantt")),
                                              f"gantt.{kind}", filters[kind])
    if not path:
        return
    try:
        (panel.gantt.export_png if kind == "png" else panel.gantt.export_pdf)(path)
    except OSError as error:
        panel.context.show_error(_t(QT_TRANSLATE_NOOP("schedule", "Could not write %1: %2"))
                                 .replace("%1", str(path)).replace("%2", str(error)))
