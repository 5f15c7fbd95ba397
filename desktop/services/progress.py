"""Progress as a history: % complete (and the bottom-up ETC) of budget lines, % complete of
tasks, one dated measurement per month.

A measurement belongs to the month of its date and counts for every view "as of" a date on or
after it, so each past month keeps its own earned value and a closed month's cannot change
(a measurement dated in a closed month is refused, like a cost).  Entering a month's value
again replaces that month's measurement; ``Changes.old`` is the row it replaced (or None), so
the undo is :func:`restore_line_progress` / :func:`restore_task_progress` with it.

Progress going backwards (less than the last earlier month's) is refused as a conflict the
window asks about (``allow_decrease=True`` after the user confirms): it happens — a claim
corrected after inspection — but never by a slip of the keyboard.
"""

from __future__ import annotations

from datetime import date

from db import budget as repo
from db.audit import append_audit
from db.engine import Database
from desktop.domain.dates import month_of, parse_month, past_date
from desktop.domain.errors import ConflictError, ValidationError
from desktop.services.budget import percent_value, require_line, won
from desktop.services.boundary import boundary
from desktop.services.changes import Changes
from desktop.services.month_close import ensure_month_open
from desktop.services.rows import require_row

_LINE_KEYS = ("line_id", "month", "measured_on", "percent_complete", "etc_won", "is_example")


def _check_keys(value: object, keys: tuple[str, ...], field: str) -> None:
    """An undo's row (or state) must have exactly the keys it was made with."""
    if value is not None and (not isinstance(value, dict) or set(value) != set(keys)):
        raise ValidationError("value_type_invalid", field=field, value=repr(value)[:40])


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _measured_on(on: date | str | None, today: date) -> date:
    return past_date(on if on is not None else today, "measured_on", today)


def _check_not_backwards(previous: float | None, percent: float, month: str, allow: bool) -> None:
    if not allow and previous is not None and percent < previous:
        raise ConflictError("progress_backwards", field="percent_complete", month=month,
                            previous=previous, value=percent)


# --------------------------------------------------------------------------- budget lines
def _line_row(db: Database, line_id: int, month: str) -> dict | None:
    row = repo.progress_row(db, line_id, month)
    return None if row is None else {k: row[k] for k in _LINE_KEYS}


def _write_line_row(db: Database, line_id: int, month: str, row: dict | None) -> None:
    db.execute("DELETE FROM line_progress WHERE line_id = ? AND month = ?", [line_id, month])
    if row is not None:
        db.execute(f"INSERT INTO line_progress ({', '.join(_LINE_KEYS)}) VALUES ({', '.join('?' * len(_LINE_KEYS))})",
                   [row[k] for k in _LINE_KEYS])


def _line_changes(line_id: int, old: dict | None, new: dict | None, field: str) -> Changes:
    return Changes.of("line_progress", "budget_lines", ids={"budget_lines": [line_id]},
                      entity_id=None, field=field, old=old, new=new,
                      extra={"line_id": line_id, "month": (new or old or {}).get("month")})


def _set_line(db: Database, line_id: int, on: date, field: str, value, today: date,
              allow_decrease: bool = False) -> Changes:
    month = month_of(on)
    ensure_month_open(db, month)
    with db.atomic():
        line = require_line(db, line_id)
        if month < line["start_month"]:
            raise ValidationError("progress_before_line", field="measured_on", month=month,
                                  start=line["start_month"])
        old = _line_row(db, line_id, month)
        new = dict(old) if old else {"line_id": line_id, "month": month, "percent_complete": None,
                                     "etc_won": None, "is_example": 0}
        new["measured_on"] = on.isoformat()
        new[field] = value
        if field == "percent_complete" and value is not None:
            previous = repo.previous_progress(db, line_id, month)
            _check_not_backwards(previous and previous["percent_complete"], value, month, allow_decrease)
        if new["percent_complete"] is None and new["etc_won"] is None:
            new = None
        if new != old:
            _write_line_row(db, line_id, month, new)
            append_audit(db, action="update", entity="line_progress", entity_id=line_id,
                         field=field, old_value=old, new_value=new)
    return _line_changes(line_id, old, new, field)


