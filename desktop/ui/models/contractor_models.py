"""Table models of the contractor schedules panel: the schedules, a schedule's versions, the
update review's changes and the DCMA 14-point check."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from desktop.ui.labels import date_text, localized, not_set
from desktop.ui.models.row_model import Column, RowTableModel

FORMATS = {"mspdi": "MS Project", "xer": "Primavera P6", "plan": QT_TRANSLATE_NOOP("labels", "This project")}
KIND_LABELS = {
    "added": QT_TRANSLATE_NOOP("labels", "Activity added"),
    "deleted": QT_TRANSLATE_NOOP("labels", "Activity deleted"),
    "duration": QT_TRANSLATE_NOOP("labels", "Duration changed"),
    "link_added": QT_TRANSLATE_NOOP("labels", "Link added"),
    "link_removed": QT_TRANSLATE_NOOP("labels", "Link removed"),
    "link_changed": QT_TRANSLATE_NOOP("labels", "Link changed"),
    "constraint": QT_TRANSLATE_NOOP("labels", "Constraint changed"),
    "calendar": QT_TRANSLATE_NOOP("labels", "Calendar changed"),
    "dates": QT_TRANSLATE_NOOP("labels", "Finish moved"),
    "progress": QT_TRANSLATE_NOOP("labels", "Progress this period"),
    "float": QT_TRANSLATE_NOOP("labels", "Float eroded"),
    "critical_joined": QT_TRANSLATE_NOOP("labels", "Now critical"),
    "critical_left": QT_TRANSLATE_NOOP("labels", "No longer critical"),
    "milestone": QT_TRANSLATE_NOOP("labels", "Milestone moved"),
}
FILTER_LABELS = {
    "all": QT_TRANSLATE_NOOP("labels", "All changes"),
    "activities": QT_TRANSLATE_NOOP("labels", "Added and deleted activities"),
    "durations": QT_TRANSLATE_NOOP("labels", "Durations"),
    "logic": QT_TRANSLATE_NOOP("labels", "Logic (links)"),
    "constraints": QT_TRANSLATE_NOOP("labels", "Constraints"),
    "calendars": QT_TRANSLATE_NOOP("labels", "Calendars"),
    "dates": QT_TRANSLATE_NOOP("labels", "Dates moved"),
    "progress": QT_TRANSLATE_NOOP("labels", "Progress this period"),
    "float": QT_TRANSLATE_NOOP("labels", "Float eroded"),
    "critical": QT_TRANSLATE_NOOP("labels", "Critical path before and after"),
    "milestones": QT_TRANSLATE_NOOP("labels", "Milestones moved"),
}
POINT_LABELS = {
    "logic": QT_TRANSLATE_NOOP("labels", "Missing logic"),
    "leads": QT_TRANSLATE_NOOP("labels", "Leads (negative lags)"),
    "lags": QT_TRANSLATE_NOOP("labels", "Lags"),
    "link_types": QT_TRANSLATE_NOOP("labels", "Relationship types"),
    "hard_constraints": QT_TRANSLATE_NOOP("labels", "Hard constraints"),
    "high_float": QT_TRANSLATE_NOOP("labels", "High float"),
    "negative_float": QT_TRANSLATE_NOOP("labels", "Negative float"),
    "high_duration": QT_TRANSLATE_NOOP("labels", "High duration"),
    "invalid_dates": QT_TRANSLATE_NOOP("labels", "Invalid dates"),
    "resources": QT_TRANSLATE_NOOP("labels", "Resources"),
    "missed_tasks": QT_TRANSLATE_NOOP("labels", "Missed tasks"),
    "critical_path_test": QT_TRANSLATE_NOOP("labels", "Critical path test"),
    "cpli": QT_TRANSLATE_NOOP("labels", "Critical path length index (CPLI)"),
    "bei": QT_TRANSLATE_NOOP("labels", "Baseline execution index (BEI)"),
}
_INDICES = ("critical_path_test", "cpli", "bei")  # measured, not a share of activities
PASS, FAIL = "#2e7d32", "#c62828"


def label(text: str) -> str:
    """A label marked above with QT_TRANSLATE_NOOP("labels", ...), translated."""
    return QCoreApplication.translate("labels", text)


def days_text(value) -> str:
    if value is None:
        return not_set()
    return QCoreApplication.translate("labels", "%1 d").replace("%1", f"{value:,.1f}".removesuffix(".0"))


def value_text(value) -> str:
    """A review value: a date, days, a percentage (progress) or text."""
    if value is None:
        return "—"
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        return f"{value:,.1f}".removesuffix(".0")
    return str(value)


def _party(row: dict) -> str:
    return localized(row["party_name"], row["party_name_en"]) if row["party_name"] else "—"


def _tie(row: dict) -> str:
    return localized(row["tied_name"], row["tied_name_en"]) if row["tied_name"] else "—"


def _float(row: dict) -> str:
    return "—" if row["float_vs_deadline"] is None else days_text(row["float_vs_deadline"])


def _float_color(row: dict) -> str | None:
    value = row["float_vs_deadline"]
    return None if value is None else (FAIL if value < 0 else None)


class ScheduleListModel(RowTableModel):
    COLUMNS = [
        Column(QT_TRANSLATE_NOOP("columns", "Schedule"), lambda r: r["name"]),
        Column(QT_TRANSLATE_NOOP("columns", "Contractor"), _party),
        Column(QT_TRANSLATE_NOOP("columns", "Format"), lambda r: label(FORMATS.get(r["format"], r["format"]))),
        Column(QT_TRANSLATE_NOOP("columns", "Versions"), lambda r: r["versions"], align_right=True),
        Column(QT_TRANSLATE_NOOP("columns", "Status date"), lambda r: date_text(r["latest_status_on"])),
        Column(QT_TRANSLATE_NOOP("columns", "Finish"), lambda r: date_text(r["latest_finish_on"])),
        Column(QT_TRANSLATE_NOOP("columns", "Tied milestone"), _tie),
        Column(QT_TRANSLATE_NOOP("columns", "Deadline"), lambda r: r["tied_deadline_on"] or "—"),
        Column(QT_TRANSLATE_NOOP("columns", "Float to the deadline"), _float, align_right=True,
               foreground=_float_color),
    ]


class VersionModel(RowTableModel):
    COLUMNS = [
        Column(QT_TRANSLATE_NOOP("columns", "Version"), lambda r: r["number"], align_right=True),
        Column(QT_TRANSLATE_NOOP("columns", "File"), lambda r: r["file_name"]),
        Column(QT_TRANSLATE_NOOP("columns", "Status date"), lambda r: date_text(r["status_on"])),
        Column(QT_TRANSLATE_NOOP("columns", "Start"), lambda r: date_text(r["start_on"])),
        Column(QT_TRANSLATE_NOOP("columns", "Finish"), lambda r: date_text(r["finish_on"])),
        Column(QT_TRANSLATE_NOOP("columns", "Activities"), lambda r: f"{r['activities']:,}", align_right=True),
        Column(QT_TRANSLATE_NOOP("columns", "Links"), lambda r: f"{r['links']:,}", align_right=True),
        Column(QT_TRANSLATE_NOOP("columns", "Imported"),
               lambda r: f"{r['imported_at'][:16].replace('T', ' ')} ({r['imported_by']})"),
    ]


NOTES = {"started": QT_TRANSLATE_NOOP("labels", "started"), "finished": QT_TRANSLATE_NOOP("labels", "finished")}


def _review_value(row: dict, which: str) -> str:
    value = row[which]
    if row["kind"] in ("duration", "float") and value is not None:
        return days_text(value)
    if row["kind"] != "progress" or value is None:
        return value_text(value)
    text = f"{value:,.1f}".removesuffix(".0") + "%"
    return f"{text} ({label(NOTES[row['note']])})" if which == "after" and row["note"] else text


def _moved(row: dict) -> str:
    return "" if row["days"] is None else f"{row['days']:+,d}"


class ReviewModel(RowTableModel):
    """Rows are :class:`desktop.domain.review_rows.ReviewRow` as dicts."""

    COLUMNS = [
        Column(QT_TRANSLATE_NOOP("columns", "Change"), lambda r: label(KIND_LABELS[r["kind"]])),
        Column(QT_TRANSLATE_NOOP("columns", "Activity"), lambda r: r["key"]),
        Column(QT_TRANSLATE_NOOP("columns", "Name"), lambda r: r["name"]),
        Column(QT_TRANSLATE_NOOP("columns", "Before"), lambda r: _review_value(r, "before")),
        Column(QT_TRANSLATE_NOOP("columns", "After"), lambda r: _review_value(r, "after")),
        Column(QT_TRANSLATE_NOOP("columns", "Days moved"), _moved, align_right=True,
               foreground=lambda r: FAIL if (r["days"] or 0) > 0 else None),
    ]


def result_text(row: dict) -> str:
    if row["passed"] is None:
        return QCoreApplication.translate("labels", "Not applicable")
    return QCoreApplication.translate("labels", "Pass") if row["passed"] \
        else QCoreApplication.translate("labels", "Fail")


def _measure(row: dict) -> str:
    if row["value"] is None:
        return "—"
    return f"{row['value']:g}" if row["key"] in _INDICES else f"{row['value']:g}%"


def _failing(row: dict) -> str:
    """How many fail of how many counted; an index (CPT, CPLI, BEI) shows only who fails."""
    if row["key"] in _INDICES:
        return f"{row['count']:,}" if row["count"] else "—"
    return f"{row['count']:,} / {row['base']:,}" if row["base"] else "—"


class DcmaModel(RowTableModel):
    """Rows are :class:`desktop.domain.dcma.DcmaPoint` as dicts."""

    COLUMNS = [
        Column(QT_TRANSLATE_NOOP("columns", "No."), lambda r: r["number"], align_right=True),
        Column(QT_TRANSLATE_NOOP("columns", "Check"), lambda r: label(POINT_LABELS[r["key"]])),
        Column(QT_TRANSLATE_NOOP("columns", "Threshold"), lambda r: r["threshold"]),
        Column(QT_TRANSLATE_NOOP("columns", "Failing"), _failing, align_right=True),
        Column(QT_TRANSLATE_NOOP("columns", "Measure"), _measure, align_right=True),
        Column(QT_TRANSLATE_NOOP("columns", "Result"), result_text,
               foreground=lambda r: None if r["passed"] is None else (PASS if r["passed"] else FAIL)),
    ]
