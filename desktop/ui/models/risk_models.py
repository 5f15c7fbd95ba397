"""Table models of the risk panel: milestone results, the register, duration estimates."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from desktop.ui.labels import date_text, localized, share_text
from desktop.ui.models.row_model import Column, RowTableModel

DISTRIBUTIONS = {
    "triangular": QT_TRANSLATE_NOOP("labels", "Triangular"),
    "pert": QT_TRANSLATE_NOOP("labels", "PERT (beta)"),
    "uniform": QT_TRANSLATE_NOOP("labels", "Uniform"),
}


def distribution_label(code: str | None) -> str:
    return QCoreApplication.translate("labels", DISTRIBUTIONS[code]) if code in DISTRIBUTIONS else "—"


def probability_color(value: float | None) -> str | None:
    if value is None:
        return None
    return "#2e7d32" if value >= 0.8 else "#ef6c00" if value >= 0.5 else "#c62828"


def days_text(value: float | None) -> str:
    return "—" if value is None else f"{value:,.1f}".removesuffix(".0")


def _name(row: dict) -> str:
    return localized(row["name"], row.get("name_en"))


class TargetModel(RowTableModel):
    """One row per milestone with a date, and the project's finish last."""

    COLUMNS = [
        Column(QT_TRANSLATE_NOOP("columns", "Milestone"), _name),
        Column(QT_TRANSLATE_NOOP("columns", "Deadline"), lambda r: r["deadline"] or "—"),
        Column(QT_TRANSLATE_NOOP("columns", "Planned"), lambda r: date_text(r["deterministic"])),
        Column(QT_TRANSLATE_NOOP("columns", "P10"), lambda r: r["p10"]),
        Column(QT_TRANSLATE_NOOP("columns", "P50"), lambda r: r["p50"]),
        Column(QT_TRANSLATE_NOOP("columns", "P80"), lambda r: r["p80"]),
        Column(QT_TRANSLATE_NOOP("columns", "P90"), lambda r: r["p90"]),
        Column(QT_TRANSLATE_NOOP("columns", "Chance of meeting the deadline"),
               lambda r: "—" if r["probability_meet_deadline"] is None
               else share_text(r["probability_meet_deadline"]), align_right=True,
               foreground=lambda r: probability_color(r["probability_meet_deadline"])),
    ]


def impacts_text(row: dict) -> str:
    days = QCoreApplication.translate("labels", "%1 d")
    return ", ".join(f"{localized(ko, en)} {days.replace('%1', days_text(d))}"
                     for ko, en, d in row["impact_list"])


class RegisterModel(RowTableModel):
    COLUMNS = [
        Column(QT_TRANSLATE_NOOP("columns", "Risk"), lambda r: r["title"]),
        Column(QT_TRANSLATE_NOOP("columns", "Owner"), lambda r: r["owner"]),
        Column(QT_TRANSLATE_NOOP("columns", "Cause"), lambda r: r["cause"]),
        Column(QT_TRANSLATE_NOOP("columns", "Probability"), lambda r: share_text(r["probability"]),
               align_right=True),
        Column(QT_TRANSLATE_NOOP("columns", "Impact"), impacts_text),
        Column(QT_TRANSLATE_NOOP("columns", "Response plan"), lambda r: r["response_plan"]),
    ]


class EstimateModel(RowTableModel):
    COLUMNS = [
        Column(QT_TRANSLATE_NOOP("columns", "Task"), lambda r: localized(r["name_ko"], r["name_en"])),
        Column(QT_TRANSLATE_NOOP("columns", "Group"), lambda r: r["group"] or "—"),
        Column(QT_TRANSLATE_NOOP("columns", "Distribution"), lambda r: distribution_label(r["distribution"])),
        Column(QT_TRANSLATE_NOOP("columns", "Optimistic (d)"), lambda r: days_text(r["optimistic"]),
               align_right=True),
        Column(QT_TRANSLATE_NOOP("columns", "Most likely (d)"), lambda r: days_text(r["most_likely"]),
               align_right=True),
        Column(QT_TRANSLATE_NOOP("columns", "Pessimistic (d)"), lambda r: days_text(r["pessimistic"]),
               align_right=True),
    ]
