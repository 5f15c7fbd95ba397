"""Scheduling engine: textbook networks, MS Project conventions, Korean calendar dates.

Day numbers in the textbook cases are working days counted from the project start
(day 0).  Early/late *start* is the number of the task's first day; early/late *finish* is
given the textbook way, as the day number just after its last day (ES + duration), so a
4-day task starting on day 0 has EF 4 and its last working day is day 3.
"""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain.calendar import WorkCalendar
from desktop.domain.cpm import (
    ConstraintType, DomainError, DrivingLink, LinkInput, LinkType, ScheduleInputError,
    ScheduleLoopError, TaskInput, driving_predecessors, schedule,
)

FS, SS, FF, SF = LinkType.FS, LinkType.SS, LinkType.FF, LinkType.SF
PLAIN = WorkCalendar(country=None, weekend=())   # every day a working day
KR = WorkCalendar()                              # Mon–Fri minus Korean public holidays
DAY0 = date(2025, 1, 1)
START = date(2025, 9, 1)  # Monday


def _textbook_row(result, task_id, cal=PLAIN, start=DAY0):
    """(ES, EF, LS, LF, TF, FF) in textbook day numbers."""
    t = result.tasks[task_id]
    day = lambda d: cal.working_days_between(start, d)  # noqa: E731
    return (day(t.early_start), day(t.early_finish) + 1, day(t.late_start),
            day(t.late_finish) + 1, t.total_float, t.free_float)


# ---------------------------------------------------------------------- textbook: FS network
# C. Hendrickson, "Project Management for Construction" (2nd ed., 2008), ch. 10,
# Table 10-1: nine-activity project (site clearing … pouring concrete).  The book finds
# the critical path A–C–F–I and a project duration of 30 days; the float table below is
# the standard forward/backward pass on that network (checked by hand).
A, B, C, D, E, F, G, H, I = range(1, 10)
NINE_TASKS = [TaskInput(t, d) for t, d in zip(range(1, 10), [4, 3, 8, 7, 9, 12, 2, 5, 6])]
NINE_LINKS = [LinkInput(p, s) for p, s in [
    (A, C), (A, D), (B, E), (C, E), (B, F), (C, F), (D, G), (E, G), (D, H), (E, H),
    (F, I), (G, I)]]


def test_hendrickson_nine_activity_project():
    r = schedule(NINE_TASKS, NINE_LINKS, project_start=DAY0, calendar=PLAIN)
    expected = {  # ES, EF, LS, LF, total float, free float
        A: (0, 4, 0, 4, 0, 0),
        B: (0, 3, 9, 12, 9, 9),
        C: (4, 12, 4, 12, 0, 0),
        D: (4, 11, 15, 22, 11, 10),
        E: (12, 21, 13, 22, 1, 0),
        F: (12, 24, 12, 24, 0, 0),
        G: (21, 23, 22, 24, 1, 1),
        H: (21, 26, 25, 30, 4, 4),
        I: (24, 30, 24, 30, 0, 0),
    }
    for task_id, row in expected.items():
        assert _textbook_row(r, task_id) == row, task_id
    assert r.critical_ids == [A, C, F, I]
    assert r.start == date(2025, 1, 1)
    assert r.finish == date(2025, 1, 30)  # day 29 is the last of the 30 days


def test_hendrickson_network_on_the_korean_calendar():
    """Same network from Mon 1 Sep 2025: 개천절, 추석 (6–8 Oct) and 한글날 fall inside it."""
    r = schedule(NINE_TASKS, NINE_LINKS, project_start=date(2025, 9, 1), calendar=KR)
    # F: 12 days from day 12 (Wed 17 Sep) → day 23 = Thu 2 Oct
    assert r.tasks[F].early_start == date(2025, 9, 17)
    assert r.tasks[F].early_finish == date(2025, 10, 2)
    # I starts the first working day after 2 Oct: Fri 10 Oct; 6 days → Fri 17 Oct
    assert r.tasks[I].early_start == date(2025, 10, 10)
    assert r.tasks[I].early_finish == date(2025, 10, 17)
    assert r.finish == date(2025, 10, 17)
    # H (5 days) may finish with the project on Fri 17 Oct, so it may start Mon 13 Oct
    assert r.tasks[H].late_finish == date(2025, 10, 17)
    assert r.tasks[H].late_start == date(2025, 10, 13)
    assert r.tasks[H].total_float == 4
    assert r.critical_ids == [A, C, F, I]


