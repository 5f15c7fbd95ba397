"""Check a plan and turn it into the integer network the passes of the engine walk.

Time is counted in *half-days* of the working calendar: ``t = 2·i`` is the start of
working day ``i`` (8 a.m.), ``t = 2·i + 1`` its end (5 p.m.).  Both ``2·i + 1`` and
``2·i + 2`` are the same working instant (no working time in between); the instant of
``t`` is ``(t + 1) >> 1`` and floats are differences of instants, in working days.
Tasks start on an even ``t`` and finish on an odd one; milestones keep the side of
whatever placed them, which is how MS Project shows a milestone after a task on that
task's finish date but a milestone at the project start on the start date.

Nodes: task ``k`` of the input is node ``k``; a summary task's node is its roll-up
("out" node).  A summary that receives links also gets a *gate* node, numbered after the
tasks, which collects those links and passes them on to every child.  Each node has two
slots in the time arrays: ``2·node`` (start) and ``2·node + 1`` (finish).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from desktop.domain.calendar import WorkCalendar
from desktop.domain.cpm_calendars import TaskCalendars, task_calendars
from desktop.domain.cpm_model import (
    DATED_CONSTRAINTS, ConstraintType, LinkInput, LinkType, ScheduleInputError,
    ScheduleLoopError, TaskInput,
)

NEG = -(1 << 60)
INF = 1 << 60
# Lag recorded on the predecessor's side of a link into a task that has started: its
# dates are actual, so the link no longer bounds the predecessor's late dates or free
# float (L − NO_BOUND is beyond any date).
NO_BOUND = NEG

# node kinds
NORMAL, MILESTONE, ELAPSED, FIXED, SUMMARY, GATE = range(6)

_ONE_DAY = timedelta(days=1)
_UNDATED = frozenset({ConstraintType.ASAP, ConstraintType.ALAP})
_FROM_FINISH = {LinkType.FS: 1, LinkType.FF: 1, LinkType.SS: 0, LinkType.SF: 0}
_TO_START = {LinkType.FS: True, LinkType.SS: True, LinkType.FF: False, LinkType.SF: False}


@dataclass(slots=True)
class Network:
    """Flat lists indexed by node; see the module docstring for the numbering."""

    tasks: Sequence[TaskInput]
    links: Sequence[LinkInput]
    link_pos: list[tuple[int, int]]          # (pred position, succ position) per link
    n_tasks: int
    kind: list[int]
    span: list[int]                          # finish − start in half-days (NORMAL, FIXED)
    parent: list[int]                        # parent summary node or −1
    kids: list[list[int]]                    # children of a summary node
    gate_of: dict[int, int]                  # summary position → gate node
    gate_owner: list[int]                    # gate node − n_tasks → summary position
    start_in: list[list[tuple[int, int]]]    # (source slot, lag in half-days)
    finish_in: list[list[tuple[int, int]]]
    start_out: list[list[tuple[int, int]]]   # (target slot, lag in half-days or NO_BOUND)
    finish_out: list[list[tuple[int, int]]]
    base_es: list[int]
    base_ef: list[int]
    base_ls: list[int]
    base_lf: list[int]
    fixed: dict[int, tuple[int, int]]        # FIXED node → (start, finish) half-days
    shown_start: dict[int, date]             # dates shown instead of the computed ones
    shown_finish: dict[int, date]
    project_t: int
    order: list[int]
    cals: TaskCalendars | None = None        # task calendars (None: every task on the axis)

    def release_adjacency(self) -> None:
        """Drop the per-node link lists once the passes are done (they are large)."""
        self.start_in = self.finish_in = self.start_out = self.finish_out = []


def _ceil_days(days: int, percent: float) -> int:
    """Remaining whole days of ``days`` at ``percent`` complete (rounded up)."""
    return max(0, math.ceil(days * (100 - percent) / 100 - 1e-9))


# ---------------------------------------------------------------------- validation
def _index_tasks(tasks: Sequence[TaskInput]) -> dict[int, int]:
    pos: dict[int, int] = {}
    for k, task in enumerate(tasks):
        if task.id in pos:
            raise ScheduleInputError("task_duplicate", task.id)
        pos[task.id] = k
        if task.duration < 0:
            raise ScheduleInputError("duration_negative", task.id, duration=task.duration)
        if not 0 <= task.percent_complete <= 100:
            raise ScheduleInputError("percent_out_of_range", task.id,
                                     percent=task.percent_complete)
        if task.constraint in DATED_CONSTRAINTS and task.constraint_date is None:
            raise ScheduleInputError("constraint_date_missing", task.id,
                                     constraint=task.constraint.value)
        if (task.actual_start and task.actual_finish
                and task.actual_finish < task.actual_start):
            raise ScheduleInputError("actual_finish_before_start", task.id)
    return pos


def _parents(tasks: Sequence[TaskInput], pos: dict[int, int]) -> list[int]:
    parent = [-1] * len(tasks)
    for k, task in enumerate(tasks):
        if task.parent_id is None:
            continue
        if task.parent_id not in pos:
            raise ScheduleInputError("parent_unknown", task.id, parent_id=task.parent_id)
        parent[k] = pos[task.parent_id]
    state = [0] * len(tasks)  # 0 unseen, 1 on the current walk, 2 known to reach the top
    for k in range(len(tasks)):
        walk = []
        node = k
        while node >= 0 and state[node] == 0:
            state[node] = 1
            walk.append(node)
            node = parent[node]
        if node >= 0 and state[node] == 1:
            raise ScheduleInputError("parent_loop", tasks[node].id)
        for visited in walk:
            state[visited] = 2
    return parent


def _is_ancestor(parent: list[int], ancestor: int, node: int) -> bool:
    node = parent[node]
    while node >= 0:
        if node == ancestor:
            return True
        node = parent[node]
    return False


def _link_positions(links: Sequence[LinkInput], pos: dict[int, int], parent: list[int],
                    is_summary: list[bool]) -> list[tuple[int, int]]:
    """Input positions (pred, succ) of every link, refusing impossible links."""
    result = []
    append = result.append
    any_summary = any(is_summary)
    for link in links:
        try:
            p, s = pos[link.pred_id], pos[link.succ_id]
        except KeyError:
            missing = link.pred_id if link.pred_id not in pos else link.succ_id
            raise ScheduleInputError("link_task_unknown", missing, pred_id=link.pred_id,
                                     succ_id=link.succ_id) from None
        if p == s:
            raise ScheduleInputError("link_to_self", link.pred_id)
        if any_summary and ((is_summary[p] and _is_ancestor(parent, p, s))
                            or (is_summary[s] and _is_ancestor(parent, s, p))):
            raise ScheduleInputError("link_summary_descendant", link.succ_id,
                                     pred_id=link.pred_id, succ_id=link.succ_id)
        append((p, s))
    return result


# ---------------------------------------------------------------------- per-task bases
class _Bases:
    """Fills kind, span, bounds and fixed times of the task nodes."""

    def __init__(self, net: Network, calendar: WorkCalendar, status: date | None) -> None:
        self.net = net
        self.cal = calendar
        self.status = status
        self.status_t = (2 * calendar.index_on_or_after(status + _ONE_DAY)
                         if status is not None else NEG)
        self.es0 = max(net.project_t, self.status_t)

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
        remaining = _ceil_days(task.duration, task.percent_complete)
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


# ---------------------------------------------------------------------- graph
def _wire_links(net: Network, is_summary: list[bool]) -> None:
    """Record every link on both ends: ``*_in`` of the successor, ``*_out`` of the predecessor."""
    start_in, finish_in = net.start_in, net.finish_in
    start_out, finish_out = net.start_out, net.finish_out
    gate_of, node_kind = net.gate_of, net.kind
    from_finish, to_start = _FROM_FINISH, _TO_START
    for link, (p, s) in zip(net.links, net.link_pos):
        if gate_of and is_summary[s]:
            s = gate_of[s]
        lag2 = 2 * link.lag
        back = NO_BOUND if node_kind[s] == FIXED else lag2
        kind = link.type
        if from_finish[kind]:
            src_slot, out = 2 * p + 1, finish_out[p]
        else:
            src_slot, out = 2 * p, start_out[p]
        if to_start[kind]:
            start_in[s].append((src_slot, lag2))
            out.append((2 * s, back))
        else:
            finish_in[s].append((src_slot, lag2))
            out.append((2 * s + 1, back))


def _wire_gates(net: Network) -> None:
    for gate, owner in enumerate(net.gate_owner, start=net.n_tasks):
        for child in net.kids[owner]:
            target = net.gate_of.get(child, child)
            net.start_in[target].append((2 * gate, 0))
            net.finish_in[target].append((2 * gate + 1, 0))
            back = NO_BOUND if net.kind[target] == FIXED else 0
            net.start_out[gate].append((2 * target, back))
            net.finish_out[gate].append((2 * target + 1, back))


def _depth(parent: list[int], k: int) -> int:
    depth = 0
    while parent[k] >= 0:
        k = parent[k]
        depth += 1
    return depth


def _make_gates(net: Network, is_summary: list[bool]) -> None:
    linked = {s for _, s in net.link_pos if is_summary[s]}
    summaries = sorted((k for k in range(net.n_tasks) if is_summary[k]),
                       key=lambda k: _depth(net.parent, k))
    for k in summaries:
        if k in linked or net.parent[k] in net.gate_of:
            net.gate_of[k] = net.n_tasks + len(net.gate_owner)
            net.gate_owner.append(k)
    for _ in net.gate_owner:
        for lst in (net.kind, net.span, net.parent, net.base_es, net.base_ef,
                    net.base_ls, net.base_lf):
            lst.append(0)
        net.kind[-1], net.parent[-1] = GATE, -1
        net.base_es[-1], net.base_ef[-1] = NEG, NEG
        net.base_ls[-1], net.base_lf[-1] = INF, INF
        for lst in (net.kids, net.start_in, net.finish_in, net.start_out, net.finish_out):
            lst.append([])


def task_of_node(net: Network, node: int) -> int:
    """Input position of the task a node stands for (a gate stands for its summary)."""
    return node if node < net.n_tasks else net.gate_owner[node - net.n_tasks]


def _topological_order(net: Network) -> list[int]:
    """Kahn's algorithm; raises :class:`ScheduleLoopError` naming one loop."""
    size = len(net.kind)
    start_in, finish_in, kids = net.start_in, net.finish_in, net.kids
    indeg = [len(start_in[i]) + len(finish_in[i]) + len(kids[i]) for i in range(size)]
    order = [i for i in range(size) if not indeg[i]]
    start_out, finish_out, parent = net.start_out, net.finish_out, net.parent
    for a in order:  # the list grows while it is walked
        for slot, _ in start_out[a]:
            b = slot >> 1
            indeg[b] -= 1
            if not indeg[b]:
                order.append(b)
        for slot, _ in finish_out[a]:
            b = slot >> 1
            indeg[b] -= 1
            if not indeg[b]:
                order.append(b)
        b = parent[a]
        if b >= 0:
            indeg[b] -= 1
            if not indeg[b]:
                order.append(b)
    if len(order) < size:
        raise ScheduleLoopError(_find_loop(net, indeg))
    return order


