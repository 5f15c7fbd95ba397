"""Schedule risk charts: a milestone's finish-date distribution, and the tornado of drivers.

Both read in black and white: the histogram is grey bars with black edges, the cumulative
curve a solid black line with markers, the deadline a dashed line, the planned date a
dash-dot line, P80 a dotted one, each labelled on the chart itself; in the tornado, risks
are hatched bars and named "risk: …", tasks plain grey, every bar with its value.
Plain data in, texts translated by the caller; no Qt, no pyplot.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from matplotlib.dates import AutoDateLocator, DateFormatter, date2num
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, PercentFormatter

from desktop.charts.fonts import apply_font

BAR, EDGE, INK = "#d0d0d0", "#404040", "#000000"
MOST_BARS = 12


@dataclass(frozen=True)
class DistributionChartData:
    """How many iterations finished on each date (``dates`` ascending, ``counts``), with the
    ``deadline``, the ``planned`` (deterministic) date and ``p80`` marked.  ``labels`` keys:
    ``title``, ``share`` (left axis), ``bin`` (its unit, "%1" standing for the days per bar),
    ``cumulative`` (right axis), ``deadline``, ``planned``, ``p80``, ``probability`` (a line
    under the title, already formatted)."""

    dates: list[date]
    counts: list[int]
    deadline: date | None = None
    planned: date | None = None
    p80: date | None = None
    labels: dict[str, str] = field(default_factory=dict)


def _bin_days(span: int) -> int:
    for days in (1, 7, 14, 30, 61, 91, 182, 365):
        if span / days <= 40:
            return days
    return 730


def histogram(dates: list[date], counts: list[int]) -> tuple[list[date], list[float], int]:
    """(bin starts, share of iterations per bin in %, bin width in days)."""
    total = sum(counts) or 1
    first, last = dates[0], dates[-1]
    width = _bin_days((last - first).days + 1)
    shares: dict[int, float] = {}
    for day, count in zip(dates, counts):
        k = (day - first).days // width
        shares[k] = shares.get(k, 0.0) + 100.0 * count / total
    keys = range(max(shares) + 1)
    return [first + timedelta(days=k * width) for k in keys], [shares.get(k, 0.0) for k in keys], width


def _marker(ax, day: date, style: str, text: str, gid: str, level: float) -> None:
    ax.axvline(date2num(day), color=INK, linestyle=style, linewidth=1.4, gid=gid)
    ax.annotate(text, xy=(date2num(day), level), xycoords=("data", "axes fraction"),
                xytext=(4, 0), textcoords="offset points", ha="left", va="top",
                fontsize="small", color=INK, gid=f"{gid}_text",
                bbox={"boxstyle": "round,pad=0.15", "facecolor": "white", "edgecolor": "none",
                      "alpha": 0.85})


def build_risk_distribution(fig: Figure, data: DistributionChartData) -> None:
    """Histogram of the finish dates with their cumulative curve (on ``fig``, cleared)."""
    labels = data.labels
    fig.set_layout_engine("constrained")
    ax = fig.add_subplot()
    if not data.dates:
        ax.set_axis_off()
        apply_font(fig)
        return
    starts, shares, width = histogram(data.dates, data.counts)
    ax.bar([date2num(s) for s in starts], shares, width=width * 0.9, align="edge", color=BAR,
           edgecolor=EDGE, linewidth=0.8, gid="histogram", label=labels.get("share", ""))
    right = ax.twinx()
    total, running, xs, ys = sum(data.counts) or 1, 0, [], []
    for day, count in zip(data.dates, data.counts):
        running += count
        xs.append(date2num(day) + 1)
        ys.append(100.0 * running / total)
    right.step([xs[0] - 1] + xs, [0.0] + ys, where="post", color=INK, linewidth=2, gid="cdf")
    every = max(1, len(xs) // 12)
    right.plot(xs[::every], ys[::every], linestyle="none", marker="o", markersize=4, color=INK,
               markerfacecolor="white", gid="cdf_markers")
    right.set_ylim(0, 105)
    right.yaxis.set_major_formatter(PercentFormatter(decimals=0))
    right.set_ylabel(labels.get("cumulative", ""))
    unit = labels.get("bin", "").replace("%1", str(width))
    ax.set_ylabel(f"{labels.get('share', '')} ({unit})" if unit else labels.get("share", ""))
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _p: f"{v:.0f}%"))
    ax.set_ylim(0, max(shares) * 1.35)
    marks = [(data.deadline, "--", "deadline", labels.get("deadline", "")),
             (data.planned, "-.", "planned", labels.get("planned", "")),
             (data.p80, ":", "p80", labels.get("p80", ""))]
    dated = [m for m in marks if m[0] is not None]
    for level, (day, style, gid, text) in zip((0.98, 0.88, 0.78), sorted(dated, key=lambda m: m[0])):
        _marker(ax, day, style, f"{text} {day.isoformat()}", gid, level)
    low = min([date2num(data.dates[0])] + [date2num(m[0]) for m in dated]) - width
    high = max([date2num(data.dates[-1]) + width] + [date2num(m[0]) for m in dated]) + 4 * width
    ax.set_xlim(low, high)
    ax.xaxis.set_major_locator(AutoDateLocator(minticks=3, maxticks=8))
    ax.xaxis.set_major_formatter(DateFormatter("%Y-%m-%d" if high - low < 120 else "%Y-%m"))
    title = labels.get("title", "")
    if labels.get("probability"):
        title = f"{title}\n{labels['probability']}" if title else labels["probability"]
    ax.set_title(title, loc="left", fontsize="large")
    for side in ("top",):
        ax.spines[side].set_visible(False)
        right.spines[side].set_visible(False)
    ax.grid(True, axis="y", color="#e8e8e8", linewidth=0.8)
    ax.set_axisbelow(True)
    apply_font(fig)


@dataclass(frozen=True)
class TornadoItem:
    label: str
    value: float      # Spearman's ρ with the target's date
    is_risk: bool = False


@dataclass(frozen=True)
class TornadoData:
    """The drivers of one target's date; ``labels`` keys: ``title``, ``axis``, ``risk`` (the
    word before a risk's name), ``empty`` (shown when nothing varies)."""

    items: list[TornadoItem]
    labels: dict[str, str] = field(default_factory=dict)
    most: int = 10


