"""Scheduling engine: constraints, elapsed durations, the status date and deadlines (MS Project
conventions).  The textbook networks, links, summaries and errors are in test_cpm.py."""

from __future__ import annotations

from datetime import date

from desktop.domain.calendar import WorkCalendar
from desktop.domain.cpm import ConstraintType, LinkInput, TaskInput, schedule

from tests.domain.test_cpm import A, C, DAY0, E, F, G, I, KR, NINE_LINKS, NINE_TASKS, PLAIN, START


# ---------------------------------------------------------------------- constraints
def test_snet_pushes_the_start():
    tasks = [TaskInput(1, 2), TaskInput(2, 3, constraint=ConstraintType.SNET,
                                        constraint_date=date(2025, 9, 10))]
    r = schedule(tasks, [LinkInput(1, 2)], project_start=START, calendar=KR)
    assert (r.tasks[2].early_start, r.tasks[2].early_finish) == (date(2025, 9, 10),
                                                                 date(2025, 9, 12))
    assert r.tasks[1].free_float == 5  # A finishes Tue 2 Sep; B waits until Wed 10 Sep
    assert not r.tasks[2].constraint_violated


def test_snet_on_a_weekend_moves_to_the_next_working_day():
    tasks = [TaskInput(1, 1, constraint=ConstraintType.SNET, constraint_date=date(2025, 10, 4))]
    r = schedule(tasks, [], project_start=START, calendar=KR)
    assert r.tasks[1].early_start == date(2025, 10, 10)


def test_fnlt_violated_is_flagged_with_negative_float():
    tasks = [TaskInput(1, 5), TaskInput(2, 5, constraint=ConstraintType.FNLT,
                                        constraint_date=date(2025, 9, 5))]
    r = schedule(tasks, [LinkInput(1, 2)], project_start=START, calendar=KR)
    b = r.tasks[2]
    # not moved backwards: still Mon 8 – Fri 12 Sep
    assert (b.early_start, b.early_finish) == (date(2025, 9, 8), date(2025, 9, 12))
    assert (b.late_start, b.late_finish) == (date(2025, 9, 1), date(2025, 9, 5))
    assert b.constraint_violated and b.violated_constraint is ConstraintType.FNLT
    assert b.total_float == -5
    a = r.tasks[1]
    assert (a.late_start, a.late_finish) == (date(2025, 8, 25), date(2025, 8, 29))
    assert a.total_float == -5 and not a.constraint_violated
    assert r.critical_ids == [1, 2]


def test_fnlt_met_leaves_float():
    tasks = [TaskInput(1, 5), TaskInput(2, 5, constraint=ConstraintType.FNLT,
                                        constraint_date=date(2025, 9, 19))]
    r = schedule(tasks, [LinkInput(1, 2)], project_start=START, calendar=KR)
    # project finish is 12 Sep, so the project finish (not the FNLT) bounds the float
    assert r.tasks[2].total_float == 0
    assert not r.tasks[2].constraint_violated


def test_mfo_places_the_task_and_caps_late_finish():
    tasks = [TaskInput(1, 2), TaskInput(2, 3, constraint=ConstraintType.MFO,
                                        constraint_date=date(2025, 9, 12))]
    r = schedule(tasks, [LinkInput(1, 2)], project_start=START, calendar=KR)
    b = r.tasks[2]
    assert (b.early_start, b.early_finish) == (date(2025, 9, 10), date(2025, 9, 12))
    assert b.late_finish == date(2025, 9, 12) and b.total_float == 0
    assert r.tasks[1].total_float == 5 and not b.constraint_violated


def test_mfo_violated_keeps_logic_dates():
    tasks = [TaskInput(1, 2), TaskInput(2, 3, constraint=ConstraintType.MFO,
                                        constraint_date=date(2025, 9, 2))]
    r = schedule(tasks, [LinkInput(1, 2)], project_start=START, calendar=KR)
    b = r.tasks[2]
    assert (b.early_start, b.early_finish) == (date(2025, 9, 3), date(2025, 9, 5))
    assert b.violated_constraint is ConstraintType.MFO and b.total_float == -3


def test_mso_snlt_fnet():
    tasks = [TaskInput(1, 4),
             TaskInput(2, 2, constraint=ConstraintType.MSO, constraint_date=date(2025, 9, 3)),
             TaskInput(3, 2, constraint=ConstraintType.SNLT, constraint_date=date(2025, 9, 3)),
             TaskInput(4, 2, constraint=ConstraintType.FNET, constraint_date=date(2025, 9, 9))]
    links = [LinkInput(1, 2), LinkInput(1, 3)]
    r = schedule(tasks, links, project_start=START, calendar=KR)
    assert r.tasks[2].early_start == date(2025, 9, 5)          # logic wins: 5 Sep
    assert r.tasks[2].violated_constraint is ConstraintType.MSO
    assert r.tasks[3].violated_constraint is ConstraintType.SNLT
    assert r.tasks[3].total_float == -2
    assert (r.tasks[4].early_start, r.tasks[4].early_finish) == (date(2025, 9, 8),
                                                                 date(2025, 9, 9))
    assert not r.tasks[4].constraint_violated


def test_alap_task_uses_its_free_float():
    tasks = [TaskInput(1, 2, constraint=ConstraintType.ALAP), TaskInput(2, 5), TaskInput(3, 1)]
    r = schedule(tasks, [LinkInput(1, 3), LinkInput(2, 3)], project_start=START, calendar=KR)
    assert (r.tasks[1].early_start, r.tasks[1].early_finish) == (date(2025, 9, 4),
                                                                 date(2025, 9, 5))
    assert r.tasks[1].free_float == 0 and r.tasks[1].total_float == 0
    assert r.tasks[3].early_start == date(2025, 9, 8)


