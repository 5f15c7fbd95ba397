"""The passes of :mod:`desktop.domain.cpm_passes`, over many iterations at once.

Each pass is the engine's, step for step, applied to a whole level of nodes (see
:mod:`risk_network`) with every time an int32 row over the iterations of a chunk; with no
variation it gives exactly the engine's numbers (tested slot for slot on random networks).
The one addition is a milestone's delay (a risk's impact on it, ``2·Δ`` half-days): it is
added to the milestone's placement and counted as extra lag on every link into it, so the
milestone happens that many working days later and its predecessors lose that much float.
"""

from __future__ import annotations

from desktop.domain.cpm_model import ConstraintType
from desktop.domain.cpm_network import (
    ELAPSED, FIXED, GATE, MILESTONE, NORMAL, SUMMARY, Network,
)
from desktop.domain.cpm_passes import own_or_inherited_links, alap_nodes
from desktop.domain.risk_network import (
    INF32, NEG32, Compiled, DayIndex, Variation, is_in_progress,
)


def _np():
    import numpy

    return numpy


def instant(t):
    return (t + 1) >> 1


def _elapsed_finish(day: DayIndex, start_day, days):
    return 2 * day.on_or_after(day.ordinal(start_day) + days) - 1


def _elapsed_forward(day: DayIndex, es, ef, days):
    np = _np()
    first = (es + (es & 1)) >> 1
    binds = ef > NEG32
    if binds.any():
        need = np.where(binds, instant(ef), first + 1)
        latest = day.on_or_after(day.ordinal(need - 1) + 1 - days)
        first = np.where(binds, np.maximum(first, latest), first)
    return 2 * first, _elapsed_finish(day, first, days)


def _elapsed_backward(day: DayIndex, ls, lf, days):
    np = _np()
    last = day.on_or_before(day.ordinal(instant(lf)) - days)
    bound = ls < INF32
    if bound.any():
        last = np.where(bound, np.minimum(last, (ls + (ls & 1)) >> 1), last)
    return 2 * last, _elapsed_finish(day, last, days)


def _days(c: Compiled, var: Variation, nodes):
    days = c.duration[nodes][:, None]
    return days if var.delta is None else days + var.delta[nodes]


def _into(values, links, T, reduce, sign: int, var: Variation | None = None) -> None:
    """``values[row] = reduce(values[row], T[slot] ± lag over the row's links)``."""
    if links is None:
        return
    gathered = T[links.slots] + links.lags if sign > 0 else T[links.slots] - links.lags
    if var is not None and var.delta is not None and len(links.to_milestone):
        gathered[links.to_milestone] -= 2 * var.delta[links.milestones]
    rows = links.rows
    values[rows] = reduce(values[rows], reduce.reduceat(gathered, links.starts, axis=0))


def forward(c: Compiled, T, var: Variation, day: DayIndex) -> None:
    """Early times into ``T`` (2·nodes × iterations)."""
    np = _np()
    width, delta = T.shape[1], var.delta
    for level in c.levels:
        es = np.repeat(level.base_es, width, axis=1)
        ef = np.repeat(level.base_ef, width, axis=1)
        _into(es, level.start_in, T, np.maximum, +1)
        _into(ef, level.finish_in, T, np.maximum, +1)
        for kind, (rows, nodes) in level.kinds.items():
            if kind == NORMAL:
                e = es[rows]
                e += e & 1
                d = c.span[nodes][:, None] if delta is None else c.span[nodes][:, None] + 2 * delta[nodes]
                f = ef[rows]
                e = np.maximum(e, f - 1 + (f & 1) - d)
                T[2 * nodes], T[2 * nodes + 1] = e, e + d
            elif kind == MILESTONE:
                t = np.maximum(es[rows], ef[rows])
                if delta is not None:
                    t += 2 * delta[nodes]
                T[2 * nodes], T[2 * nodes + 1] = t, t
            elif kind == GATE:
                T[2 * nodes], T[2 * nodes + 1] = es[rows], ef[rows]
            elif kind == ELAPSED:
                T[2 * nodes], T[2 * nodes + 1] = _elapsed_forward(day, es[rows], ef[rows],
                                                                  _days(c, var, nodes))
            elif kind == FIXED:
                T[2 * nodes] = c.fixed_start[nodes][:, None]
                finish = c.fixed_finish[nodes][:, None]
                T[2 * nodes + 1] = finish if delta is None else finish + 2 * delta[nodes]
                for i in nodes:
                    if i in var.finish:
                        T[2 * i + 1] = var.finish[i]
        if SUMMARY in level.kinds:
            roll_up_level(level, T)


