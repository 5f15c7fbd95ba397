"""The Gantt time scale: zoom levels, pixels per day and the two-tier header's ticks.

Pure Python (no Qt).  A date ``d`` sits at ``x = (d − origin).days × px_per_day``; labels
are not formatted here (the painter is handed a formatter), only the tick dates and units.
"""

from __future__ import annotations

import math
from datetime import date, timedelta
from enum import Enum
from typing import NamedTuple

PAD_PX = 32.0  # blank margin left of the first date and right of the last one
MIN_PX_PER_DAY = 0.05
MAX_PX_PER_DAY = 96.0


class Zoom(Enum):
    """Zoom levels, finest to coarsest; the value is pixels per day."""

    WEEK = 24.0
    MONTH = 6.0
    QUARTER = 2.0
    YEAR = 0.5

    @property
    def px_per_day(self) -> float:
        return float(self.value)

    def finer(self) -> Zoom:
        """The next zoom in (more pixels per day), or itself at the finest."""
        order = ZOOM_ORDER
        return order[min(order.index(self) + 1, len(order) - 1)]

    def coarser(self) -> Zoom:
        """The next zoom out (fewer pixels per day), or itself at the coarsest."""
        order = ZOOM_ORDER
        return order[max(order.index(self) - 1, 0)]


#: coarsest to finest
ZOOM_ORDER: tuple[Zoom, ...] = (Zoom.YEAR, Zoom.QUARTER, Zoom.MONTH, Zoom.WEEK)


def nearest_zoom(px_per_day: float) -> Zoom:
    """The zoom level whose scale is closest to ``px_per_day`` (on a log scale)."""
    return min(ZOOM_ORDER, key=lambda z: abs(math.log(z.px_per_day / max(px_per_day, 1e-6))))


class TimeUnit(Enum):
    """Units of the time-scale tiers."""

    YEAR = "year"
    HALF = "half"
    QUARTER = "quarter"
    MONTH = "month"
    WEEK = "week"
    DAY = "day"


class GanttTick(NamedTuple):
    """The start of one unit of a header tier; its label spans to the tier's next tick."""

    x: float
    date: date
    tier: int  # 0 = top, 1 = bottom
    unit: TimeUnit


def tiers_for(px_per_day: float) -> tuple[TimeUnit, TimeUnit]:
    """(top, bottom) units of the header at this scale."""
    if px_per_day >= 12:
        return TimeUnit.MONTH, TimeUnit.WEEK
    if px_per_day >= 3:
        return TimeUnit.YEAR, TimeUnit.MONTH
    if px_per_day >= 1:
        return TimeUnit.YEAR, TimeUnit.QUARTER
    return TimeUnit.YEAR, TimeUnit.HALF


def unit_floor(d: date, unit: TimeUnit) -> date:
    """The first day of the unit that contains ``d`` (weeks start on Monday)."""
    if unit is TimeUnit.YEAR:
        return date(d.year, 1, 1)
    if unit is TimeUnit.HALF:
        return date(d.year, 1 if d.month <= 6 else 7, 1)
    if unit is TimeUnit.QUARTER:
        return date(d.year, (d.month - 1) // 3 * 3 + 1, 1)
    if unit is TimeUnit.MONTH:
        return date(d.year, d.month, 1)
    if unit is TimeUnit.WEEK:
        return d - timedelta(days=d.weekday())
    return d


_MONTHS_PER_UNIT = {TimeUnit.YEAR: 12, TimeUnit.HALF: 6, TimeUnit.QUARTER: 3, TimeUnit.MONTH: 1}


def unit_next(d: date, unit: TimeUnit) -> date:
    """The first day of the unit after the one starting at ``d`` (``d`` must be a unit start)."""
    if unit is TimeUnit.WEEK:
        return d + timedelta(days=7)
    if unit is TimeUnit.DAY:
        return d + timedelta(days=1)
    months = d.year * 12 + d.month - 1 + _MONTHS_PER_UNIT[unit]
    return date(months // 12, months % 12 + 1, 1)


def make_ticks(origin: date, end: date, px_per_day: float) -> list[GanttTick]:
    """Ticks of both tiers, each tier sorted by x: from the unit containing ``origin`` (its x may
    be negative) to the first unit boundary at or after ``end`` (so every unit has a right edge)."""
    ticks: list[GanttTick] = []
    for tier, unit in enumerate(tiers_for(px_per_day)):
        d = unit_floor(origin, unit)
        while True:
            ticks.append(GanttTick((d - origin).days * px_per_day, d, tier, unit))
            if d >= end:
                break
            d = unit_next(d, unit)
    return ticks


def pad_days(px_per_day: float) -> int:
    """Whole days of margin on each side of the chart at this scale."""
    return max(1, math.ceil(PAD_PX / px_per_day))


def clamp_scale(px_per_day: float) -> float:
    return min(MAX_PX_PER_DAY, max(MIN_PX_PER_DAY, px_per_day))


def fit_scale(start: date, finish: date, width_px: float) -> float:
    """Pixels per day so that ``start``..``finish`` (inclusive) and the margins fit ``width_px``.

    A layout made at this scale over the same dates is at most ``width_px`` wide.
    """
    days = max(1, (finish - start).days + 1)
    usable = max(1.0, width_px - 2 * PAD_PX)
    return clamp_scale(usable / (days + 2))


def extent(start: date, finish: date, px_per_day: float) -> tuple[date, date]:
    """(origin, end) of a chart showing ``start``..``finish`` with the margins."""
    pad = timedelta(days=pad_days(px_per_day))
    return start - pad, finish + timedelta(days=1) + pad
