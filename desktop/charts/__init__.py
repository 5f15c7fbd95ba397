"""Charts: ``build_x(fig: Figure, data) -> None`` builders over plain data, no Qt, no pyplot.

matplotlib is imported only by the chart modules, which the application loads when a chart
is first shown.  A chart that changes often also has ``update_x(fig, data) -> LineUpdate | None``, which
sets the data of the lines already drawn (None: the figure must be built again).
``render_svg`` and ``render_pdf`` draw a builder off screen at a given size
(the report paints the SVG with QSvgRenderer, so its text stays selectable text).
"""

from __future__ import annotations

import io
from typing import Callable, NamedTuple

Builder = Callable[[object, object], None]


class LineUpdate(NamedTuple):
    """What an ``update_x(fig, data)`` did to a chart its builder drew: the ``lines`` whose
    data it set, and whether the axis limits moved too (``whole``: draw the whole figure
    again; otherwise drawing those lines over the rest of the chart is enough)."""

    lines: tuple
    whole: bool


def _figure(builder: Builder, data: object, size_inches: tuple[float, float]):
    from matplotlib.figure import Figure

    fig = Figure(figsize=size_inches, dpi=100, facecolor="white")
    builder(fig, data)
    return fig


def render_svg(builder: Builder, data: object, size_inches: tuple[float, float]) -> bytes:
    """The chart as SVG whose texts are ``<text>`` in the Korean family (not glyph paths)."""
    from desktop.charts.fonts import svg_text

    buffer = io.BytesIO()
    with svg_text():
        _figure(builder, data, size_inches).savefig(buffer, format="svg")
    return buffer.getvalue()


def render_pdf(builder: Builder, data: object, size_inches: tuple[float, float]) -> bytes:
    """The chart as a one-page PDF embedding the Korean font as TrueType text."""
    from desktop.charts.fonts import vector_fonts

    buffer = io.BytesIO()
    with vector_fonts():
        _figure(builder, data, size_inches).savefig(buffer, format="pdf")
    return buffer.getvalue()