# ---------------------------------------------------------------------- PDM: SS/FF/SF, lags
# Hand-worked precedence-diagram case (every relation type, a lag and a lead):
#   A 4d; B 6d SS+2 from A; C 3d FF+1 from B; D 5d FS−1 (lead) from A;
#   E 2d SF+7 from D; M milestone FS from C and from E; G 1d FS+2 from B.
# Forward: A 0–4; B 2–8; C EF ≥ 8+1 → 6–9; D ≥ 4−1 → 3–8; E EF ≥ 3+7 → 8–10; M 10; G 10–11.
# Backward from 11: G 10–11; M 11; E LF 11 → 9–11; D LS ≤ LF(E)−7 = 4 → 4–9;
#   C LF 11 → 8–11; B LF ≤ min(LF(C)−1, LS(G)−2) = 8 → 2–8; A LS ≤ LS(B)−2 = 0 → 0–4.
PDM_TASKS = [TaskInput(1, 4), TaskInput(2, 6), TaskInput(3, 3), TaskInput(4, 5),
             TaskInput(5, 2), TaskInput(6, 0), TaskInput(7, 1)]
PDM_LINKS = [LinkInput(1, 2, SS, 2), LinkInput(2, 3, FF, 1), LinkInput(1, 4, FS, -1),
             LinkInput(4, 5, SF, 7), LinkInput(3, 6), LinkInput(5, 6), LinkInput(2, 7, FS, 2)]


def test_precedence_diagram_with_all_link_types_lags_and_leads():
    r = schedule(PDM_TASKS, PDM_LINKS, project_start=DAY0, calendar=PLAIN)
    expected = {
        1: (0, 4, 0, 4, 0, 0),
        2: (2, 8, 2, 8, 0, 0),
        3: (6, 9, 8, 11, 2, 1),
        4: (3, 8, 4, 9, 1, 0),
        5: (8, 10, 9, 11, 1, 0),
        7: (10, 11, 10, 11, 0, 0),
    }
    for task_id, row in expected.items():
        assert _textbook_row(r, task_id) == row, task_id
    m = r.tasks[6]  # the milestone sits at the end of day 9 (E's last day)
    assert (m.early_start, m.early_finish) == (date(2025, 1, 10), date(2025, 1, 10))
    assert (m.late_start, m.late_finish) == (date(2025, 1, 11), date(2025, 1, 11))
    assert (m.total_float, m.free_float, m.is_milestone) == (1, 1, True)
    assert r.critical_ids == [1, 2, 7]
    assert r.finish == date(2025, 1, 11)


@pytest.mark.parametrize("link, start, finish", [
    (LinkInput(1, 2, FS, 0), date(2025, 9, 4), date(2025, 9, 5)),
    (LinkInput(1, 2, FS, 2), date(2025, 9, 8), date(2025, 9, 9)),    # over the weekend
    (LinkInput(1, 2, FS, -1), date(2025, 9, 3), date(2025, 9, 4)),   # one-day lead
    (LinkInput(1, 2, SS, 1), date(2025, 9, 2), date(2025, 9, 3)),
    (LinkInput(1, 2, FF, 0), date(2025, 9, 2), date(2025, 9, 3)),
    (LinkInput(1, 2, FF, 3), date(2025, 9, 5), date(2025, 9, 8)),
    (LinkInput(1, 2, SF, 0), date(2025, 9, 1), date(2025, 9, 2)),   # not before project start
    (LinkInput(1, 2, SF, 4), date(2025, 9, 3), date(2025, 9, 4)),   # by start of Fri 5
])
def test_single_links_in_dates(link, start, finish):
    """A: 3 days Mon 1–Wed 3 Sep 2025; B: 2 days, linked to A as given."""
    r = schedule([TaskInput(1, 3), TaskInput(2, 2)], [link],
                 project_start=date(2025, 9, 1), calendar=KR)
    assert r.tasks[1].early_finish == date(2025, 9, 3)
    assert (r.tasks[2].early_start, r.tasks[2].early_finish) == (start, finish)


def test_holidays_inside_a_task():
    # 5 working days from Mon 29 Sep 2025: 29, 30 Sep, 1, 2 Oct, then 10 Oct (추석 break)
    r = schedule([TaskInput(1, 5)], [], project_start=date(2025, 9, 29), calendar=KR)
    assert r.tasks[1].early_finish == date(2025, 10, 10)
    # 3 working days from Thu 12 Feb 2026: 12, 13, then 19 Feb (설날 16–18)
    r = schedule([TaskInput(1, 3)], [], project_start=date(2026, 2, 12), calendar=KR)
    assert r.tasks[1].early_finish == date(2026, 2, 19)


