"""The Gantt chart as geometry: bars, diamonds, links, lines and ticks in pixels (no Qt).

One layout serves the screen and the paper (ARCHITECTURE rule 8): the widget paints the rows
in its viewport, the monthly report paints the same layout onto a page.

Coordinates: ``x = (d − origin).days × px_per_day``; a bar covers its finish day, so it ends
at ``x(finish) + px_per_day``.  Row ``i`` (the table's row ``i``) spans
``i × row_height .. (i + 1) × row_height``.  A milestone's diamond is centred on the middle of
its day; the status-date line sits at the end of the status date (work through that day is
reported), the today line in the middle of today.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import repeat
from operator import and_, attrgetter, eq, is_not
from typing import NamedTuple

from desktop.domain.gantt_layout_links import GanttLink, LinkIndex, make_link
from desktop.domain.gc_pause import paused_gc
from desktop.domain.gantt_layout_rows import (
    BarKind, Diamond, GanttRow, Rect, RowGeometry, layout_row,
)
from desktop.domain.gantt_layout_scale import (
    PAD_PX, GanttTick, TimeUnit, Zoom, clamp_scale, extent, fit_scale, make_ticks, tiers_for,
)
from desktop.domain.schedule_rows import ScheduleLink, ScheduleRow, ScheduleView

_TASK_ID, _START, _FINISH = attrgetter("task_id"), attrgetter("start"), attrgetter("finish")
_ENDS = attrgetter("pred_id", "succ_id", "type")
_PAIR = attrgetter("pred_id", "succ_id")
_BASELINE_START, _BASELINE_FINISH = attrgetter("baseline_start"), attrgetter("baseline_finish")

__all__ = [
    "BarKind", "Diamond", "GanttBand", "GanttLayout", "GanttLink", "GanttRow", "GanttRows",
    "GanttTick", "Hit", "LinkEnds", "PAD_PX", "Rect", "RowGeometry", "TimeUnit", "Zoom", "date_extent", "fit_scale",
    "hit_test", "layout_gantt", "tiers_for",
]


@dataclass(frozen=True, slots=True)
class GanttBand:
    number: int
    name_ko: str
    name_en: str
    x0: float
    x1: float


class LinkEnds(NamedTuple):
    """A link between two scheduled rows, before its line is laid out."""

    pred_row: int
    succ_row: int
    type: str
    link: tuple[int, int]  # its (predecessor id, successor id): its critical flag is read
    number: int            # from the view's link of those ends when it is laid out


class GanttRows(Sequence[GanttRow]):
    """The rows of a layout, each laid out when first asked for: a screen shows a few
    dozen of ten thousand, and an edit lays out again only the rows it changed."""

    def __init__(self, layout: GanttLayout, source: list[ScheduleRow]) -> None:
        self._layout, self.source = layout, source
        self._done: list[GanttRow | None] = [None] * len(source)

    def __len__(self) -> int:
        return len(self.source)

    def __getitem__(self, i):  # type: ignore[override]
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self)))]
        row = self._done[i]
        if row is None:
            lay = self._layout
            if i < 0:
                i += len(self.source)
            row = self._done[i] = layout_row(i, self.source[i], float(i * lay.row_height),
                                              lay.geometry, lay.origin, lay.px_per_day,
                                              lay.status_x)
        return row

    def forget(self, i: int) -> None:
        self._done[i] = None


class GanttLayout:
    """The whole chart in pixels; ``rows[i]`` is the table's row ``i``.

    Rows and link lines are laid out on demand (and kept): painting the rows in view lays
    out those rows and the links that cross them.  :meth:`replace_rows` takes an edit's new
    rows and forgets what they moved.
    """

    def __init__(self, *, origin: date, end: date, px_per_day: float, zoom: Zoom | None,
                 row_height: int, geometry: RowGeometry, source: list[ScheduleRow],
                 links: list[ScheduleLink], bands: list[GanttBand], ticks: list[GanttTick],
                 tier_units: tuple[TimeUnit, TimeUnit], today_x: float | None,
                 status_x: float | None, has_baseline: bool, ends: LinkIndex | None = None,
                 span: tuple[date, date] | None = None) -> None:
        self.origin, self.end, self.px_per_day, self.zoom = origin, end, px_per_day, zoom
        self.row_height, self.geometry, self.bands, self.ticks = row_height, geometry, bands, ticks
        self.tier_units, self.today_x, self.status_x = tier_units, today_x, status_x
        self.has_baseline = has_baseline
        self.span = span  # the dates it was made to show (None: chosen by the caller)
        self.rows = GanttRows(self, source)
        self._view_links = links
        self._ends = ends  # LinkEnds indexed by rows
        self._lines: dict[int, GanttLink] = {}
        self._link_at: dict[tuple[int, int], int] | None = None  # ends → position in links

    @property
    def links(self) -> list[GanttLink]:
        """Every link line (all laid out: for exports and tests; painting asks for a range)."""
        return self.links_between(0, len(self.rows))

    def link_ends(self) -> LinkIndex:
        """The links between scheduled rows, indexed by rows: made when first needed, and
        handed on to the next layout of the same rows and links (other scale, an edit)."""
        if self._ends is None:
            with paused_gc():  # 20,000 small tuples, no cycles
                self._ends = _link_ends(self.rows.source, self._view_links)
        return self._ends

    def shares_rows_with(self, view: ScheduleView) -> bool:
        """The same tasks in the same rows (scheduled or not alike) and the same links
        (ends and types) as ``view``: the index of link ends holds for both."""
        source, links = self.rows.source, self._view_links
        return (len(source) == len(view.rows)
                and all(map(eq, map(_TASK_ID, source), map(_TASK_ID, view.rows)))
                and _scheduled(source) == _scheduled(view.rows)
                and (links is view.links or list(map(_ENDS, links)) == list(map(_ENDS, view.links))))

    def _link(self, ends: tuple[int, int]) -> ScheduleLink:
        """The view's link between these tasks (the first, should a view hold two)."""
        if self._link_at is None:
            links = self._view_links
            self._link_at = dict(zip(map(_PAIR, reversed(links)), range(len(links) - 1, -1, -1)))
        return self._view_links[self._link_at[ends]]

    def _line(self, e: LinkEnds) -> GanttLink:
        line = self._lines.get(e.number)
        if line is None:
            p, s = self.rows[e.pred_row], self.rows[e.succ_row]
            critical = self._link(e.link).critical or (p.critical and s.critical)
            line = self._lines[e.number] = make_link(
                e.type, e.pred_row, e.succ_row, p.anchor, s.anchor,  # type: ignore[arg-type]
                critical, self.row_height)
        return line

    def laid_out(self) -> tuple[int, int]:
        """How many rows and link lines have been laid out so far."""
        return sum(r is not None for r in self.rows._done), len(self._lines)

    def takes_edit(self, view: ScheduleView, *, same_rows: bool = False) -> bool:
        """Can :meth:`replace_rows` show ``view``: same rows and links (``same_rows``: known
        to be), same dates shown?"""
        return (self.span is not None and (same_rows or self.shares_rows_with(view))
                and date_extent(view) == self.span
                and any(map(is_not, map(_BASELINE_START, view.rows), repeat(None))) == self.has_baseline)

    def edit_links(self, view: ScheduleView, removed: Iterable[ScheduleLink],
                   added: Iterable[ScheduleLink]) -> None:
        """``view``, whose links are this layout's less ``removed`` and with ``added`` (same
        rows, no two links between the same tasks): the index of link ends follows them."""
        self._view_links, self._link_at = view.links, None
        index = self._ends
        if index is None:
            return
        where = self._rows_of()
        for link in removed:
            a, b = where.get(link.pred_id), where.get(link.succ_id)
            if a is None or b is None:
                continue
            for e in index.query(b, b):
                if e.link == (link.pred_id, link.succ_id):
                    index.remove(e.number)
                    self._lines.pop(e.number, None)
        for link in added:
            a, b = where.get(link.pred_id), where.get(link.succ_id)
            if a is not None and b is not None and a != b:
                index.add(LinkEnds(a, b, link.type, (link.pred_id, link.succ_id), index.size))

    def _rows_of(self) -> dict[int, int]:
        """Task id → row, of the rows with dates (links between them are drawn)."""
        return {r.task_id: i for i, r in enumerate(self.rows.source)
                if r.start is not None and r.finish is not None}

    def replace_rows(self, view: ScheduleView, changed: Iterable[int]) -> None:
        """``view`` after an edit that changed the rows at ``changed`` (when
        :meth:`takes_edit`; a link's critical flag changes only with its rows'): forget what
        they moved; it is laid out again when painted."""
        if view.links is not self._view_links:
            self._view_links, self._link_at = view.links, None
        self.rows.source = list(view.rows)
        for i in changed:
            self.rows.forget(i)
            if self._ends is not None:
                for e in self._ends.query(i, i):
                    if i == e.pred_row or i == e.succ_row:
                        self._lines.pop(e.number, None)

    @property
    def width(self) -> float:
        return (self.end - self.origin).days * self.px_per_day

    @property
    def height(self) -> float:
        return float(len(self.rows) * self.row_height)

    def x_of(self, d: date) -> float:
        """x of the start of day ``d``."""
        return (d - self.origin).days * self.px_per_day

    def date_at(self, x: float) -> date:
        """The day under ``x``."""
        return self.origin + timedelta(days=int(x // self.px_per_day))

    def row_at(self, y: float) -> int | None:
        i = int(y // self.row_height)
        return i if 0 <= i < len(self.rows) else None

    def rows_between(self, y0: float, y1: float) -> range:
        """Indices of the rows meeting the band ``y0..y1``."""
        first = max(0, int(y0 // self.row_height))
        last = min(len(self.rows), int(y1 // self.row_height) + 1)
        return range(first, max(first, last))

    def links_between(self, first_row: int, last_row: int) -> list[GanttLink]:
        """Links crossing any row of ``first_row..last_row`` (inclusive)."""
        return [self._line(e) for e in self.link_ends().query(first_row, last_row)]

    def tier_ticks(self, tier: int, x0: float | None = None, x1: float | None = None) -> list[GanttTick]:
        """Ticks of one tier (sorted by x), from the one before ``x0`` to the one after ``x1``."""
        ticks = [t for t in self.ticks if t.tier == tier]
        if x0 is None or x1 is None:
            return ticks
        xs = [t.x for t in ticks]
        first = max(0, bisect_left(xs, x0) - 1)
        last = min(len(ticks), bisect_left(xs, x1) + 1)
        return ticks[first:last]

    def weekend_spans(self, x0: float, x1: float) -> list[tuple[float, float]]:
        """(x start, x end) of the Saturdays+Sundays meeting ``x0..x1``."""
        ppd = self.px_per_day
        d = self.date_at(max(0.0, x0))
        d -= timedelta(days=(d.weekday() - 5) % 7)  # back to a Saturday
        spans = []
        while self.x_of(d) < x1:
            left = self.x_of(d)
            spans.append((left, left + 2 * ppd))
            d += timedelta(days=7)
        return spans


def date_extent(view: ScheduleView) -> tuple[date, date] | None:
    """First and last day the chart must show: forecast, baseline, bands and the status date."""
    days: list[date] = [view.status_date]
    days.extend(d for d in (view.start, view.finish) if d is not None)
    for column in (_START, _FINISH, _BASELINE_START, _BASELINE_FINISH):
        dates = list(filter(None, map(column, view.rows)))
        if dates:
            days += (min(dates), max(dates))
    for band in view.bands:
        days.extend(d for d in (band.start, band.finish) if d is not None)
    return (min(days), max(days)) if days else None


def _scheduled(rows: list[ScheduleRow]) -> list[bool]:
    """Which rows have dates (at C speed: an edit of 10,000 rows asks)."""
    return list(map(and_, map(is_not, map(_START, rows), repeat(None)),
                    map(is_not, map(_FINISH, rows), repeat(None))))


def _link_ends(rows: list[ScheduleRow], links: list[ScheduleLink]) -> LinkIndex:
    """The links whose two tasks are in ``rows`` and scheduled, indexed by rows."""
    where = {r.task_id: i for i, r in enumerate(rows) if r.start is not None and r.finish is not None}
    ends: list[LinkEnds] = []
    get, add, make = where.get, ends.append, LinkEnds._make
    for pred, succ, kind, *_ in links:
        a, b = get(pred), get(succ)
        if a is not None and b is not None and a != b:
            add(make((a, b, kind, (pred, succ), len(ends))))
    return LinkIndex(ends, len(rows))


def layout_gantt(view: ScheduleView, *, zoom: Zoom | None = None, px_per_day: float | None = None,
                 row_height: int = 24, today: date | None = None,
                 span: tuple[date, date] | None = None,
                 reuse: GanttLayout | None = None) -> GanttLayout:
    """Lay out ``view`` at ``zoom`` (or an explicit ``px_per_day``, e.g. from :func:`fit_scale`).

    ``span`` overrides the dates shown (first, last); by default :func:`date_extent` of the view.
    ``reuse``: a layout of the same rows and links (another scale, before an edit), whose
    index of links is taken over.  Rows and links are laid out when first painted.
    """
    ppd = clamp_scale(px_per_day if px_per_day is not None
                      else (zoom or Zoom.MONTH).px_per_day)
    first, last = span or date_extent(view) or (view.status_date, view.status_date)
    origin, end = extent(first, last, ppd)
    chosen = span is not None
    has_baseline = any(map(is_not, map(_BASELINE_START, view.rows), repeat(None)))
    g = RowGeometry.for_height(row_height, has_baseline)
    bands = [GanttBand(b.number, b.name_ko, b.name_en, (b.start - origin).days * ppd,
                       ((b.finish - origin).days + 1) * ppd)
             for b in view.bands if b.start is not None and b.finish is not None]
    ends = reuse.link_ends() if reuse is not None and reuse.shares_rows_with(view) else None
    return GanttLayout(
        origin=origin, end=end, px_per_day=ppd,
        zoom=zoom if px_per_day is None else None, row_height=row_height, geometry=g,
        source=list(view.rows), links=view.links, bands=bands,
        ticks=make_ticks(origin, end, ppd), tier_units=tiers_for(ppd),
        today_x=None if today is None else ((today - origin).days + 0.5) * ppd,
        status_x=((view.status_date - origin).days + 1) * ppd, has_baseline=has_baseline,
        ends=ends, span=None if chosen else (first, last))


class Hit(NamedTuple):
    """What the pointer is over: a row's bar ``body``, its finish ``end`` or its ``link`` handle."""

    row: int
    zone: str


EDGE_PX = 4.0  # width of the grip at a bar's finish
HANDLE_PX = 12.0  # reach of the link handle right of a bar or diamond


def hit_test(layout: GanttLayout, x: float, y: float) -> Hit | None:
    """The bar, finish grip or link handle at content position (x, y), if any."""
    i = layout.row_at(y)
    if i is None:
        return None
    row = layout.rows[i]
    a = row.anchor
    if a is None or y < a.y_top - 3 or y > a.y_bottom + 3:
        return None
    if row.kind is BarKind.TASK:
        edge = min(EDGE_PX, (a.x1 - a.x0) / 3)
        if a.x1 - edge <= x <= a.x1 + 1:
            return Hit(i, "end")
        if a.x0 <= x < a.x1 - edge:
            return Hit(i, "body")
    elif a.x0 - 2 <= x <= a.x1 + 1:
        return Hit(i, "body")
    if a.x1 + 1 < x <= a.x1 + HANDLE_PX:
        return Hit(i, "link")
    return None
