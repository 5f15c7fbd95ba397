"""Charts: ``build_x(fig: Figure, data) -> None`` builders over plain data, no Qt, no pyplot.

matplotlib is imported only by the chart modules, which the application loads when a chart
is first shown.  ``render_svg`` and ``render_pdf`` draw a builder off screen at a given size
(the report paints the SVG with QSvgRenderer, so its text stays selectable text).
"""

from __future__ import annotations

import io
from typing import Callable

Builder = Callable[[object, object], None]


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
