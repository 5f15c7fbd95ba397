"""Colours and switches of the Gantt chart, shared by the screen, PNG and PDF (QtGui only).

``LabelFor`` is the header's date formatter: ``label_for(d, unit, tier) -> str`` (tier 0 = top).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from PySide6.QtGui import QColor, QFont, QFontMetrics

from desktop.domain.gantt_layout import TimeUnit

LabelFor = Callable[[date, TimeUnit, int], str]
TEXT_PAD = 4.0


def _colour(hex_code: str):
    return field(default_factory=lambda: QColor(hex_code))


@dataclass
class GanttStyle:
    """Colours and switches of the chart; one instance may be shared by screen and paper."""

    background: QColor = _colour("#ffffff")
    bar: QColor = _colour("#5b8fd6")
    bar_edge: QColor = _colour("#2f64ad")
    progress: QColor = _colour("#1d4f96")
    critical: QColor = _colour("#c62828")
    critical_edge: QColor = _colour("#8e1c1c")
    critical_progress: QColor = _colour("#7a1010")
    baseline: QColor = _colour("#a9adb3")
    summary: QColor = _colour("#212121")
    milestone: QColor = _colour("#1d4f96")
    baseline_milestone: QColor = _colour("#8d9197")
    link: QColor = _colour("#6b7a90")
    critical_link: QColor = _colour("#c62828")
    deadline: QColor = _colour("#2e7d32")
    today: QColor = _colour("#ef6c00")
    status: QColor = _colour("#6a1b9a")
    band_fills: tuple[QColor, QColor] = field(
        default_factory=lambda: (QColor("#eef4fc"), QColor("#f2f8ec")))
    band_text: QColor = _colour("#44546a")
    weekend: QColor = _colour("#14000000")  # #AARRGGBB: translucent, over the band colours
    grid: QColor = _colour("#18000000")
    major_grid: QColor = _colour("#30000000")
    row_line: QColor = _colour("#0e000000")
    name_backdrop: QColor = _colour("#c8ffffff")  # behind task names, over link lines
    header_background: QColor = _colour("#f6f7f9")
    header_line: QColor = _colour("#c5cad3")
    text: QColor = _colour("#212121")
    show_names: bool = True
    hatch_critical: bool = False  # paper: critical bars hatched, told apart in black and white


def header_height_for(font: QFont) -> int:
    """A two-tier header tall enough for ``font`` at full size."""
    return 2 * (QFontMetrics(font).height() + 6)
