"""The scheduling engine's :class:`Network`, laid out for passes over many iterations at once.

The network is the one :func:`desktop.domain.cpm_network.build_network` builds (same checks,
nodes, gates, link wiring, bases and topological order).  Here its nodes are grouped in
*levels* (a node's level is one more than the highest level it depends on: its links' sources
and, for a summary, its children), so that a pass handles all nodes of a level with a few
array operations: the values of every link into the level are gathered at once and reduced
per node (``np.maximum.reduceat``).  Times are int32 ``T[slot, iteration]`` in half-days as
in the engine, with its ±2⁶⁰ sentinels as ±2³⁰.  :class:`DayIndex` answers the calendar
questions of elapsed tasks for whole arrays (working-day index ↔ day ordinal).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.domain.calendar import WorkCalendar
from desktop.domain.cpm_network import (
    ELAPSED, FIXED, GATE, MILESTONE, NO_BOUND, NORMAL, SUMMARY, Network,
)

NEG32 = -(1 << 30)
INF32 = 1 << 30
KINDS = (NORMAL, MILESTONE, ELAPSED, FIXED, SUMMARY, GATE)


def _np():
    import numpy

    return numpy


def _clip(value: int) -> int:
    return NEG32 if value <= NEG32 else INF32 if value >= INF32 else value


class DayIndex:
    """Working-day indices of a :class:`WorkCalendar` as arrays (ordinal = ``date.toordinal``)."""

    def __init__(self, calendar: WorkCalendar, low: int, high: int) -> None:
        self.cal = calendar
        self._cover(low, high)

    def _cover(self, low: int, high: int) -> None:
        np = _np()
        self.cal.ensure_indices(low, high)
        days = self.cal.dates_of(list(range(low, high + 1)))
        self.low, self.high = low, high
        self.ords = np.array([d.toordinal() for d in days], dtype=np.int64)

    def _grow(self, low: int, high: int) -> None:
        margin = self.high - self.low + 1
        self._cover(min(self.low, low - margin), max(self.high, high + margin))

    def ordinal(self, index):
        """Day ordinal of working-day ``index`` (array)."""
        np = _np()
        index = np.asarray(index)
        if index.size and (index.min() < self.low or index.max() > self.high):
            self._grow(int(index.min()), int(index.max()))
        return self.ords[index - self.low]

    def _cover_ordinals(self, ordinal) -> None:
        from datetime import date

        if ordinal.size and (ordinal.min() < self.ords[0] or ordinal.max() > self.ords[-1]):
            low = self.cal.index_on_or_before(date.fromordinal(int(ordinal.min())))
            high = self.cal.index_on_or_after(date.fromordinal(int(ordinal.max())))
            self._grow(low, high)

    def on_or_after(self, ordinal):
        """Index of the day, or of the next working day (array of ordinals)."""
        np = _np()
        ordinal = np.asarray(ordinal)
        self._cover_ordinals(ordinal)
        return (self.low + np.searchsorted(self.ords, ordinal, side="left")).astype(np.int32)

    def on_or_before(self, ordinal):
        """Index of the day, or of the previous working day (array of ordinals)."""
        np = _np()
        ordinal = np.asarray(ordinal)
        self._cover_ordinals(ordinal)
        return (self.low + np.searchsorted(self.ords, ordinal, side="right") - 1).astype(np.int32)


@dataclass
class Links:
    """Links into (or out of) the nodes of a level, sorted by node: ``slots`` to read,
    ``lags`` (column), ``starts`` of each node's run (for reduceat), ``rows`` that have links;
    ``to_milestone``: positions of the links whose other end is a milestone (a risk's delay
    of that milestone counts as extra lag on them) and ``milestones``, those ends."""

    slots: object
    lags: object
    starts: object
    rows: object
    to_milestone: object = None
    milestones: object = None

    @classmethod
    def of(cls, per_row: list[list[tuple[int, int]]], kind: list[int] | None = None,
           ) -> "Links | None":
        np = _np()
        slots, lags, starts, rows = [], [], [], []
        for r, entries in enumerate(per_row):
            if entries:
                starts.append(len(slots))
                rows.append(r)
                for slot, lag in entries:
                    slots.append(slot)
                    lags.append(lag)
        if not slots:
            return None
        found = cls(np.array(slots, dtype=np.intp), np.array(lags, dtype=np.int32)[:, None],
                    np.array(starts, dtype=np.intp), np.array(rows, dtype=np.intp))
        if kind is not None:
            hits = [p for p, slot in enumerate(slots) if kind[slot >> 1] == MILESTONE]
            found.to_milestone = np.array(hits, dtype=np.intp)
            found.milestones = np.array([slots[p] >> 1 for p in hits], dtype=np.intp)
        return found


@dataclass
class Level:
    """Nodes of one level; per kind ``(rows in the level, nodes)``; links both ways."""

    nodes: object
    kinds: dict
    base_es: object
    base_ef: object
    base_ls: object
    base_lf: object
    start_in: Links | None
    finish_in: Links | None
    start_out: Links | None
    finish_out: Links | None
    kids: Links | None          # a summary's children (slots of their starts)
    child_rows: object          # rows whose node has a parent summary
    parents: object             # … and that parent
    not_gate: object            # rows capped by the project's finish


def _rows_of(nodes: list[int], kind: list[int]) -> dict:
    np = _np()
    found = {}
    for k in KINDS:
        rows = [r for r, i in enumerate(nodes) if kind[i] == k]
        if rows:
            found[k] = (np.array(rows, dtype=np.intp),
                        np.array([nodes[r] for r in rows], dtype=np.intp))
    return found


def _level(net: Network, nodes: list[int]) -> Level:
    np = _np()
    col = lambda values: np.array([_clip(values[i]) for i in nodes], dtype=np.int32)[:, None]  # noqa: E731
    unbound = lambda entries: [(s, lag) for s, lag in entries if lag != NO_BOUND]  # noqa: E731
    with_parent = [r for r, i in enumerate(nodes) if net.parent[i] >= 0]
    return Level(
        nodes=np.array(nodes, dtype=np.intp), kinds=_rows_of(nodes, net.kind),
        base_es=col(net.base_es), base_ef=col(net.base_ef), base_ls=col(net.base_ls),
        base_lf=col(net.base_lf),
        start_in=Links.of([net.start_in[i] for i in nodes]),
        finish_in=Links.of([net.finish_in[i] for i in nodes]),
        start_out=Links.of([unbound(net.start_out[i]) for i in nodes], net.kind),
        finish_out=Links.of([unbound(net.finish_out[i]) for i in nodes], net.kind),
        kids=Links.of([[(2 * c, 0) for c in net.kids[i]] if net.kind[i] == SUMMARY else []
                       for i in nodes]),
        child_rows=np.array(with_parent, dtype=np.intp),
        parents=np.array([net.parent[nodes[r]] for r in with_parent], dtype=np.intp),
        not_gate=np.array([r for r, i in enumerate(nodes) if net.kind[i] != GATE],
                          dtype=np.intp))


@dataclass
class Compiled:
    """The network in levels, plus per node the arrays the passes read."""

    net: Network
    levels: list[Level] = field(default_factory=list)
    size: int = 0
    duration: object = None         # per node: the task's duration (elapsed days)
    span: object = None             # per node: finish − start in half-days (NORMAL, FIXED)
    fixed_start: object = None
    fixed_finish: object = None
    leaf_finish_slots: object = None

    def __post_init__(self) -> None:
        np = _np()
        net = self.net
        self.size = size = len(net.kind)
        depth = [0] * size
        for i in net.order:
            sources = [s >> 1 for s, _ in net.start_in[i]] + [s >> 1 for s, _ in net.finish_in[i]]
            sources += net.kids[i]
            depth[i] = 1 + max((depth[s] for s in sources), default=-1)
        grouped: list[list[int]] = [[] for _ in range(max(depth, default=-1) + 1)]
        for i in net.order:
            grouped[depth[i]].append(i)
        self.levels = [_level(net, nodes) for nodes in grouped]
        self.duration = np.array([net.tasks[i].duration if i < net.n_tasks else 0
                                  for i in range(size)], dtype=np.int32)
        self.span = np.array(net.span, dtype=np.int32)
        self.fixed_start = np.zeros(size, dtype=np.int32)
        self.fixed_finish = np.zeros(size, dtype=np.int32)
        for i, (start, finish) in net.fixed.items():
            self.fixed_start[i], self.fixed_finish[i] = start, finish
        self.leaf_finish_slots = np.array(
            [2 * i + 1 for i in range(net.n_tasks) if not net.kids[i]], dtype=np.intp)


@dataclass
class Variation:
    """What differs between iterations: ``delta`` (nodes × iterations, int32 working days
    — calendar days for elapsed tasks — added to a task's duration, to a started task's
    remaining work, or to a milestone's placement; None = nothing varies), and for started
    elapsed tasks their ``finish`` time and ``shown`` last day (ordinal), per node."""

    delta: object = None
    finish: dict = field(default_factory=dict)
    shown: dict = field(default_factory=dict)


def is_in_progress(net: Network, k: int) -> bool:
    """A started task with work left: its remaining duration is uncertain."""
    task = net.tasks[k]
    return (net.kind[k] == FIXED and task.actual_finish is None and task.duration > 0
            and task.percent_complete < 100)


def is_open(net: Network, k: int) -> bool:
    """A leaf task whose dates are not all actual (a risk or an estimate can move it)."""
    return not net.kids[k] and (net.kind[k] != FIXED or is_in_progress(net, k))


__all__ = ["Compiled", "DayIndex", "ELAPSED", "INF32", "Level", "Links", "NEG32", "Variation",
           "is_in_progress", "is_open"]
