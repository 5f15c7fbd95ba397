"""Task calendars in the engine: each task counts its duration on its own calendar, lags on the
successor's (MS Project), the predecessor's (P6's default) or the schedule's calendar, floats
in the task's own working days; and a schedule whose tasks all use one calendar gives exactly
the results of the engine without task calendars."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, example, given, settings, strategies as st

from desktop.domain.calendar import WorkCalendar
from desktop.domain.cpm import (
    ConstraintType, LinkInput, LinkType, ScheduleLoopError, TaskInput, schedule,
)
from desktop.domain.cpm_calendars import UnionCalendar

FS, SS, FF, SF = LinkType.FS, LinkType.SS, LinkType.FF, LinkType.SF
MON = date(2025, 9, 1)  # a Monday
FIVE = WorkCalendar(country=None)  # Monday to Friday
SIX = WorkCalendar(country=None, weekend=(6,))  # Monday to Saturday
SEVEN = WorkCalendar(country=None, weekend=())  # every day


def _days(result, task_id):
    r = result.tasks[task_id]
    return r.early_start, r.early_finish, r.total_float, r.free_float


# ---------------------------------------------------------------------- hand-worked cases
def test_a_task_counts_its_duration_on_its_own_calendar():
    """A (5 days, Mon–Fri) FS B (3 days on a 7-day calendar) FS C (2 days, Mon–Fri).
    A: Mon 1 – Fri 5 Sep; B works the weekend: Sat 6 – Mon 8; C: Tue 9 – Wed 10."""
    tasks = [TaskInput(1, 5), TaskInput(2, 3), TaskInput(3, 2)]
    links = [LinkInput(1, 2), LinkInput(2, 3)]
    r = schedule(tasks, links, project_start=MON, calendar=FIVE, calendars={2: SEVEN})
    assert _days(r, 1)[:2] == (date(2025, 9, 1), date(2025, 9, 5))
    assert _days(r, 2)[:2] == (date(2025, 9, 6), date(2025, 9, 8))
    assert _days(r, 3)[:2] == (date(2025, 9, 9), date(2025, 9, 10))
    assert r.critical_ids == [1, 2, 3]
    # without its calendar B would wait for Monday and finish on Wednesday
    plain = schedule(tasks, links, project_start=MON, calendar=FIVE)
    assert _days(plain, 2)[:2] == (date(2025, 9, 8), date(2025, 9, 10))


def test_floats_count_the_tasks_own_working_days():
    """A (10 days Mon–Fri) is the long path; B (1 day, 7-day calendar) runs beside it from the
    start: B's float to the finish (Fri 12 Sep) is 11 of its days (Tue 2 – Fri 12), though only
    9 working days of the schedule's calendar."""
    tasks = [TaskInput(1, 10), TaskInput(2, 1)]
    r = schedule(tasks, [], project_start=MON, calendar=FIVE, calendars={2: SEVEN})
    assert _days(r, 1) == (date(2025, 9, 1), date(2025, 9, 12), 0, 0)
    assert _days(r, 2) == (date(2025, 9, 1), date(2025, 9, 1), 11, 11)
    assert r.tasks[2].late_finish == date(2025, 9, 12)


def test_lags_on_the_successors_or_the_predecessors_calendar():
    """A (Mon–Fri, 5 days: Mon 1 – Fri 5) FS+2 B (7-day calendar, 1 day).
    On B's calendar the lag is Sat and Sun: B on Mon 8.  On A's calendar it is Mon and Tue:
    B on Wed 10.  On the schedule's (Mon–Fri) calendar too."""
    tasks = [TaskInput(1, 5), TaskInput(2, 1)]
    links = [LinkInput(1, 2, FS, 2)]
    on = {lags_on: schedule(tasks, links, project_start=MON, calendar=FIVE, calendars={2: SEVEN},
                            lags_on=lags_on).tasks[2].early_start
          for lags_on in ("successor", "predecessor", "project")}
    assert on == {"successor": date(2025, 9, 8), "predecessor": date(2025, 9, 10),
                  "project": date(2025, 9, 10)}


