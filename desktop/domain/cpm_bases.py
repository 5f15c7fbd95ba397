"""Per-task bases of the network: node kind, span, early/late bounds and fixed times.

A plain task (as soon as possible, no actuals, no deadline, not elapsed, not a summary) needs
no rule: its bounds are the defaults, filled for all such tasks at once.  The others go
through :class:`Bases` one by one, on a first build and whenever a live schedule edits them.
With task calendars (``net.cals``, :mod:`desktop.domain.cpm_calendars`) a task's span is in
half-days of its own calendar and the work it has done and has left is counted on it.
"""

from __future__ import annotations

import math
from datetime import date, timedelta
from itertools import compress

from desktop.domain.calendar import WorkCalendar
from desktop.domain.cpm_checks import DURATION
from desktop.domain.cpm_model import ConstraintType, TaskInput
from desktop.domain.cpm_nodes import (
    ELAPSED, FIXED, INF, MILESTONE, NEG, NORMAL, SUMMARY, Network,
)

_ONE_DAY = timedelta(days=1)
_UNDATED = frozenset({ConstraintType.ASAP, ConstraintType.ALAP})


def remaining_days(days: int, percent: float) -> int:
    """Remaining whole days of ``days`` at ``percent`` complete (rounded up)."""
    return max(0, math.ceil(days * (100 - percent) / 100 - 1e-9))


class Bases:
    """Fills kind, span, bounds and fixed times of the task nodes."""

    def __init__(self, net: Network, calendar: WorkCalendar, status: date | None) -> None:
        self.net = net
        self.cal = calendar
        self.status = status
        self.status_t = (2 * calendar.index_on_or_after(status + _ONE_DAY)
                         if status is not None else NEG)
        self.es0 = max(net.project_t, self.status_t)

    def fill_all(self, special: list[int]) -> None:
        """Every task node: the plain ones at once, then ``special`` (the tasks with a
        constraint, actual dates, an elapsed duration or a deadline) and the summaries by
        their rules."""
        net, tasks, n = self.net, self.net.tasks, self.net.n_tasks
        durations = list(map(DURATION, tasks))
        net.kind = [NORMAL if d else MILESTONE for d in durations]
        net.span = [d + d - 1 if d else 0 for d in durations]
        net.base_es = [self.es0] * n
        net.base_ef = [NEG] * n
        net.base_ls = [INF] * n
        net.base_lf = [INF] * n
        for k in sorted(set(special).union(compress(range(n), net.kids))):
            self.refill(k, tasks[k])

    def refill(self, k: int, task: TaskInput) -> None:
        """Reset node ``k`` to the defaults, then apply ``task``'s rules."""
        net = self.net
        net.kind[k], net.span[k] = NORMAL, 0
        net.base_es[k], net.base_ef[k], net.base_ls[k], net.base_lf[k] = 0, NEG, INF, INF
        net.fixed.pop(k, None)
        net.shown_start.pop(k, None)
        net.shown_finish.pop(k, None)
        self.fill(k, task)

    def fill(self, k: int, task: TaskInput) -> None:
        net = self.net
        if net.kids[k]:
            net.kind[k] = SUMMARY
            return
        if task.actual_start is not None or task.actual_finish is not None:
            self._fixed(k, task)
            return
        if task.duration == 0:
            net.kind[k] = MILESTONE
        elif task.elapsed:
            net.kind[k] = ELAPSED
        else:
            net.span[k] = 2 * task.duration - 1
        if task.constraint in _UNDATED:
            net.base_es[k] = self.es0
        else:
            self._constraint(k, task)
        if task.deadline is not None:  # total float counts to the deadline too (MS Project)
            net.base_lf[k] = min(net.base_lf[k], 2 * self.cal.index_on_or_before(task.deadline) + 1)

    def _constraint(self, k: int, task: TaskInput) -> None:
        net, cal, c = self.net, self.cal, task.constraint
        es = self.es0
        d = task.constraint_date
        if c is ConstraintType.SNET:
            es = max(es, 2 * cal.index_on_or_after(d))
        elif c is ConstraintType.FNET:
            net.base_ef[k] = 2 * cal.index_on_or_after(d) + 1
        elif c is ConstraintType.SNLT:
            net.base_ls[k] = 2 * cal.index_on_or_before(d)
        elif c is ConstraintType.FNLT:
            net.base_lf[k] = 2 * cal.index_on_or_before(d) + 1
        elif c is ConstraintType.MSO:
            es = 2 * cal.index_on_or_after(d)  # a hard date: not held by project start
            net.base_ls[k] = es
        elif c is ConstraintType.MFO:
            es = NEG
            net.base_ef[k] = net.base_lf[k] = 2 * cal.index_on_or_before(d) + 1
        net.base_es[k] = es

    def _fixed(self, k: int, task: TaskInput) -> None:
        """Tasks with actual dates keep them; in-progress work resumes after the status date."""
        net, cal = self.net, self.cal
        net.kind[k] = FIXED
        a_start, a_finish = task.actual_start, task.actual_finish
        if a_finish is None and task.percent_complete >= 100:
            a_finish = self._planned_finish(k, task, a_start)
        if a_finish is not None:
            finish = 2 * cal.index_on_or_before(a_finish) + 1
            if a_start is None:
                start = self._step(k, finish + 1, -2 * max(task.duration, 1)) if task.duration else finish
                a_start = cal.date_of(start >> 1) if task.duration else a_finish
            else:
                start = 2 * min(cal.index_on_or_after(a_start), cal.index_on_or_before(a_finish))
            if task.duration == 0:
                start = finish
            net.shown_start[k], net.shown_finish[k] = a_start, a_finish
        else:
            start, finish = self._in_progress(k, task, a_start)
        net.fixed[k] = (start, finish)
        net.span[k] = finish - start if net.cals is None else net.cals.span(k, start, finish)

    def _planned_finish(self, k: int, task: TaskInput, a_start: date) -> date:
        if task.elapsed:
            return a_start + timedelta(days=max(task.duration - 1, 0))
        own = self.cal if self.net.cals is None else self.net.cals.calendar(k, self.cal)
        return own.add_working_days(a_start, max(task.duration - 1, 0))

    def _step(self, k: int, t: int, half_days: int) -> int:
        """``t`` moved by ``half_days`` of task ``k``'s working time."""
        return t + half_days if self.net.cals is None else self.net.cals.shift_on(k, t, half_days)

    def _in_progress(self, k: int, task: TaskInput, a_start: date) -> tuple[int, int]:
        net, cal = self.net, self.cal
        start = 2 * cal.index_on_or_after(a_start)
        net.shown_start[k] = a_start
        if task.duration == 0:  # a started milestone has happened
            net.shown_finish[k] = a_start
            return start, start
        remaining = remaining_days(task.duration, task.percent_complete)
        done = task.duration - remaining
        if task.elapsed:
            resume = a_start + timedelta(days=done)
            if self.status is not None:
                resume = max(resume, self.status + _ONE_DAY)
            last = resume + timedelta(days=remaining - 1)
            net.shown_finish[k] = last
            return start, 2 * cal.index_on_or_after(last + _ONE_DAY) - 1
        resume_t = max(self._step(k, start, 2 * done), self.status_t)
        return start, self._step(k, resume_t, 2 * remaining - 1)
