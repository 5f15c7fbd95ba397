"""The one delay figure, status that tells the truth, and what a view knows at its date."""

from datetime import date

import pytest

from desktop.domain.as_of import actuals_as_of
from desktop.domain.capacity import phase_due
from desktop.domain.milestones import (
    MilestoneStatus, SlipThresholds, days_to_deadline, delay_days, milestone_state,
)
from desktop.domain.model import Phase

DUE = date(2025, 12, 31)


@pytest.mark.parametrize("as_of, forecast, resume_on, expected", [
    # not reached, overdue, the forecast only waits for the status date: days since the due date
    (date(2026, 11, 30), date(2026, 12, 1), date(2026, 12, 1), 334),  # the card's D+334
    (date(2026, 10, 31), date(2026, 11, 2), date(2026, 11, 2), 304),  # a Saturday: not +306
    # not reached, its predecessors push the forecast further: the forecast's delay
    (date(2026, 10, 31), date(2027, 3, 2), date(2026, 11, 2), 426),
    # not due yet, forecast on time or late
    (date(2025, 11, 3), date(2025, 12, 31), date(2025, 11, 4), 0),
    (date(2025, 11, 3), date(2026, 1, 9), date(2025, 11, 4), 9),
    # due on the as-of date itself and not reached: still reachable today, not late
    (date(2025, 12, 31), date(2026, 1, 2), date(2026, 1, 2), 0),
])
def test_delay_of_a_milestone_not_reached(as_of, forecast, resume_on, expected):
    assert delay_days(due=DUE, reached=None, forecast=forecast, as_of=as_of, resume_on=resume_on) == expected


def test_delay_agrees_with_the_deadline_counter():
    for as_of in (date(2026, 1, 1), date(2026, 10, 31), date(2026, 11, 24), date(2031, 12, 31)):
        resume = date.fromordinal(as_of.toordinal() + 1)
        assert delay_days(due=DUE, reached=None, forecast=resume, as_of=as_of, resume_on=resume) \
            == -days_to_deadline(DUE, as_of)


def test_delay_of_a_milestone_reached_and_without_a_date():
    assert delay_days(due=DUE, reached=date(2026, 3, 2), forecast=None, as_of=date(2026, 11, 24)) == 61
    assert delay_days(due=DUE, reached=date(2025, 12, 20), forecast=None, as_of=date(2026, 1, 5)) == -11
    assert delay_days(due=None, reached=None, forecast=date(2030, 1, 1), as_of=date(2026, 1, 1)) is None
    assert delay_days(due=DUE, reached=None, forecast=None, as_of=date(2026, 1, 10)) == 10
    assert delay_days(due=DUE, reached=None, forecast=None, as_of=date(2025, 12, 1)) is None


def test_reached_late_stays_done_late_never_plain_done():
    thresholds = SlipThresholds()
    late = milestone_state(baseline=DUE, actual=date(2026, 3, 2), delay=61, as_of=date(2026, 11, 24),
                           thresholds=thresholds)
    assert late.status is MilestoneStatus.DONE_LATE and not late.overdue
    on_time = milestone_state(baseline=DUE, actual=DUE, delay=0, as_of=date(2026, 11, 24),
                              thresholds=thresholds)
    assert on_time.status is MilestoneStatus.DONE
    overdue = milestone_state(baseline=DUE, actual=None, delay=328, as_of=date(2026, 11, 24),
                              thresholds=thresholds)
    assert overdue.status is MilestoneStatus.LATE and overdue.overdue


def test_actual_dates_after_the_as_of_date_are_not_known():
    october = date(2026, 10, 31)
    # a milestone reached on 11-20 is not reached in October
    assert actuals_as_of(date(2026, 11, 20), date(2026, 11, 20), 100, True, october) == (None, None, 0.0)
    # a task started after October had not started
    assert actuals_as_of(date(2026, 11, 2), None, 30, False, october) == (None, None, 0.0)
    # a task finished on 11-30 was in progress on 10-31, its % no more than the span elapsed
    start, finish, percent = actuals_as_of(date(2026, 10, 1), date(2026, 11, 29), 100, False, october)
    assert (start, finish) == (date(2026, 10, 1), None) and percent == pytest.approx(51.6, abs=0.05)
    assert percent < 100
    # what happened by then is kept as it is
    assert actuals_as_of(date(2026, 9, 1), date(2026, 10, 15), 100, False, october) == \
        (date(2026, 9, 1), date(2026, 10, 15), 100)
    assert actuals_as_of(date(2026, 9, 1), None, 40, False, october) == (date(2026, 9, 1), None, 40)
    # a long task nearly done is still below 100 % (the engine would finish it otherwise)
    assert actuals_as_of(date(2000, 1, 1), date(2030, 1, 1), 100, False, date(2029, 12, 31))[2] < 100


def _phase(number, finish, mw):
    return Phase(number, number, f"{number}단계", "", None, finish, mw, None)


def test_capacity_is_judged_against_the_phase_due_now():
    phases = [_phase(1, date(2027, 12, 31), 40), _phase(2, date(2030, 12, 31), 100),
              _phase(3, date(2035, 12, 31), 200), _phase(4, None, 1000)]
    assert phase_due(phases, date(2026, 11, 24)).target_mw == 40
    assert phase_due(phases, date(2027, 12, 31)).target_mw == 40
    assert phase_due(phases, date(2028, 1, 1)).target_mw == 100
    assert phase_due(phases, date(2040, 1, 1)).target_mw == 1000
    assert phase_due(phases[:3], date(2040, 1, 1)).number == 3  # after the last finish: the last
    assert phase_due([], date(2026, 1, 1)) is None
