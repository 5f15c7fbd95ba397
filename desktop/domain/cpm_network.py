"""Check a plan and turn it into the integer network the passes of the engine walk.

The numbering and the time unit are described in :mod:`desktop.domain.cpm_nodes`; the
checks live in :mod:`desktop.domain.cpm_checks` and the per-task bounds in
:mod:`desktop.domain.cpm_bases`.  Links are wired on the predecessor's side only (the
passes push forward and pull backward along them); the successor's side is wired when a
loop must be named or a live schedule is edited (:func:`wire_inputs`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date
from itertools import compress
from operator import eq, or_

from desktop.domain.calendar import WorkCalendar
from desktop.domain.cpm_bases import Bases
from desktop.domain.cpm_calendars import task_calendars
from desktop.domain.cpm_checks import check_link, index_tasks, parents
from desktop.domain.cpm_model import LinkInput, LinkType, ScheduleInputError, TaskInput
from desktop.domain.cpm_nodes import (
    ELAPSED, FIXED, GATE, INF, MILESTONE, NEG, NO_BOUND, NORMAL, SUMMARY, Network, task_of_node,
)

__all__ = ["ELAPSED", "FIXED", "GATE", "INF", "MILESTONE", "NEG", "NO_BOUND", "NORMAL", "SUMMARY",
           "Network", "build_network", "find_loop", "task_of_node", "wire_inputs"]

_FROM_FINISH = {LinkType.FS: 1, LinkType.FF: 1, LinkType.SS: 0, LinkType.SF: 0}
_TO_FINISH = {LinkType.FS: 0, LinkType.SS: 0, LinkType.FF: 1, LinkType.SF: 1}


def link_slots(net: Network, indices: Iterable[int] | None = None) -> Iterator[tuple[int, int, int]]:
    """Per link (all, or those at ``indices``): the predecessor's slot it leaves from, the
    slot it bounds (a linked summary's gate stands in for the summary) and its lag in
    half-days."""
    gate_of, links = net.gate_of, net.links
    for j in range(len(links)) if indices is None else indices:
        _, _, kind, lag = links[j]
        p, s = net.link_pred[j], net.link_succ[j]
        s = gate_of.get(s, s)
        yield p + p + _FROM_FINISH[kind], s + s + _TO_FINISH[kind], lag + lag


def out_lists(net: Network) -> list[list[tuple[int, int]]]:
    """``start_out`` and ``finish_out`` interleaved: the outgoing list of each slot."""
    outs: list = [None] * (2 * len(net.kind))
    outs[0::2], outs[1::2] = net.start_out, net.finish_out
    return outs


def _wire_links(net: Network, pos: dict[int, int], is_summary: list[bool]) -> None:
    """Find every link's tasks, record the link on its predecessor's side and count it into
    its successor (one pass over the links); refuse a link the engine cannot schedule."""
    outs, n_in, kind = out_lists(net), net.n_in, net.kind
    preds, succs = net.link_pred, net.link_succ
    from_finish, to_finish, started = _FROM_FINISH, _TO_FINISH, bool(net.fixed)
    try:
        for p, s, t, lag in net.links:
            p, s = pos[p], pos[s]
            preds.append(p)
            succs.append(s)
            lag += lag
            if started and kind[s] == FIXED:  # links into started work stop bounding
                lag = NO_BOUND
            outs[p + p + from_finish[t]].append((s + s + to_finish[t], lag))
            n_in[s] += 1
    except KeyError:
        _refuse_links(net.links, pos, net.parent, is_summary)
    if any(map(eq, preds, succs)):
        _refuse_links(net.links, pos, net.parent, is_summary)
    if any(is_summary):
        touching = map(or_, map(is_summary.__getitem__, preds), map(is_summary.__getitem__, succs))
        _refuse_links(list(compress(net.links, touching)), pos, net.parent, is_summary)


def _refuse_links(links: Sequence[LinkInput], pos: dict[int, int], parent: list[int],
                  is_summary: list[bool]) -> None:
    """Raise the error of the first link the engine cannot schedule (none: return)."""
    for link in links:
        if link.pred_id not in pos or link.succ_id not in pos:
            missing = link.pred_id if link.pred_id not in pos else link.succ_id
            raise ScheduleInputError("link_task_unknown", missing, pred_id=link.pred_id,
                                     succ_id=link.succ_id)
        check_link(link, pos[link.pred_id], pos[link.succ_id], parent, is_summary)


def _move_to_gates(net: Network) -> None:
    """Links into a summary that got a gate were wired to the summary: move them to its gate."""
    outs, n_in, gate_of = out_lists(net), net.n_in, net.gate_of
    gated = compress(range(len(net.links)), map(gate_of.__contains__, net.link_succ))
    for j in gated:
        _, _, kind, lag = net.links[j]
        p, s = net.link_pred[j], net.link_succ[j]
        g, side = gate_of[s], _TO_FINISH[kind]
        out = outs[p + p + _FROM_FINISH[kind]]
        out[out.index((s + s + side, lag + lag))] = (g + g + side, lag + lag)
        n_in[s] -= 1
        n_in[g] += 1


def _gate_links(net: Network):
    """(gate, child node) per child of every gated summary (a gated child summary's gate)."""
    gate_of, kids = net.gate_of, net.kids
    for gate, owner in enumerate(net.gate_owner, start=net.n_tasks):
        for child in kids[owner]:
            yield gate, gate_of.get(child, child)


def _wire_gates(net: Network) -> None:
    for gate, target in _gate_links(net):
        back = NO_BOUND if net.kind[target] == FIXED else 0
        net.start_out[gate].append((2 * target, back))
        net.finish_out[gate].append((2 * target + 1, back))
        net.n_in[target] += 2


def wire_inputs(net: Network) -> None:
    """Fill ``start_in``/``finish_in``: (source slot, lag in half-days) per incoming link."""
    size = len(net.kind)
    net.start_in = [[] for _ in range(size)]
    net.finish_in = [[] for _ in range(size)]
    ins: list = [None] * (2 * size)
    ins[0::2], ins[1::2] = net.start_in, net.finish_in
    for source, target, lag in link_slots(net):
        ins[target].append((source, lag))
    for gate, target in _gate_links(net):
        net.start_in[target].append((2 * gate, 0))
        net.finish_in[target].append((2 * gate + 1, 0))


def _depth(parent: list[int], k: int) -> int:
    depth = 0
    while parent[k] >= 0:
        k = parent[k]
        depth += 1
    return depth


def _make_gates(net: Network, is_summary: list[bool]) -> None:
    linked = {s for s in net.link_succ if is_summary[s]}
    summaries = sorted((k for k in range(net.n_tasks) if is_summary[k]),
                       key=lambda k: _depth(net.parent, k))
    for k in summaries:
        if k in linked or net.parent[k] in net.gate_of:
            net.gate_of[k] = net.n_tasks + len(net.gate_owner)
            net.gate_owner.append(k)
    for _ in net.gate_owner:
        for values, default in ((net.kind, GATE), (net.span, 0), (net.parent, -1), (net.n_in, 0),
                                (net.base_es, NEG), (net.base_ef, NEG), (net.base_ls, INF),
                                (net.base_lf, INF)):
            values.append(default)
        for lists in (net.kids, net.start_out, net.finish_out):
            lists.append([])


def find_loop(net: Network, indeg: list[int]) -> list[int]:
    """Walk back through unscheduled nodes until one repeats; name that loop's tasks."""
    if len(net.start_in) != len(net.kind):
        wire_inputs(net)
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
    """Validate the plan and lay it out as a :class:`Network` (ordered by the forward pass).

    With ``calendars`` (task id → its calendar; see :mod:`desktop.domain.cpm_calendars`),
    ``calendar`` is the axis the network counts on and ``schedule_calendar`` the calendar of
    the tasks not in ``calendars``."""
    pos, special = index_tasks(tasks)
    parent = parents(tasks, pos)
    n = len(tasks)
    kids: list[list[int]] = [[] for _ in range(n)]
    for k, p in enumerate(parent):
        if p >= 0:
            kids[p].append(k)
    is_summary = [bool(c) for c in kids]
    net = Network(
        tasks=tasks, links=links, link_pred=[], link_succ=[], n_tasks=n, kind=[], span=[],
        parent=parent, kids=kids, gate_of={}, gate_owner=[],
        start_out=[[] for _ in range(n)], finish_out=[[] for _ in range(n)],
        n_in=list(map(len, kids)), base_es=[], base_ef=[], base_ls=[], base_lf=[],
        project_t=2 * calendar.index_on_or_after(project_start))
    if calendars is not None:
        net.cals = task_calendars(tasks, calendars, schedule_calendar or calendar, calendar,
                                  lags_on, net.gate_owner)
    Bases(net, calendar, status_date).fill_all(special)
    _wire_links(net, pos, is_summary)
    _make_gates(net, is_summary)
    if net.gate_of:
        _move_to_gates(net)
        _wire_gates(net)
    return net
