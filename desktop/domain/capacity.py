"""The facility's installed capacity over time, from per-phase measurements."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from desktop.domain.model import CapacityMeasurement, Phase


@dataclass(frozen=True)
class CapacityPoint:
    """The facility's installed capacity on a date (all phases added up)."""

    on: date
    installed_mw: float | None
    energised_mw: float | None
    installed_gpus: int | None


def facility_totals(measurements: Iterable[CapacityMeasurement]) -> list[CapacityPoint]:
    """On each measurement date, the sum over phases of each phase's latest measurement."""
    ordered = sorted(measurements, key=lambda m: (m.measured_on, m.id))
    latest: dict[int, CapacityMeasurement] = {}
    points: list[CapacityPoint] = []
    for m in ordered:
        latest[m.phase_id] = m
        totals = []
        for key in ("installed_mw", "energised_mw", "installed_gpus"):
            values = [getattr(x, key) for x in latest.values() if getattr(x, key) is not None]
            totals.append(sum(values) if values else None)
        point = CapacityPoint(m.measured_on, *totals)
        if points and points[-1].on == m.measured_on:
            points[-1] = point
        else:
            points.append(point)
    return points


def phase_due(phases: list[Phase], as_of: date) -> Phase | None:
    """The phase whose end-of-phase scale is the target due now: the first phase (by number)
    not finished by ``as_of`` (its planned finish on or after it, or not set); after the last
    phase's finish, the last phase.  Installed capacity is judged against this target (40 MW
    by the end of 2027 during phase 1), not against the final 1 GW."""
    ordered = sorted(phases, key=lambda p: p.number)
    for phase in ordered:
        if phase.planned_finish_on is None or phase.planned_finish_on >= as_of:
            return phase
    return ordered[-1] if ordered else None
