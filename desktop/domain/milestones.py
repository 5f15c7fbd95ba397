"""Milestone status against the baseline: the delay in days, and on track / at risk / late /
done / done late.

**The one delay figure.**  The overview's card and milestone table, ``status --json``, the
schedule table and the monthly report all show :func:`delay_days`: calendar days (a deadline
is a calendar date, weekends and holidays count), the due date itself not counted (reached
on the due date = 0, the day after = 1, negative = early):

* reached (an actual date on or before the as-of date): from the due date to that date;
* not reached: from the due date to its forecast — except that a forecast on the first
  working day after the as-of date only says "not done yet" (the engine resumes unfinished
  work after the status date), so the milestone counts as reachable on the as-of date itself.

So an overdue milestone's delay is the days since its due date (the card's D+N) unless its
predecessors push its forecast further out; then it is the forecast's delay.  (The first
version showed D+334 on the card but +335 in the table, and D+304 / +306 on a Saturday:
the table took the engine's next-working-day forecast.)
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum


class MilestoneStatus(str, Enum):
    DONE = "done"
    DONE_LATE = "done_late"  # reached after its due date: 완료 (기한 N일 초과)
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


def delay_days(*, due: date | None, reached: date | None, forecast: date | None, as_of: date,
               resume_on: date | None = None) -> int | None:
    """Days a milestone (or task) is late against ``due`` at ``as_of`` (module doc); None when
    there is no due date or nothing places it.  ``reached`` must already ignore anything
    dated after ``as_of``; ``resume_on`` is the first working day after the status date."""
    if due is None:
        return None
    if reached is not None:
        return (reached - due).days
    if forecast is None:
        return (as_of - due).days if due < as_of else None
    if resume_on is not None and forecast <= resume_on and forecast > due:
        forecast = max(as_of, due)  # waits only for the status date: reachable today
    return (forecast - due).days


def milestone_state(*, baseline: date | None, actual: date | None, delay: int | None,
                    as_of: date, thresholds: SlipThresholds) -> MilestoneState:
    """Status of one milestone at ``as_of`` from its :func:`delay_days`.

    Reached after its due date it stays "done late" (never plain done); not reached and
    past its due date it is late (overdue) whatever its forecast says.
    """
    overdue = actual is None and baseline is not None and baseline < as_of
    if actual is not None:
        status = MilestoneStatus.DONE_LATE if delay is not None and delay > 0 else MilestoneStatus.DONE
    elif baseline is None:
        status = MilestoneStatus.NOT_SET
    elif overdue or (delay is not None and delay > thresholds.late_days):
        status = MilestoneStatus.LATE
    elif delay is not None and delay > thresholds.at_risk_days:
        status = MilestoneStatus.AT_RISK
    else:
        status = MilestoneStatus.ON_TRACK
    return MilestoneState(delay, status, overdue)


def days_to_deadline(deadline: date | None, as_of: date) -> int | None:
    """Positive: days left (D-N); negative: days since the deadline passed (D+N, the same
    count as :func:`delay_days` of a milestone not reached)."""
    return (deadline - as_of).days if deadline else None