def roll_up_level(level, times) -> None:
    np = _np()
    kids = level.kids
    nodes = level.nodes[kids.rows]
    times[2 * nodes] = np.minimum.reduceat(times[kids.slots], kids.starts, axis=0)
    times[2 * nodes + 1] = np.maximum.reduceat(times[kids.slots + 1], kids.starts, axis=0)


def roll_up_summaries(c: Compiled, times) -> None:
    """Summary start = earliest child start, finish = latest child finish (in place)."""
    for level in c.levels:
        if SUMMARY in level.kinds:
            roll_up_level(level, times)


def project_finish(c: Compiled, T):
    """Latest early finish over the tasks that are not summaries, per iteration."""
    if not len(c.leaf_finish_slots):
        return _np().full(T.shape[1], c.net.project_t, dtype=T.dtype)
    return T[c.leaf_finish_slots].max(axis=0)


def backward(c: Compiled, T, L, var: Variation, day: DayIndex, finish) -> None:
    """Late times into ``L`` from the per-iteration project ``finish``."""
    np = _np()
    width = T.shape[1]
    for level in reversed(c.levels):
        lf = np.repeat(level.base_lf, width, axis=1)
        capped = level.not_gate
        lf[capped] = np.minimum(lf[capped], finish)
        ls = np.repeat(level.base_ls, width, axis=1)
        _into(lf, level.finish_out, L, np.minimum, -1, var)
        _into(ls, level.start_out, L, np.minimum, -1, var)
        if len(level.child_rows):
            rows, parents = level.child_rows, level.parents
            nodes = level.nodes[rows]
            lf[rows] = np.minimum(lf[rows], L[2 * parents + 1])
            v = L[2 * parents]
            ls[rows] = np.where(v < INF32, np.minimum(ls[rows], v + (T[2 * nodes] - T[2 * parents])),
                                ls[rows])
        for kind, (rows, nodes) in level.kinds.items():
            if kind == NORMAL or kind == FIXED:
                f = lf[rows]
                f = f - 1 + (f & 1)
                d = T[2 * nodes + 1] - T[2 * nodes]
                s = ls[rows]
                f = np.minimum(f, s + (s & 1) + d)  # ls = INF never binds
                L[2 * nodes], L[2 * nodes + 1] = f - d, f
            elif kind == MILESTONE:
                m = np.minimum(lf[rows], ls[rows])
                L[2 * nodes], L[2 * nodes + 1] = m, m
            elif kind == SUMMARY or kind == GATE:
                L[2 * nodes], L[2 * nodes + 1] = ls[rows], lf[rows]
            else:  # ELAPSED
                L[2 * nodes], L[2 * nodes + 1] = _elapsed_backward(day, ls[rows], lf[rows],
                                                                   _days(c, var, nodes))


def _delay(net: Network, var: Variation, node: int):
    if var.delta is None or net.kind[node] != MILESTONE:
        return 0
    return 2 * var.delta[node]


def _successor_slack(c: Compiled, T, var: Variation, i: int, finish):
    np = _np()
    starts, finishes = own_or_inherited_links(c.net, i)
    if not starts and not finishes:
        return instant(finish) - instant(T[2 * i + 1])
    slack = INF32
    for own, links in ((T[2 * i], starts), (T[2 * i + 1], finishes)):
        for slot, lag in links:
            if lag < NEG32:  # NO_BOUND: a started successor no longer bounds it
                continue
            lag = lag + _delay(c.net, var, slot >> 1)
            slack = np.minimum(slack, instant(T[slot]) - instant(own + lag))
    return slack