@boundary
def set_line_progress(db: Database, *, line_id: int, percent: float | str | None,
                      on: date | str | None, today: date, allow_decrease: bool = False) -> Changes:
    """A line's % complete measured on ``on`` (default today), the measurement of that month;
    blank clears that month's % complete."""
    day = _measured_on(on, today)
    value = None if _blank(percent) else percent_value(percent)
    return _set_line(db, line_id, day, "percent_complete", value, today, allow_decrease)


@boundary
def set_line_etc(db: Database, *, line_id: int, etc_won: int | str | None, on: date | str | None,
                 today: date) -> Changes:
    """A line's bottom-up estimate to complete, as of ``on`` (default today)."""
    day = _measured_on(on, today)
    return _set_line(db, line_id, day, "etc_won", None if _blank(etc_won) else won(etc_won, "etc_won"), today)


@boundary
def add_line_measurement(db: Database, *, line_id: int, measured_on: date | str,
                         percent: float | str | None, etc_won: int | str | None, today: date) -> Changes:
    """A line's measurement of a month that has none yet (imports: a month already measured,
    or progress below the previous month's, is refused, never replaced).  ``entity_id`` is
    the new row's id, so removing the import removes exactly it."""
    day = past_date(measured_on, "measured_on", today)
    month = month_of(day)
    value = None if _blank(percent) else percent_value(percent)
    etc = None if _blank(etc_won) else won(etc_won, "etc_won")
    if value is None and etc is None:
        raise ValidationError("value_required", field="percent_complete")
    ensure_month_open(db, month)
    with db.atomic():
        line = require_line(db, line_id)
        if month < line["start_month"]:
            raise ValidationError("progress_before_line", field="measured_on", month=month,
                                  start=line["start_month"])
        if _line_row(db, line_id, month) is not None:
            raise ConflictError("progress_exists", field="measured_on", month=month)
        if value is not None:
            previous = repo.previous_progress(db, line_id, month)
            _check_not_backwards(previous and previous["percent_complete"], value, month, False)
        row = {"line_id": line_id, "month": month, "measured_on": day.isoformat(),
               "percent_complete": value, "etc_won": etc, "is_example": 0}
        row_id = db["line_progress"].insert(row).last_pk
        append_audit(db, action="insert", entity="line_progress", entity_id=row_id, new_value=row)
    return Changes.of("line_progress", "budget_lines", entity_id=row_id,
                      ids={"budget_lines": [line_id]}, new=row, extra={"line_id": line_id, "month": month})


@boundary
def restore_line_progress(db: Database, *, line_id: int, month: str, row: dict | None) -> Changes:
    """Set the line's measurement of ``month`` back to ``row`` (None: none) — the undo."""
    _check_keys(row, _LINE_KEYS, "row")
    if row is not None and (row["line_id"], row["month"]) != (line_id, month):
        raise ValidationError("value_type_invalid", field="row", value=repr(row)[:40])
    ensure_month_open(db, month)
    with db.atomic():
        require_line(db, line_id)
        old = _line_row(db, line_id, month)
        if old != row:
            _write_line_row(db, line_id, month, row)
            append_audit(db, action="restore", entity="line_progress", entity_id=line_id,
                         field="month", old_value=old, new_value=row)
    return _line_changes(line_id, old, row, "month")


# --------------------------------------------------------------------------- tasks
_TASK_KEYS = ("task_id", "month", "measured_on", "percent_complete", "is_example")


def _task_row(db: Database, task_id: int, month: str) -> dict | None:
    row = next(db.query("SELECT * FROM task_progress WHERE task_id = ? AND month = ?",
                        [task_id, month]), None)
    return None if row is None else {k: row[k] for k in _TASK_KEYS}


def _state(db: Database, task: dict, month: str) -> dict:
    """What an undo of a task's measurement needs: the month's row and the task's % complete."""
    return {"month": month, "row": _task_row(db, task["id"], month), "percent": task["percent_complete"]}


