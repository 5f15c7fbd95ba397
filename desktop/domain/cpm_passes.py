"""Forward and backward passes, floats and ALAP placement over a :class:`Network`.

All values are half-day times (see :mod:`desktop.domain.cpm_network`).  The loops work
on plain lists of ints so that 10,000 tasks and 20,000 links take a few milliseconds.
"""

from __future__ import annotations

from datetime import timedelta

from desktop.domain.calendar import WorkCalendar
from desktop.domain.cpm_model import ConstraintType
from desktop.domain.cpm_network import (
    ELAPSED, FIXED, GATE, INF, MILESTONE, NEG, NORMAL, SUMMARY, Network,
)


def instant(t: int) -> int:
    """Working instant (boundary between working days) of a half-day time."""
    return (t + 1) >> 1


# ---------------------------------------------------------------------- elapsed tasks
def _elapsed_finish(cal: WorkCalendar, start_day: int, days: int) -> int:
    """Finish time of an elapsed task of ``days`` calendar days starting on ``start_day``."""
    return 2 * cal.index_on_or_after(cal.date_of(start_day) + timedelta(days=days)) - 1


def _elapsed_forward(cal: WorkCalendar, es: int, ef: int, days: int) -> tuple[int, int]:
    day = (es + (es & 1)) >> 1
    if ef > NEG:
        need = instant(ef)  # the task must still run at the end of working day need − 1
        latest_needed = cal.date_of(need - 1) + timedelta(days=1 - days)
        day = max(day, cal.index_on_or_after(latest_needed))
    return 2 * day, _elapsed_finish(cal, day, days)


def _elapsed_backward(cal: WorkCalendar, ls: int, lf: int, days: int) -> tuple[int, int]:
    day = cal.index_on_or_before(cal.date_of(instant(lf)) - timedelta(days=days))
    if ls < INF:
        day = min(day, (ls + (ls & 1)) >> 1)
    return 2 * day, _elapsed_finish(cal, day, days)


# ---------------------------------------------------------------------- forward
def forward(net: Network, cal: WorkCalendar) -> list[int]:
    """Early times: ``T[2·node]`` start, ``T[2·node + 1]`` finish."""
    T = [0] * (2 * len(net.kind))
    kind, span, kids, fixed = net.kind, net.span, net.kids, net.fixed
    start_in, finish_in, base_es, base_ef = net.start_in, net.finish_in, net.base_es, net.base_ef
    tasks, cals = net.tasks, net.cals
    for i in net.order:
        k = kind[i]
        if k == SUMMARY:
            ks = kids[i]
            T[2 * i] = min([T[2 * c] for c in ks])
            T[2 * i + 1] = max([T[2 * c + 1] for c in ks])
            continue
        if k == FIXED:
            T[2 * i], T[2 * i + 1] = fixed[i]
            continue
        es = base_es[i]
        for slot, lag in start_in[i]:
            v = T[slot] + lag if cals is None else cals.ahead(T[slot], lag, slot >> 1, i)
            if v > es:
                es = v
        ef = base_ef[i]
        for slot, lag in finish_in[i]:
            v = T[slot] + lag if cals is None else cals.ahead(T[slot], lag, slot >> 1, i)
            if v > ef:
                ef = v
        if k == NORMAL:
            own = cals.of(i) if cals is not None else None
            if own is not None:  # placed in the task's own calendar (cpm_calendars)
                es, ef = own.to_own(es), own.to_own(ef)
            es += es & 1
            d = span[i]
            if ef > NEG:
                s = ef - 1 + (ef & 1) - d
                if s > es:
                    es = s
            T[2 * i] = es
            T[2 * i + 1] = es + d
            if own is not None:
                T[2 * i], T[2 * i + 1] = own.to_axis(es), own.to_axis(es + d)
        elif k == MILESTONE:
            T[2 * i] = T[2 * i + 1] = es if es > ef else ef
        elif k == GATE:
            T[2 * i] = es
            T[2 * i + 1] = ef
        else:  # ELAPSED
            T[2 * i], T[2 * i + 1] = _elapsed_forward(cal, es, ef, tasks[i].duration)
    return T


# ---------------------------------------------------------------------- backward
def project_finish(net: Network, T: list[int]) -> int:
    """Latest early finish over the tasks that are not summaries."""
    kind = net.kind
    return max((T[2 * i + 1] for i in range(net.n_tasks) if kind[i] != SUMMARY),
               default=net.project_t)


def backward(net: Network, T: list[int], cal: WorkCalendar, finish: int) -> list[int]:
    """Late times, from the project finish and the late-date constraints."""
    L = [0] * len(T)
    kind, span, parent = net.kind, net.span, net.parent
    start_out, finish_out, base_ls, base_lf = (net.start_out, net.finish_out,
                                               net.base_ls, net.base_lf)
    tasks, cals = net.tasks, net.cals
    for i in reversed(net.order):
        k = kind[i]
        lf = base_lf[i]
        if lf > finish and k != GATE:
            lf = finish
        for slot, lag in finish_out[i]:
            v = L[slot] - lag if cals is None else cals.back(L[slot], lag, i, slot >> 1)
            if v < lf:
                lf = v
        ls = base_ls[i]
        for slot, lag in start_out[i]:
            v = L[slot] - lag if cals is None else cals.back(L[slot], lag, i, slot >> 1)
            if v < ls:
                ls = v
        p = parent[i]
        if p >= 0:
            v = L[2 * p + 1]
            if v < lf:
                lf = v
            v = L[2 * p]
            if v < INF:  # keep this child's offset from the summary's start
                v += T[2 * i] - T[2 * p]
                if v < ls:
                    ls = v
        if k == NORMAL or k == FIXED:
            own = cals.of(i) if cals is not None else None
            if own is not None:  # placed in the task's own calendar (cpm_calendars)
                lf, ls = own.to_own(lf), own.to_own(ls)
            lf = lf - 1 + (lf & 1)
            d = span[i]
            if ls < INF:
                s = ls + (ls & 1) + d
                if s < lf:
                    lf = s
            L[2 * i] = lf - d
            L[2 * i + 1] = lf
            if own is not None:
                L[2 * i], L[2 * i + 1] = own.to_axis(lf - d), own.to_axis(lf)
        elif k == MILESTONE:
            L[2 * i] = L[2 * i + 1] = lf if lf < ls else ls
        elif k == SUMMARY or k == GATE:
            L[2 * i] = ls
            L[2 * i + 1] = lf
        else:  # ELAPSED
            L[2 * i], L[2 * i + 1] = _elapsed_backward(cal, ls, lf, tasks[i].duration)
    return L


