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
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import Enum
from typing import NamedTuple

from desktop.domain.gantt_layout_links import Anchor, GanttLink, LinkIndex, make_link
from desktop.domain.gantt_layout_scale import (
    PAD_PX, GanttTick, TimeUnit, Zoom, clamp_scale, extent, fit_scale, make_ticks, tiers_for,
)
from desktop.domain.schedule_rows import ScheduleRow, ScheduleView

__all__ = [
    "BarKind", "Diamond", "GanttBand", "GanttLayout", "GanttLink", "GanttRow", "GanttTick",
    "Hit", "PAD_PX", "Rect", "RowGeometry", "TimeUnit", "Zoom", "date_extent", "fit_scale",
    "hit_test", "layout_gantt", "tiers_for",
]


class BarKind(Enum):
    NONE = "none"  # not scheduled: nothing drawn
    TASK = "task"
    SUMMARY = "summary"
    MILESTONE = "milestone"


class Rect(NamedTuple):
    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h


class Diamond(NamedTuple):
    cx: float
    cy: float
    r: float  # half the diagonal


class RowGeometry(NamedTuple):
    """Vertical placement of bars inside a row (offsets from the row's top)."""

    bar_y: float
    bar_h: float
    base_y: float
    base_h: float

    @staticmethod
    def for_height(row_height: int, with_baseline: bool) -> RowGeometry:
        h = float(row_height)
        if with_baseline:
            bar_y, bar_h = round(h * 0.18), round(h * 0.42)
            base_y = bar_y + bar_h + max(1, round(h * 0.06))
            return RowGeometry(bar_y, bar_h, base_y, max(2, round(h * 0.16)))
        bar_y, bar_h = round(h * 0.25), round(h * 0.5)
        return RowGeometry(bar_y, bar_h, bar_y + bar_h, 0)


@dataclass(slots=True)
class GanttRow:
    """What is drawn in one row.  ``kind`` says which of the shapes are set."""

    index: int
    row: ScheduleRow
    kind: BarKind
    top: float
    bar: Rect | None = None  # task bar; for a summary, the box of its bracket
    diamond: Diamond | None = None  # milestone
    progress: float = 0.0  # fraction complete, 0–1
    baseline: Rect | None = None
    baseline_diamond: Diamond | None = None
    summary_shape: tuple[tuple[float, float], ...] | None = None  # bracket polygon
    critical: bool = False
    actual: tuple[float, float] | None = None  # x span of work done (actual start → finish/status)
    anchor: Anchor | None = None
    deadline_x: float | None = None  # end of the deadline day

    @property
    def task_id(self) -> int:
        return self.row.task_id

    @property
    def slip_days(self) -> int | None:
        return self.row.slip_days


@dataclass(frozen=True, slots=True)
class GanttBand:
    number: int
    name_ko: str
    name_en: str
    x0: float
    x1: float


@dataclass
class GanttLayout:
    """The whole chart in pixels; ``rows[i]`` is the table's row ``i``."""

    origin: date
    end: date
    px_per_day: float
    zoom: Zoom | None
    row_height: int
    geometry: RowGeometry
    rows: list[GanttRow]
    links: list[GanttLink]
    bands: list[GanttBand]
    ticks: list[GanttTick]
    tier_units: tuple[TimeUnit, TimeUnit]
    today_x: float | None
    status_x: float | None
    has_baseline: bool
    _index: LinkIndex = field(repr=False, default=None)  # type: ignore[assignment]

    def __post_init__(self) -> None:
        if self._index is None:
            self._index = LinkIndex(self.links, len(self.rows))

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
        return self._index.query(first_row, last_row)

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
    for row in view.rows:
        for d in (row.start, row.finish, row.baseline_start, row.baseline_finish):
            if d is not None:
                days.append(d)
    for band in view.bands:
        days.extend(d for d in (band.start, band.finish) if d is not None)
    return (min(days), max(days)) if days else None


def _bar_parts(row: ScheduleRow, x: float, w: float, status_x: float, ppd: float,
               origin: date) -> tuple[float, tuple[float, float] | None]:
    """(progress fraction, actual span) of a task bar."""
    progress = min(1.0, max(0.0, (row.percent_complete or 0.0) / 100.0))
    actual = None
    if row.actual_start is not None:
        a0 = (row.actual_start - origin).days * ppd
        if row.actual_finish is not None:
            a1 = ((row.actual_finish - origin).days + 1) * ppd
        else:
            a1 = max(a0, min(status_x, x + w))
        actual = (a0, a1)
    return progress, actual


def _summary_shape(x: float, y: float, w: float, h: float) -> tuple[tuple[float, float], ...]:
    """MS Project's summary bracket: a bar with a downward point at each end."""
    th = max(2.0, round(h * 0.6))
    tip = max(2.0, round(h * 0.4))
    t = min(tip, w / 3)
    return ((x, y), (x + w, y), (x + w, y + th + tip), (x + w - t, y + th), (x + t, y + th),
            (x, y + th + tip))


