"""Tables of the overview: phases, milestones, participants, expected effects."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from desktop.ui.labels import (
    STATUS_COLORS, country_text, date_text, kind_label, localized, milestone_status_text, not_set, number_text,
    unit_label, won_text,
)
from desktop.ui.models.row_model import Column, RowTableModel


def _slip(row: dict) -> str:
    return not_set() if row["slip_days"] is None else f"{row['slip_days']:+,d}"


def _installed(row: dict, key: str, fmt: str) -> str:
    return "—" if row[key] is None else fmt.format(row[key])


class PhaseTableModel(RowTableModel):
    COL_NAME, COL_START, COL_FINISH, COL_MW, COL_GPUS, COL_INSTALLED_MW, COL_INSTALLED_GPUS = range(7)
    COLUMNS = [
        Column(QT_TRANSLATE_NOOP("columns", "Phase"), lambda r: localized(r["name"], r["name_en"])),
        Column(QT_TRANSLATE_NOOP("columns", "Planned start"), lambda r: date_text(r["planned_start"]),
               field="planned_start_on", edit_value=lambda r: r["planned_start"]),
        Column(QT_TRANSLATE_NOOP("columns", "Planned finish"), lambda r: date_text(r["planned_finish"]),
               field="planned_finish_on", edit_value=lambda r: r["planned_finish"]),
        Column(QT_TRANSLATE_NOOP("columns", "Target MW"), lambda r: number_text(r["target_mw"]),
               field="target_mw", edit_value=lambda r: r["target_mw"], align_right=True),
        Column(QT_TRANSLATE_NOOP("columns", "Target GPUs"), lambda r: number_text(r["target_gpus"]),
               field="target_gpus", edit_value=lambda r: r["target_gpus"], align_right=True),
        Column(QT_TRANSLATE_NOOP("columns", "Installed MW"),
               lambda r: _installed(r, "installed_mw", "{:,.1f}"), align_right=True),
        Column(QT_TRANSLATE_NOOP("columns", "Installed GPUs"),
               lambda r: _installed(r, "installed_gpus", "{:,d}"), align_right=True),
    ]


class MilestoneTableModel(RowTableModel):
    COL_WBS, COL_NAME, COL_BASELINE, COL_FORECAST, COL_ACTUAL, COL_SLIP, COL_STATUS, COL_BASIS = range(8)
    COLUMNS = [
        Column(QT_TRANSLATE_NOOP("columns", "WBS"), lambda r: r["wbs"]),
        Column(QT_TRANSLATE_NOOP("columns", "Milestone"), lambda r: localized(r["name"], r["name_en"])),
        Column(QT_TRANSLATE_NOOP("columns", "Baseline"), lambda r: date_text(r["baseline"])),
        Column(QT_TRANSLATE_NOOP("columns", "Forecast"), lambda r: date_text(r["forecast"]),
               field="forecast", edit_value=lambda r: r["forecast"]),
        Column(QT_TRANSLATE_NOOP("columns", "Actual"), lambda r: r["actual"] or "—",
               field="actual", edit_value=lambda r: r["actual"]),
        Column(QT_TRANSLATE_NOOP("columns", "Slip (days)"), _slip, align_right=True),
        Column(QT_TRANSLATE_NOOP("columns", "Status"),
               lambda r: milestone_status_text(r["status"], r["slip_days"])
               + (" · " + QCoreApplication.translate("labels", "overdue") if r["overdue"] else ""),
               foreground=lambda r: STATUS_COLORS.get(r["status"])),
        Column(QT_TRANSLATE_NOOP("columns", "Forecast by"), lambda r: forecast_basis(r.get("contractor") or [])),
    ]


def forecast_basis(ties: list[dict]) -> str:
    """What forecasts a milestone: the plan's own logic ("—"), or contractors' schedules with
    the float their finish leaves before the deadline."""
    if not ties:
        return "—"
    text = QCoreApplication.translate("labels", "“%1” v%2, float %3 d")
    return "; ".join(text.replace("%1", t["schedule"]).replace("%2", str(t["version"])).replace(
        "%3", "—" if t["float_vs_deadline_days"] is None else f"{t['float_vs_deadline_days']:,}")
        for t in ties)


class ParticipantTableModel(RowTableModel):
    COLUMNS = [
        Column(QT_TRANSLATE_NOOP("columns", "Participant"), lambda r: localized(r["name_ko"], r["name_en"])),
        Column(QT_TRANSLATE_NOOP("columns", "Kind"), lambda r: kind_label(r["kind"])),
        Column(QT_TRANSLATE_NOOP("columns", "Domestic / foreign"),
               lambda r: QCoreApplication.translate("labels", "Foreign") if r["foreign"] else QCoreApplication.translate("labels", "Domestic")),
        Column(QT_TRANSLATE_NOOP("columns", "Country"), lambda r: country_text(r["country"])),
    ]


def _kpi_value(row: dict, key: str) -> str:
    value = row[key]
    if value is None:
        return not_set()
    if row["unit"] == "won":
        return won_text(value)
    return f"{value:,} {unit_label(row['unit'])}"


class KpiTableModel(RowTableModel):
    COLUMNS = [
        Column(QT_TRANSLATE_NOOP("columns", "Expected effect"), lambda r: localized(r["name"], r["name_en"])),
        Column(QT_TRANSLATE_NOOP("columns", "Target"), lambda r: _kpi_value(r, "target"), align_right=True),
        Column(QT_TRANSLATE_NOOP("columns", "Reported"), lambda r: _kpi_value(r, "reported"),
               align_right=True),
        Column(QT_TRANSLATE_NOOP("columns", "Reported on"),
               lambda r: r["reported_on"] or "—"),
    ]
