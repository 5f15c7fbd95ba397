"""Schedule a contractor's file with the application's engine, on the file's own terms.

:func:`schedule_file` turns a :class:`ScheduleFile` into the engine's inputs — the file's
own calendar (its weekdays and exceptions; no Korean holidays added), its project start and,
for a P6 file, its data date — and runs :func:`desktop.domain.cpm.schedule`.  The engine
counts whole working days of one calendar, so:

* durations and lags are rounded to whole days (half away from zero; a non-zero duration is
  at least one day); the tasks and links this changes are named in ``rounded``;
* each task works on its own calendar (the engine's task calendars), and lags count on the
  calendar the file's producer counts them on (MS Project: the successor's; P6: the one its
  scheduling options name, ``ScheduleFile.lag_calendar``); a calendar with shorter hours on
  some weekdays is still counted in whole days: such tasks are named in ``other_calendar``;
* P6 schedules remaining work from the data date (its first day; the engine's status date
  is the day before), and an in-progress activity's remaining duration from there; so an
  in-progress P6 activity is given to the engine as its remaining work, not started, held by
  its unfinished predecessors unless the project uses progress override (its start shown is
  the actual start); its start-to-start and start-to-finish successors count their lag from
  its actual start, as P6 does (an *anchor*, a one-day task on its actual start, carries
  those links);
* a P6 start milestone placed by a predecessor's finish is shown on the next working day (P6
  puts it at the start of a working period; the engine, like MS Project, at the end of the
  predecessor's last day: the successors' dates are the same);
* MS Project does not move unfinished work to after its status date unless asked, so the
  status date only schedules a P6 file (and the office's own plan, ``format="plan"``, whose
  unfinished work resumes the day after its status date as in the application's schedule).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from desktop.domain.calendar import WorkCalendar
from desktop.domain.cpm import (
    ConstraintType, LinkInput, LinkType, ScheduleResult, TaskInput, driving_predecessors, schedule,
)
from desktop.domain.schedule_file import FileCalendar, FileTask, ScheduleFile

_UNDATED = ("asap", "alap")
_ANCHOR = 1 << 40  # anchor of an in-progress P6 activity: −(_ANCHOR + its UID)
_FROM_START = ("SS", "SF")


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
    other_calendar: set[int] = field(default_factory=set)  # UIDs on a calendar of uneven days
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


def uneven_days(calendar: FileCalendar) -> bool:
    """Working weekdays of different lengths: the engine's whole days cannot follow them."""
    return len({m for d, m in calendar.weekday_minutes.items() if d in calendar.working_weekdays}) > 1


def task_calendars(p: ScheduleFile, calendar: WorkCalendar) -> dict[int, WorkCalendar]:
    """The engine's calendar of every task not on the schedule's own calendar."""
    made: dict[int, WorkCalendar] = {id(p.calendar): calendar}
    found = {}
    for task in p.tasks:
        own = p.calendar_of(task)
        if id(own) not in made:  # an equal copy of the schedule's calendar is the same calendar
            made[id(own)] = calendar if own == p.calendar else work_calendar(own)
        if made[id(own)] is not calendar:
            found[task.uid] = made[id(own)]
    return found


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
        if uneven_days(p.calendar_of(task)):
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
    calendars = task_calendars(p, calendar)
    links, anchors = [], {}
    for link in p.links:
        if link.pred_uid not in scheduled or link.succ_uid not in scheduled:
            continue
        if link.succ_uid in started and not p.retained_logic:
            continue  # progress override: in-progress work ignores its predecessors
        lag = whole_days(link.lag_days)
        if lag != link.lag_days:
            rounded.add(link.succ_uid)
        pred = link.pred_uid
        if pred in started and link.type in _FROM_START:
            pred = anchors.setdefault(pred, -(_ANCHOR + pred))
        links.append(LinkInput(pred, link.succ_uid, LinkType(link.type), lag))
    for uid, anchor in anchors.items():
        on = p_task_start(p, uid)
        inputs.append(TaskInput(id=anchor, duration=1, actual_start=on, actual_finish=on,
                                percent_complete=100.0))
        if uid in calendars:
            calendars[anchor] = calendars[uid]
    start = p.start or min((t.start for t in p.tasks if t.start), default=None) or date(2000, 1, 3)
    status = p.status_date - timedelta(days=1) if p.format == "xer" and p.status_date else None
    if p.format == "plan":  # the office's own plan: work resumes the day after its status date
        status = p.status_date
    result = schedule(inputs, links, project_start=start, calendar=calendar, status_date=status,
                      calendars=calendars, lags_on=p.lag_calendar)
    by_uid = {uid: r for uid, r in result.tasks.items() if uid > -_ANCHOR}
    for uid in started:  # shown from its actual start, as P6 shows it
        by_uid[uid] = by_uid[uid]._replace(early_start=p_task_start(p, uid))
    for task in p.tasks:
        if task.is_start_milestone and task.uid in by_uid and task.actual_start is None \
                and "time_of_day" not in task.approximations:  # at a day's start in the file
            by_uid[task.uid] = _at_start(result, by_uid[task.uid], calendars.get(task.uid, calendar))
    return EngineRun(result, by_uid, rounded, other, unscheduled)


def _at_start(result: ScheduleResult, row, calendar: WorkCalendar):
    """A P6 start milestone placed by a predecessor's finish: on the next working day."""
    chain = driving_predecessors(result, row.id)
    if not chain or chain[0].type not in (LinkType.FS, LinkType.FF) \
            or result.tasks[chain[0].pred_id].is_milestone:
        return row
    day = calendar.next_working_day(row.early_start)
    return row._replace(early_start=day, early_finish=day)


def p_task_start(p: ScheduleFile, uid: int) -> date:
    return next(t.actual_start for t in p.tasks if t.uid == uid)
