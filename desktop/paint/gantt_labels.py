"""Time-scale labels of the Gantt header in the current language (QtCore only).

The formats are Qt date-format strings run through Qt Linguist (context ``GanttScale``), so
the Korean translation decides the Korean form ("yyyy년", "M월", "%1분기"); month names come
from the default QLocale, which :func:`desktop.ui.i18n.install_translators` sets.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from desktop.domain.gantt_layout_scale import TimeUnit


def _format(d: date, qt_format: str) -> str:
    return QLocale().toString(QDate(d.year, d.month, d.day), qt_format)


def scale_label(d: date, unit: TimeUnit, tier: int) -> str:
    """The label of the ``unit`` starting at ``d`` in header tier ``tier`` (0 = top)."""
    if unit is TimeUnit.YEAR:
        return _format(d, QCoreApplication.translate("GanttScale", "yyyy", "year (Qt date format)"))
    if unit is TimeUnit.HALF:
        return (QCoreApplication.translate("GanttScale", "H1", "first half of a year") if d.month <= 6
                else QCoreApplication.translate("GanttScale", "H2", "second half of a year"))
    if unit is TimeUnit.QUARTER:
        return QCoreApplication.translate("GanttScale", "Q%1", "quarter").replace(
            "%1", str((d.month - 1) // 3 + 1))
    if unit is TimeUnit.MONTH:
        if tier == 0:
            return _format(d, QCoreApplication.translate(
                "GanttScale", "MMMM yyyy", "month and year (Qt date format)"))
        return _format(d, QCoreApplication.translate("GanttScale", "MMM", "month (Qt date format)"))
    if unit is TimeUnit.WEEK:
        return _format(d, QCoreApplication.translate(
            "GanttScale", "MMM d", "first day of a week (Qt date format)"))
    return str(d.day)


def short_label(d: date, unit: TimeUnit, tier: int) -> str:
    """A shorter form tried when :func:`scale_label` does not fit (numbers only)."""
    if unit is TimeUnit.YEAR:
        return f"'{d.year % 100:02d}"
    if unit is TimeUnit.MONTH:
        return str(d.month)
    if unit is TimeUnit.WEEK:
        return f"{d.month}/{d.day}"
    if unit is TimeUnit.QUARTER:
        return str((d.month - 1) // 3 + 1)
    return scale_label(d, unit, tier)
