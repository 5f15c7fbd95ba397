"""Re-run the engine's rules on the nodes an edit can move, and on nothing else.

Each step takes the nodes whose inputs changed (the *seeds*), applies the same rule the full
pass applies (:mod:`desktop.domain.cpm_passes`) in topological order (reverse order going
backward) and follows a node's dependants only when its values changed, so the walk stops
where dates stop moving.  Every step returns the nodes whose values changed.
"""

from __future__ import annotations

from collections.abc import Iterable
from heapq import heapify, heappop, heappush

from desktop.domain.calendar import WorkCalendar
from desktop.domain.cpm_nodes import ELAPSED, FIXED, SUMMARY, Network
from desktop.domain.cpm_passes import early_rule, elapsed_finish, instant, late_rule, roll_up


def order_rank(net: Network) -> list[int]:
    """Position of every node in the topological order."""
    rank = [0] * len(net.kind)
    for r, i in enumerate(net.order):
        rank[i] = r
    return rank


def forward_from(net: Network, early: list[int], cal: WorkCalendar, seeds: Iterable[int],
                 rank: list[int]) -> set[int]:
    """Early times of the seeds and of what they push, in topological order."""
    settle = early_rule(net, early, cal)
    kind, base_es, base_ef = net.kind, net.base_es, net.base_ef
    start_in, finish_in = net.start_in, net.finish_in
    start_out, finish_out, parent = net.start_out, net.finish_out, net.parent
    queued = set(seeds)
    heap = [(rank[i], i) for i in queued]
    heapify(heap)
    changed = set()
    while heap:
        i = heappop(heap)[1]
        before = early[2 * i], early[2 * i + 1]
        if kind[i] != SUMMARY and kind[i] != FIXED:
            es = base_es[i]
            for slot, lag in start_in[i]:
                v = early[slot] + lag
                if v > es:
                    es = v
            ef = base_ef[i]
            for slot, lag in finish_in[i]:
                v = early[slot] + lag
                if v > ef:
                    ef = v
            early[2 * i], early[2 * i + 1] = es, ef
        settle(i)
        if (early[2 * i], early[2 * i + 1]) == before:
            continue
        changed.add(i)
        after = [slot >> 1 for slot, _ in start_out[i]] + [slot >> 1 for slot, _ in finish_out[i]]
        if parent[i] >= 0:
            after.append(parent[i])
        for b in after:
            if b not in queued:
                queued.add(b)
                heappush(heap, (rank[b], b))
    return changed


def backward_from(net: Network, early: list[int], late: list[int], cal: WorkCalendar,
                  finish: int, seeds: Iterable[int], rank: list[int]) -> set[int]:
    """Late times of the seeds and of what they pull, in reverse topological order."""
    rule = late_rule(net, early, early, late, cal, finish)
    start_in, finish_in, kids = net.start_in, net.finish_in, net.kids
    queued = set(seeds)
    heap = [(-rank[i], i) for i in queued]
    heapify(heap)
    changed = set()
    while heap:
        i = heappop(heap)[1]
        before = late[2 * i], late[2 * i + 1]
        rule(i)
        if (late[2 * i], late[2 * i + 1]) == before:
            continue
        changed.add(i)
        after = [slot >> 1 for slot, _ in start_in[i]] + [slot >> 1 for slot, _ in finish_in[i]]
        for a in after + kids[i]:
            if a not in queued:
                queued.add(a)
                heappush(heap, (-rank[a], a))
    return changed


def ancestors(net: Network, nodes: Iterable[int]) -> set[int]:
    """Every summary above any of ``nodes``."""
    parent, found = net.parent, set()
    for i in nodes:
        p = parent[i]
        while p >= 0 and p not in found:
            found.add(p)
            p = parent[p]
    return found


def roll_up_above(net: Network, times: list[int], changed: set[int], rank: list[int]) -> None:
    """Roll up the summaries above ``changed`` (inner first); add those that moved."""
    for i in sorted(ancestors(net, changed), key=rank.__getitem__):
        before = times[2 * i], times[2 * i + 1]
        roll_up(net, times, i)
        if (times[2 * i], times[2 * i + 1]) != before:
            changed.add(i)


