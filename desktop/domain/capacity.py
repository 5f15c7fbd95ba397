"""The facility's installed capacity over time, from per-phase measurements."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from desktop.domain.model import CapacityMeasurement


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
