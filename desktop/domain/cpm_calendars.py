"""Task calendars for the scheduling engine: each task may work on its own WorkCalendar.

The passes keep ONE time axis, the half-day times of :mod:`desktop.domain.cpm_nodes`
counted on the working days of the *axis calendar*: the union of the schedule's calendar and
every task calendar (a day is on the axis when any of them works it), so every task's
working days are axis days.  A task on its own calendar is placed by the same integer rules
as on one calendar, done in its own calendar's half-days: its bounds are turned into its own
time (:meth:`OnAxis.to_own`), its start and finish computed there (duration in its own working
days), and turned back (:meth:`OnAxis.to_axis`).  Converting keeps the side of a time: the
start of an axis day the task does not work is the start of its next working day, the end of
such a day the end of its previous one (the same instants for that task: it does no work in
between).  When a task's calendar is the axis calendar both conversions are the identity, so a
schedule where every task uses the schedule's calendar gives exactly the engine's results.

Lags count working days of the calendar named by ``lags_on``: ``"successor"`` (MS Project's
rule: the successor task's calendar), ``"predecessor"`` (Primavera P6's default) or
``"project"`` (the schedule's calendar; P6's "project default calendar").  Total and free
float are counted in working days of the task's own calendar (both producers do so).

This module holds the conversions; the passes that use them are in
:mod:`desktop.domain.cpm_calendar_passes` (a schedule without task calendars never runs them).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from desktop.domain.calendar import WorkCalendar
from desktop.domain.cpm_nodes import INF, NEG

LAGS_ON = ("successor", "predecessor", "project")


class UnionCalendar(WorkCalendar):
    """Working days of any of ``members`` (the engine's axis when tasks have calendars)."""

    def __init__(self, members: Sequence[WorkCalendar]) -> None:
        self.members = list(members)
        weekend = frozenset.intersection(*(m.weekend for m in self.members))
        extra = frozenset().union(*(m.extra_working for m in self.members))
        super().__init__((), extra, country=None, weekend=weekend)

    def working_flags(self, first_year: int, last_year: int) -> bytearray:
        flags = self.members[0].working_flags(first_year, last_year)
        for member in self.members[1:]:
            flags = bytearray(a | b for a, b in zip(flags, member.working_flags(first_year, last_year)))
        return flags


def axis_calendar(calendar: WorkCalendar, others: Iterable[WorkCalendar]) -> WorkCalendar:
    """The schedule's calendar when every task uses it, else the union of all of them."""
    members = [calendar]
    for other in others:
        if all(other is not m for m in members):
            members.append(other)
    return calendar if len(members) == 1 else UnionCalendar(members)


class OnAxis:
    """One task calendar seen from the axis: converts half-day times both ways."""

    __slots__ = ("own", "axis", "_to_own", "_to_axis")

    def __init__(self, own: WorkCalendar, axis: WorkCalendar) -> None:
        self.own, self.axis = own, axis
        self._to_own: dict[int, int] = {}
        self._to_axis: dict[int, int] = {}

    def to_own(self, t: int) -> int:
        """An axis time in this calendar's half-days (NEG and INF stay what they are)."""
        if t <= NEG // 2 or t >= INF // 2:
            return t
        found = self._to_own.get(t)
        if found is None:
            day = self.axis.date_of(t >> 1)
            if t & 1:  # the end of a day: of this day or of the last working day before it
                found = 2 * self.own.index_on_or_before(day) + 1
            else:  # the start of a day: of this day or of the next working day
                found = 2 * self.own.index_on_or_after(day)
            self._to_own[t] = found
        return found

    def to_axis(self, t: int) -> int:
        """A time of this calendar on the axis (its working days are axis days)."""
        if t <= NEG // 2 or t >= INF // 2:
            return t
        found = self._to_axis.get(t)
        if found is None:
            found = 2 * self.axis.index_on_or_after(self.own.date_of(t >> 1)) + (t & 1)
            self._to_axis[t] = found
        return found

    def shift(self, t: int, half_days: int) -> int:
        """``t`` moved by ``half_days`` of this calendar's working time."""
        return self.to_axis(self.to_own(t) + half_days) if half_days else t

    def days(self, later: int, earlier: int) -> int:
        """Working days of this calendar between two axis times (instants, as floats are)."""
        return ((self.to_own(later) + 1) >> 1) - ((self.to_own(earlier) + 1) >> 1)


class TaskCalendars:
    """The calendar of each node of a network (None: the axis calendar itself)."""

    def __init__(self, own: list[OnAxis | None], project: OnAxis | None, lags_on: str,
                 gate_owner: list[int]) -> None:
        if lags_on not in LAGS_ON:
            raise ValueError(f"lags_on must be one of {LAGS_ON}: {lags_on!r}")
        self.own = own  # by task position
        self.project = project
        self.lags_on = lags_on
        self.gate_owner = gate_owner  # the network's list (gates are added after this is made)

    def of(self, node: int) -> OnAxis | None:
        n = len(self.own)
        return self.own[node] if node < n else self.own[self.gate_owner[node - n]]

    def calendar(self, node: int, axis: WorkCalendar) -> WorkCalendar:
        found = self.of(node)
        return axis if found is None else found.own

    def _lag_calendar(self, pred: int, succ: int) -> OnAxis | None:
        if self.lags_on == "project":
            return self.project
        return self.of(succ if self.lags_on == "successor" else pred)

    def ahead(self, t: int, lag: int, pred: int, succ: int) -> int:
        """``t + lag`` (half-days) with the lag counted on the link's calendar."""
        if not lag or lag <= NEG // 2:
            return t + lag
        on = self._lag_calendar(pred, succ)
        return t + lag if on is None else on.shift(t, lag)

    def back(self, t: int, lag: int, pred: int, succ: int) -> int:
        """``t − lag`` (the backward pass's step over a link)."""
        if not lag or lag <= NEG // 2:
            return t - lag
        on = self._lag_calendar(pred, succ)
        return t - lag if on is None else on.shift(t, -lag)

    def shift_on(self, node: int, t: int, half_days: int) -> int:
        on = self.of(node)
        return t + half_days if on is None else on.shift(t, half_days)

    def span(self, node: int, start: int, finish: int) -> int:
        """Half-days of the node's calendar from ``start`` to ``finish``; never below −1, which
        is a task of no working time (it finishes at the end of the working day before its start,
        as the engine without task calendars counts it)."""
        on = self.of(node)
        return finish - start if on is None else max(-1, on.to_own(finish) - on.to_own(start))

    def days(self, node: int, later: int, earlier: int) -> int:
        """Working days of the node's calendar from ``earlier`` to ``later`` (instants)."""
        on = self.of(node)
        if on is None:
            return ((later + 1) >> 1) - ((earlier + 1) >> 1)
        return on.days(later, earlier)


def task_calendars(tasks, calendars: Mapping[int, WorkCalendar], calendar: WorkCalendar,
                   axis: WorkCalendar, lags_on: str, gate_owner: list[int]) -> TaskCalendars:
    """The per-node calendars of a network; ``calendar`` is the schedule's own (a task not in
    ``calendars`` uses it), ``axis`` the one the network counts on."""
    seen: dict[int, OnAxis | None] = {id(axis): None}

    def on_axis(cal: WorkCalendar) -> OnAxis | None:
        if id(cal) not in seen:
            seen[id(cal)] = OnAxis(cal, axis)
        return seen[id(cal)]

    own = [on_axis(calendars.get(task.id, calendar)) for task in tasks]
    return TaskCalendars(own, on_axis(calendar), lags_on, gate_owner)

