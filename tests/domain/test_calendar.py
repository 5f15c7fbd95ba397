"""Working calendar against the real 2025–2026 Korean public holidays."""

from __future__ import annotations

import time
from datetime import date, timedelta

import pytest

from desktop.domain.calendar import WorkCalendar


@pytest.fixture(scope="module")
def kr() -> WorkCalendar:
    return WorkCalendar()


@pytest.mark.parametrize("day", [
    date(2025, 1, 27),   # temporary public holiday before 설날
    date(2025, 1, 28), date(2025, 1, 29), date(2025, 1, 30),  # 설날
    date(2025, 3, 3),    # substitute holiday for 삼일절 (Saturday)
    date(2025, 5, 5), date(2025, 5, 6),  # 어린이날·부처님오신날 and its substitute
    date(2025, 6, 3),    # presidential election day
    date(2025, 10, 3),   # 개천절
    date(2025, 10, 6), date(2025, 10, 7),  # 추석
    date(2025, 10, 8),   # substitute holiday for 추석 (the eve fell on a Sunday)
    date(2025, 10, 9),   # 한글날
    date(2025, 12, 25),
    date(2026, 2, 16), date(2026, 2, 17), date(2026, 2, 18),  # 설날 2026
    date(2026, 9, 24), date(2026, 9, 25),  # 추석 2026
    date(2026, 10, 5),   # substitute holiday for 개천절 (Saturday)
])
def test_korean_public_holidays_are_not_working(kr, day):
    assert day.weekday() < 5
    assert not kr.is_working(day)


def test_plain_days_and_weekends(kr):
    assert kr.is_working(date(2025, 10, 2))
    assert kr.is_working(date(2025, 10, 10))
    assert kr.is_working(date(2026, 2, 19))
    assert not kr.is_working(date(2025, 10, 4))   # Saturday
    assert not kr.is_working(date(2025, 10, 5))   # Sunday (and 추석 eve)


def test_add_working_days_across_chuseok(kr):
    # Thu 2 Oct 2025, then 3 (개천절), 4–5 weekend, 6–8 추석, 9 한글날: next is Fri 10 Oct
    assert kr.add_working_days(date(2025, 10, 2), 1) == date(2025, 10, 10)
    assert kr.add_working_days(date(2025, 10, 10), -1) == date(2025, 10, 2)
    assert kr.add_working_days(date(2025, 9, 29), 4) == date(2025, 10, 10)
    assert kr.add_working_days(date(2025, 10, 10), 0) == date(2025, 10, 10)


def test_add_working_days_across_seollal_2026(kr):
    assert kr.add_working_days(date(2026, 2, 13), 1) == date(2026, 2, 19)
    assert kr.add_working_days(date(2026, 2, 19), -2) == date(2026, 2, 12)


def test_add_working_days_from_a_non_working_day(kr):
    saturday = date(2025, 10, 4)
    assert kr.add_working_days(saturday, 0) == date(2025, 10, 10)
    assert kr.add_working_days(saturday, 1) == date(2025, 10, 10)
    assert kr.add_working_days(saturday, 2) == date(2025, 10, 13)
    assert kr.add_working_days(saturday, -1) == date(2025, 10, 2)


def test_working_days_between(kr):
    # October 2025: 23 weekdays, 5 of them holidays (3, 6, 7, 8, 9)
    assert kr.working_days_between(date(2025, 10, 1), date(2025, 11, 1)) == 18
    assert kr.working_days_between(date(2025, 11, 1), date(2025, 10, 1)) == -18
    assert kr.working_days_between(date(2025, 10, 2), date(2025, 10, 10)) == 1
    assert kr.count_working_days(date(2025, 10, 1), date(2025, 10, 31)) == 18
    # all of 2025: 261 weekdays minus 17 weekday holidays (incl. election day, 27 Jan)
    assert kr.working_days_between(date(2025, 1, 1), date(2026, 1, 1)) == 244


def test_next_and_previous_working_day(kr):
    assert kr.next_working_day(date(2025, 10, 2)) == date(2025, 10, 10)
    assert kr.prev_working_day(date(2025, 10, 10)) == date(2025, 10, 2)
    assert kr.next_working_day(date(2025, 12, 24)) == date(2025, 12, 26)
    assert kr.prev_working_day(date(2026, 1, 2)) == date(2025, 12, 31)


def test_project_closures_and_extra_working_days():
    cal = WorkCalendar(non_working={date(2025, 9, 15)}, extra_working={date(2025, 10, 4)})
    assert not cal.is_working(date(2025, 9, 15))
    assert cal.add_working_days(date(2025, 9, 12), 1) == date(2025, 9, 16)
    assert cal.is_working(date(2025, 10, 4))          # a Saturday made a working day
    assert cal.add_working_days(date(2025, 10, 2), 1) == date(2025, 10, 4)
    assert cal.add_working_days(date(2025, 10, 2), 2) == date(2025, 10, 10)


def test_calendar_without_holidays_or_weekends():
    cal = WorkCalendar(country=None, weekend=())
    assert cal.is_working(date(2025, 10, 3))
    assert cal.add_working_days(date(2025, 1, 1), 30) == date(2025, 1, 31)


def test_indices_stay_stable_when_the_window_grows():
    cal = WorkCalendar()
    i = cal.index_on_or_after(date(2025, 10, 10))
    assert cal.date_of(i) == date(2025, 10, 10)
    far_future = cal.index_on_or_after(date(2091, 3, 5))
    far_past = cal.index_on_or_after(date(1990, 6, 1))
    assert cal.index_on_or_after(date(2025, 10, 10)) == i
    assert cal.date_of(far_future) == date(2091, 3, 5)
    assert cal.date_of(far_past) == date(1990, 6, 1)
    assert cal.date_of(i - 1) == date(2025, 10, 2)


def test_many_additions_are_fast(kr):
    kr.add_working_days(date(2025, 1, 2), 2000)  # build the window once
    start = date(2025, 1, 2)
    t0 = time.perf_counter()
    for n in range(20_000):
        kr.add_working_days(start + timedelta(days=n % 700), n % 500)
    assert time.perf_counter() - t0 < 0.5


def test_shipped_korean_table_matches_the_holidays_package():
    """The table spares every start-up ~75 ms of importing ``holidays``; it must say what the
    installed package says (after an upgrade: desktop.domain.calendar.write_kr_table)."""
    from desktop.domain.calendar import holidays_from_package
    from desktop.domain.kr_holidays import KR_HOLIDAYS

    assert sorted(KR_HOLIDAYS) == list(range(2000, 2061))
    for year, days in KR_HOLIDAYS.items():
        assert list(days) == [d.isoformat() for d in holidays_from_package("KR", year)], year
