"""Forward and backward passes, floats and ALAP placement over a :class:`Network`.

All values are half-day times (see :mod:`desktop.domain.cpm_nodes`).  The loops work on
plain lists of ints.  What one node's dates are, given what bounds them, is written once as
a *rule* (:func:`early_rule`, :func:`late_rule`): the full passes apply
it to every node in topological order, a live schedule only to the nodes an edit can move
(:mod:`desktop.domain.cpm_incremental`).  Tasks on calendars of their own are scheduled by
the same steps in :mod:`desktop.domain.cpm_calendar_passes`; these stay the one-calendar path.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from desktop.domain.calendar import WorkCalendar
from desktop.domain.cpm_model import ConstraintType, ScheduleLoopError
from desktop.domain.cpm_network import find_loop
from desktop.domain.cpm_nodes import (
    ELAPSED, FIXED, GATE, INF, MILESTONE, NEG, NORMAL, SUMMARY, Network,
)


def instant(t: int) -> int:
    """Working instant (boundary between working days) of a half-day time."""
    return (t + 1) >> 1


# ---------------------------------------------------------------------- elapsed tasks
def elapsed_finish(cal: WorkCalendar, start_day: int, days: int) -> int:
    """Finish time of an elapsed task of ``days`` calendar days starting on ``start_day``."""
    return 2 * cal.index_on_or_after(cal.date_of(start_day) + timedelta(days=days)) - 1


def _elapsed_forward(cal: WorkCalendar, es: int, ef: int, days: int) -> tuple[int, int]:
    day = (es + (es & 1)) >> 1
    if ef > NEG:
        need = instant(ef)  # the task must still run at the end of working day need − 1
        latest_needed = cal.date_of(need - 1) + timedelta(days=1 - days)
        day = max(day, cal.index_on_or_after(latest_needed))
    return 2 * day, elapsed_finish(cal, day, days)


def elapsed_backward(cal: WorkCalendar, ls: int, lf: int, days: int) -> tuple[int, int]:
    day = cal.index_on_or_before(cal.date_of(instant(lf)) - timedelta(days=days))
    if ls < INF:
        day = min(day, (ls + (ls & 1)) >> 1)
    return 2 * day, elapsed_finish(cal, day, days)


# ---------------------------------------------------------------------- forward
def early_rule(net: Network, T: list[int], cal: WorkCalendar) -> Callable[[int], None]:
    """``settle(i)``: turn the bounds gathered in ``T[2i]`` (earliest start) and ``T[2i+1]``
    (earliest finish) into node ``i``'s early start and finish."""
    kind, span, kids, fixed, tasks = net.kind, net.span, net.kids, net.fixed, net.tasks

    def settle(i: int) -> None:
        k = kind[i]
        s = i + i
        f = s + 1
        if k == NORMAL:
            es = T[s]
            es += es & 1
            d = span[i]
            ef = T[f]
            if ef > NEG:
                late_start = ef - 1 + (ef & 1) - d
                if late_start > es:
                    es = late_start
            T[s] = es
            T[f] = es + d
        elif k == SUMMARY:
            ks = kids[i]
            T[s] = min([T[c + c] for c in ks])
            T[f] = max([T[c + c + 1] for c in ks])
        elif k == MILESTONE:
            es, ef = T[s], T[f]
            T[s] = T[f] = es if es > ef else ef
        elif k == FIXED:
            T[s], T[f] = fixed[i]
        elif k == ELAPSED:
            T[s], T[f] = _elapsed_forward(cal, T[s], T[f], tasks[i].duration)
        # GATE: the bounds are its times

    return settle