def _find_loop(net: Network, indeg: list[int]) -> list[int]:
    """Walk back through unscheduled nodes until one repeats; name that loop's tasks."""
    node = next(i for i, d in enumerate(indeg) if d > 0)
    seen: dict[int, int] = {}
    walk: list[int] = []
    while node not in seen:
        seen[node] = len(walk)
        walk.append(node)
        preds = [slot >> 1 for slot, _ in net.start_in[node] + net.finish_in[node]]
        preds += net.kids[node]
        node = next(p for p in preds if indeg[p] > 0)
    loop = list(reversed(walk[seen[node]:]))  # in link direction
    ids: list[int] = []
    for n in loop:  # a summary's gate and roll-up nodes name the same task: keep one
        task_id = net.tasks[task_of_node(net, n)].id
        if task_id not in ids:
            ids.append(task_id)
    first = ids.index(min(ids))
    return ids[first:] + ids[:first]


def build_network(tasks: Sequence[TaskInput], links: Sequence[LinkInput],
                  calendar: WorkCalendar, project_start: date,
                  status_date: date | None, calendars: Mapping[int, WorkCalendar] | None = None,
                  schedule_calendar: WorkCalendar | None = None,
                  lags_on: str = "successor") -> Network:
    """Validate the plan and lay it out as a :class:`Network` in topological order.

    With ``calendars`` (task id → its calendar; see :mod:`desktop.domain.cpm_calendars`),
    ``calendar`` is the axis the network counts on and ``schedule_calendar`` the calendar of
    the tasks not in ``calendars``."""
    pos = _index_tasks(tasks)
    parent = _parents(tasks, pos)
    n = len(tasks)
    kids: list[list[int]] = [[] for _ in range(n)]
    for k, p in enumerate(parent):
        if p >= 0:
            kids[p].append(k)
    is_summary = [bool(c) for c in kids]
    net = Network(
        tasks=tasks, links=links, link_pos=_link_positions(links, pos, parent, is_summary),
        n_tasks=n, kind=[NORMAL] * n, span=[0] * n, parent=parent, kids=kids, gate_of={},
        gate_owner=[], start_in=[[] for _ in range(n)], finish_in=[[] for _ in range(n)],
        start_out=[[] for _ in range(n)], finish_out=[[] for _ in range(n)],
        base_es=[0] * n, base_ef=[NEG] * n, base_ls=[INF] * n, base_lf=[INF] * n,
        fixed={}, shown_start={}, shown_finish={},
        project_t=2 * calendar.index_on_or_after(project_start), order=[])
    if calendars is not None:
        net.cals = task_calendars(tasks, calendars, schedule_calendar or calendar, calendar,
                                  lags_on, net.gate_owner)
    bases = _Bases(net, calendar, status_date)
    for k, task in enumerate(tasks):
        bases.fill(k, task)
    _make_gates(net, is_summary)
    _wire_links(net, is_summary)
    _wire_gates(net)
    net.order = _topological_order(net)
    return net