# ---------------------------------------------------------------------- milestones
def test_milestone_conventions():
    tasks = [TaskInput(1, 0),                      # kick-off at the project start
             TaskInput(2, 3),                      # FS after the kick-off
             TaskInput(3, 0),                      # FS after task 2
             TaskInput(4, 2),                      # FS after milestone 3
             TaskInput(5, 0, constraint=ConstraintType.SNET, constraint_date=date(2025, 9, 10)),
             TaskInput(6, 1)]                      # FS after milestone 5
    links = [LinkInput(1, 2), LinkInput(2, 3), LinkInput(3, 4), LinkInput(5, 6)]
    r = schedule(tasks, links, project_start=date(2025, 9, 1), calendar=KR)
    assert r.tasks[1].early_start == r.tasks[1].early_finish == date(2025, 9, 1)
    assert r.tasks[2].early_start == date(2025, 9, 1)    # same day as the start milestone
    assert r.tasks[2].early_finish == date(2025, 9, 3)
    assert r.tasks[3].early_start == r.tasks[3].early_finish == date(2025, 9, 3)
    assert r.tasks[4].early_start == date(2025, 9, 4)    # next working day after it
    assert r.tasks[5].early_start == date(2025, 9, 10)
    assert r.tasks[6].early_start == date(2025, 9, 10)   # start-of-day milestone
    assert r.tasks[3].is_milestone and not r.tasks[2].is_milestone


def test_milestone_before_a_holiday_then_successor_after_it():
    # task ends Thu 2 Oct 2025; milestone shows 2 Oct; successor starts Fri 10 Oct
    r = schedule([TaskInput(1, 2), TaskInput(2, 0), TaskInput(3, 1)],
                 [LinkInput(1, 2), LinkInput(2, 3)],
                 project_start=date(2025, 10, 1), calendar=KR)
    assert r.tasks[2].early_finish == date(2025, 10, 2)
    assert r.tasks[3].early_start == date(2025, 10, 10)


# ---------------------------------------------------------------------- summary tasks
def _summary_plan():
    tasks = [TaskInput(1, 2),                                   # P, before the summary
             TaskInput(10),                                     # S, summary
             TaskInput(11, 4, parent_id=10, percent_complete=50),
             TaskInput(12, 6, parent_id=10),
             TaskInput(13, 0, parent_id=10),
             TaskInput(2, 1)]                                   # Q, after the summary
    links = [LinkInput(1, 10), LinkInput(11, 12), LinkInput(12, 13), LinkInput(10, 2)]
    return tasks, links


def test_summary_rolls_up_dates_and_percent():
    tasks, links = _summary_plan()
    r = schedule(tasks, links, project_start=START, calendar=KR)
    s = r.tasks[10]
    assert s.is_summary
    # children start after P (Mon 1–Tue 2 Sep): 11 on 3–8 Sep, 12 on 9–16 Sep
    assert r.tasks[11].early_start == date(2025, 9, 3)
    assert (s.early_start, s.early_finish) == (date(2025, 9, 3), date(2025, 9, 16))
    assert r.tasks[2].early_start == date(2025, 9, 17)
    assert s.percent_complete == pytest.approx(20.0)       # (4·50 + 6·0 + 0) / 10
    assert s.is_critical and s.total_float == 0
    assert r.critical_ids == [1, 11, 12, 13, 2]


def test_summary_percent_weighted_by_budget():
    tasks, links = _summary_plan()
    r = schedule(tasks, links, project_start=START, calendar=KR,
                 weights={11: 100_000_000, 12: 300_000_000, 13: 0})
    assert r.tasks[10].percent_complete == pytest.approx(12.5)


def test_driving_chain_through_a_summary():
    tasks, links = _summary_plan()
    r = schedule(tasks, links, project_start=START, calendar=KR)
    assert driving_predecessors(r, 2) == [
        DrivingLink(10, 2, FS, 0), DrivingLink(11, 12, FS, 0), DrivingLink(1, 10, FS, 0)]