def forward(net: Network, cal: WorkCalendar) -> list[int]:
    """Early times (``T[2·node]`` start, ``T[2·node + 1]`` finish) and ``net.order``.

    Kahn's algorithm: a node is placed once all its predecessors (and children) are, and
    pushes its times along its links into the bounds of its successors.  Raises
    :class:`ScheduleLoopError` when the links form a loop.
    """
    size = len(net.kind)
    T = [0] * (2 * size)
    T[0::2], T[1::2] = net.base_es, net.base_ef
    settle = early_rule(net, T, cal)
    indeg = list(net.n_in)
    order = [i for i in range(size) if not indeg[i]]
    append = order.append
    start_out, finish_out, parent = net.start_out, net.finish_out, net.parent
    for a in order:  # the list grows while it is walked
        settle(a)
        s = a + a
        for t, outs in ((T[s], start_out[a]), (T[s + 1], finish_out[a])):
            for slot, lag in outs:
                v = t + lag
                if v > T[slot]:
                    T[slot] = v
                b = slot >> 1
                left = indeg[b] - 1
                indeg[b] = left
                if not left:
                    append(b)
        b = parent[a]
        if b >= 0:
            left = indeg[b] - 1
            indeg[b] = left
            if not left:
                append(b)
    if len(order) < size:
        raise ScheduleLoopError(find_loop(net, indeg))
    net.order = order
    return T


# ---------------------------------------------------------------------- backward
def project_finish(net: Network, T: list[int]) -> int:
    """Latest early finish over the tasks that are not summaries."""
    kind = net.kind
    return max((f for f, k in zip(T[1:2 * net.n_tasks:2], kind) if k != SUMMARY),
               default=net.project_t)


def late_rule(net: Network, early: list[int], shown: list[int], L: list[int], cal: WorkCalendar,
              finish: int) -> Callable[[int], int]:
    """``late(i)``: node ``i``'s late start and finish into ``L`` from the late times of its
    successors and parent (already in ``L``), its own bounds and the project ``finish``
    (``early``: the forward pass's times, which keep a child's offset in its summary).

    It returns, from the same walk over ``i``'s links, the working days ``i`` can slip
    before delaying a successor (or the project finish when nothing follows it) by the times
    ``shown`` (the early times with ALAP tasks moved): its free float before the total
    float caps it.
    """
    kind, span, parent = net.kind, net.span, net.parent
    start_out, finish_out, base_ls, base_lf = (net.start_out, net.finish_out,
                                               net.base_ls, net.base_lf)
    tasks = net.tasks

    def late(i: int) -> int:
        k = kind[i]
        s_i = i + i
        f_i = s_i + 1
        lf = base_lf[i]
        if lf > finish and k != GATE:
            lf = finish
        ls = base_ls[i]
        starts, finishes = start_out[i], finish_out[i]
        slack = INF
        if starts or finishes:  # a lag is even: instant(t + lag) = instant(t) + lag / 2
            # (the finish-side and start-side loops are written out: this is the hot loop)
            shown_end = (shown[f_i] + 1) >> 1
            for slot, lag in finishes:
                v = L[slot] - lag
                if v < lf:
                    lf = v
                v = ((shown[slot] + 1) >> 1) - shown_end - (lag >> 1)
                if v < slack:
                    slack = v
            shown_start = (shown[s_i] + 1) >> 1
            for slot, lag in starts:
                v = L[slot] - lag
                if v < ls:
                    ls = v
                v = ((shown[slot] + 1) >> 1) - shown_start - (lag >> 1)
                if v < slack:
                    slack = v
        else:
            slack = _inherited_slack(net, shown, i, finish)
        p = parent[i]
        if p >= 0:
            v = L[p + p + 1]
            if v < lf:
                lf = v
            v = L[p + p]
            if v < INF:  # keep this child's offset from the summary's start
                v += early[s_i] - early[p + p]
                if v < ls:
                    ls = v
        if k == NORMAL or k == FIXED:
            lf = lf - 1 + (lf & 1)
            d = span[i]
            if ls < INF:
                end = ls + (ls & 1) + d
                if end < lf:
                    lf = end
            L[s_i] = lf - d
            L[f_i] = lf
        elif k == MILESTONE:
            L[s_i] = L[f_i] = lf if lf < ls else ls
        elif k == SUMMARY or k == GATE:
            L[s_i] = ls
            L[f_i] = lf
        else:  # ELAPSED
            L[s_i], L[f_i] = elapsed_backward(cal, ls, lf, tasks[i].duration)
        return slack

    return late


def _inherited_slack(net: Network, shown: list[int], i: int, finish: int) -> int:
    """Slack of a node without links of its own: to the successors its nearest summary
    ancestor's finish links name (a summary's start links only concern the child starting
    it), else to the project finish."""
    node = net.parent[i]
    while node >= 0 and not net.finish_out[node]:
        node = net.parent[node]
    f_i = instant(shown[2 * i + 1])
    if node < 0:
        return instant(finish) - f_i
    return min(instant(shown[slot]) - f_i - (lag >> 1) for slot, lag in net.finish_out[node])


