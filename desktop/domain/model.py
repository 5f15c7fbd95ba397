"""The project's entities as immutable records (what the repositories in db/ return).

Named tuples rather than frozen dataclasses: they are made six times faster at import,
which every start-up pays for.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from typing import NamedTuple


class PartyKind(str, Enum):
    LOCAL_GOVERNMENT = "local_government"
    PROVINCIAL_GOVERNMENT = "provincial_government"
    PUBLIC_AGENCY = "public_agency"
    COMPANY = "company"
    UNIVERSITY = "university"
    OTHER = "other"


class KpiUnit(str, Enum):
    WON = "won"
    PERSONS = "persons"


class Project(NamedTuple):
    id: int
    name_ko: str
    name_en: str
    owner_ko: str
    owner_en: str
    site_ko: str
    site_en: str
    site_m2: float | None
    total_investment_won: int | None
    min_foreign_share: float
    mou_signed_on: date | None
    construction_start_deadline_on: date | None
    total_mw_target: float | None
    total_gpus_target: int | None


class Phase(NamedTuple):
    id: int
    number: int
    name_ko: str
    name_en: str
    planned_start_on: date | None
    planned_finish_on: date | None
    target_mw: float | None
    target_gpus: int | None
    note_ko: str = ""
    note_en: str = ""


class Party(NamedTuple):
    id: int
    name_ko: str
    name_en: str
    kind: PartyKind
    foreign: bool
    role_ko: str = ""
    role_en: str = ""
    country: str = ""  # ISO 3166 alpha-2; "" = not set
    currency: str = ""  # its usual currency (ISO 4217); "" = not set
    retired_on: date | None = None  # no new records from this date; history kept


class Task(NamedTuple):
    """A WBS task or milestone with its plan (baseline), forecast and actual dates."""

    id: int
    wbs_code: str
    name_ko: str
    name_en: str
    is_milestone: bool
    phase_id: int | None = None
    parent_id: int | None = None
    start_on: date | None = None
    finish_on: date | None = None
    baseline_start_on: date | None = None
    baseline_finish_on: date | None = None
    actual_start_on: date | None = None
    actual_finish_on: date | None = None
    percent_complete: float = 0.0
    responsible_party_id: int | None = None
    is_example: bool = False


class CapacityMeasurement(NamedTuple):
    id: int
    phase_id: int
    measured_on: date
    installed_mw: float | None
    installed_gpus: int | None
    energised_mw: float | None = None
    is_example: bool = False


class FundingItem(NamedTuple):
    """A commitment or a payment of a party, already converted to won."""

    party_id: int
    foreign: bool
    phase_number: int | None
    amount_won: int
    on: date
    is_example: bool = False


class Kpi(NamedTuple):
    id: int
    code: str
    name_ko: str
    name_en: str
    unit: KpiUnit
    target_value: int | None


class KpiReport(NamedTuple):
    kpi_id: int
    reported_on: date
    value: int
    source: str = ""
    is_example: bool = False


@dataclass(frozen=True)
class ProjectData:
    """Everything the overview and ``status`` read, loaded in one go."""

    project: Project
    phases: list[Phase]
    parties: list[Party]
    tasks: list[Task]
    capacity: list[CapacityMeasurement]
    commitments: list[FundingItem]
    payments: list[FundingItem]
    kpis: list[Kpi]
    kpi_reports: list[KpiReport]
    settings: dict[str, str] = field(default_factory=dict)
    example_rows: int = 0