# ---------------------------------------------------------------------- driving chains
def test_driving_chain_of_the_critical_path():
    r = schedule(NINE_TASKS, NINE_LINKS, project_start=DAY0, calendar=PLAIN)
    assert driving_predecessors(r, I) == [
        DrivingLink(F, I, FS, 0), DrivingLink(C, F, FS, 0), DrivingLink(A, C, FS, 0)]
    assert driving_predecessors(r, H) == [
        DrivingLink(E, H, FS, 0), DrivingLink(C, E, FS, 0), DrivingLink(A, C, FS, 0)]
    assert driving_predecessors(r, A) == []


def test_driving_chain_with_lags_and_finish_links():
    r = schedule(PDM_TASKS, PDM_LINKS, project_start=DAY0, calendar=PLAIN)
    assert driving_predecessors(r, 6) == [
        DrivingLink(5, 6, FS, 0), DrivingLink(4, 5, SF, 7), DrivingLink(1, 4, FS, -1)]
    assert driving_predecessors(r, 3) == [DrivingLink(2, 3, FF, 1), DrivingLink(1, 2, SS, 2)]


def test_driving_chain_stops_at_a_constraint():
    tasks = [TaskInput(1, 2), TaskInput(2, 3, constraint=ConstraintType.SNET,
                                        constraint_date=date(2025, 9, 10)), TaskInput(3, 1)]
    r = schedule(tasks, [LinkInput(1, 2), LinkInput(2, 3)], project_start=START, calendar=KR)
    assert driving_predecessors(r, 3) == [DrivingLink(2, 3, FS, 0)]


# ---------------------------------------------------------------------- errors
def test_loop_is_named_in_link_order():
    tasks = [TaskInput(i, 1) for i in range(1, 6)]
    links = [LinkInput(5, 1), LinkInput(1, 2), LinkInput(2, 3), LinkInput(3, 4),
             LinkInput(4, 2)]
    with pytest.raises(ScheduleLoopError) as caught:
        schedule(tasks, links, project_start=START, calendar=KR)
    assert caught.value.task_ids == [2, 3, 4]
    assert caught.value.code == "schedule_loop"
    assert caught.value.params == {"task_ids": [2, 3, 4]}
    assert isinstance(caught.value, DomainError)


def test_loop_through_a_summary():
    tasks = [TaskInput(1, 1), TaskInput(10), TaskInput(11, 1, parent_id=10)]
    with pytest.raises(ScheduleLoopError) as caught:
        schedule(tasks, [LinkInput(1, 10), LinkInput(11, 1)], project_start=START, calendar=KR)
    assert caught.value.task_ids == [1, 10, 11]


def test_self_link_is_refused():
    with pytest.raises(ScheduleInputError) as caught:
        schedule([TaskInput(1, 1)], [LinkInput(1, 1)], project_start=START, calendar=KR)
    assert (caught.value.code, caught.value.task_id) == ("link_to_self", 1)


def test_link_to_a_missing_task_is_refused():
    with pytest.raises(ScheduleInputError) as caught:
        schedule([TaskInput(1, 1)], [LinkInput(1, 99)], project_start=START, calendar=KR)
    assert (caught.value.code, caught.value.task_id) == ("link_task_unknown", 99)
    assert caught.value.params == {"task_id": 99, "pred_id": 1, "succ_id": 99}


@pytest.mark.parametrize("tasks, links, code, task_id", [
    ([TaskInput(1, 1), TaskInput(1, 2)], [], "task_duplicate", 1),
    ([TaskInput(1, -1)], [], "duration_negative", 1),
    ([TaskInput(1, 1, percent_complete=120)], [], "percent_out_of_range", 1),
    ([TaskInput(1, 1, constraint=ConstraintType.FNLT)], [], "constraint_date_missing", 1),
    ([TaskInput(1, 1, parent_id=7)], [], "parent_unknown", 1),
    ([TaskInput(1, 1, parent_id=2), TaskInput(2, 1, parent_id=1)], [], "parent_loop", 1),
    ([TaskInput(10), TaskInput(11, 1, parent_id=10)], [LinkInput(10, 11)],
     "link_summary_descendant", 11),
])
def test_malformed_plans_are_refused(tasks, links, code, task_id):
    with pytest.raises(ScheduleInputError) as caught:
        schedule(tasks, links, project_start=START, calendar=KR)
    assert (caught.value.code, caught.value.task_id) == (code, task_id)


def test_empty_plan():
    r = schedule([], [], project_start=START, calendar=KR)
    assert (r.start, r.finish, r.critical_ids, r.tasks) == (START, START, [], {})


