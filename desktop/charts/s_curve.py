"""The S-curve: cumulative planned value, earned value and actual cost by month.

Plain data in (integer won, cumulative), texts translated by the caller; no Qt, no pyplot.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from matplotlib.figure import Figure
from matplotlib.ticker import FixedLocator, FuncFormatter
from numpy import array_equal

from desktop.charts import LineUpdate
from desktop.charts.fonts import apply_font
from desktop.charts.marks import STYLES, apply_layout, direct_labels, last_point

COLORS = {"pv": "#1565c0", "ev": "#2e7d32", "ac": "#c62828", "baseline": "#757575",
          "status": "#ef6c00"}


@dataclass(frozen=True)
class SCurveData:
    """Cumulative values per month; ``None`` = not defined for that month (a gap, never 0).

    ``unit_divisor`` is the number of won in one unit of the y axis (1, 1,000, 10⁶, 10⁸).
    ``labels`` keys: ``title``, ``y`` (axis name), ``unit`` (shown after it in brackets),
    ``pv``, ``ev``, ``ac``, ``baseline``, ``status`` (legend of the status-month line).
    """

    months: list[str]  # 'YYYY-MM', ascending
    pv: list[int | None]
    ev: list[int | None]
    ac: list[int | None]
    baseline: list[int | None] | None = None
    status_month: str | None = None
    unit_divisor: int = 1
    labels: dict[str, str] = field(default_factory=dict)
    margins: dict[str, float] | None = None  # fixed margins in inches (paper); None: constrained
    direct_labels: bool = True  # each line's name at its end (read without colour)


def _scaled(values: list[int | None] | None, divisor: int, count: int) -> list[float] | None:
    if values is None or all(v is None for v in values):
        return None
    if len(values) != count:
        raise ValueError("every series needs one value per month")
    return [math.nan if v is None else v / divisor for v in values]


def month_ticks(months: list[str], most: int = 8) -> list[int]:
    """Positions of the month labels: every month, quarter, half-year or n years, as room allows."""
    if len(months) <= most:
        return list(range(len(months)))
    absolute = [int(m[:4]) * 12 + int(m[5:7]) - 1 for m in months]
    for step in (3, 6, 12, 24, 36, 60, 120, 240):
        picked = [i for i, a in enumerate(absolute) if a % step == 0]
        if len(picked) <= most:
            return picked or [0]
    return [0]


def _series(data: SCurveData) -> list[tuple[str, list[float] | None, str]]:
    """(gid, values in the axis unit or None when the series is empty, line style)."""
    divisor, count = max(1, int(data.unit_divisor)), len(data.months)
    return [(key, _scaled(values, divisor, count), STYLES[key][0])
            for key, values in (("baseline", data.baseline), ("pv", data.pv), ("ev", data.ev),
                                ("ac", data.ac))]


def _shape(data: SCurveData) -> tuple:
    """What the figure's frame depends on (everything but the values)."""
    return (tuple(data.months), data.status_month, data.unit_divisor, tuple(sorted(data.labels.items())),
            tuple(values is None for _, values, _ in _series(data)))


def update_s_curve(fig: Figure, data: SCurveData) -> LineUpdate | None:
    """Put ``data``'s values into the lines :func:`build_s_curve` drew on ``fig``; None when
    the figure must be built again (other months, series, unit, labels or status month, or
    names written at the lines' ends, which move with them)."""
    if data.direct_labels or getattr(fig, "s_curve_shape", None) != _shape(data) or len(fig.axes) != 1:
        return None
    ax = fig.axes[0]
    lines = {line.get_gid(): line for line in ax.get_lines()}
    changed = []
    for key, values, _ in _series(data):
        if values is not None and not array_equal(lines[key].get_ydata(), values, equal_nan=True):
            lines[key].set_ydata(values)
            changed.append(lines[key])
    top = _top(data)
    if top == ax.get_ylim()[1]:
        return LineUpdate(tuple(changed), whole=False)
    ax.set_ylim(0, top)
    return LineUpdate(tuple(changed), whole=True)


def _top(data: SCurveData) -> float:
    """Top of the y axis: the largest value plus 5 %, rounded up to 1, 1.2, 1.5, 2, 2.5, 3,
    4, 5, 6 or 8 × a power of ten (so that a small change of the values keeps the axis)."""
    values = [v for _, scaled, _ in _series(data) if scaled for v in scaled if v == v]
    highest = max(values, default=0.0) * 1.05
    if highest <= 0:
        return 1.0
    power = 10.0 ** math.floor(math.log10(highest))
    return next(m * power for m in _ROUND_STEPS if m * power >= highest)


_ROUND_STEPS = (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10)


def build_s_curve(fig: Figure, data: SCurveData) -> None:
    """Draw the S-curve on ``fig`` (cleared by the caller)."""
    labels = data.labels
    count = len(data.months)
    apply_layout(fig, data.margins)
    ax = fig.add_subplot()
    x = list(range(count))
    ends = []
    for key, scaled, _style in _series(data):
        if scaled is None:
            continue
        style, marker = STYLES[key]
        ax.plot(x, scaled, linestyle=style, color=COLORS[key], linewidth=1.5 if key == "baseline" else 2,
                marker=marker, markevery=_mark_every(scaled), markersize=5, label=labels.get(key, key.upper()),
                gid=key)
        end = last_point(x, scaled)
        if end is not None:
            ends.append((*end, labels.get(key, key.upper()), COLORS[key]))
    if data.status_month in data.months:
        ax.axvline(data.months.index(data.status_month), color=COLORS["status"], linewidth=1.2,
                   linestyle=":", label=labels.get("status", data.status_month), gid="status")
    ticks = month_ticks(data.months) if count else []
    ax.xaxis.set_major_locator(FixedLocator(ticks))
    ax.xaxis.set_major_formatter(FuncFormatter(
        lambda value, _pos: data.months[int(value)] if 0 <= int(value) < count else ""))
    ax.yaxis.set_major_formatter(FuncFormatter(lambda value, _pos: f"{value:,.0f}"))
    ax.set_ylim(0, _top(data))
    if count:
        ax.set_xlim(-0.5, count - 0.5)
    y_label = labels.get("y", "")
    if labels.get("unit"):
        y_label = f"{y_label} ({labels['unit']})" if y_label else labels["unit"]
    ax.set_ylabel(y_label)
    ax.set_title(labels.get("title", ""), loc="left", fontsize="large")
    ax.grid(True, color="#e0e0e0", linewidth=0.8)
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    if ax.get_legend_handles_labels()[0]:
        ax.legend(loc="upper left", frameon=True, framealpha=1.0, edgecolor="#dddddd")  # lines behind it
    if data.direct_labels:
        if count:
            ax.set_xlim(-0.5, count - 0.5 + max(2, count * 0.18))  # room for the labels
        direct_labels(ax, ends)
    if len(ticks) > 8:
        fig.autofmt_xdate(rotation=30)
    apply_font(fig)
    fig.s_curve_shape = _shape(data)  # what update_s_curve may keep


def _mark_every(values: list[float]) -> int:
    """A marker every month, or every few months on a long curve."""
    return max(1, sum(1 for v in values if not math.isnan(v)) // 12)