def _short(text: str, most: int = 26) -> str:
    return text if len(text) <= most else text[:most - 1] + "…"


def build_tornado(fig: Figure, data: TornadoData) -> None:
    """Horizontal bars of the largest |ρ|, largest on top (on ``fig``, cleared)."""
    labels = data.labels
    fig.set_layout_engine("constrained")
    ax = fig.add_subplot()
    items = sorted((i for i in data.items if abs(i.value) >= 0.005), key=lambda i: -abs(i.value))
    items = items[:data.most][::-1]
    ax.set_title(labels.get("title", ""), loc="left", fontsize="large")
    if not items:
        ax.set_axis_off()
        ax.text(0.5, 0.5, labels.get("empty", ""), ha="center", va="center",
                transform=ax.transAxes, gid="empty")
        apply_font(fig)
        return
    positions = range(len(items))
    for y, item in zip(positions, items):
        ax.barh(y, item.value, height=0.6, color="white" if item.is_risk else "#9e9e9e",
                edgecolor=INK, hatch="///" if item.is_risk else None, linewidth=0.8,
                gid="risk_bar" if item.is_risk else "task_bar")
        ax.annotate(f"{item.value:+.2f}", xy=(item.value, y),
                    xytext=(4 if item.value >= 0 else -4, 0), textcoords="offset points",
                    ha="left" if item.value >= 0 else "right", va="center", fontsize="small")
    ax.set_yticks(list(positions))
    ax.set_yticklabels([_short(f"{labels.get('risk', '')} {i.label}".strip() if i.is_risk else i.label)
                        for i in items])
    ax.axvline(0, color=INK, linewidth=0.8)
    ax.set_xlim(-1.15, 1.15)
    ax.set_xlabel(labels.get("axis", ""))
    ax.grid(True, axis="x", color="#e8e8e8", linewidth=0.8)
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    apply_font(fig)