def _write_task_state(db: Database, task_id: int, state: dict) -> None:
    """The month's row as ``state`` says, and the task's % complete: its latest measurement's,
    or ``state["percent"]`` when it has none left."""
    month, row = state["month"], state["row"]
    db.execute("DELETE FROM task_progress WHERE task_id = ? AND month = ?", [task_id, month])
    if row is not None:
        db.execute(f"INSERT INTO task_progress ({', '.join(_TASK_KEYS)}) VALUES ({', '.join('?' * len(_TASK_KEYS))})",
                   [row[k] for k in _TASK_KEYS])
    latest = db.execute("SELECT percent_complete FROM task_progress WHERE task_id = ?"
                        " ORDER BY measured_on DESC LIMIT 1", [task_id]).fetchone()
    db.execute("UPDATE tasks SET percent_complete = ? WHERE id = ?",
               [latest[0] if latest else state["percent"], task_id])


def _task_changes(task_id: int, old: dict, new: dict) -> Changes:
    return Changes.of("tasks", "task_progress", entity_id=task_id, field="percent_complete",
                      old=old, new=new, extra={"month": old["month"]})


@boundary
def set_task_progress(db: Database, *, task_id: int, percent: float | str, on: date | str | None,
                      today: date, allow_decrease: bool = False) -> Changes:
    """A task's % complete measured on ``on`` (default today): that month's measurement, and
    the task's current % complete when it is the latest (the schedule is computed from it).
    ``Changes.old`` is what :func:`restore_task_progress` needs to undo it."""
    day = _measured_on(on, today)
    month = month_of(day)
    if _blank(percent):
        raise ValidationError("value_required", field="percent_complete")
    value = percent_value(percent)
    ensure_month_open(db, month)
    with db.atomic():
        task = require_row(db, "tasks", task_id)
        if db.execute("SELECT 1 FROM tasks WHERE parent_id = ? LIMIT 1", [task_id]).fetchone():
            raise ValidationError("summary_progress", field="percent_complete", id=task_id)
        old = _state(db, task, month)
        previous = db.execute("SELECT percent_complete FROM task_progress WHERE task_id = ? AND month < ?"
                              " ORDER BY month DESC LIMIT 1", [task_id, month]).fetchone()
        _check_not_backwards(previous[0] if previous else None, value, month, allow_decrease)
        row = {"task_id": task_id, "month": month, "measured_on": day.isoformat(),
               "percent_complete": value, "is_example": 0}
        if row != old["row"]:
            _write_task_state(db, task_id, {"month": month, "row": row, "percent": task["percent_complete"]})
            append_audit(db, action="update", entity="task_progress", entity_id=task_id,
                         field="percent_complete", old_value=old["row"], new_value=row)
        new = _state(db, require_row(db, "tasks", task_id), month)
    return _task_changes(task_id, old, new)


@boundary
def restore_task_progress(db: Database, *, task_id: int, state: dict) -> Changes:
    """Put a task's measurement of a month (and its % complete) back as ``state`` — the undo."""
    if not isinstance(state, dict):
        raise ValidationError("value_type_invalid", field="state", value=repr(state)[:40])
    _check_keys(state, ("month", "row", "percent"), "state")
    _check_keys(state["row"], _TASK_KEYS, "row")
    state = {**state, "month": parse_month(state["month"])}
    if not isinstance(state["percent"], (int, float)) or isinstance(state["percent"], bool):
        raise ValidationError("value_type_invalid", field="percent", value=repr(state["percent"])[:40])
    ensure_month_open(db, state["month"])
    with db.atomic():
        task = require_row(db, "tasks", task_id)
        old = _state(db, task, state["month"])
        if old != state:
            _write_task_state(db, task_id, state)
            append_audit(db, action="restore", entity="task_progress", entity_id=task_id,
                         field="month", old_value=old["row"], new_value=state["row"])
    return _task_changes(task_id, old, state)