def roll_up_summaries(net: Network, times: list[int]) -> None:
    """Summary start = earliest child start, finish = latest child finish (in place)."""
    kind, kids = net.kind, net.kids
    for i in net.order:
        if kind[i] == SUMMARY:
            ks = kids[i]
            times[2 * i] = min([times[2 * c] for c in ks])
            times[2 * i + 1] = max([times[2 * c + 1] for c in ks])


# ---------------------------------------------------------------------- floats
def _own_or_inherited_links(net: Network, i: int) -> tuple[list, list]:
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


def successor_slack(net: Network, T: list[int], i: int, finish: int) -> int:
    """Working days ``i`` can slip before delaying a successor (or the project finish)."""
    starts, finishes = _own_or_inherited_links(net, i)
    cals = net.cals
    if cals is not None:  # counted in the task's own calendar (cpm_calendars)
        if not starts and not finishes:
            return cals.days(i, finish, T[2 * i + 1])
        return min([cals.days(i, T[slot], cals.ahead(T[2 * i], lag, i, slot >> 1)) for slot, lag in starts]
                   + [cals.days(i, T[slot], cals.ahead(T[2 * i + 1], lag, i, slot >> 1))
                      for slot, lag in finishes])
    if not starts and not finishes:
        return instant(finish) - instant(T[2 * i + 1])
    slack = INF
    s_i, f_i = T[2 * i], T[2 * i + 1]
    for slot, lag in starts:
        slack = min(slack, instant(T[slot]) - instant(s_i + lag))
    for slot, lag in finishes:
        slack = min(slack, instant(T[slot]) - instant(f_i + lag))
    return slack


def total_floats(net: Network, T: list[int], L: list[int]) -> list[int]:
    """Late minus early finish, in working days; a summary takes its children's minimum."""
    size = net.n_tasks
    tf = [instant(L[2 * i + 1]) - instant(T[2 * i + 1]) for i in range(size)] if net.cals is None \
        else [net.cals.days(i, L[2 * i + 1], T[2 * i + 1]) for i in range(size)]
    kind, kids = net.kind, net.kids
    for i in net.order:
        if i < size and kind[i] == SUMMARY:
            tf[i] = min([tf[c] for c in kids[i]])
    return tf


def alap_nodes(net: Network) -> list[int]:
    """The ALAP tasks that can move (not summaries, not started), latest first."""
    tasks, kind = net.tasks, net.kind
    return [i for i in reversed(net.order) if i < net.n_tasks and kind[i] not in (SUMMARY, FIXED)
            and tasks[i].constraint is ConstraintType.ALAP]


def place_alap(net: Network, T: list[int], L: list[int], cal: WorkCalendar,
               finish: int) -> None:
    """Move ALAP tasks as late as their successors allow (free float), latest first."""
    tasks, kind = net.tasks, net.kind
    for i in alap_nodes(net):
        room = min(successor_slack(net, T, i, finish),
                   instant(L[2 * i + 1]) - instant(T[2 * i + 1]) if net.cals is None
                   else net.cals.days(i, L[2 * i + 1], T[2 * i + 1]))
        if room <= 0:
            continue
        if kind[i] == ELAPSED:
            day = (T[2 * i] >> 1) + room
            T[2 * i], T[2 * i + 1] = 2 * day, _elapsed_finish(cal, day, tasks[i].duration)
        elif net.cals is not None:  # moved in the task's own calendar (cpm_calendars)
            T[2 * i] = net.cals.shift_on(i, T[2 * i], 2 * room)
            T[2 * i + 1] = net.cals.shift_on(i, T[2 * i + 1], 2 * room)
        else:
            T[2 * i] += 2 * room
            T[2 * i + 1] += 2 * room


def free_floats(net: Network, T: list[int], tf: list[int], finish: int) -> list[int]:
    """Free float per task: slack to its successors, capped by total float, never < 0."""
    result = [0] * net.n_tasks
    start_out, finish_out = net.start_out, net.finish_out
    for i in range(net.n_tasks):
        starts, finishes = start_out[i], finish_out[i]
        if (not starts and not finishes) or net.cals is not None:
            slack = successor_slack(net, T, i, finish)
        else:
            slack = INF
            s_i, f_i = T[2 * i], T[2 * i + 1]
            for slot, lag in starts:
                v = ((T[slot] + 1) >> 1) - ((s_i + lag + 1) >> 1)
                if v < slack:
                    slack = v
            for slot, lag in finishes:
                v = ((T[slot] + 1) >> 1) - ((f_i + lag + 1) >> 1)
                if v < slack:
                    slack = v
        if slack > tf[i]:
            slack = tf[i]
        result[i] = slack if slack > 0 else 0
    return result