# ---------------------------------------------------------------------- cross-check
def _textbook_pdm(durations, links):
    """Plain PDM passes in day numbers (ES/EF/LS/LF as in the textbook tables)."""
    n = len(durations)
    es, ef = [0] * n, [0] * n
    for k in range(n):  # links always go from a lower to a higher number here
        d = durations[k]
        start = 0
        for p, s, kind, lag in links:
            if s == k:
                start = max(start, {FS: ef[p] + lag, SS: es[p] + lag,
                                    FF: ef[p] + lag - d, SF: es[p] + lag - d}[kind])
        es[k], ef[k] = start, start + d
    finish = max(ef)
    ls, lf = [0] * n, [0] * n
    for k in reversed(range(n)):
        d = durations[k]
        late = finish
        for p, s, kind, lag in links:
            if p == k:
                late = min(late, {FS: ls[s] - lag, FF: lf[s] - lag,
                                  SS: ls[s] - lag + d, SF: lf[s] - lag + d}[kind])
        ls[k], lf[k] = late - d, late
    return list(zip(es, ef, ls, lf))


def test_matches_plain_pdm_passes_on_random_networks():
    import random

    rng = random.Random(7)
    for _ in range(40):
        n = rng.randint(2, 25)
        durations = [rng.randint(1, 9) for _ in range(n)]
        pairs = {(a, b) for a, b in ((rng.randrange(n), rng.randrange(n))
                                     for _ in range(2 * n)) if a < b}
        links = [(a, b, rng.choice([FS, FS, SS, FF, SF]), rng.randint(-3, 4))
                 for a, b in sorted(pairs)]
        r = schedule([TaskInput(k + 1, d) for k, d in enumerate(durations)],
                     [LinkInput(a + 1, b + 1, kind, lag) for a, b, kind, lag in links],
                     project_start=DAY0, calendar=PLAIN)
        for k, row in enumerate(_textbook_pdm(durations, links)):
            assert _textbook_row(r, k + 1)[:4] == row


def test_nested_summaries_with_progress_and_an_elapsed_child():
    """Plain calendar, status date 3 Jan 2025 (day 2): work resumes on day 3.

    P (3d) FS+1 → summary 100 = {110 = {111 (2d) FS → 112 (4d), 4 (2d, started day 1,
    50 %)}, 120 (5 elapsed days)}; 100 SS+2 → Q (2d); 110 FF → R (milestone); Q FF+3 → R.
    """
    tasks = [TaskInput(1, 3), TaskInput(100), TaskInput(110, parent_id=100),
             TaskInput(111, 2, parent_id=110), TaskInput(112, 4, parent_id=110),
             TaskInput(4, 2, actual_start=date(2025, 1, 2), percent_complete=50, parent_id=110),
             TaskInput(120, 5, elapsed=True, parent_id=100), TaskInput(2, 2), TaskInput(3, 0)]
    links = [LinkInput(1, 100, FS, 1), LinkInput(111, 112), LinkInput(100, 2, SS, 2),
             LinkInput(110, 3, FF), LinkInput(2, 3, FF, 3)]
    r = schedule(tasks, links, project_start=DAY0, calendar=PLAIN, status_date=date(2025, 1, 3))
    rows = {t: _textbook_row(r, t) for t in (1, 111, 112, 4, 120, 2)}
    assert rows == {
        1: (3, 6, 3, 6, 0, 0),        # moved after the status date; the started child 4
        111: (7, 9, 7, 9, 0, 0),      # does not give P negative float
        112: (9, 13, 9, 13, 0, 0),
        4: (1, 4, 6, 9, 5, 5),        # 1 day left, done on day 3
        120: (7, 12, 8, 13, 1, 1),    # free float up to the project finish
        2: (3, 5, 8, 10, 5, 5),       # SS+2 from the summary start (day 1) and status date
    }
    assert (r.tasks[110].early_start, r.tasks[110].early_finish) == (date(2025, 1, 2),
                                                                     date(2025, 1, 13))
    assert r.tasks[100].percent_complete == pytest.approx(100 / 13)
    assert r.tasks[110].percent_complete == pytest.approx(12.5)
    assert r.tasks[3].early_finish == date(2025, 1, 13)
    assert r.critical_ids == [1, 111, 112, 3]
    assert driving_predecessors(r, 3) == [
        DrivingLink(110, 3, FF, 0), DrivingLink(111, 112, FS, 0), DrivingLink(1, 100, FS, 1)]
    # the summary starts with task 4, which has actual dates: the chain ends there
    assert driving_predecessors(r, 2) == [DrivingLink(100, 2, SS, 2)]
