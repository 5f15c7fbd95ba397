"""Three-point duration estimates: one task, or a percentage applied to many tasks at once.

Days are the task's own unit (working days; calendar days for an elapsed task).  The most
likely value defaults to the task's planned duration.  A task may also just belong to a
group (no days of its own): it then takes the group's default spread.  Every service writes
in one transaction with one audit row and returns ``Changes`` whose ``old`` and ``new`` map
task id → estimate row (None = no estimate): :func:`replace_estimates` with ``old`` undoes
it, with ``new`` redoes it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from db import risk as repo
from db.audit import append_audit
from db.engine import Database
from desktop.domain.errors import NotFoundError, ValidationError
from desktop.domain.risk_model import CorrelationGroup, Estimate, check_correlation, check_estimate
from desktop.services.changes import Changes
from desktop.services.risk import distribution_of

COLUMNS = ("task_id", "group_id", "distribution", "optimistic_days", "most_likely_days",
           "pessimistic_days")


def _task(tasks: Mapping[int, dict], task_id: int) -> dict:
    task = tasks.get(task_id)
    if task is None:
        raise ValidationError("risk_task_unknown", task=str(task_id))
    return task


def _group(db: Database, group_id: int | None) -> None:
    if group_id is not None and repo.group_row(db, group_id) is None:
        raise NotFoundError("row_not_found", entity="risk_groups", id=group_id)


def can_vary(task: Mapping) -> bool:
    """Tasks a duration estimate applies to: not summaries, milestones or finished work."""
    return (not task["is_summary"] and not task["is_milestone"] and not task["actual_finish_on"]
            and (task["duration_days"] or 0) > 0)


def set_task_estimate(db: Database, *, task_id: int, optimistic_days: float | None = None,
                      pessimistic_days: float | None = None,
                      most_likely_days: float | None = None, distribution: str | None = None,
                      group_id: int | None = None) -> Changes:
    """One task's estimate; no days and no group removes it."""
    tasks = repo.task_names(db)
    task = _task(tasks, task_id)
    _group(db, group_id)
    if optimistic_days is None and pessimistic_days is None and most_likely_days is None:
        row = None if group_id is None else dict.fromkeys(COLUMNS) | {
            "task_id": task_id, "group_id": group_id,
            "distribution": distribution_of(distribution).value if distribution else None}
        if row is not None and task["is_summary"]:
            raise ValidationError("estimate_on_summary", task=task["name_ko"])
        return _replace(db, {task_id: row}, action="set_estimate")
    if task["is_summary"]:
        raise ValidationError("estimate_on_summary", task=task["name_ko"])
    if task["is_milestone"]:
        raise ValidationError("milestone_has_no_duration", task=task["name_ko"])
    likely = most_likely_days if most_likely_days is not None else float(task["duration_days"] or 0)
    if optimistic_days is None or pessimistic_days is None:
        raise ValidationError("estimate_not_number", field="estimate", task=task["name_ko"])
    kind = distribution_of(distribution or "triangular")
    check_estimate(Estimate(task_id, optimistic_days, likely, pessimistic_days, kind),
                   {task_id: task["name_ko"]})
    return _replace(db, {task_id: {
        "task_id": task_id, "group_id": group_id, "distribution": kind.value,
        "optimistic_days": float(optimistic_days), "most_likely_days": float(likely),
        "pessimistic_days": float(pessimistic_days)}}, action="set_estimate")


def _percent(value: object, field: str, high: float) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= high:
        raise ValidationError("quantity_out_of_range", field=field, value=value)
    return float(value)


