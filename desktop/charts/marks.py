"""Marks that survive a black-and-white printer: each series has its own line style and
marker (:data:`STYLES`), and its name written at the end of its line (:func:`direct_labels`),
so it can be told apart without its colour."""

from __future__ import annotations

import math

from matplotlib.axes import Axes

# key → (line style, marker); colours stay the caller's
STYLES = {
    "pv": ("-", "o"), "ev": ("-.", "s"), "ac": (":", "^"), "baseline": ("--", None),
    "committed": ("-", "o"), "paid_in": ("--", "^"), "minimum": (":", None),
    "planned": ("-", None), "installed": ("-", "o"), "energised": ("--", "^"),
}


def apply_layout(fig, margins: dict[str, float] | None) -> None:
    """Lay the axes out: ``None`` lets matplotlib's constrained layout measure every text (the
    window: any size); fixed ``margins`` in inches (left, right, top, bottom, hspace) skip that
    measuring pass, which costs a third of a chart's time, where the size is known (paper)."""
    if margins is None:
        fig.set_layout_engine("constrained")
        return
    width, height = fig.get_size_inches()
    fig.subplots_adjust(left=margins["left"] / width, right=1 - margins["right"] / width,
                        top=1 - margins["top"] / height, bottom=margins["bottom"] / height,
                        hspace=margins.get("hspace", 0.2))


def last_point(xs, ys) -> tuple[float, float] | None:
    for x, y in zip(reversed(list(xs)), reversed(list(ys))):
        if y is not None and not (isinstance(y, float) and math.isnan(y)):
            return x, y
    return None


def direct_labels(ax: Axes, items: list[tuple[float, float, str, str]], *, min_gap_pt: float = 11.0,
                  fontsize: str | float = "small") -> None:
    """Write each ``(x, y, text, colour)`` just right of its point, pushed apart vertically so
    that no two overlap (axes limits must be final)."""
    if not items:
        return
    ax.get_xlim(), ax.get_ylim()  # settle the view limits before measuring
    fig = ax.figure
    to_pt = 72.0 / fig.dpi
    placed = sorted(((ax.transData.transform((x, y))[1] * to_pt, x, y, text, colour)
                     for x, y, text, colour in items), key=lambda item: item[0])
    positions: list[float] = []
    for display_y, *_rest in placed:
        y = display_y if not positions else max(display_y, positions[-1] + min_gap_pt)
        positions.append(y)
    for (display_y, x, y, text, colour), target in zip(placed, positions):
        ax.annotate(text, xy=(x, y), xytext=(5, target - display_y), textcoords="offset points",
                    ha="left", va="center", fontsize=fontsize, color=colour, gid=f"label_{text}",
                    annotation_clip=False)