def _layout_row(i: int, row: ScheduleRow, top: float, g: RowGeometry, origin: date, ppd: float,
                status_x: float) -> GanttRow:
    """Place one row's shapes (the hot loop of :func:`layout_gantt`)."""
    out = GanttRow(i, row, BarKind.NONE, top, critical=row.is_critical)
    bar_y = top + g.bar_y
    deadline = getattr(row, "deadline", None)
    if deadline is not None:
        out.deadline_x = ((deadline - origin).days + 1) * ppd
    if row.baseline_start is not None and row.baseline_finish is not None and g.base_h:
        bx = (row.baseline_start - origin).days * ppd
        if row.is_milestone:
            r = g.base_h * 0.5 + 2
            out.baseline_diamond = Diamond(bx + ppd / 2, top + g.base_y + g.base_h / 2, r)
        else:
            bw = ((row.baseline_finish - origin).days + 1) * ppd - bx
            out.baseline = Rect(bx, top + g.base_y, bw, g.base_h)
    if row.start is None or row.finish is None:
        return out
    x = (row.start - origin).days * ppd
    if row.is_milestone and not row.is_summary:
        r = g.bar_h * 0.65
        cx, cy = ((row.finish - origin).days + 0.5) * ppd, bar_y + g.bar_h / 2
        out.kind, out.diamond = BarKind.MILESTONE, Diamond(cx, cy, r)
        out.progress = 1.0 if (row.percent_complete or 0) >= 100 else 0.0
        out.anchor = Anchor(cx - r, cx + r, cy, cy - r, cy + r, cx)
        return out
    w = ((row.finish - origin).days + 1) * ppd - x
    out.bar = Rect(x, bar_y, w, g.bar_h)
    if row.is_summary:
        out.kind = BarKind.SUMMARY
        out.summary_shape = _summary_shape(x, bar_y, w, g.bar_h)
        out.progress = min(1.0, max(0.0, (row.percent_complete or 0.0) / 100.0))
        out.anchor = Anchor(x, x + w, bar_y + g.bar_h * 0.25, bar_y, out.summary_shape[2][1])
        return out
    out.kind = BarKind.TASK
    out.progress, out.actual = _bar_parts(row, x, w, status_x, ppd, origin)
    out.anchor = Anchor(x, x + w, bar_y + g.bar_h / 2, bar_y, bar_y + g.bar_h)
    return out


def _layout_links(view: ScheduleView, rows: list[GanttRow], row_height: int) -> list[GanttLink]:
    where = {r.row.task_id: r.index for r in rows if r.anchor is not None}
    links = []
    for link in view.links:
        a, b = where.get(link.pred_id), where.get(link.succ_id)
        if a is None or b is None or a == b:
            continue
        critical = link.critical or (rows[a].critical and rows[b].critical)
        links.append(make_link(link.type, a, b, rows[a].anchor, rows[b].anchor,  # type: ignore[arg-type]
                               critical, row_height))
    return links


def layout_gantt(view: ScheduleView, *, zoom: Zoom | None = None, px_per_day: float | None = None,
                 row_height: int = 24, today: date | None = None,
                 span: tuple[date, date] | None = None) -> GanttLayout:
    """Lay out ``view`` at ``zoom`` (or an explicit ``px_per_day``, e.g. from :func:`fit_scale`).

    ``span`` overrides the dates shown (first, last); by default :func:`date_extent` of the view.
    """
    ppd = clamp_scale(px_per_day if px_per_day is not None
                      else (zoom or Zoom.MONTH).px_per_day)
    first, last = span or date_extent(view) or (view.status_date, view.status_date)
    origin, end = extent(first, last, ppd)
    has_baseline = any(r.baseline_start is not None for r in view.rows)
    g = RowGeometry.for_height(row_height, has_baseline)
    status_x = ((view.status_date - origin).days + 1) * ppd
    rows = [_layout_row(i, row, float(i * row_height), g, origin, ppd, status_x)
            for i, row in enumerate(view.rows)]
    bands = [GanttBand(b.number, b.name_ko, b.name_en, (b.start - origin).days * ppd,
                       ((b.finish - origin).days + 1) * ppd)
             for b in view.bands if b.start is not None and b.finish is not None]
    return GanttLayout(
        origin=origin, end=end, px_per_day=ppd,
        zoom=zoom if px_per_day is None else None, row_height=row_height, geometry=g,
        rows=rows, links=_layout_links(view, rows, row_height), bands=bands,
        ticks=make_ticks(origin, end, ppd), tier_units=tiers_for(ppd),
        today_x=None if today is None else ((today - origin).days + 0.5) * ppd,
        status_x=status_x, has_baseline=has_baseline,
    )


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