def shown_times(net: Network, early: list[int], late: list[int], T: list[int], L: list[int],
                moved_early: set[int], moved_late: set[int], alap: set[int], cal: WorkCalendar,
                finish: int, rank: list[int]) -> tuple[set[int], set[int]]:
    """The times as shown: pass times for everything but summaries and ALAP tasks, ALAP
    tasks moved late (all of them, latest first: they depend on one another), summaries
    rolled up.  Returns the nodes whose shown early and late times changed."""
    changed_t, changed_l = set(), set()
    for i in moved_early:
        if i not in alap and net.kind[i] != SUMMARY and (T[2 * i], T[2 * i + 1]) != (early[2 * i], early[2 * i + 1]):
            T[2 * i], T[2 * i + 1] = early[2 * i], early[2 * i + 1]
            changed_t.add(i)
    if alap:
        slack = late_rule(net, early, T, late, cal, finish)
        for i in sorted(alap, key=rank.__getitem__, reverse=True):
            before = T[2 * i], T[2 * i + 1]
            T[2 * i], T[2 * i + 1] = early[2 * i], early[2 * i + 1]
            room = min(slack(i), instant(late[2 * i + 1]) - instant(T[2 * i + 1]))
            if room > 0:
                if net.kind[i] == ELAPSED:
                    day = (T[2 * i] >> 1) + room
                    T[2 * i], T[2 * i + 1] = 2 * day, elapsed_finish(cal, day, net.tasks[i].duration)
                else:
                    T[2 * i] += 2 * room
                    T[2 * i + 1] += 2 * room
            if (T[2 * i], T[2 * i + 1]) != before:
                changed_t.add(i)
    roll_up_above(net, T, changed_t, rank)
    for i in moved_late:
        if net.kind[i] != SUMMARY and (L[2 * i], L[2 * i + 1]) != (late[2 * i], late[2 * i + 1]):
            L[2 * i], L[2 * i + 1] = late[2 * i], late[2 * i + 1]
            changed_l.add(i)
    roll_up_above(net, L, changed_l, rank)
    return changed_t, changed_l


def total_floats_of(net: Network, T: list[int], L: list[int], tf: list[int], nodes: set[int],
                    rank: list[int]) -> set[int]:
    """Total floats of the task ``nodes`` and of the summaries above them."""
    n, kind, changed = net.n_tasks, net.kind, set()
    for i in nodes:
        if i < n and kind[i] != SUMMARY:
            value = instant(L[2 * i + 1]) - instant(T[2 * i + 1])
            if value != tf[i]:
                tf[i] = value
                changed.add(i)
    for i in sorted(ancestors(net, changed), key=rank.__getitem__):
        value = min([tf[c] for c in net.kids[i]])
        if value != tf[i]:
            tf[i] = value
            changed.add(i)
    return changed


def descendants(net: Network, i: int) -> list[int]:
    found, stack = [], list(net.kids[i])
    while stack:
        node = stack.pop()
        found.append(node)
        stack.extend(net.kids[node])
    return found


def free_float_nodes(net: Network, moved: set[int], also: Iterable[int]) -> set[int]:
    """Tasks whose free float may change when ``moved`` nodes moved: themselves, whatever
    links into them (and what inherits a linked summary's links), and ``also``."""
    n = net.n_tasks
    found, linked = set(also), set()
    for i in moved:
        found.add(i)
        linked.update(slot >> 1 for slot, _ in net.start_in[i] + net.finish_in[i])
    for a in linked:
        found.add(a)
        if a < n and net.kind[a] == SUMMARY:
            found.update(descendants(net, a))
    return {i for i in found if i < n}


def free_floats_of(net: Network, early: list[int], T: list[int], late: list[int],
                   tf: list[int], ff: list[int], cal: WorkCalendar, finish: int,
                   nodes: set[int]) -> set[int]:
    """Free floats of the task ``nodes``: slack to their successors, capped by total float."""
    slack, changed = late_rule(net, early, T, late, cal, finish), set()
    for i in nodes:
        s, f = slack(i), tf[i]
        value = s if s < f else f
        value = value if value > 0 else 0
        if value != ff[i]:
            ff[i] = value
            changed.add(i)
    return changed
