"""A contractor's schedule as its file holds it, whatever the format (MS Project XML, P6 XER).

Both readers (:mod:`desktop.interop.mspdi_read`, :mod:`desktop.interop.xer_read`) produce a
:class:`ScheduleFile`; the MSPDI writer takes one.  It keeps what a faithful import needs:
every calendar of the file (weekday pattern, working minutes per weekday, day length,
exceptions) and which task uses which, the project start and status (data) date, the file's
own ids, every link between a pair (an SS and an FF between the same two tasks are two
links), the lag's unit, baselines numbered as in the file, costs of summaries too, actual
dates, % complete, constraints, and the producer's own early/late dates, total float and
critical flag where the file carries them.  Pure data: no parsing, no database, no Qt.

Units: durations, lags and floats are working days of the task's calendar, a day being that
calendar's day length (``minutes_per_day``, e.g. 450 for 7.5 h); an elapsed duration or lag
counts calendar days.  Money is the file's currency in whole units.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple

DEFAULT_MINUTES_PER_DAY = 480
MON_TO_FRI = frozenset({0, 1, 2, 3, 4})  # date.weekday() numbers
CONSTRAINT_TYPES = ("asap", "alap", "snet", "snlt", "fnet", "fnlt", "mso", "mfo")  # as the database
LINK_TYPES = ("FS", "SS", "FF", "SF")


class FileBaseline(NamedTuple):
    """One saved baseline of a task, numbered as in the file (MS Project: Baseline = 0,
    Baseline1..10)."""

    number: int
    start: date | None = None
    finish: date | None = None
    duration_days: float | None = None
    cost_won: int | None = None


class CalendarException(NamedTuple):
    """A date that differs from the weekday pattern; ``minutes`` = working minutes that day
    when the file says (a working exception with shorter hours)."""

    on: date
    is_working: bool
    name: str = ""
    minutes: int | None = None


@dataclass
class FileCalendar:
    """A calendar of the file, its base calendar's pattern and exceptions already applied."""

    name: str = "Standard"
    working_weekdays: frozenset[int] = MON_TO_FRI
    exceptions: list[CalendarException] = field(default_factory=list)
    uid: str = ""
    minutes_per_day: int | None = None  # the day length durations are counted in
    weekday_minutes: dict[int, int] = field(default_factory=dict)  # weekday → working minutes
    day_hours: dict[int, tuple[int, int]] = field(default_factory=dict)  # weekday → first, last minute
    kind: str = ""  # P6: global, project or resource calendar

    @property
    def non_working(self) -> list[date]:
        return [e.on for e in self.exceptions if not e.is_working]

    @property
    def working(self) -> list[date]:
        return [e.on for e in self.exceptions if e.is_working]


@dataclass(slots=True)  # no dict per task: a 10,000-task file is built and read faster
class FileTask:
    """A task (MS Project) or an activity or WBS node (P6)."""

    uid: int
    name: str
    outline_level: int = 1
    id: int | None = None
    parent_uid: int | None = None
    wbs: str = ""
    is_summary: bool = False
    is_milestone: bool = False
    duration_days: float | None = None  # working days, or calendar days when elapsed
    duration_elapsed: bool = False
    start: date | None = None
    finish: date | None = None
    actual_start: date | None = None
    actual_finish: date | None = None
    percent_complete: float = 0.0
    constraint_type: str = "asap"  # one of CONSTRAINT_TYPES
    constraint_on: date | None = None
    deadline_on: date | None = None
    cost_won: int | None = None  # in the file's currency units, rounded half away from zero
    notes: str = ""
    contact: str = ""
    name_en: str = ""
    baselines: tuple[FileBaseline, ...] = ()
    # what a faithful import and the quality checks need beyond the plan itself
    code: str = ""  # the producer's visible id (P6 Activity ID); "" when the file has none
    calendar_uid: str | None = None  # the task's own calendar; None = the schedule's
    remaining_days: float | None = None
    actual_cost_won: int | None = None
    early_start: date | None = None  # the producer's own computed dates and floats
    early_finish: date | None = None
    late_start: date | None = None
    late_finish: date | None = None
    total_float_days: float | None = None
    free_float_days: float | None = None
    is_critical: bool | None = None
    is_manual: bool = False  # MS Project: manually scheduled
    is_level_of_effort: bool = False  # P6 TT_LOE (hammock)
    is_start_milestone: bool = False  # P6 TT_Mile: sits at the start of a working day
    leveling_delay_days: float = 0.0  # MS Project's levelling delay (resource-levelled)
    resources: int = 0  # resource assignments
    approximations: tuple[str, ...] = ()  # what of this task the engine cannot represent

    def baseline(self, number: int) -> FileBaseline | None:
        return next((b for b in self.baselines if b.number == number), None)

    @property
    def key(self) -> str:
        """What identifies the task across two versions of a schedule: the producer's
        visible id when the file has one (P6 Activity ID), else its UID."""
        return self.code or str(self.uid)


class FileLink(NamedTuple):
    pred_uid: int
    succ_uid: int
    type: str = "FS"
    lag_days: float = 0.0  # working days (what the scheduling engine uses)
    elapsed_days: float | None = None  # set when the lag is in calendar time; lag_days ≈ × 5/7
    lag_unit: str = ""  # how the file shows the lag: "m", "h", "d", "w", "mo", "ed", "%"...


@dataclass
class ScheduleFile:
    """What a file holds, in file order, plus what could not be taken over."""

    name: str = ""
    file_name: str = ""
    start: date | None = None
    finish: date | None = None
    status_date: date | None = None  # P6: the data date
    minutes_per_day: int = DEFAULT_MINUTES_PER_DAY
    currency: str = ""
    save_version: int | None = None
    tasks: list[FileTask] = field(default_factory=list)
    links: list[FileLink] = field(default_factory=list)
    calendar: FileCalendar = field(default_factory=FileCalendar)  # the schedule's own
    unsupported: dict[str, int] = field(default_factory=dict)  # feature → how many in the file
    notices: dict[str, int] = field(default_factory=dict)  # converted or ignored → how many
    format: str = "mspdi"  # "mspdi", "xer", or "plan" (the office's own schedule)
    producer: str = ""  # e.g. "Primavera P6 23.12"
    project_code: str = ""  # P6 proj_short_name
    calendars: dict[str, FileCalendar] = field(default_factory=dict)  # every calendar, by uid
    retained_logic: bool = True  # P6: unfinished predecessors still hold in-progress work
    lag_calendar: str = "successor"  # whose calendar lags count on: successor, predecessor, project

    def count(self, table: str, key: str, n: int = 1) -> None:
        target = self.unsupported if table == "unsupported" else self.notices
        if n:
            target[key] = target.get(key, 0) + n

    def calendar_of(self, task: FileTask) -> FileCalendar:
        """The calendar a task is scheduled on (its own, else the schedule's)."""
        if task.calendar_uid is not None:
            own = self.calendars.get(task.calendar_uid)
            if own is not None:
                return own
        return self.calendar