def place_alap(c: Compiled, T, L, var: Variation, day: DayIndex, finish) -> None:
    """Move ALAP tasks as late as their successors allow (free float), latest first."""
    np = _np()
    kind = c.net.kind
    for i in alap_nodes(c.net):
        room = np.minimum(_successor_slack(c, T, var, i, finish),
                          instant(L[2 * i + 1]) - instant(T[2 * i + 1]))
        move = np.maximum(room, 0)
        if kind[i] == ELAPSED:
            first = (T[2 * i] >> 1) + move
            days = _days(c, var, [i])[0]
            T[2 * i + 1] = np.where(move > 0, _elapsed_finish(day, first, days), T[2 * i + 1])
            T[2 * i] = np.where(move > 0, 2 * first, T[2 * i])
        else:
            T[2 * i] += 2 * move
            T[2 * i + 1] += 2 * move


def critical_counts(c: Compiled, T, L, complete, threshold: int):
    """Per task: in how many iterations it is critical (total float ≤ threshold, not
    complete; a summary when a child is)."""
    np = _np()
    n = c.net.n_tasks
    tf = instant(L[1:2 * n:2]) - instant(T[1:2 * n:2])
    critical = (tf <= threshold) & ~complete[:, None]
    for level in c.levels:
        if SUMMARY in level.kinds:
            kids = level.kids
            critical[level.nodes[kids.rows]] = np.logical_or.reduceat(
                critical[kids.slots >> 1], kids.starts, axis=0)
    return critical.sum(axis=1)


class FinishDates:
    """Day ordinals of the tasks' early finish, as :func:`desktop.domain.cpm._dates` shows
    them (elapsed tasks, calendar-date milestones on a holiday, actual dates)."""

    def __init__(self, c: Compiled, day: DayIndex) -> None:
        np = _np()
        net, cal = c.net, day.cal
        self.c, self.day = c, day
        self.holiday: dict[int, tuple[int, int]] = {}  # milestone → (index after, ordinal)
        plain, special, fixed = [], [], []
        for i, task in enumerate(net.tasks):
            if net.kids[i]:
                continue
            on_date = task.constraint in (ConstraintType.SNET, ConstraintType.MSO)
            if net.kind[i] == MILESTONE and task.elapsed and on_date and not cal.is_working(
                    task.constraint_date):
                self.holiday[i] = (cal.index_on_or_after(task.constraint_date),
                                   task.constraint_date.toordinal())
                special.append(i)
            elif i in net.shown_finish:
                (special if is_in_progress(net, i) else fixed).append(i)
            elif net.kind[i] == ELAPSED:
                special.append(i)
            else:
                plain.append(i)
        self.plain = np.array([2 * i + 1 for i in plain], dtype=np.intp)
        self.special = special
        self.fixed = max((net.shown_finish[i].toordinal() for i in fixed), default=None)

    def of(self, i: int, T, var: Variation):
        np = _np()
        net, day = self.c.net, self.day
        if i in var.shown:
            return var.shown[i]
        if i in net.shown_finish:
            return np.full(T.shape[1], net.shown_finish[i].toordinal(), dtype=np.int64)
        if net.kind[i] == ELAPSED:
            return day.ordinal(T[2 * i] >> 1) + (_days(self.c, var, [i])[0] - 1)
        ordinal = day.ordinal(T[2 * i + 1] >> 1)
        if i in self.holiday:
            after, on = self.holiday[i]
            ordinal = np.where((T[2 * i] >> 1) == after, on, ordinal)
        return ordinal

    def project(self, T, var: Variation):
        """The project's finish date: the latest finish of the tasks that are not summaries."""
        np = _np()
        best = np.full(T.shape[1], self.fixed if self.fixed is not None else -1, dtype=np.int64)
        if len(self.plain):
            best = np.maximum(best, self.day.ordinal(T[self.plain] >> 1).max(axis=0))
        for i in self.special:
            best = np.maximum(best, self.of(i, T, var))
        if self.fixed is None and not len(self.plain) and not self.special:
            best[:] = self.day.ordinal(self.c.net.project_t >> 1)
        return best
