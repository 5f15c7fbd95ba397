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
    predecessors: str = ""  # as typed: "3FS+5d, 7SS"

    @property
    def slip_days(self) -> int | None:
        """Forecast finish − baseline finish in calendar days (positive = late)."""
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
