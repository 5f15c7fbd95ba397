"""The plain data read from, and written to, MS Project XML (MSPDI), and MSPDI's codes.

What :func:`desktop.interop.mspdi_read.read_mspdi` returns and
:func:`desktop.interop.mspdi_write.write_mspdi` takes.  Pure: no parsing, no database, no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple

NAMESPACE = "http://schemas.microsoft.com/project"
DEFAULT_MINUTES_PER_DAY = 480
NAME_EN_FIELD_ID = "188743731"  # the task field Text1, which this application uses for name_en
NAME_EN_ALIAS = "Name (English)"
CONSTRAINTS = {0: "asap", 1: "alap", 2: "mso", 3: "mfo", 4: "snet", 5: "snlt", 6: "fnet", 7: "fnlt"}
LINK_TYPES = {0: "FF", 1: "FS", 2: "SF", 3: "SS"}
ELAPSED_FORMATS = frozenset({4, 6, 8, 10, 12, 20, 36, 38, 40, 42, 44, 52})
PERCENT_FORMATS = frozenset({19, 20, 51, 52})
MON_TO_FRI = frozenset({0, 1, 2, 3, 4})  # date.weekday() numbers


# --------------------------------------------------------------------------- the data
class MspdiBaseline(NamedTuple):
    """One saved baseline of a task: MS Project's Baseline (0) and Baseline1..10."""

    number: int
    start: date | None = None
    finish: date | None = None
    duration_days: float | None = None
    cost_won: int | None = None


@dataclass
class MspdiTask:
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
    constraint_type: str = "asap"  # asap alap snet snlt fnet fnlt mso mfo, as the database
    constraint_on: date | None = None
    deadline_on: date | None = None
    cost_won: int | None = None  # in the file's currency units, rounded half away from zero
    notes: str = ""
    contact: str = ""
    name_en: str = ""
    baselines: tuple[MspdiBaseline, ...] = ()

    def baseline(self, number: int) -> MspdiBaseline | None:
        return next((b for b in self.baselines if b.number == number), None)


class MspdiLink(NamedTuple):
    pred_uid: int
    succ_uid: int
    type: str = "FS"
    lag_days: float = 0.0  # working days (what the scheduling engine uses)
    elapsed_days: float | None = None  # set when the lag is in calendar time; lag_days ≈ × 5/7


class MspdiException(NamedTuple):
    on: date
    is_working: bool
    name: str = ""


@dataclass
class MspdiCalendar:
    name: str = "Standard"
    working_weekdays: frozenset[int] = MON_TO_FRI
    exceptions: list[MspdiException] = field(default_factory=list)

    @property
    def non_working(self) -> list[date]:
        return [e.on for e in self.exceptions if not e.is_working]

    @property
    def working(self) -> list[date]:
        return [e.on for e in self.exceptions if e.is_working]


@dataclass
class MspdiProject:
    """What a file holds, in file order, plus what could not be taken over."""

    name: str = ""
    file_name: str = ""
    start: date | None = None
    finish: date | None = None
    status_date: date | None = None
    minutes_per_day: int = DEFAULT_MINUTES_PER_DAY
    currency: str = ""
    save_version: int | None = None
    tasks: list[MspdiTask] = field(default_factory=list)
    links: list[MspdiLink] = field(default_factory=list)
    calendar: MspdiCalendar = field(default_factory=MspdiCalendar)
    unsupported: dict[str, int] = field(default_factory=dict)  # feature → how many in the file
    notices: dict[str, int] = field(default_factory=dict)  # converted or ignored → how many

    def count(self, table: str, key: str, n: int = 1) -> None:
        target = self.unsupported if table == "unsupported" else self.notices
        if n:
            target[key] = target.get(key, 0) + n