def set_estimates_by_percent(db: Database, *, optimistic_pct: float, pessimistic_pct: float,
                             distribution: str = "triangular",
                             task_ids: Iterable[int] | None = None,
                             group_id: int | None = None) -> Changes:
    """``planned × (1 − optimistic %)`` … ``planned × (1 + pessimistic %)`` for the given
    tasks, else the tasks of ``group_id``, else every task; summaries, milestones and
    finished tasks are left out.  ``group_id`` with ``task_ids`` also puts them in it."""
    low = _percent(optimistic_pct, "optimistic_pct", 100)
    high = _percent(pessimistic_pct, "pessimistic_pct", 1000)
    kind = distribution_of(distribution)
    _group(db, group_id)
    tasks = repo.task_names(db)
    existing = repo.estimate_rows(db)
    if task_ids is not None:
        chosen = [_task(tasks, int(t))["id"] for t in task_ids]
    elif group_id is not None:
        chosen = repo.group_members(db, group_id)
    else:
        chosen = sorted(tasks, key=lambda t: (tasks[t]["sort_order"], t))
    rows: dict[int, dict] = {}
    for task_id in chosen:
        if not can_vary(tasks[task_id]):
            continue
        planned = float(tasks[task_id]["duration_days"])
        group = group_id if group_id is not None else (existing.get(task_id) or {}).get("group_id")
        rows[task_id] = {"task_id": task_id, "group_id": group, "distribution": kind.value,
                         "optimistic_days": round(planned * (1 - low / 100), 2),
                         "most_likely_days": planned,
                         "pessimistic_days": round(planned * (1 + high / 100), 2)}
    return _replace(db, rows, action="set_estimates_by_percent",
                    note={"optimistic_pct": low, "pessimistic_pct": high})


def assign_group(db: Database, *, task_ids: Iterable[int], group_id: int | None) -> Changes:
    """Put tasks in a group (None: take them out), keeping their own three points."""
    _group(db, group_id)
    tasks = repo.task_names(db)
    existing = repo.estimate_rows(db)
    rows: dict[int, dict | None] = {}
    for task_id in task_ids:
        task = _task(tasks, int(task_id))
        if task["is_summary"]:
            raise ValidationError("estimate_on_summary", task=task["name_ko"])
        row = dict(existing.get(task["id"]) or dict.fromkeys(COLUMNS) | {"task_id": task["id"]})
        row["group_id"] = group_id
        rows[task["id"]] = row if row["group_id"] is not None or row["optimistic_days"] is not None else None
    return _replace(db, rows, action="assign_group", note={"group_id": group_id})


def replace_estimates(db: Database, *, rows: Mapping[int, dict | None]) -> Changes:
    """Set these tasks' estimate rows as given (None removes one): undo and redo of the above."""
    return _replace(db, rows, action="replace_estimates")


def _check_groups(db: Database, rows: Mapping[int, dict | None]) -> None:
    """Each group touched must keep a valid correlation with its new number of tasks."""
    members: dict[int, set[int]] = {}
    for task_id, row in repo.estimate_rows(db).items():
        if row["group_id"] is not None:
            members.setdefault(row["group_id"], set()).add(task_id)
    touched: set[int] = set()
    for task_id, row in rows.items():
        for group in members.values():
            group.discard(task_id)
        if row and row.get("group_id") is not None:
            members.setdefault(row["group_id"], set()).add(task_id)
            touched.add(row["group_id"])
    for group_id in touched:
        group = repo.group_row(db, group_id)
        check_correlation(CorrelationGroup(group["name"], group["correlation"],
                                           tuple(sorted(members[group_id]))))


def _replace(db: Database, rows: Mapping[int, dict | None], *, action: str,
             note: dict | None = None) -> Changes:
    rows = {int(task_id): (None if row is None else {k: row.get(k) for k in COLUMNS})
            for task_id, row in rows.items()}
    _check_groups(db, rows)
    with db.atomic():
        old = {task_id: repo.estimate_row(db, task_id) for task_id in rows}
        for task_id, row in rows.items():
            db.execute("DELETE FROM task_estimates WHERE task_id = ?", [task_id])
            if row is not None:
                db["task_estimates"].insert(row)
        append_audit(db, action=action, entity="task_estimates", field=str(len(rows)),
                     old_value=old, new_value={"rows": rows, **(note or {})})
    return Changes.of("task_estimates", old=old, new=rows, extra={"count": len(rows)})
