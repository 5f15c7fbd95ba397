"""The expected effects: each reported value as a percentage of its target (horizontal bars).

Values and their texts come from the caller (``2조 8,000억원``, ``28,000명``); a target not
set or a value not reported draws no bar and shows the caller's "not reported" text.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter

from desktop.charts.fonts import apply_font

BAR, TARGET, EMPTY = "#1565c0", "#6a1b9a", "#9e9e9e"


@dataclass(frozen=True)
class EffectItem:
    name: str
    target: float | None
    reported: float | None
    target_text: str = ""
    reported_text: str = ""
    reported_on: str | None = None  # 'YYYY-MM-DD', shown after the value when given


@dataclass(frozen=True)
class EffectsData:
    """``labels`` keys: ``title``, ``x`` (axis name, e.g. "% of target"),
    ``not_reported``, ``target`` (the 100 % line)."""

    items: list[EffectItem]
    labels: dict[str, str] = field(default_factory=dict)


def percent_of_target(item: EffectItem) -> float | None:
    if item.reported is None or not item.target:
        return None
    return item.reported / item.target * 100


def build_effects(fig: Figure, data: EffectsData) -> None:
    """Draw the expected-effects bars on ``fig`` (cleared by the caller)."""
    labels = data.labels
    fig.set_layout_engine("constrained")
    ax = fig.add_subplot()
    items = list(data.items)
    rows = list(range(len(items)))[::-1]  # first item on top
    shares = [percent_of_target(item) for item in items]
    right = max([100.0] + [s for s in shares if s is not None]) * 1.08
    ax.barh(rows, [100] * len(items), color="#eef2f8", height=0.6, zorder=1, gid="track")
    for row, item, share in zip(rows, items, shares):
        if share is not None:
            ax.barh([row], [share], color=BAR, height=0.6, zorder=2, gid=f"bar_{row}")
        text = _value_text(item, share, labels)
        inside = share is not None and share > 55
        ax.annotate(text, xy=(share if inside else max(share or 0, 0), row),
                    xytext=(-6 if inside else 6, 0), textcoords="offset points",
                    ha="right" if inside else "left", va="center", fontsize="small",
                    color="white" if inside else ("#202020" if share is not None else EMPTY),
                    zorder=3, gid=f"value_{row}")
    ax.axvline(100, color=TARGET, linewidth=1.2, linestyle="--", zorder=3, gid="target_line")
    if labels.get("target"):
        ax.annotate(labels["target"], xy=(100, 1), xycoords=("data", "axes fraction"),
                    xytext=(0, 3), textcoords="offset points", ha="center", va="bottom",
                    color=TARGET, fontsize="small")
    ax.set_yticks(rows, [item.name for item in items])
    ax.set_xlim(0, right)
    ax.set_ylim(-0.6, len(items) - 0.4)
    ax.xaxis.set_major_formatter(FuncFormatter(lambda value, _pos: f"{value:.0f}%"))
    ax.set_xlabel(labels.get("x", ""))
    ax.set_title(labels.get("title", ""), loc="left", fontsize="large", pad=14)
    ax.tick_params(axis="y", length=0)
    ax.grid(True, axis="x", color="#e0e0e0", linewidth=0.8)
    ax.set_axisbelow(True)
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)
    apply_font(fig)


def _value_text(item: EffectItem, share: float | None, labels: dict[str, str]) -> str:
    if share is None:
        return labels.get("not_reported", "—")
    text = f"{item.reported_text} / {item.target_text} ({share:.1f}%)"
    return f"{text} · {item.reported_on}" if item.reported_on else text
