"""The passes of the engine when tasks work on their own calendars.

The same steps as :mod:`desktop.domain.cpm_passes` (``forward``, ``backward``,
``place_alap``, ``slack_of``, ``total_floats``, with the same signatures), over a network
that carries task calendars (``net.cals``, :mod:`desktop.domain.cpm_calendars`), with the
three things task calendars change:

* a link's lag counts working time of the calendar ``lags_on`` names
  (:meth:`TaskCalendars.ahead` forward, :meth:`TaskCalendars.back` backward);
* a task with a duration is placed in its own calendar's half-days: its bounds are turned
  into its own time, the engine's integer rule (:func:`desktop.domain.cpm_passes.early_rule`
  forward) is applied there and its times are turned back to the axis;
* floats and free slack are counted in the task's own working days.

A schedule without task calendars never comes here: its passes are the plain ones,
untouched.  The topological order (and a loop's refusal) come from the plain forward pass;
its times are then computed again, node by node, by these rules.
"""

from __future__ import annotations

from desktop.domain.calendar import WorkCalendar
from desktop.domain.cpm_calendars import TaskCalendars
from desktop.domain.cpm_network import wire_inputs
from desktop.domain.cpm_nodes import (
    ELAPSED, FIXED, GATE, INF, MILESTONE, NORMAL, SUMMARY, Network,
)
from desktop.domain.cpm_passes import (
    alap_nodes, early_rule, elapsed_backward, elapsed_finish, own_or_inherited_links,
    summaries_in_order,
)
from desktop.domain.cpm_passes import forward as plain_forward

__all__ = ["backward", "forward", "place_alap", "slack_of", "total_floats"]


def _cals(net: Network) -> TaskCalendars:
    if net.cals is None:
        raise ValueError("these passes are for a network with task calendars")
    return net.cals


# ---------------------------------------------------------------------- forward
def forward(net: Network, cal: WorkCalendar) -> list[int]:
    """Early times (``T[2·node]`` start, ``T[2·node + 1]`` finish) and ``net.order``."""
    cals = _cals(net)
    plain_forward(net, cal)  # net.order, or the ScheduleLoopError naming the loop
    if len(net.start_in) != len(net.kind):
        wire_inputs(net)
    T = [0] * (2 * len(net.kind))
    settle = early_rule(net, T, cal)
    kind, base_es, base_ef = net.kind, net.base_es, net.base_ef
    start_in, finish_in = net.start_in, net.finish_in
    for i in net.order:
        k = kind[i]
        if k != SUMMARY and k != FIXED:
            es = base_es[i]
            for slot, lag in start_in[i]:
                v = cals.ahead(T[slot], lag, slot >> 1, i)
                if v > es:
                    es = v
            ef = base_ef[i]
            for slot, lag in finish_in[i]:
                v = cals.ahead(T[slot], lag, slot >> 1, i)
                if v > ef:
                    ef = v
            own = cals.of(i) if k == NORMAL else None
            if own is not None:  # placed in the task's own calendar
                T[i + i], T[i + i + 1] = own.to_own(es), own.to_own(ef)
                settle(i)
                T[i + i], T[i + i + 1] = own.to_axis(T[i + i]), own.to_axis(T[i + i + 1])
                continue
            T[i + i], T[i + i + 1] = es, ef
        settle(i)
    return T


# ---------------------------------------------------------------------- backward
def _slack(net: Network, shown: list[int], i: int, finish: int) -> int:
    """Working days of ``i``'s own calendar it can slip before delaying a successor (its own
    links', else its nearest linked summary ancestor's finish links', else the finish)."""
    cals = net.cals
    starts, finishes = own_or_inherited_links(net, i)
    if not starts and not finishes:
        return cals.days(i, finish, shown[2 * i + 1])
    s_i, f_i = shown[2 * i], shown[2 * i + 1]
    return min([cals.days(i, shown[slot], cals.ahead(s_i, lag, i, slot >> 1)) for slot, lag in starts]
               + [cals.days(i, shown[slot], cals.ahead(f_i, lag, i, slot >> 1))
                  for slot, lag in finishes])