def backward(net: Network, early: list[int], cal: WorkCalendar, finish: int,
             slack: list[int] | None = None) -> list[int]:
    """Late times, from the project finish and the late-date constraints; with ``slack``
    (a list per task), each task's slack by the early times too."""
    L = [0] * len(early)
    late = late_rule(net, early, early, L, cal, finish)
    if slack is None:
        for i in reversed(net.order):
            late(i)
    else:
        n = net.n_tasks
        for i in reversed(net.order):
            room = late(i)
            if i < n:
                slack[i] = room
    return L


def roll_up(net: Network, times: list[int], i: int) -> None:
    """Summary ``i``'s start = earliest child start, finish = latest child finish."""
    ks = net.kids[i]
    times[2 * i] = min([times[2 * c] for c in ks])
    times[2 * i + 1] = max([times[2 * c + 1] for c in ks])


def summaries_in_order(net: Network) -> list[int]:
    """The summary nodes, inner ones first."""
    if SUMMARY not in net.kind:
        return []
    kind = net.kind
    return [i for i in net.order if kind[i] == SUMMARY]


def roll_up_summaries(net: Network, times: list[int]) -> None:
    """Every summary rolled up, inner ones first (in place)."""
    for i in summaries_in_order(net):
        roll_up(net, times, i)


# ---------------------------------------------------------------------- floats
def total_floats(net: Network, T: list[int], L: list[int]) -> list[int]:
    """Late minus early finish, in working days; a summary takes its children's minimum."""
    size = net.n_tasks
    tf = [((lf + 1) >> 1) - ((ef + 1) >> 1) for lf, ef in zip(L[1:2 * size:2], T[1:2 * size:2])]
    kids = net.kids
    for i in summaries_in_order(net):
        tf[i] = min([tf[c] for c in kids[i]])
    return tf


def alap_nodes(net: Network) -> list[int]:
    """The ALAP tasks that can move (not summaries, not started), latest first."""
    tasks, kind = net.tasks, net.kind
    return [i for i in reversed(net.order) if i < net.n_tasks and kind[i] not in (SUMMARY, FIXED)
            and tasks[i].constraint is ConstraintType.ALAP]


def own_or_inherited_links(net: Network, i: int) -> tuple[list, list]:
    """Outgoing links of ``i``; without any, the finish links of its nearest summary
    ancestor that has some (a summary's start links only concern the child starting it)."""
    if net.start_out[i] or net.finish_out[i]:
        return net.start_out[i], net.finish_out[i]
    node = net.parent[i]
    while node >= 0:
        if net.finish_out[node]:
            return [], net.finish_out[node]
        node = net.parent[node]
    return [], []


def place_alap(net: Network, early: list[int], T: list[int], late: list[int],
               cal: WorkCalendar, finish: int) -> None:
    """Move ALAP tasks as late as their successors allow (free float), latest first."""
    tasks, kind = net.tasks, net.kind
    room_after = late_rule(net, early, T, late, cal, finish)
    for i in alap_nodes(net):
        room = min(room_after(i), instant(late[2 * i + 1]) - instant(T[2 * i + 1]))
        if room <= 0:
            continue
        if kind[i] == ELAPSED:
            day = (T[2 * i] >> 1) + room
            T[2 * i], T[2 * i + 1] = 2 * day, elapsed_finish(cal, day, tasks[i].duration)
        else:
            T[2 * i] += 2 * room
            T[2 * i + 1] += 2 * room


def free_floats(slack: list[int], tf: list[int]) -> list[int]:
    """Free float per task: its slack to its successors, capped by total float, never < 0."""
    return [0 if s <= 0 else s if s < f else (f if f > 0 else 0) for s, f in zip(slack, tf)]


def slack_of(net: Network, early: list[int], T: list[int], late: list[int], cal: WorkCalendar,
             finish: int) -> list[int]:
    """Every task's slack by the times ``T`` (after ALAP tasks moved: a second walk)."""
    room_after = late_rule(net, early, T, late, cal, finish)
    return [room_after(i) for i in range(net.n_tasks)]