def test_critical_threshold():
    r = schedule(NINE_TASKS, NINE_LINKS, project_start=DAY0, calendar=PLAIN,
                 critical_threshold=1)
    assert r.critical_ids == [A, C, E, F, G, I]


# ---------------------------------------------------------------------- elapsed durations
def test_elapsed_duration_runs_through_the_weekend():
    # pour Thu 4 Sep 2025, cure 3 calendar days Fri–Sun, strip forms Mon 8 Sep
    tasks = [TaskInput(1, 1, constraint=ConstraintType.SNET, constraint_date=date(2025, 9, 4)),
             TaskInput(2, 3, elapsed=True), TaskInput(3, 1)]
    r = schedule(tasks, [LinkInput(1, 2), LinkInput(2, 3)], project_start=START, calendar=KR)
    assert (r.tasks[2].early_start, r.tasks[2].early_finish) == (date(2025, 9, 5),
                                                                 date(2025, 9, 7))
    assert r.tasks[3].early_start == date(2025, 9, 8)
    assert r.tasks[2].total_float == 0


def test_elapsed_duration_ignores_chuseok():
    tasks = [TaskInput(1, 7, elapsed=True), TaskInput(2, 1)]
    r = schedule(tasks, [LinkInput(1, 2)], project_start=date(2025, 10, 2), calendar=KR)
    assert r.tasks[1].early_finish == date(2025, 10, 8)
    assert r.tasks[2].early_start == date(2025, 10, 10)   # 9 Oct is 한글날


# ---------------------------------------------------------------------- status date
def test_status_date_reschedules_uncompleted_work():
    status = date(2025, 9, 10)  # Wednesday: work resumes Thu 11 Sep
    tasks = [
        TaskInput(1, 3, actual_start=date(2025, 9, 1), actual_finish=date(2025, 9, 3),
                  percent_complete=100),
        TaskInput(2, 10, actual_start=date(2025, 9, 4), percent_complete=40),
        TaskInput(3, 3),                 # FS after task 2
        TaskInput(4, 2),                 # not started, no predecessor
        TaskInput(5, 0),                 # milestone not reached
    ]
    r = schedule(tasks, [LinkInput(1, 2), LinkInput(2, 3)], project_start=START,
                 calendar=KR, status_date=status)
    done = r.tasks[1]
    assert (done.early_start, done.early_finish) == (date(2025, 9, 1), date(2025, 9, 3))
    started = r.tasks[2]
    # 4 of 10 days done; the remaining 6 run Thu 11 – Thu 18 Sep
    assert (started.early_start, started.early_finish) == (date(2025, 9, 4), date(2025, 9, 18))
    assert (r.tasks[3].early_start, r.tasks[3].early_finish) == (date(2025, 9, 19),
                                                                 date(2025, 9, 23))
    assert (r.tasks[4].early_start, r.tasks[4].early_finish) == (date(2025, 9, 11),
                                                                 date(2025, 9, 12))
    assert r.tasks[5].early_start == date(2025, 9, 11)
    assert r.finish == date(2025, 9, 23)
    assert r.tasks[4].total_float == 7
    assert r.critical_ids == [2, 3]       # finished work is never critical


def test_in_progress_task_ahead_of_the_status_date_keeps_its_pace():
    tasks = [TaskInput(1, 10, actual_start=date(2025, 9, 1), percent_complete=50)]
    r = schedule(tasks, [], project_start=START, calendar=KR, status_date=date(2025, 9, 3))
    # 5 days done by the status date (ahead): the remaining 5 follow on, 8–12 Sep
    assert r.tasks[1].early_finish == date(2025, 9, 12)


# --------------------------------------------------------------------------- deadlines
def test_deadline_limits_late_finish_and_is_flagged_when_missed():
    """MS Project: a deadline counts in total slack but moves nothing; a missed one is shown."""
    cal = WorkCalendar(country=None, weekend=())
    start = date(2026, 1, 1)
    tasks = [TaskInput(1, duration=10), TaskInput(2, duration=5, deadline=date(2026, 1, 12)),
             TaskInput(3, duration=30)]
    result = schedule(tasks, [LinkInput(1, 2)], project_start=start, calendar=cal)
    two = result.tasks[2]
    assert (two.early_start, two.early_finish) == (date(2026, 1, 11), date(2026, 1, 15))
    assert two.total_float == -3 and two.is_critical and two.deadline_missed
    assert result.tasks[1].total_float == -3
    assert not result.tasks[3].deadline_missed and result.tasks[3].total_float == 0


def test_calendar_date_milestone_keeps_its_holiday_date():
    """An elapsed milestone not earlier than 2028-01-01 (a Saturday and New Year) shows that
    date; its FS successor still starts on the next working day."""
    tasks = [TaskInput(1, duration=0, elapsed=True, constraint=ConstraintType.SNET,
                       constraint_date=date(2028, 1, 1)),
             TaskInput(2, duration=2)]
    result = schedule(tasks, [LinkInput(1, 2)], project_start=date(2027, 12, 1),
                      calendar=WorkCalendar())
    assert result.tasks[1].early_start == result.tasks[1].early_finish == date(2028, 1, 1)
    assert result.tasks[2].early_start == date(2028, 1, 3)
    working = schedule([TaskInput(1, duration=0, constraint=ConstraintType.SNET,
                                  constraint_date=date(2028, 1, 1))], [],
                       project_start=date(2027, 12, 1), calendar=WorkCalendar())
    assert working.tasks[1].early_start == date(2028, 1, 3)  # a working-day milestone moves