def late_rule(net: Network, early: list[int], shown: list[int], L: list[int], cal: WorkCalendar,
              finish: int):
    """:func:`desktop.domain.cpm_passes.late_rule` with task calendars: ``late(i)`` puts
    node ``i``'s late times in ``L`` and returns its slack by the times ``shown``."""
    cals = _cals(net)
    kind, span = net.kind, net.span

    def late(i: int) -> int:
        k = kind[i]
        lf = net.base_lf[i] if k == GATE else min(net.base_lf[i], finish)
        for slot, lag in net.finish_out[i]:
            lf = min(lf, cals.back(L[slot], lag, i, slot >> 1))
        ls = net.base_ls[i]
        for slot, lag in net.start_out[i]:
            ls = min(ls, cals.back(L[slot], lag, i, slot >> 1))
        p = net.parent[i]
        if p >= 0:
            lf = min(lf, L[p + p + 1])
            if L[p + p] < INF:  # keep this child's offset from the summary's start
                ls = min(ls, L[p + p] + early[i + i] - early[p + p])
        if k == NORMAL or k == FIXED:
            own = cals.of(i)
            if own is not None:  # placed in the task's own calendar
                lf, ls = own.to_own(lf), own.to_own(ls)
            lf = lf - 1 + (lf & 1)
            d = span[i]
            if ls < INF:
                lf = min(lf, ls + (ls & 1) + d)
            L[i + i], L[i + i + 1] = lf - d, lf
            if own is not None:
                L[i + i], L[i + i + 1] = own.to_axis(lf - d), own.to_axis(lf)
        elif k == MILESTONE:
            L[i + i] = L[i + i + 1] = min(lf, ls)
        elif k == SUMMARY or k == GATE:
            L[i + i], L[i + i + 1] = ls, lf
        else:  # ELAPSED: calendar days
            L[i + i], L[i + i + 1] = elapsed_backward(cal, ls, lf, net.tasks[i].duration)
        return _slack(net, shown, i, finish)

    return late


def backward(net: Network, early: list[int], cal: WorkCalendar, finish: int,
             slack: list[int] | None = None) -> list[int]:
    """Late times (and, with ``slack``, each task's slack by the early times)."""
    L = [0] * len(early)
    late = late_rule(net, early, early, L, cal, finish)
    n = net.n_tasks
    for i in reversed(net.order):
        room = late(i)
        if slack is not None and i < n:
            slack[i] = room
    return L


# ---------------------------------------------------------------------- floats
def total_floats(net: Network, T: list[int], L: list[int]) -> list[int]:
    """Late minus early finish in the task's own working days; a summary: its children's
    minimum."""
    cals = _cals(net)
    tf = [cals.days(i, L[2 * i + 1], T[2 * i + 1]) for i in range(net.n_tasks)]
    kids = net.kids
    for i in summaries_in_order(net):
        tf[i] = min([tf[c] for c in kids[i]])
    return tf


def place_alap(net: Network, early: list[int], T: list[int], late: list[int],
               cal: WorkCalendar, finish: int) -> None:
    """Move ALAP tasks as late as their successors allow, by their own working days."""
    cals = _cals(net)
    room_after = late_rule(net, early, T, late, cal, finish)
    for i in alap_nodes(net):
        room = min(room_after(i), cals.days(i, late[2 * i + 1], T[2 * i + 1]))
        if room <= 0:
            continue
        if net.kind[i] == ELAPSED:
            day = (T[2 * i] >> 1) + room
            T[2 * i], T[2 * i + 1] = 2 * day, elapsed_finish(cal, day, net.tasks[i].duration)
        else:
            T[2 * i] = cals.shift_on(i, T[2 * i], 2 * room)
            T[2 * i + 1] = cals.shift_on(i, T[2 * i + 1], 2 * room)


def slack_of(net: Network, early: list[int], T: list[int], late: list[int], cal: WorkCalendar,
             finish: int) -> list[int]:
    """Every task's slack by the times ``T`` (after ALAP tasks moved)."""
    room_after = late_rule(net, early, T, late, cal, finish)
    return [room_after(i) for i in range(net.n_tasks)]
