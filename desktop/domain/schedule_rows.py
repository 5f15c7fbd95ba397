"""The computed schedule as the views see it: one row per task in outline order.

This is the contract between the schedule service (which runs the engine over the stored
plan) and everything that shows a schedule: the task table, the Gantt layout and painter,
the report and ``schedule --json``.  Plain data, no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple


class ScheduleRow(NamedTuple):
    task_id: int
    wbs: str
    name_ko: str
    name_en: str
    level: int  # outline depth, 0 = top
    is_summary: bool
    is_milestone: bool
    start: date | None  # forecast (early) dates from the engine; None = not scheduled
    finish: date | None
    late_start: date | None = None
    late_finish: date | None = None
    baseline_start: date | None = None  # of the chosen baseline
    baseline_finish: date | None = None
    actual_start: date | None = None
    actual_finish: date | None = None
    percent_complete: float = 0.0
    duration_days: float | None = None
    total_float: int | None = None  # working days
    free_float: int | None = None
    is_critical: bool = False
    constraint_violated: bool = False
    deadline: date | None = None
    deadline_missed: bool = False
    phase_number: int | None = None
    parent_id: int | None = None
    responsible: str = ""
    predecessors: str = ""  # as typed: "1.2FS+5d, 7SS" (WBS codes, or row numbers)
    delay_days: int | None = None  # desktop.domain.milestones.delay_days, set by the service

    @property
    def slip_days(self) -> int | None:
        """Days late against the baseline finish (positive = late): the schedule service's
        :func:`desktop.domain.milestones.delay_days`, the one delay figure of every view;
        rows made without it (older month snapshots) give forecast − baseline finish."""
        if self.delay_days is not None:
            return self.delay_days
        if self.finish is None or self.baseline_finish is None:
            return None
        return (self.finish - self.baseline_finish).days


class ScheduleLink(NamedTuple):
    pred_id: int
    succ_id: int
    type: str  # "FS", "SS", "FF", "SF"
    lag_days: int = 0
    critical: bool = False  # both ends critical and the link drives the successor


class PhaseBand(NamedTuple):
    number: int
    name_ko: str
    name_en: str
    start: date | None
    finish: date | None


@dataclass(frozen=True)
class ScheduleView:
    """Everything a schedule view shows, computed at one status date."""

    rows: list[ScheduleRow]
    links: list[ScheduleLink]
    bands: list[PhaseBand]
    status_date: date
    start: date | None
    finish: date | None
    baseline_name: str | None = None
    critical_ids: list[int] = field(default_factory=list)


_DATE_FIELDS = {"start", "finish", "late_start", "late_finish", "baseline_start", "baseline_finish",
                "actual_start", "actual_finish", "deadline"}


def _plain(value):
    return value.isoformat() if isinstance(value, date) else value


def view_to_dict(view: ScheduleView) -> dict:
    """The whole view as JSON-ready data (frozen in a month close, read back by the report)."""
    return {
        "rows": [{k: _plain(v) for k, v in row._asdict().items()} for row in view.rows],
        "links": [row._asdict() for row in view.links],
        "bands": [{k: _plain(v) for k, v in band._asdict().items()} for band in view.bands],
        "status_date": _plain(view.status_date), "start": _plain(view.start),
        "finish": _plain(view.finish), "baseline_name": view.baseline_name,
        "critical_ids": list(view.critical_ids),
    }


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def view_from_dict(data: dict) -> ScheduleView:
    rows = [ScheduleRow(**{k: _day(v) if k in _DATE_FIELDS else v for k, v in row.items()})
            for row in data["rows"]]
    bands = [PhaseBand(b["number"], b["name_ko"], b["name_en"], _day(b["start"]), _day(b["finish"]))
             for b in data["bands"]]
    return ScheduleView(rows=rows, links=[ScheduleLink(**link) for link in data["links"]], bands=bands,
                        status_date=_day(data["status_date"]), start=_day(data["start"]),
                        finish=_day(data["finish"]), baseline_name=data["baseline_name"],
                        critical_ids=list(data["critical_ids"]))
