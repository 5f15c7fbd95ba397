"""What the MSPDI reader keeps for a faithful import (the format-neutral schedule model):
every link between a pair, lag units, task calendars with their hours, the producer's own
early/late dates, floats and critical flags."""

from __future__ import annotations

from datetime import date

from desktop.domain.schedule_file import ScheduleFile
from desktop.interop.mspdi_read import MspdiProject, parse_mspdi
from tests.interop.test_mspdi_read import doc, real, task

TWO_CALENDARS = (
    "<CalendarUID>1</CalendarUID><Calendars>"
    "<Calendar><UID>1</UID><Name>Standard</Name><IsBaseCalendar>1</IsBaseCalendar></Calendar>"
    "<Calendar><UID>7</UID><Name>6일 근무</Name><IsBaseCalendar>1</IsBaseCalendar><WeekDays>"
    "<WeekDay><DayType>7</DayType><DayWorking>1</DayWorking><WorkingTimes><WorkingTime>"
    "<FromTime>08:00:00</FromTime><ToTime>12:00:00</ToTime></WorkingTime></WorkingTimes></WeekDay>"
    "</WeekDays></Calendar></Calendars>")


def link(pred: int, kind: int, lag: int = 0, fmt: int = 7) -> str:
    return (f"<PredecessorLink><PredecessorUID>{pred}</PredecessorUID><Type>{kind}</Type>"
            f"<LinkLag>{lag}</LinkLag><LagFormat>{fmt}</LagFormat></PredecessorLink>")


def test_one_model_for_every_format():
    assert MspdiProject is ScheduleFile


def test_ss_and_ff_between_the_same_pair_are_both_kept():
    second = task(2, extra=link(1, 3) + link(1, 0, 9600, 5) + link(1, 3))  # SS, FF+2d (in h), SS again
    p = parse_mspdi(doc(task(1) + second))
    assert [(l.type, l.lag_days, l.lag_unit) for l in p.links] == [("SS", 0.0, "d"), ("FF", 2.0, "h")]
    assert p.notices == {"duplicate_links": 1}


def test_task_calendar_with_its_hours_and_the_producers_values():
    extra = ("<CalendarUID>7</CalendarUID><EarlyStart>2026-03-02T08:00:00</EarlyStart>"
             "<EarlyFinish>2026-03-06T17:00:00</EarlyFinish><LateStart>2026-03-09T08:00:00</LateStart>"
             "<LateFinish>2026-03-13T17:00:00</LateFinish><TotalSlack>24000</TotalSlack>"
             "<FreeSlack>4800</FreeSlack><Critical>0</Critical><LevelingDelay>9600</LevelingDelay>"
             "<Manual>1</Manual><RemainingDuration>PT16H0M0S</RemainingDuration>")
    p = parse_mspdi(doc(task(1, extra=extra) + task(2), calendars=TWO_CALENDARS))
    first, second = p.tasks
    assert first.calendar_uid == "7" and second.calendar_uid is None
    assert p.calendar_of(first).name == "6일 근무" and p.calendar_of(second) is p.calendar
    six = p.calendars["7"]
    assert six.working_weekdays == frozenset({0, 1, 2, 3, 4, 5})
    assert six.weekday_minutes[5] == 240 and six.minutes_per_day == 480
    assert (first.early_start, first.early_finish) == (date(2026, 3, 2), date(2026, 3, 6))
    assert (first.late_start, first.late_finish) == (date(2026, 3, 9), date(2026, 3, 13))
    assert (first.total_float_days, first.free_float_days, first.is_critical) == (5.0, 1.0, False)
    assert (first.leveling_delay_days, first.is_manual, first.remaining_days) == (2.0, True, 2.0)
    assert second.is_critical is None and second.total_float_days is None


def test_a_task_calendar_the_file_lacks_falls_back_and_is_counted():
    p = parse_mspdi(doc(task(1, extra="<CalendarUID>99</CalendarUID>"), calendars=TWO_CALENDARS))
    assert p.tasks[0].calendar_uid is None and p.notices["task_calendars_missing"] == 1


def test_real_files_carry_the_producers_dates_and_assignments():
    p = real("mpxj_sample_project2003.xml")
    assert sum(t.early_start is not None for t in p.tasks) == 19
    assert sum(t.resources for t in p.tasks) == 2  # assignments to a real resource
    night = next(c for c in p.calendars.values() if c.name == "Night Shift")
    assert night.weekday_minutes == {0: 60, 1: 480, 2: 480, 3: 480, 4: 480, 5: 420}
    libre = real("projectlibre_new_product.xml")
    assert sum(bool(t.is_critical) for t in libre.tasks) > 0
    assert real("mpxj_baselines.xml").minutes_per_day == 450