def test_backward_pass_and_a_six_day_calendar():
    """A (6-day calendar, 6 days: Mon 1 – Sat 6) SS+1 B (Mon–Fri, 4 days) and A FS C (Mon–Fri,
    1 day: Mon 8).  B starts Tue 2 (lag on B's calendar), ends Fri 5, the project finish is
    Mon 8; B's late finish is Mon 8: one day of float, free float too."""
    tasks = [TaskInput(1, 6), TaskInput(2, 4), TaskInput(3, 1)]
    links = [LinkInput(1, 2, SS, 1), LinkInput(1, 3)]
    r = schedule(tasks, links, project_start=MON, calendar=FIVE, calendars={1: SIX})
    assert _days(r, 1) == (date(2025, 9, 1), date(2025, 9, 6), 0, 0)
    assert _days(r, 2) == (date(2025, 9, 2), date(2025, 9, 5), 1, 1)
    assert _days(r, 3) == (date(2025, 9, 8), date(2025, 9, 8), 0, 0)
    assert r.tasks[1].late_start == date(2025, 9, 1)
    assert r.tasks[2].late_finish == date(2025, 9, 8)


def test_in_progress_work_resumes_on_its_own_calendar():
    """A 4-day task on the 7-day calendar, started Mon 1, 50 % done, status Tue 2: its two
    remaining days are Wed 3 and Thu 4; with a status on Fri 5 they are Sat 6 and Sun 7 on the
    7-day calendar, Mon 8 and Tue 9 on Mon–Fri."""
    task = TaskInput(1, 4, actual_start=MON, percent_complete=50)
    r = schedule([task], [], project_start=MON, calendar=FIVE, calendars={1: SEVEN},
                 status_date=date(2025, 9, 2))
    assert r.tasks[1].early_finish == date(2025, 9, 4)
    r = schedule([task], [], project_start=MON, calendar=FIVE, calendars={1: SEVEN},
                 status_date=date(2025, 9, 5))
    assert r.tasks[1].early_finish == date(2025, 9, 7)
    r = schedule([task], [], project_start=MON, calendar=FIVE, status_date=date(2025, 9, 5))
    assert r.tasks[1].early_finish == date(2025, 9, 9)


def test_the_axis_is_every_calendars_working_days():
    union = UnionCalendar([FIVE, WorkCalendar([date(2025, 9, 3)], [date(2025, 9, 6)], country=None)])
    days = [MON + timedelta(days=k) for k in range(7)]
    assert [union.is_working(d) for d in days] == [True, True, True, True, True, True, False]


# ---------------------------------------------------------------------- one calendar = today's engine
def _random_plan(rng: random.Random):
    """Tasks with every feature the engine knows: summaries (linked into and out of), all link
    types, lags and leads, the eight constraints, ALAP, milestones, elapsed durations, actual
    dates and % complete against a status date, deadlines.  Links go from lower to higher ids
    among leaves and summaries that are not each other's ancestors."""
    n = rng.randint(2, 30)
    tasks, parents = [], {}
    for k in range(1, n + 1):
        parent = rng.choice([None, None, None] + [p for p in range(1, k) if p in parents or rng.random() < 0.1])
        if parent is not None:
            parents[parent] = True
        tasks.append([k, parent])
    status = MON + timedelta(days=rng.randint(0, 60)) if rng.random() < 0.5 else None
    result = []
    for k, parent in tasks:
        duration = rng.choice((0, 0, 1, 1, 2, 3, 5, 8, 13))
        constraint = rng.choice(list(ConstraintType)) if rng.random() < 0.35 else ConstraintType.ASAP
        on = MON + timedelta(days=rng.randint(-10, 120))
        actual_start = actual_finish = None
        percent = 0.0
        if status is not None and rng.random() < 0.3:
            actual_start = status - timedelta(days=rng.randint(0, 40))
            percent = float(rng.choice((0, 10, 50, 90, 100)))
            if rng.random() < 0.4:
                actual_finish = actual_start + timedelta(days=rng.randint(0, 15))
        result.append(TaskInput(
            k, duration, elapsed=rng.random() < 0.15, constraint=constraint,
            constraint_date=None if constraint in (ConstraintType.ASAP, ConstraintType.ALAP) else on,
            actual_start=actual_start, actual_finish=actual_finish, percent_complete=percent,
            parent_id=parent, deadline=on + timedelta(days=30) if rng.random() < 0.1 else None))

    def ancestors(k):
        found, p = set(), tasks[k - 1][1]
        while p is not None:
            found.add(p)
            p = tasks[p - 1][1]
        return found

    links, pairs = [], set()
    for _ in range(2 * n):
        a, b = sorted(rng.sample(range(1, n + 1), 2))
        if (a, b) in pairs or a in ancestors(b) or b in ancestors(a):
            continue
        pairs.add((a, b))
        links.append(LinkInput(a, b, rng.choice([FS, FS, SS, FF, SF]), rng.choice((0, 0, 1, 2, 5, -1, -3))))
    return result, links, status


