"""What an MSPDI import will do (``ImportPreview``, ``DateDifference``), and the small
conversions the exchange with MS Project shares (whole days, ISO dates, notice counts)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import NamedTuple

from desktop.interop.mspdi_model import MspdiProject


@dataclass(frozen=True)
class DateDifference:
    """A task whose dates in the file are not those the application computes."""

    uid: int
    name: str
    file_start: date | None
    file_finish: date | None
    app_start: date | None
    app_finish: date | None


class TaskRow(NamedTuple):
    """A task of the file as the tasks table will store it: its UID and its parent's UID, then
    the values of the table's columns of those names (the import adds id, project, phase,
    parent and order).  A tuple: the import binds ``row[2:]`` as it is."""

    uid: int
    parent_uid: int | None
    wbs_code: str
    name_ko: str
    name_en: str
    is_milestone: int
    duration_days: float | None
    duration_elapsed: int
    start_on: str | None
    finish_on: str | None
    actual_start_on: str | None
    actual_finish_on: str | None
    percent_complete: float
    constraint_type: str
    constraint_on: str | None
    deadline_on: str | None
    responsible_party_id: int | None
    budget_won: int | None
    source_uid: str
    notes: str


@dataclass
class ImportPreview:
    """What an import will do; ``import_mspdi`` applies exactly this."""

    path: Path
    file_name: str
    as_what: str
    phase_id: int | None
    as_of: date
    project: MspdiProject
    tasks: int = 0
    summaries: int = 0
    milestones: int = 0
    links: int = 0
    baseline_rows: int = 0  # rows of the baseline that will be saved
    baseline_numbers: list[int] = field(default_factory=list)  # baselines 0..10 in the file
    calendar_exceptions: int = 0  # new dates for the project calendar
    calendar_skipped: int = 0  # already in the calendar, or already so by the base calendar
    currency: str = ""
    unsupported: dict[str, int] = field(default_factory=dict)
    notices: dict[str, int] = field(default_factory=dict)
    differences: list[DateDifference] = field(default_factory=list)
    matched: dict[int, int] = field(default_factory=dict)  # file UID → task id ("baseline")
    unmatched: list[tuple[int, str]] = field(default_factory=list)  # (UID, name) not found
    baseline_name: str | None = None
    rows: list[TaskRow] = field(default_factory=list, repr=False)  # normalised task values
    link_rows: list[tuple[int, int, str, float]] = field(default_factory=list, repr=False)
    checked: tuple = field(default=(), repr=False)  # the plan the preview's schedule checked


# --------------------------------------------------------------------------- small helpers
def whole_days(value: float) -> int:
    """Rounded half away from zero (as written in the file: 2.5 → 3, not float's 2.4999…)."""
    if value == int(value):  # most durations and lags are whole days already
        return int(value)
    return int(Decimal(repr(value)).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def count_notice(notices: dict[str, int], key: str) -> None:
    notices[key] = notices.get(key, 0) + 1
