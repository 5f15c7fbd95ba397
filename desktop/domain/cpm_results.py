"""From the passes' half-day times to the :class:`TaskResult` of every task.

:class:`Results` keeps its columns (dates, % complete sums, critical flags), so a live
schedule can recompute the tasks an edit touched and the summaries above them
(:meth:`Results.update`) instead of all of them (:meth:`Results.build`).  Summary rows come
from their children's: earliest start, latest finish, the weighted % complete of their
leaves, critical when a child is.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, timedelta
from functools import partial
from itertools import compress, repeat
from operator import and_, eq, ge, is_not, itemgetter, ne, not_

from desktop.domain.calendar import WorkCalendar
from desktop.domain.cpm_model import ConstraintType, TaskResult, is_complete
from desktop.domain.cpm_nodes import ELAPSED, FIXED, MILESTONE, SUMMARY, Network
from desktop.domain.cpm_passes import summaries_in_order

_LIMIT_START = (ConstraintType.SNLT, ConstraintType.MSO)
_ON_DATE = (ConstraintType.SNET, ConstraintType.MSO)
_SHIFTED = frozenset({ELAPSED, MILESTONE})  # shown dates may differ from the working-day times
_LIMITS = frozenset({ConstraintType.SNLT, ConstraintType.MSO, ConstraintType.FNLT,
                     ConstraintType.MFO})
_ID, _CONSTRAINT, _PERCENT, _DEADLINE = itemgetter(0), itemgetter(3), itemgetter(7), itemgetter(9)
_new_result = partial(tuple.__new__, TaskResult)  # a TaskResult from one tuple, at C speed


def _instant(t: int) -> int:
    return (t + 1) >> 1


class Results:
    """Result columns over a network and its times (lists shared with the caller)."""

    def __init__(self, net: Network, T: list[int], L: list[int], tf: list[int], ff: list[int],
                 cal: WorkCalendar, threshold: int, weights: Mapping[int, float] | None) -> None:
        self.net, self.T, self.L, self.tf, self.ff = net, T, L, tf, ff
        self.cal, self.threshold, self.weights = cal, threshold, weights
        n = net.n_tasks
        self.es: list[date] = []
        self.ef: list[date] = []
        self.ls: list[date] = []
        self.lf: list[date] = []
        self.pct = [0.0] * n
        self.sums = [0.0] * n
        self.totals = [0.0] * n
        self.critical = [False] * n
        self.violated: list[ConstraintType | None] = [None] * n

    # ------------------------------------------------------------------ every task
    def build(self) -> dict[int, TaskResult]:
        net, n, tasks, kind = self.net, self.net.n_tasks, self.net.tasks, self.net.kind
        dates = self.cal.dates_of_halves(self.T[:2 * n] + self.L[:2 * n])
        self.es, self.ef = dates[0:2 * n:2], dates[1:2 * n:2]
        self.ls, self.lf = dates[2 * n::2], dates[2 * n + 1::2]
        positions = range(n)
        self._shown_dates()
        self.pct = list(map(float, map(_PERCENT, tasks)))
        self.critical = list(map(ge, repeat(self.threshold), self.tf))
        self.violated = [None] * n
        for i in net.fixed:
            self.critical[i] = self.critical[i] and not self._complete(i)
        for i in compress(positions, map(_LIMITS.__contains__, map(_CONSTRAINT, tasks))):
            if kind[i] != SUMMARY:
                self.violated[i] = self._violation(i)
        summary = list(map(eq, kind[:n], repeat(SUMMARY)))
        if any(summary):
            for i in compress(positions, map(not_, summary)):
                self._leaf_weight(i)
            for i in summaries_in_order(net):
                self._roll_up(i)
        milestone = list(map(eq, kind[:n], repeat(MILESTONE)))
        for i in net.fixed:
            milestone[i] = not tasks[i].duration
        missed = [False] * n
        for i in compress(positions, map(is_not, map(_DEADLINE, tasks), repeat(None))):
            missed[i] = not summary[i] and self.ef[i] > tasks[i].deadline
        columns = (list(map(_ID, tasks)), self.es, self.ef, self.ls, self.lf, self.tf, self.ff,
                   self.critical, summary, milestone, list(map(is_not, self.violated, repeat(None))),
                   self.violated, self.pct, missed)
        return dict(zip(columns[0], map(_new_result, zip(*columns))))

    def early_dates(self) -> dict[int, tuple[date, date]]:
        """(early start, early finish) by task id of the tasks that are not summaries, as
        :meth:`build` gives them; made with ``L`` the early times (late dates unknown)."""
        n, tasks, kind = self.net.n_tasks, self.net.tasks, self.net.kind
        dates = self.cal.dates_of_halves(self.T[:2 * n])
        self.es, self.ef = dates[0::2], dates[1::2]
        self.ls, self.lf = list(self.es), list(self.ef)  # written by _leaf_dates, not read
        self._shown_dates()
        leaves = list(compress(range(n), map(ne, kind[:n], repeat(SUMMARY))))
        return dict(zip([tasks[i].id for i in leaves], zip([self.es[i] for i in leaves],
                                                           [self.ef[i] for i in leaves])))

    def _columns(self, rows: list[int]) -> list[list]:
        tasks, kind = self.net.tasks, self.net.kind
        summary = [kind[i] == SUMMARY for i in rows]
        milestone = [kind[i] == MILESTONE or (kind[i] == FIXED and not tasks[i].duration)
                     for i in rows]
        violated = [self.violated[i] for i in rows]
        ef = [self.ef[i] for i in rows]
        missed = [False] * len(rows)
        for r, i in enumerate(rows):
            deadline = tasks[i].deadline
            if deadline is not None and not summary[r]:
                missed[r] = ef[r] > deadline
        return [[tasks[i].id for i in rows], [self.es[i] for i in rows], ef,
                [self.ls[i] for i in rows], [self.lf[i] for i in rows],
                [self.tf[i] for i in rows], [self.ff[i] for i in rows],
                [self.critical[i] for i in rows], summary, milestone,
                [v is not None for v in violated], violated, [self.pct[i] for i in rows], missed]

    def plan_dates(self, project_start: date) -> tuple[date, date, list[int]]:
        """Start and finish of the plan (its leaf tasks) and its critical leaves, by start."""
        kind, n, tasks = self.net.kind, self.net.n_tasks, self.net.tasks
        leaf = list(map(ne, kind[:n], repeat(SUMMARY)))
        critical = [(self.es[i], tasks[i].id) for i in compress(range(n), map(and_, leaf, self.critical))]
        return (min(compress(self.es, leaf), default=project_start),
                max(compress(self.ef, leaf), default=project_start),
                [task_id for _, task_id in sorted(critical)])

    # ------------------------------------------------------------------ some tasks
    def update(self, positions: Iterable[int], rank: list[int]) -> dict[int, TaskResult]:
        """Recompute the tasks at ``positions`` and the summaries above them (``rank``: the
        nodes' topological positions); their new results."""
        net, kind = self.net, self.net.kind
        cal, T, L = self.cal, self.T, self.L
        touched, above = set(), set()
        for i in positions:
            if kind[i] == SUMMARY:
                above.add(i)
                continue
            self.es[i], self.ef[i] = cal.date_of(T[2 * i] >> 1), cal.date_of(T[2 * i + 1] >> 1)
            self.ls[i], self.lf[i] = cal.date_of(L[2 * i] >> 1), cal.date_of(L[2 * i + 1] >> 1)
            self._leaf_dates(i)
            self.pct[i] = float(net.tasks[i].percent_complete)
            self._leaf_weight(i)
            self.critical[i] = self.tf[i] <= self.threshold and not (
                kind[i] == FIXED and self._complete(i))
            self.violated[i] = self._violation(i) if net.tasks[i].constraint in _LIMITS else None
            touched.add(i)
        for i in touched | above:
            p = net.parent[i]
            while p >= 0 and p not in above:
                above.add(p)
                p = net.parent[p]
        for i in sorted(above, key=rank.__getitem__):
            self._roll_up(i)
        rows = sorted(touched | above)
        return dict(zip([net.tasks[i].id for i in rows],
                        map(_new_result, zip(*self._columns(rows)))))

    # ------------------------------------------------------------------ rules
    def _shown_dates(self) -> None:
        """The dates of the tasks whose shown dates differ from their working-day times."""
        net = self.net
        special = set(compress(range(net.n_tasks), map(_SHIFTED.__contains__, net.kind)))
        special.update(net.shown_start, net.shown_finish)
        for i in special:
            self._leaf_dates(i)

    def _leaf_dates(self, i: int) -> None:
        """Elapsed finishes, calendar-date milestones and actual dates as they are shown."""
        net, task = self.net, self.net.tasks[i]
        k = net.kind[i]
        if k == ELAPSED:
            last = timedelta(days=task.duration - 1)
            self.ef[i], self.lf[i] = self.es[i] + last, self.ls[i] + last
        elif k == MILESTONE and task.elapsed and task.constraint in _ON_DATE:
            day = task.constraint_date  # a calendar-date milestone keeps its holiday date
            if not self.cal.is_working(day) and self.T[2 * i] >> 1 == self.cal.index_on_or_after(day):
                self.es[i] = self.ef[i] = day
        if i in net.shown_start:
            self.es[i] = net.shown_start[i]
        if i in net.shown_finish:
            self.ef[i] = net.shown_finish[i]

    def _leaf_weight(self, i: int) -> None:
        task, weights = self.net.tasks[i], self.weights
        w = float(weights.get(task.id, 0.0) if weights is not None else task.duration)
        self.sums[i], self.totals[i] = w * self.pct[i], w

    def _roll_up(self, i: int) -> None:
        """A summary from its children: dates, weighted % complete, critical."""
        kids = self.net.kids[i]
        self.es[i] = min(self.es[c] for c in kids)
        self.ef[i] = max(self.ef[c] for c in kids)
        self.ls[i] = min(self.ls[c] for c in kids)
        self.lf[i] = max(self.lf[c] for c in kids)
        self.sums[i] = sum(self.sums[c] for c in kids)
        self.totals[i] = sum(self.totals[c] for c in kids)
        if self.totals[i] > 0:
            self.pct[i] = self.sums[i] / self.totals[i]
        else:
            self.pct[i] = sum(self.pct[c] for c in kids) / len(kids)
        self.critical[i] = any(self.critical[c] for c in kids)
        self.violated[i] = None

    def _complete(self, i: int) -> bool:
        """Finished work is never critical (MS Project's rule)."""
        return is_complete(self.net.tasks[i])

    def _violation(self, i: int) -> ConstraintType | None:
        """The constraint an early date breaks, if any (compared as working instants)."""
        task, cal, T = self.net.tasks[i], self.cal, self.T
        if task.constraint in _LIMIT_START:
            limit = _instant(2 * cal.index_on_or_before(task.constraint_date))
            if task.constraint is ConstraintType.MSO:
                limit = _instant(2 * cal.index_on_or_after(task.constraint_date))
            return task.constraint if _instant(T[2 * i]) > limit else None
        limit = _instant(2 * cal.index_on_or_before(task.constraint_date) + 1)
        return task.constraint if _instant(T[2 * i + 1]) > limit else None
