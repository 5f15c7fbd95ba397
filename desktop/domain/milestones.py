"""Milestone status against the baseline: slip in days and on track / at risk / late / done."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum


class MilestoneStatus(str, Enum):
    DONE = "done"
    ON_TRACK = "on_track"
    AT_RISK = "at_risk"
    LATE = "late"
    NOT_SET = "not_set"


@dataclass(frozen=True)
class SlipThresholds:
    """Slip (days) above ``at_risk_days`` is at risk, above ``late_days`` late.

    A milestone whose baseline date has passed without an actual is late (overdue) whatever
    its forecast says.  Kept in the project settings so the window and ``status`` agree.
    """

    at_risk_days: int = 0
    late_days: int = 30

    @classmethod
    def from_settings(cls, settings: dict[str, str]) -> "SlipThresholds":
        return cls(
            at_risk_days=int(settings.get("milestone_at_risk_days", cls.at_risk_days)),
            late_days=int(settings.get("milestone_late_days", cls.late_days)),
        )


@dataclass(frozen=True)
class MilestoneState:
    slip_days: int | None
    status: MilestoneStatus
    overdue: bool


def milestone_state(*, baseline: date | None, forecast: date | None, actual: date | None,
                    as_of: date, thresholds: SlipThresholds) -> MilestoneState:
    """Slip (forecast − baseline, calendar days) and status of one milestone at ``as_of``.

    The forecast is the scheduling engine's: unfinished work is already moved after the
    status date there, so an overdue milestone's slip grows day by day.
    """
    finish = actual or forecast
    slip = (finish - baseline).days if finish and baseline else None
    overdue = actual is None and baseline is not None and baseline < as_of
    if actual is not None:
        status = MilestoneStatus.DONE
    elif baseline is None:
        status = MilestoneStatus.NOT_SET
    elif overdue or (slip is not None and slip > thresholds.late_days):
        status = MilestoneStatus.LATE
    elif slip is not None and slip > thresholds.at_risk_days:
        status = MilestoneStatus.AT_RISK
    else:
        status = MilestoneStatus.ON_TRACK
    return MilestoneState(slip, status, overdue)


def days_to_deadline(deadline: date | None, as_of: date) -> int | None:
    """Positive: days left; negative: days since the deadline passed."""
    return (deadline - as_of).days if deadline else None
