"""Capacity: the planned scale at the end of each phase against installed MW and GPUs.

Two stacked plots sharing the time axis: MW on top (planned step, installed, energised,
the 1 GW goal), GPUs below (planned step, installed, the ≈170,000 goal), and the GPUs per
MW in a line of text.  Targets that are not set (None) are not drawn.  Texts come from the
caller; :func:`desktop.domain.capacity.facility_totals` gives the facility totals.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date, timedelta

from matplotlib.axes import Axes
from matplotlib.dates import DateFormatter, YearLocator, date2num
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter

from desktop.charts.fonts import apply_font
from desktop.charts.marks import apply_layout
from desktop.domain.capacity import CapacityPoint

PLANNED, INSTALLED, ENERGISED, GOAL, TODAY = "#1565c0", "#2e7d32", "#7cb342", "#6a1b9a", "#ef6c00"
PHASE_FILL = ("#f5f8fc", "#ffffff")


@dataclass(frozen=True)
class PhaseTarget:
    """A phase's planned period and the facility's scale at its end (None = not set)."""

    label: str
    start: date | None
    finish: date | None
    target_mw: float | None
    target_gpus: int | None


@dataclass(frozen=True)
class CapacityChartData:
    """``labels`` keys: ``title``, ``mw`` and ``gpus`` (axis names), ``planned``,
    ``installed``, ``energised``, ``installed_gpus``, ``goal`` (prefix of the goal lines),
    ``today``, ``gpus_per_mw``, ``target`` (word before the goal's GPUs per MW)."""

    phases: list[PhaseTarget]
    actual: list[CapacityPoint]
    goal_mw: float | None = None
    goal_gpus: int | None = None
    status_date: date | None = None
    log_scale: bool = False
    labels: dict[str, str] = field(default_factory=dict)
    margins: dict[str, float] | None = None  # fixed margins in inches (paper); None: constrained


def _span(data: CapacityChartData) -> tuple[date, date] | None:
    dates = [d for p in data.phases for d in (p.start, p.finish) if d is not None]
    dates += [p.on for p in data.actual]
    if data.status_date:
        dates.append(data.status_date)
    if not dates:
        return None
    return min(dates) - timedelta(days=90), max(dates) + timedelta(days=365)


def planned_steps(phases: list[PhaseTarget], key: str, end: date) -> tuple[list[date], list[float]]:
    """The planned scale as a post-step: 0 from the first start, each target from its phase's
    end until the next phase's end; an unknown target leaves a gap (NaN), never a 0."""
    dated = [p for p in phases if p.finish is not None]
    starts = [p.start for p in phases if p.start is not None]
    xs: list[date] = []
    ys: list[float] = []
    if starts and dated:
        xs.append(min(starts))
        ys.append(0.0)
    for phase in sorted(dated, key=lambda p: p.finish):
        value = getattr(phase, key)
        xs.append(phase.finish)
        ys.append(math.nan if value is None else float(value))
    if xs and not math.isnan(ys[-1]) and end > xs[-1]:
        xs.append(end)
        ys.append(ys[-1])
    return xs, ys


def _days(dates: list[date]) -> list[float]:
    return [float(date2num(d)) for d in dates]


def _values(points: list[CapacityPoint], key: str) -> tuple[list[float], list[float]]:
    return (_days([p.on for p in points]),
            [math.nan if getattr(p, key) is None else float(getattr(p, key)) for p in points])


def _goal(ax: Axes, value: float | None, text: str, gid: str) -> None:
    if value is None:
        return
    ax.axhline(value, color=GOAL, linewidth=1.2, linestyle="--", gid=gid)
    ax.annotate(text, xy=(1, value), xycoords=("axes fraction", "data"), xytext=(-4, -3),
                textcoords="offset points", ha="right", va="top", color=GOAL, fontsize="small",
                gid=f"{gid}_text")


def _phases(ax: Axes, data: CapacityChartData, end: date, names: bool) -> None:
    for i, phase in enumerate(data.phases):
        if phase.start is None:
            continue
        finish = phase.finish or end
        ax.axvspan(date2num(phase.start), date2num(finish), color=PHASE_FILL[i % 2], zorder=0,
                   linewidth=0)
        if names:
            ax.annotate(phase.label, xy=(date2num(phase.start), 1), xycoords=("data", "axes fraction"),
                        xytext=(3, -3), textcoords="offset points", ha="left", va="top",
                        fontsize="small", color="#555555")


def _number(value: float) -> str:
    return f"{value:,.0f}" if value >= 10 or value == int(value) else f"{value:,.1f}"


def gpus_per_mw_text(data: CapacityChartData) -> str:
    """``GPUs per MW: installed 512 · target 170`` (either part left out when unknown)."""
    labels = data.labels
    parts = []
    last = next((p for p in reversed(data.actual)
                 if p.installed_mw and p.installed_gpus is not None), None)
    if last is not None:
        parts.append(f"{labels.get('installed', 'Installed')} "
                     f"{_number(last.installed_gpus / last.installed_mw)}")
    if data.goal_mw and data.goal_gpus is not None:
        parts.append(f"{labels.get('target', 'Target')} {_number(data.goal_gpus / data.goal_mw)}")
    return f"{labels.get('gpus_per_mw', 'GPUs per MW')}: " + " · ".join(parts) if parts else ""


def _plot(ax: Axes, data: CapacityChartData, end: date, key: str, installed: list[tuple[str, str, str]]
          ) -> None:
    labels = data.labels
    xs, ys = planned_steps(data.phases, "target_mw" if key == "mw" else "target_gpus", end)
    if xs and not all(math.isnan(y) for y in ys):
        ax.plot(_days(xs), ys, drawstyle="steps-post", color=PLANNED, linewidth=2,
                label=labels.get("planned", "Planned"), gid=f"planned_{key}")
    for field_name, color, label_key in installed:
        px, py = _values(data.actual, field_name)
        if px and not all(math.isnan(y) for y in py):
            ax.plot(px, py, drawstyle="steps-post", color=color,
                    marker="o" if field_name != "energised_mw" else "^", markersize=4,
                    linewidth=2 if field_name != "energised_mw" else 1.4,
                    linestyle="-" if field_name != "energised_mw" else "--",
                    label=labels.get(label_key, label_key), gid=field_name)
    if data.status_date:
        ax.axvline(date2num(data.status_date), color=TODAY, linestyle=":", linewidth=1.2,
                   gid=f"today_{key}", label=labels.get("today", "") if key == "mw" else None)
    ax.grid(True, axis="y", color="#e0e0e0", linewidth=0.8)
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    if data.log_scale:
        ax.set_yscale("symlog", linthresh=1 if key == "mw" else 100)
        ax.set_ylim(bottom=0)
    else:
        ax.set_ylim(bottom=0)
    # a logarithmic axis has no 0: its bottom tick is left unlabelled rather than printed "0"
    floor = 0 if not data.log_scale else 1e-9
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _p: _number(v) if v > floor or (v == 0 and not
                                                                                         data.log_scale) else ""))


