"""The tooltip of a Gantt bar: name, forecast and baseline dates, total float, criticality.

Strings are translated in the ``GanttView`` context (the widget's own), dates are ISO.
"""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication

from desktop.domain.schedule_rows import ScheduleRow

CRITICAL_COLOUR = "#c62828"


def _dates(span: str, single: str, start: date, finish: date, milestone: bool) -> str:
    if milestone or start == finish:
        return single.replace("%1", finish.isoformat())
    return span.replace("%1", start.isoformat()).replace("%2", finish.isoformat())


def tooltip_html(row: ScheduleRow, milestone: bool, language: str) -> str:
    """Rich text for the tooltip of ``row``, names in ``language`` ("ko" or "en")."""
    name = row.name_en if language != "ko" and row.name_en else row.name_ko
    lines = [f"<b>{escape(name)}</b>"]
    if row.start is not None and row.finish is not None:
        lines.append(_dates(QCoreApplication.translate("GanttView", "Forecast: %1 – %2"),
                            QCoreApplication.translate("GanttView", "Forecast: %1"),
                            row.start, row.finish, milestone))
    if row.baseline_start is not None and row.baseline_finish is not None:
        lines.append(_dates(QCoreApplication.translate("GanttView", "Baseline: %1 – %2"),
                            QCoreApplication.translate("GanttView", "Baseline: %1"),
                            row.baseline_start, row.baseline_finish, milestone))
    if row.total_float is not None:
        lines.append(QCoreApplication.translate("GanttView", "Total float: %1 d")
                     .replace("%1", str(row.total_float)))
    if row.is_critical:
        critical = QCoreApplication.translate("GanttView", "Critical")
        lines.append(f"<span style='color:{CRITICAL_COLOUR}'>{critical}</span>")
    return "<br>".join(lines)