def _same_calendar_again(calendar: WorkCalendar) -> WorkCalendar:
    """Another object with the same working days (so the engine really converts)."""
    return WorkCalendar(calendar.non_working, calendar.extra_working, country=calendar.country,
                        weekend=calendar.weekend)


KR = WorkCalendar([date(2025, 10, 10)], [date(2025, 9, 27)])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 2**32 - 1), lags_on=st.sampled_from(["successor", "predecessor", "project"]),
       calendar=st.sampled_from([FIVE, SEVEN, KR]))
# an elapsed task started on the status date, late by 13 days: no working time left before its
# late finish (a span of -1 half-days, which task calendars once rounded up to 0)
@example(seed=24396, lags_on="successor", calendar=KR)
def test_one_calendar_for_every_task_gives_todays_results(seed, lags_on, calendar):
    tasks, links, status = _random_plan(random.Random(seed))
    again = _same_calendar_again(calendar)
    try:
        expected = schedule(tasks, links, project_start=MON, calendar=calendar, status_date=status)
    except ScheduleLoopError as loop:  # a summary's link back into itself: refused alike
        with pytest.raises(ScheduleLoopError) as refused:
            schedule(tasks, links, project_start=MON, calendar=calendar, status_date=status,
                     calendars={t.id: again for t in tasks})
        assert refused.value.task_ids == loop.task_ids
        return
    for calendars in ({t.id: again for t in tasks}, {t.id: calendar for t in tasks[::2]}):
        got = schedule(tasks, links, project_start=MON, calendar=calendar, status_date=status,
                       calendars=calendars, lags_on=lags_on)
        assert got.tasks == expected.tasks
        assert (got.start, got.finish, got.critical_ids) == (expected.start, expected.finish,
                                                             expected.critical_ids)


# ---------------------------------------------------------------------- a live schedule
def test_a_live_schedule_with_task_calendars_runs_the_full_pass_on_every_edit():
    """LiveSchedule takes task calendars too; each edit then runs the full pass (its
    incremental steps count on one calendar), so it equals a fresh schedule after edits."""
    from desktop.domain.cpm_incremental import LiveSchedule

    tasks = [TaskInput(1, 5), TaskInput(2, 3), TaskInput(3, 2), TaskInput(4, 1)]
    links = [LinkInput(1, 2), LinkInput(2, 3, FS, 2)]
    options = dict(project_start=MON, calendar=FIVE, calendars={2: SEVEN}, lags_on="predecessor")
    live = LiveSchedule(tasks, links, **options)
    changed = live.update_task(TaskInput(1, 6))
    assert changed == {1, 2, 3, 4}  # 4 runs beside them: its float grows by a day
    live.add_link(LinkInput(3, 4, SS, 1))
    live.update_link(LinkInput(2, 3, FS, 3))
    expected = schedule(live.tasks, live.links, **options)
    assert live.result.tasks == expected.tasks
    # A's six days end Mon 8; B: Tue 9 – Thu 11; the lag of three of B's days (the
    # predecessor's 7-day calendar) is Fri 12 – Sun 14: C on Mon 15 (on C's Mon–Fri: Wed 17)
    assert live.result.tasks[2].early_start == date(2025, 9, 9)
    assert live.result.tasks[3].early_start == date(2025, 9, 15)