def build_capacity(fig: Figure, data: CapacityChartData) -> None:
    """Draw the capacity chart on ``fig`` (cleared by the caller)."""
    labels = data.labels
    apply_layout(fig, data.margins)
    ax_mw, ax_gpu = fig.subplots(2, 1, sharex=True, gridspec_kw={"height_ratios": (3, 2)})
    span = _span(data)
    if span is None:
        apply_font(fig)
        return
    start, end = span
    for ax in (ax_mw, ax_gpu):
        _phases(ax, data, end, names=ax is ax_mw)
    _plot(ax_mw, data, end, "mw", [("installed_mw", INSTALLED, "installed"),
                                   ("energised_mw", ENERGISED, "energised")])
    _plot(ax_gpu, data, end, "gpus", [("installed_gpus", INSTALLED, "installed_gpus")])
    goal = labels.get("goal", "Goal")
    if data.goal_mw is not None:
        _goal(ax_mw, data.goal_mw, f"{goal} {_number(data.goal_mw)} MW", "goal_mw")
    if data.goal_gpus is not None:
        _goal(ax_gpu, data.goal_gpus, f"{goal} {_number(data.goal_gpus)} GPU", "goal_gpus")
    for ax, top in ((ax_mw, data.goal_mw), (ax_gpu, data.goal_gpus)):
        if top is not None and not data.log_scale:
            ax.set_ylim(0, top * 1.12)
        elif top is not None:
            ax.set_ylim(0, top * 3)
    ax_mw.set_xlim(date2num(start), date2num(end))
    years = max(1, (end - start).days // 365)
    ax_gpu.xaxis.set_major_locator(YearLocator(base=max(1, math.ceil(years / 8))))  # (cheaper than Auto)
    ax_gpu.xaxis.set_major_formatter(DateFormatter("%Y"))
    ax_mw.set_ylabel(labels.get("mw", "MW"))
    ax_gpu.set_ylabel(labels.get("gpus", "GPUs"))
    ax_mw.set_title(labels.get("title", ""), loc="left", fontsize="large")
    if ax_mw.get_legend_handles_labels()[0]:  # the GPU plot uses the same colours
        ax_mw.legend(loc="upper left", bbox_to_anchor=(0, 0.9), frameon=True, framealpha=0.9,
                     edgecolor="#dddddd", fontsize="small")
    ratio = gpus_per_mw_text(data)
    if ratio:
        ax_gpu.annotate(ratio, xy=(0, 1), xycoords="axes fraction", xytext=(4, -4),
                        textcoords="offset points", ha="left", va="top", fontsize="small",
                        bbox={"boxstyle": "round,pad=0.3", "facecolor": "white",
                              "edgecolor": "#dddddd"}, gid="gpus_per_mw")
    apply_font(fig)
