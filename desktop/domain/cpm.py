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
* Task calendars (``calendars``: task id → its own calendar): durations count on the task's
  calendar, lags on the one ``lags_on`` names, floats in the task's own working days; see
  :mod:`desktop.domain.cpm_calendars`.  Without them the passes are the plain ones.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from desktop.domain import cpm_calendar_passes, cpm_passes
from desktop.domain.calendar import WorkCalendar
from desktop.domain.cpm_calendars import LAGS_ON, axis_calendar
from desktop.domain.cpm_drive import driving_predecessors
from desktop.domain.cpm_model import (
    ConstraintType, DrivingLink, LinkInput, LinkType, ScheduleInputError, ScheduleLoopError,
    ScheduleResult, TaskInput, TaskResult,
)
from desktop.domain.cpm_network import Network, build_network
from desktop.domain.cpm_checks import CONSTRAINT as _CONSTRAINT
from desktop.domain.cpm_passes import free_floats, project_finish, roll_up_summaries
from desktop.domain.cpm_results import Results
from desktop.domain.errors import DomainError
from desktop.domain.gc_pause import paused_gc

__all__ = [
    "ConstraintType", "DomainError", "DrivingLink", "LinkInput", "LinkType",
    "ScheduleInputError", "ScheduleLoopError", "ScheduleResult", "TaskInput", "TaskResult",
    "driving_predecessors", "early_dates", "schedule",
]


def schedule(tasks: Sequence[TaskInput], links: Sequence[LinkInput], *, project_start: date,
             calendar: WorkCalendar, status_date: date | None = None,
             critical_threshold: int = 0,
             weights: Mapping[int, float] | None = None,
             calendars: Mapping[int, WorkCalendar] | None = None,
             lags_on: str = "successor") -> ScheduleResult:
    """Compute early/late dates, floats and the critical path of a plan.

    ``calendars`` gives tasks their own calendar (task id → calendar; the others use
    ``calendar``) and ``lags_on`` the calendar lags count on ("successor", "predecessor" or
    "project"): see :mod:`desktop.domain.cpm_calendars`.  Raises :class:`ScheduleInputError`
    for a malformed plan and :class:`ScheduleLoopError` when the links form a loop.
    """
    with paused_gc():
        passes = run_passes(tasks, links, project_start, calendar, status_date,
                            critical_threshold, weights, calendars, lags_on)
        passes.net.release_adjacency()  # freed by reference counting, never by the collector
        return passes.result


def early_dates(tasks: Sequence[TaskInput], links: Sequence[LinkInput], *, project_start: date,
                calendar: WorkCalendar, status_date: date | None = None) -> dict[int, tuple[date, date]]:
    """The early start and finish of every task that is not a summary, as :func:`schedule`
    gives them, from the forward pass alone (an import's check of a file's dates needs no
    late dates or floats).  A plan with ALAP tasks is scheduled in full: placing them needs
    the backward pass.  Refuses exactly as :func:`schedule` does."""
    with paused_gc():
        if ConstraintType.ALAP in map(_CONSTRAINT, tasks):
            result = schedule(tasks, links, project_start=project_start, calendar=calendar,
                              status_date=status_date)
            return {task_id: (r.early_start, r.early_finish)
                    for task_id, r in result.tasks.items() if not r.is_summary}
        net = build_network(tasks, links, calendar, project_start, status_date)
        early = cpm_passes.forward(net, calendar)
        dates = Results(net, early, early, [], [], calendar, 0, None).early_dates()
        net.release_adjacency()
        return dates


@dataclass(slots=True)
class Passes:
    """Everything one full run computed; a live schedule keeps it and updates it."""

    net: Network
    early: list[int]   # forward pass (before ALAP tasks are moved)
    T: list[int]       # early times as shown: ALAP tasks moved, summaries rolled up
    late: list[int]    # backward pass (a summary's own late times bound its children)
    L: list[int]       # late times as shown: summaries rolled up from their children
    tf: list[int]
    ff: list[int]
    finish: int        # project finish (half-days)
    columns: Results
    result: ScheduleResult


def run_passes(tasks: Sequence[TaskInput], links: Sequence[LinkInput], project_start: date,
               calendar: WorkCalendar, status_date: date | None, critical_threshold: int,
               weights: Mapping[int, float] | None,
               calendars: Mapping[int, WorkCalendar] | None = None,
               lags_on: str = "successor") -> Passes:
    """The full schedule: network, forward and backward passes, floats, results (with
    ``calendars``, on an axis that has every calendar's working days)."""
    if lags_on not in LAGS_ON:
        raise ValueError(f"lags_on must be one of {LAGS_ON}: {lags_on!r}")
    rules = cpm_passes
    if calendars and any(c is not calendar for c in calendars.values()):  # else the plain passes
        own, calendar = calendar, axis_calendar(calendar, calendars.values())
        net = build_network(tasks, links, calendar, project_start, status_date, calendars, own,
                            lags_on)
        rules = cpm_calendar_passes
    else:
        net = build_network(tasks, links, calendar, project_start, status_date)
    early = rules.forward(net, calendar)
    finish = project_finish(net, early)
    slack = [0] * net.n_tasks
    late = rules.backward(net, early, calendar, finish, slack)
    T, L = list(early), list(late)
    if ConstraintType.ALAP in map(_CONSTRAINT, tasks):
        rules.place_alap(net, early, T, L, calendar, finish)
        roll_up_summaries(net, T)
        slack = rules.slack_of(net, early, T, L, calendar, finish)
    roll_up_summaries(net, L)
    tf = rules.total_floats(net, T, L)
    ff = free_floats(slack, tf)
    columns = Results(net, T, L, tf, ff, calendar, critical_threshold, weights)
    results = columns.build()
    result = ScheduleResult(results, *columns.plan_dates(project_start), internals=(net, T, L))
    return Passes(net, early, T, late, L, tf, ff, finish, columns, result)
