"""One row of the Gantt chart as geometry: its bar, diamond or bracket, baseline and anchors.

Pure Python (no Qt); see :mod:`desktop.domain.gantt_layout` for the coordinates.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum
from typing import NamedTuple

from desktop.domain.gantt_layout_links import Anchor
from desktop.domain.schedule_rows import ScheduleRow


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


def layout_row(i: int, row: ScheduleRow, top: float, g: RowGeometry, origin: date, ppd: float,
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
