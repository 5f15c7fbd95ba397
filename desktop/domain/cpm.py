"""Critical path scheduling engine with MS Project semantics.

Usage::

    result = schedule(tasks, links, project_start=date(2025, 9, 1), calendar=WorkCalendar())
    result.tasks[7].early_finish, result.tasks[7].total_float, result.critical_ids

Conventions
-----------
* Durations, lags and floats count working days of the :class:`WorkCalendar`; an
  ``elapsed`` task counts calendar days (weekends and holidays included).
* A task of ``d`` days starting on working day ``s`` occupies ``s .. s+d−1``; its early
  finish is the date of its *last* working day, like MS Project shows it.
* FS: the successor starts on the first working day after the predecessor's finish
  (+ lag); SS: start ≥ predecessor start + lag; FF: finish ≥ predecessor finish + lag;
  SF: finish ≥ predecessor start + lag.  Negative lags are leads.
* Milestones (duration 0) keep the time of day of what placed them, as MS Project does:
  a milestone after a task (FS) sits at the end of that task's last day and shows that
  date, and its FS successors start the next working day; a milestone at the project
  start (or on an SNET/MSO date) sits at the start of that day and its FS successors
  start the same day.  Start and finish of a milestone are the same date.
* No task starts before the project start, except a task with a MSO/MFO date or actual
  dates.  Constraints: SNET/FNET push the early dates; SNLT/FNLT/MSO/MFO cap the late
  dates; MSO/MFO also push the early dates to their date.  When logic puts a task past a
  "no later than"/"must" date the task stays where logic puts it (it is never moved
  backwards), ``constraint_violated`` is set and the float goes negative.
* Status date: tasks with an actual finish keep their actual dates; tasks with an actual
  start keep it and their remaining duration (``duration × (1 − %/100)``, rounded up to
  whole days) resumes no earlier than the working day after the status date; tasks not
  started are not scheduled before the working day after the status date.  Progress is
  only taken into account for tasks with an actual start (links into a started task no
  longer move it).
* Summary tasks (tasks that are someone's ``parent_id``) span their children: earliest
  start, latest finish; their total float is their children's minimum and they are
  critical when a child is.  Their % complete is the average of their leaf tasks weighted
  by duration (working or elapsed days, MS Project's rule) or by ``weights[task_id]``
  (e.g. budget; a task missing from ``weights`` weighs 0) when given.  A link into a
  summary applies to each of its children (an FF/SF link bounds each child's finish); a
  link out of a summary starts from its rolled-up start or finish.  A link may not join
  a summary and one of its own descendants.
* ALAP tasks are moved as late as their free float allows (they never delay a successor).
* Critical: total float ≤ ``critical_threshold`` (0 by default) and not complete.
* Total float = late finish − early finish; free float = working days the task can slip
  without delaying any successor (tasks without successors: the project finish), capped
  by the total float and never below 0.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, timedelta

from desktop.domain.calendar import WorkCalendar
from desktop.domain.cpm_calendars import axis_calendar
from desktop.domain.cpm_drive import driving_predecessors
from desktop.domain.cpm_model import (
    ConstraintType, DrivingLink, LinkInput, LinkType, ScheduleInputError, ScheduleLoopError,
    ScheduleResult, TaskInput, TaskResult,
)
from desktop.domain.cpm_network import ELAPSED, FIXED, MILESTONE, SUMMARY, Network, build_network
from desktop.domain.cpm_passes import (
    backward, forward, free_floats, instant, place_alap, project_finish, roll_up_summaries,
    total_floats,
)
from desktop.domain.errors import DomainError
from desktop.domain.gc_pause import paused_gc

__all__ = [
    "ConstraintType", "DomainError", "DrivingLink", "LinkInput", "LinkType",
    "ScheduleInputError", "ScheduleLoopError", "ScheduleResult", "TaskInput", "TaskResult",
    "driving_predecessors", "schedule",
]

_LIMIT_START = (ConstraintType.SNLT, ConstraintType.MSO)
_ON_DATE = (ConstraintType.SNET, ConstraintType.MSO)
_LIMIT_FINISH = (ConstraintType.FNLT, ConstraintType.MFO)


def schedule(tasks: Sequence[TaskInput], links: Sequence[LinkInput], *, project_start: date,
             calendar: WorkCalendar, status_date: date | None = None,
             critical_threshold: int = 0,
             weights: Mapping[int, float] | None = None,
             calendars: Mapping[int, WorkCalendar] | None = None,
             lags_on: str = "successor") -> ScheduleResult:
    """Compute early/late dates, floats and the critical path of a plan.

    ``calendars`` gives tasks their own calendar (task id → calendar; the others use
    ``calendar``) and ``lags_on`` the calendar lags count on: see
    :mod:`desktop.domain.cpm_calendars`.  Raises :class:`ScheduleInputError` for a malformed
    plan and :class:`ScheduleLoopError` when the links form a loop.
    """
    with paused_gc():
        return _schedule(tasks, links, project_start, calendar, status_date,
                         critical_threshold, weights, calendars, lags_on)


def _schedule(tasks: Sequence[TaskInput], links: Sequence[LinkInput], project_start: date,
              calendar: WorkCalendar, status_date: date | None, critical_threshold: int,
              weights: Mapping[int, float] | None,
              calendars: Mapping[int, WorkCalendar] | None = None,
              lags_on: str = "successor") -> ScheduleResult:
    own = calendar
    if calendars is not None:  # one axis for the passes: every calendar's working days
        calendar = axis_calendar(own, calendars.values())
    net = build_network(tasks, links, calendar, project_start, status_date, calendars, own, lags_on)
    T = forward(net, calendar)
    finish = project_finish(net, T)
    L = backward(net, T, calendar, finish)
    if any(t.constraint is ConstraintType.ALAP for t in tasks):
        place_alap(net, T, L, calendar, finish)
        roll_up_summaries(net, T)
    roll_up_summaries(net, L)
    tf = total_floats(net, T, L)
    ff = free_floats(net, T, tf, finish)
    results = _results(net, T, L, tf, ff, calendar, critical_threshold, weights)
    leaves = [r for r in results.values() if not r.is_summary]
    critical = sorted((r for r in leaves if r.is_critical), key=lambda r: (r.early_start, r.id))
    net.release_adjacency()  # freed now by reference counting, never scanned by the collector
    return ScheduleResult(
        tasks=results,
        start=min((r.early_start for r in leaves), default=project_start),
        finish=max((r.early_finish for r in leaves), default=project_start),
        critical_ids=[r.id for r in critical],
        internals=(net, T, L))


def _dates(net: Network, T: list[int], L: list[int], cal: WorkCalendar) -> list[list[date]]:
    """[early start, early finish, late start, late finish] per task, summaries rolled up."""
    n = net.n_tasks
    flat = cal.dates_of([t >> 1 for t in T[:2 * n]] + [t >> 1 for t in L[:2 * n]])
    rows = [[flat[2 * i], flat[2 * i + 1], flat[2 * n + 2 * i], flat[2 * n + 2 * i + 1]]
            for i in range(n)]
    for i, task in enumerate(net.tasks):
        if net.kind[i] == ELAPSED:
            last = timedelta(days=task.duration - 1)
            rows[i][1], rows[i][3] = rows[i][0] + last, rows[i][2] + last
    for i, task in enumerate(net.tasks):
        if net.kind[i] == MILESTONE and task.elapsed and task.constraint in _ON_DATE:
            day = task.constraint_date  # a calendar-date milestone keeps its holiday date
            if not cal.is_working(day) and T[2 * i] >> 1 == cal.index_on_or_after(day):
                rows[i][0] = rows[i][1] = day
    for i, shown in net.shown_start.items():
        rows[i][0] = shown
    for i, shown in net.shown_finish.items():
        rows[i][1] = shown
    for i in net.order:
        if i < n and net.kind[i] == SUMMARY:
            kids = [rows[c] for c in net.kids[i]]
            rows[i] = [min(r[0] for r in kids), max(r[1] for r in kids),
                       min(r[2] for r in kids), max(r[3] for r in kids)]
    return rows


def _violation(task: TaskInput, i: int, T: list[int], cal: WorkCalendar) -> ConstraintType | None:
    """The constraint an early date breaks, if any (compared as working instants)."""
    if task.constraint in _LIMIT_START:
        limit = instant(2 * cal.index_on_or_before(task.constraint_date))
        if task.constraint is ConstraintType.MSO:
            limit = instant(2 * cal.index_on_or_after(task.constraint_date))
        return task.constraint if instant(T[2 * i]) > limit else None
    if task.constraint in _LIMIT_FINISH:
        limit = instant(2 * cal.index_on_or_before(task.constraint_date) + 1)
        return task.constraint if instant(T[2 * i + 1]) > limit else None
    return None


def _percents(net: Network, weights: Mapping[int, float] | None) -> list[float]:
    """Leaf % complete as given; summaries: weighted average of their leaves."""
    tasks = net.tasks
    pct = [float(t.percent_complete) for t in tasks]
    sums = [0.0] * net.n_tasks
    total = [0.0] * net.n_tasks
    for i in net.order:
        if i >= net.n_tasks:
            continue
        if net.kind[i] != SUMMARY:
            w = float(weights.get(tasks[i].id, 0.0) if weights is not None else tasks[i].duration)
            sums[i], total[i] = w * pct[i], w
            continue
        kids = net.kids[i]
        sums[i] = sum(sums[c] for c in kids)
        total[i] = sum(total[c] for c in kids)
        if total[i] > 0:
            pct[i] = sums[i] / total[i]
        else:
            pct[i] = sum(pct[c] for c in kids) / len(kids)
    return pct


def _is_complete(task: TaskInput) -> bool:
    """Finished work is never critical (MS Project's rule)."""
    return task.actual_finish is not None or (
        task.actual_start is not None and task.percent_complete >= 100)


def _results(net: Network, T: list[int], L: list[int], tf: list[int], ff: list[int],
             cal: WorkCalendar, threshold: int,
             weights: Mapping[int, float] | None) -> dict[int, TaskResult]:
    rows = _dates(net, T, L, cal)
    pct = _percents(net, weights)
    kind, tasks = net.kind, net.tasks
    critical = [f <= threshold and not _is_complete(task) for f, task in zip(tf, tasks)]
    for i in net.order:
        if i < net.n_tasks and kind[i] == SUMMARY:
            critical[i] = any(critical[c] for c in net.kids[i])
    results: dict[int, TaskResult] = {}
    for i, task in enumerate(tasks):
        violated = None
        if task.constraint in _LIMIT_START or task.constraint in _LIMIT_FINISH:
            if kind[i] != SUMMARY:
                violated = _violation(task, i, T, cal)
        row = rows[i]
        missed = task.deadline is not None and row[1] > task.deadline and kind[i] != SUMMARY
        results[task.id] = TaskResult(
            task.id, row[0], row[1], row[2], row[3], tf[i], ff[i], critical[i],
            kind[i] == SUMMARY, kind[i] == MILESTONE or (kind[i] == FIXED and not task.duration),
            violated is not None, violated, pct[i], missed)
    return results
