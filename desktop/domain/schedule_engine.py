"""Schedule a contractor's file with the application's engine, on the file's own terms.

:func:`schedule_file` turns a :class:`ScheduleFile` into the engine's inputs — the file's
own calendar (its weekdays and exceptions; no Korean holidays added), its project start and,
for a P6 file, its data date — and runs :func:`desktop.domain.cpm.schedule`.  The engine
counts whole working days of one calendar, so:

* durations and lags are rounded to whole days (half away from zero; a non-zero duration is
  at least one day); the tasks and links this changes are named in ``rounded``;
* a task on another calendar than the schedule's is scheduled on the schedule's calendar
  (named in ``other_calendar``);
* P6 schedules remaining work from the data date (its first day; the engine's status date
  is the day before), and an in-progress activity's remaining duration from there; so an
  in-progress P6 activity is given to the engine as its remaining work, not started, held by
  its unfinished predecessors unless the project uses progress override (its start shown is
  the actual start);
* MS Project does not move unfinished work to after its status date unless asked, so the
  status date only schedules a P6 file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from desktop.domain.calendar import WorkCalendar
from desktop.domain.cpm import ConstraintType, LinkInput, LinkType, ScheduleResult, TaskInput, schedule
from desktop.domain.schedule_file import FileCalendar, FileTask, ScheduleFile

_UNDATED = ("asap", "alap")


def whole_days(value: float) -> int:
    return int(Decimal(repr(value)).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def work_calendar(calendar: FileCalendar) -> WorkCalendar:
    """The engine's calendar for a file calendar: its weekdays and exceptions, nothing else."""
    return WorkCalendar(non_working=calendar.non_working, extra_working=calendar.working,
                        country=None, weekend=frozenset(range(7)) - calendar.working_weekdays)


@dataclass
class EngineRun:
    """The engine's result for a file, keyed by the file's UIDs, and what was approximated."""

    result: ScheduleResult
    by_uid: dict[int, object]  # UID → TaskResult
    rounded: set[int] = field(default_factory=set)  # UIDs whose duration or a link's lag was rounded
    other_calendar: set[int] = field(default_factory=set)  # UIDs on a calendar not the schedule's
    unscheduled: set[int] = field(default_factory=set)  # UIDs the engine was not given


def _duration(task: FileTask) -> tuple[int, bool]:
    """Whole days for the engine and whether they differ from the file's."""
    if task.is_milestone or task.is_summary:
        return 0, bool(task.duration_days) and not task.is_summary
    days = task.duration_days or 0.0
    whole = max(1 if days > 0 else 0, whole_days(days))
    return whole, whole != days


def _in_progress(task: FileTask, fmt: str) -> bool:
    """A P6 activity started and not finished: the engine schedules its remaining work."""
    return fmt == "xer" and task.actual_start is not None and task.actual_finish is None \
        and not task.is_milestone and not task.is_summary


def _remaining(task: FileTask) -> tuple[int, bool]:
    days = task.remaining_days if task.remaining_days is not None else task.duration_days or 0.0
    whole = max(1 if days > 0 else 0, whole_days(days))
    return whole, whole != days


def schedule_file(schedule_data: ScheduleFile) -> EngineRun:
    """Run the engine on a file (``ScheduleInputError``/``ScheduleLoopError`` when it cannot)."""
    p = schedule_data
    calendar = work_calendar(p.calendar)
    parents = {t.parent_uid for t in p.tasks if t.parent_uid is not None}
    inputs, rounded, other, unscheduled, started = [], set(), set(), set(), set()
    for task in p.tasks:
        if task.is_summary and task.uid not in parents:
            unscheduled.add(task.uid)  # an empty WBS node: nothing to schedule
            continue
        resumed = _in_progress(task, p.format)
        duration, changed = _remaining(task) if resumed else _duration(task)
        if changed:
            rounded.add(task.uid)
        if task.calendar_uid is not None and p.calendar_of(task) is not p.calendar:
            other.add(task.uid)
        constraint = ConstraintType(task.constraint_type.upper())
        inputs.append(TaskInput(
            id=task.uid, duration=duration, elapsed=task.duration_elapsed, constraint=constraint,
            constraint_date=None if task.constraint_type in _UNDATED else task.constraint_on,
            actual_start=None if resumed else task.actual_start, actual_finish=task.actual_finish,
            percent_complete=0.0 if resumed else task.percent_complete,
            parent_id=task.parent_uid if task.parent_uid in parents else None,
            deadline=task.deadline_on))
        if resumed:
            started.add(task.uid)
    scheduled = {t.id for t in inputs}
    links = []
    for link in p.links:
        if link.pred_uid not in scheduled or link.succ_uid not in scheduled:
            continue
        if link.succ_uid in started and not p.retained_logic:
            continue  # progress override: in-progress work ignores its predecessors
        lag = whole_days(link.lag_days)
        if lag != link.lag_days:
            rounded.add(link.succ_uid)
        links.append(LinkInput(link.pred_uid, link.succ_uid, LinkType(link.type), lag))
    start = p.start or min((t.start for t in p.tasks if t.start), default=None) or date(2000, 1, 3)
    status = p.status_date - timedelta(days=1) if p.format == "xer" and p.status_date else None
    result = schedule(inputs, links, project_start=start, calendar=calendar, status_date=status)
    by_uid = dict(result.tasks)
    for uid in started:  # shown from its actual start, as P6 shows it
        by_uid[uid] = by_uid[uid]._replace(early_start=p_task_start(p, uid))
    return EngineRun(result, by_uid, rounded, other, unscheduled)


def p_task_start(p: ScheduleFile, uid: int) -> date:
    return next(t.actual_start for t in p.tasks if t.uid == uid)
