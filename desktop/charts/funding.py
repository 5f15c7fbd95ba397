"""Foreign share by month on the committed and the paid-in basis, against the minimum.

Shares are fractions (0.317 = 31.7 %), drawn in per cent; ``None`` months are gaps (no
funding recorded yet is not 0 %).  The band below the minimum is shaded.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from matplotlib.figure import Figure
from matplotlib.ticker import FixedLocator, FuncFormatter

from desktop.charts.fonts import apply_font
from desktop.charts.marks import STYLES, apply_layout, direct_labels, last_point
from desktop.charts.s_curve import month_ticks

COMMITTED, PAID_IN, MINIMUM = "#1565c0", "#2e7d32", "#c62828"


@dataclass(frozen=True)
class ShareHistoryData:
    """``labels`` keys: ``title``, ``committed``, ``paid_in``, ``minimum`` (text of the
    minimum line, e.g. "Minimum 30%"), ``y`` (axis name, default "%"), ``status``."""

    months: list[str]  # 'YYYY-MM', ascending
    committed: list[float | None]
    paid_in: list[float | None]
    minimum: float | None = 0.3
    labels: dict[str, str] = field(default_factory=dict)
    margins: dict[str, float] | None = None  # fixed margins in inches (paper); None: constrained
    status_month: str | None = None


def _percent(values: list[float | None], count: int) -> list[float]:
    if len(values) != count:
        raise ValueError("every series needs one value per month")
    return [math.nan if v is None else v * 100 for v in values]


def build_foreign_share(fig: Figure, data: ShareHistoryData) -> None:
    """Draw the share history on ``fig`` (cleared by the caller)."""
    labels = data.labels
    count = len(data.months)
    apply_layout(fig, data.margins)
    ax = fig.add_subplot()
    x = list(range(count))
    ends = []
    if data.minimum is not None:
        minimum = data.minimum * 100
        ax.axhspan(0, minimum, color=MINIMUM, alpha=0.07, linewidth=0, gid="below_minimum")
        ax.axhline(minimum, color=MINIMUM, linewidth=1.6, linestyle=STYLES["minimum"][0], gid="minimum",
                   label=labels.get("minimum", f"{minimum:.0f}%"))
    for key, values, color in (("committed", data.committed, COMMITTED),
                               ("paid_in", data.paid_in, PAID_IN)):
        percent = _percent(values, count)
        if all(math.isnan(v) for v in percent):
            continue
        style, marker = STYLES[key]
        ax.plot(x, percent, color=color, linewidth=2, linestyle=style, marker=marker if count <= 36 else None,
                markersize=4.5, label=labels.get(key, key), gid=key)
        end = last_point(x, percent)
        if end is not None:
            ends.append((*end, labels.get(key, key), color))
    if data.status_month in data.months:
        ax.axvline(data.months.index(data.status_month), color="#ef6c00", linestyle=":",
                   linewidth=1.2, gid="status", label=labels.get("status"))
    ticks = month_ticks(data.months) if count else []
    ax.xaxis.set_major_locator(FixedLocator(ticks))
    ax.xaxis.set_major_formatter(FuncFormatter(
        lambda value, _pos: data.months[int(value)] if 0 <= int(value) < count else ""))
    if count:
        ax.set_xlim(-0.5, max(count - 0.5, 0.5))
    ax.set_ylim(0, 100)
    ax.yaxis.set_major_formatter(FuncFormatter(lambda value, _pos: f"{value:.0f}%"))
    ax.set_ylabel(labels.get("y", ""))
    ax.set_title(labels.get("title", ""), loc="left", fontsize="large")
    ax.grid(True, axis="y", color="#e0e0e0", linewidth=0.8)
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    if ax.get_legend_handles_labels()[0]:
        ax.legend(loc="upper left", frameon=True, framealpha=0.9, edgecolor="#dddddd",
                  ncols=3, fontsize="small")
    if ends and count:
        ax.set_xlim(-0.5, count - 0.5 + max(2, count * 0.2))  # room for the labels at the line ends
        direct_labels(ax, ends)
    if len(ticks) > 8:
        fig.autofmt_xdate(rotation=30)
    apply_font(fig)
