"""Reading MS Project XML: the real files of shared/testdata/mspdi, and hostile input.

Every expected value below was read off the XML itself (UIDs, dates, LinkLag, Cost ...).
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from desktop.domain.errors import ValidationError
from desktop.interop import mspdi_read
from desktop.interop.mspdi_read import parse_mspdi, read_mspdi

MSPDI = Path(__file__).resolve().parents[2].parent / "shared" / "testdata" / "mspdi"
NS = 'xmlns="http://schemas.microsoft.com/project"'


def real(name: str):
    path = MSPDI / name
    if not path.exists():
        pytest.skip(f"{path} is not present")
    return read_mspdi(path)


def by_uid(project):
    return {t.uid: t for t in project.tasks}


def links(project):
    return {(l.pred_uid, l.succ_uid): (l.type, l.lag_days) for l in project.links}


def doc(tasks: str, *, head: str = "", calendars: str = "") -> bytes:
    return (f'<?xml version="1.0" encoding="UTF-8"?><Project {NS}><Name>t.xml</Name>{head}'
            f"{calendars}<Tasks>{tasks}</Tasks></Project>").encode("utf-8")


def task(uid: int, name: str = "", extra: str = "", level: int = 1) -> str:
    return (f"<Task><UID>{uid}</UID><ID>{uid}</ID><Name>{name or f'T{uid}'}</Name>"
            f"<OutlineLevel>{level}</OutlineLevel><Start>2026-03-02T08:00:00</Start>"
            f"<Finish>2026-03-06T17:00:00</Finish><Duration>PT40H0M0S</Duration>{extra}</Task>")


def refused(data: bytes, code: str) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        parse_mspdi(data, file_name="x.xml")
    assert caught.value.code == code, caught.value
    return caught.value


# --------------------------------------------------------------------------- real files
def test_every_real_file_reads():
    if not MSPDI.is_dir():
        pytest.skip("shared/testdata/mspdi is not present")
    projects = {path.name: read_mspdi(path) for path in sorted(MSPDI.glob("*.xml"))}
    counts = {name: (len(p.tasks), len(p.links)) for name, p in projects.items()}
    assert counts == {
        "aspose_de_holidays_CopyToProjectEmpty.xml": (1, 0),
        "aspose_not_updated.xml": (10, 8),
        "mpxj_baselines.xml": (1, 0),
        "mpxj_durations.xml": (10, 0),
        "mpxj_nulltasks.xml": (5, 0),
        "mpxj_relations.xml": (5, 4),
        "mpxj_resource_costs.xml": (3, 1),
        "mpxj_sample1_project2010.xml": (22, 6),
        "mpxj_sample_project2003.xml": (19, 6),
        "mpxj_task-baselines-project2007.xml": (55, 0),
        "mpxj_task-links-project2019.xml": (16, 8),
        "projectlibre_new_product.xml": (42, 37),
    }


def test_relations_all_four_types():
    p = real("mpxj_relations.xml")
    assert p.name == "mspdirelations.xml" and p.currency == "GBP" and p.save_version == 12
    assert links(p) == {(1, 2): ("FS", 0.0), (2, 3): ("SS", 1.0), (3, 4): ("FF", 0.0), (4, 5): ("SF", 0.0)}
    t1 = by_uid(p)[1]
    assert (t1.start, t1.finish, t1.duration_days) == (date(2006, 9, 21), date(2006, 9, 21), 1.0)
    assert p.tasks[0].uid == 1  # the project summary (UID 0) is not a task
    # Task 5 is written 2006-09-22 08:00 → 2006-09-25 08:00: it ends at the start of Monday,
    # that is on Friday 22, its only working day
    assert (by_uid(p)[5].start, by_uid(p)[5].finish) == (date(2006, 9, 22), date(2006, 9, 22))


def test_project2019_lags_in_tenths_of_minutes_whatever_the_format():
    p = real("mpxj_task-links-project2019.xml")
    assert p.save_version == 14 and p.unsupported == {"manual_tasks": 16}
    assert links(p) == {
        (1, 2): ("FS", 0.0), (3, 4): ("FS", 1.0), (5, 6): ("FS", 2.0),
        (7, 8): ("FS", 5.0), (9, 10): ("FS", 10.0),  # 24000 and 48000, shown in weeks (LagFormat 9)
        (11, 12): ("SF", 2.0), (13, 14): ("SS", 2.0), (15, 16): ("FF", 2.0)}
    assert by_uid(p)[10].start == date(2018, 11, 2)


def test_aspose_bom_minutes_lag_and_placeholder_actuals():
    p = real("aspose_not_updated.xml")
    assert p.currency == "USD" and p.save_version == 14
    assert links(p)[(2, 3)] == ("FS", 1.0)  # LinkLag 4800 with LagFormat 3 (minutes)
    assert by_uid(p)[2].duration_days == 2.0  # PT16H0M0S
    # Aspose writes 2000-01-01 as "no actual date": it disagrees with Start, so it is ignored
    assert all(t.actual_start is None and t.actual_finish is None for t in p.tasks)
    assert p.notices == {"actuals_inconsistent": 20}
    assert p.unsupported == {"assignments": 10, "manual_tasks": 5}


def test_project2003_outline_costs_constraints_and_leads():
    p = real("mpxj_sample_project2003.xml")
    tasks = by_uid(p)
    assert p.name == "sample" and p.currency == "£"
    assert [t.uid for t in p.tasks if t.is_summary] == [1, 6, 19]
    assert [t.uid for t in p.tasks if t.is_milestone] == [3]
    assert tasks[2].parent_uid == 1 and tasks[9].parent_uid == 19 and tasks[1].parent_uid is None
    assert tasks[1].cost_won == 3526  # <Cost>352625</Cost>: hundredths, 3526.25 → 3526
    assert (tasks[7].constraint_type, tasks[7].constraint_on) == ("snet", date(2003, 2, 1))
    assert links(p) == {(9, 10): ("FS", 0.0), (11, 12): ("FS", 1.0), (13, 14): ("FS", -1.0),
                        (15, 16): ("SS", 0.0), (17, 18): ("FF", 0.0), (20, 21): ("SF", 0.0)}
    assert p.unsupported["recurring_tasks"] == 3


def test_project2010_hours_lag_deadlines_and_three_levels():
    p = real("mpxj_sample1_project2010.xml")
    tasks = by_uid(p)
    assert p.name == "MPXJ Sample"  # the Title
    assert links(p)[(11, 12)] == ("FS", 1.0)  # 4800 with LagFormat 5 (hours): 8 h = 1 day
    assert tasks[2].deadline_on == date(2003, 3, 18)
    assert tasks[23].parent_uid == 22 and tasks[22].parent_uid == 19 and tasks[23].outline_level == 3
    assert (tasks[19].cost_won, tasks[23].cost_won, tasks[24].cost_won) == (645, 430, 215)


def test_baselines_one_to_ten_with_a_seven_and_a_half_hour_day():
    p = real("mpxj_baselines.xml")
    assert p.minutes_per_day == 450
    (t,) = p.tasks
    assert t.duration_days == 1.0  # PT7H30M0S at 450 minutes a day
    assert [(b.number, b.start, b.duration_days, b.cost_won) for b in t.baselines] == [
        (n, date(2001, 1, n), float(n), n) for n in range(1, 11)]
    assert t.baseline(4).finish == date(2000, 1, 4)  # kept as written (before its start)


def test_task_baselines_one_field_each():
    p = real("mpxj_task-baselines-project2007.xml")
    tasks = {t.name: t for t in p.tasks}
    assert tasks["Baseline Cost - Task"].baseline(0).cost_won == 1  # <Cost>100</Cost>
    assert tasks["Baseline10 Cost - Task"].baseline(10).cost_won == 11
    assert tasks["Baseline Duration - Task"].baseline(0).duration_days == 11.0  # PT88H0M0S
    assert tasks["Baseline Finish - Task"].baseline(0).finish == date(2014, 3, 1)
    assert tasks["Baseline5 Start - Task"].baseline(5).start == date(2014, 4, 6)
    assert tasks["Baseline Work - Task"].baselines == ()  # work alone is not kept


def test_resource_costs_actuals_and_what_is_not_supported():
    p = real("mpxj_resource_costs.xml")
    done = by_uid(p)[4]
    assert (done.actual_start, done.actual_finish, done.percent_complete) == (
        date(2006, 8, 26), date(2006, 8, 29), 100.0)
    assert done.cost_won == 800
    assert p.unsupported == {"resources": 4, "assignments": 5, "outline_codes": 10, "timephased_data": 1}


def test_blank_rows_are_skipped_and_outline_kept():
    p = real("mpxj_nulltasks.xml")
    assert p.notices == {"blank_rows": 3} and p.minutes_per_day == 450
    assert [(t.uid, t.parent_uid, t.is_summary) for t in p.tasks] == [
        (1, None, True), (3, 1, False), (4, 1, False), (6, None, True), (8, 6, False)]


def test_every_duration_unit():
    p = real("mpxj_durations.xml")
    got = [(t.duration_days, t.duration_elapsed) for t in p.tasks]
    assert got == [(pytest.approx(1 / 480), False), (0.125, False), (1.0, False), (5.0, False),
                   (20.0, False), (pytest.approx(1 / 1440), True), (pytest.approx(1 / 24), True),
                   (1.0, True), (7.0, True), (30.0, True)]
    # 1 ed from 2009-03-25 08:00 ends 2009-03-26 08:00: its last calendar day is the 25th
    assert by_uid(p)[8].finish == date(2009, 3, 25)


def test_projectlibre_hierarchy_from_outline_levels_only():
    p = real("projectlibre_new_product.xml")
    assert [t.uid for t in p.tasks if t.is_summary] == [3, 7, 16, 23, 30, 36]
    assert len([t for t in p.tasks if t.is_milestone]) == 12  # zero-length tasks
    assert links(p)[(25, 28)] == ("FS", -15.0)  # LinkLag -72000: a 15-day lead
    assert links(p)[(17, 18)] == ("FF", 0.0)
    assert p.tasks[0].uid == 2  # UID 1 is the project summary (outline level 0)


def test_german_holidays_from_legacy_exceptions():
    p = real("aspose_de_holidays_CopyToProjectEmpty.xml")
    assert p.currency == "EUR" and p.tasks[0].name == ""
    days = p.calendar.non_working
    assert len(days) == 552 and not p.calendar.working  # 553 entries, 2008-05-01 twice
    assert days[0] == date(1990, 1, 1) and days[-1] == date(2035, 12, 26)
    assert date(2019, 10, 3) in days  # Tag der Deutschen Einheit
    assert p.unsupported == {"custom_fields": 1}


# --------------------------------------------------------------------------- small files
def test_no_namespace_and_modern_exceptions():
    calendars = ("<CalendarUID>1</CalendarUID><Calendars><Calendar><UID>1</UID><Name>Standard</Name>"
                 "<IsBaseCalendar>1</IsBaseCalendar><Exceptions>"
                 "<Exception><TimePeriod><FromDate>2026-09-24T00:00:00</FromDate>"
                 "<ToDate>2026-09-26T23:59:00</ToDate></TimePeriod><Name>추석</Name><Type>1</Type>"
                 "<DayWorking>0</DayWorking></Exception>"
                 "<Exception><TimePeriod><FromDate>2026-01-01T00:00:00</FromDate>"
                 "<ToDate>2028-12-31T23:59:00</ToDate></TimePeriod><Name>창립일</Name><Type>2</Type>"
                 "<Month>4</Month><MonthDay>15</MonthDay><DayWorking>0</DayWorking></Exception>"
                 "<Exception><TimePeriod><FromDate>2026-10-10T00:00:00</FromDate>"
                 "<ToDate>2026-10-10T23:59:00</ToDate></TimePeriod><Name>토요 작업</Name><Type>1</Type>"
                 "<DayWorking>1</DayWorking></Exception>"
                 "</Exceptions></Calendar></Calendars>")
    data = doc(task(1, "설계"), calendars=calendars).replace(f" {NS}".encode(), b"")
    p = parse_mspdi(data)
    assert p.tasks[0].name == "설계" and p.tasks[0].duration_days == 5.0
    assert p.calendar.non_working == [date(2026, 5, 15), date(2026, 9, 24), date(2026, 9, 25),
                                      date(2026, 9, 26), date(2027, 5, 15), date(2028, 5, 15)]
    assert p.calendar.working == [date(2026, 10, 10)]
    assert p.calendar.exceptions[1].name == "추석"


def test_six_day_week_is_reported():
    week = "".join(f"<WeekDay><DayType>{d}</DayType><DayWorking>{int(d != 1)}</DayWorking></WeekDay>"
                   for d in range(1, 8))
    calendars = (f"<CalendarUID>1</CalendarUID><Calendars><Calendar><UID>1</UID><Name>Site</Name>"
                 f"<IsBaseCalendar>1</IsBaseCalendar><WeekDays>{week}</WeekDays></Calendar></Calendars>")
    p = parse_mspdi(doc(task(1), calendars=calendars))
    assert p.unsupported == {"weekly_pattern": 1}
    assert p.calendar.working_weekdays == frozenset(range(6))


def test_elapsed_lag_is_approximated_and_counted():
    data = doc(task(1) + task(2, extra="<PredecessorLink><PredecessorUID>1</PredecessorUID><Type>1</Type>"
                                       "<LinkLag>100800</LinkLag><LagFormat>8</LagFormat></PredecessorLink>"))
    p = parse_mspdi(data)
    (link,) = p.links
    assert link.elapsed_days == 7.0 and link.lag_days == 5.0  # 7 calendar days ≈ 5 working days
    assert p.notices == {"elapsed_lags": 1}


def test_cost_rounds_half_away_from_zero():
    p = parse_mspdi(doc(task(1, extra="<Cost>250</Cost>") + task(2, extra="<Cost>249</Cost>")
                        + task(3, extra="<Cost>-250</Cost>")))
    assert [t.cost_won for t in p.tasks] == [3, 2, -3]


def test_constraints_all_eight_codes():
    tasks = "".join(task(n + 1, extra=f"<ConstraintType>{n}</ConstraintType>"
                                      "<ConstraintDate>2026-03-04T08:00:00</ConstraintDate>")
                    for n in range(8))
    got = [(t.constraint_type, t.constraint_on) for t in parse_mspdi(doc(tasks)).tasks]
    on = date(2026, 3, 4)
    assert got == [("asap", None), ("alap", None), ("mso", on), ("mfo", on), ("snet", on),
                   ("snlt", on), ("fnet", on), ("fnlt", on)]


def test_euc_kr_declared_file_is_transcoded():
    text = doc(task(1, "부지 조성")).decode().replace('encoding="UTF-8"', 'encoding="EUC-KR"')
    p = parse_mspdi(text.encode("cp949"))
    assert p.tasks[0].name == "부지 조성"


# --------------------------------------------------------------------------- hostile input
def test_billion_laughs_is_refused():
    entities = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">' for i in range(1, 10)]
    bomb = (f'<?xml version="1.0"?><!DOCTYPE Project [{"".join(entities)}]>'
            f'<Project {NS}><Name>&lol9;</Name></Project>')
    error = refused(bomb.encode(), "mspdi_unsafe")
    assert error.params["detail"] == "DTDForbidden"


def test_external_entity_is_refused():
    xxe = (f'<?xml version="1.0"?><!DOCTYPE p [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
           f'<Project {NS}><Name>&x;</Name></Project>')
    refused(xxe.encode(), "mspdi_unsafe")


def test_truncated_file_names_its_line():
    if (MSPDI / "mpxj_relations.xml").exists():
        data = (MSPDI / "mpxj_relations.xml").read_bytes()
    else:
        data = doc(task(1) + task(2)).replace(b"><", b">\n<")
    error = refused(data[: len(data) // 2], "mspdi_malformed")
    assert error.params["line"] > 1


def test_wrong_root_is_refused():
    error = refused(b'<?xml version="1.0"?><Workbook><Sheet/></Workbook>', "mspdi_not_project")
    assert error.params["root"] == "Workbook"
    refused(b'<Project xmlns="urn:other"><Tasks/></Project>', "mspdi_not_project")


def test_link_to_missing_uid_names_it():
    data = doc(task(1) + task(2, extra="<PredecessorLink><PredecessorUID>99</PredecessorUID>"
                                       "<Type>1</Type></PredecessorLink>"))
    error = refused(data, "mspdi_link_unknown")
    assert error.params["links"] == "99→2" and error.params["count"] == 1


def test_cp949_bytes_without_declaration_are_malformed():
    data = doc(task(1, "공정")).decode().replace('<?xml version="1.0" encoding="UTF-8"?>', "")
    error = refused(data.encode("cp949"), "mspdi_malformed")
    assert error.params["line"] == 1


def test_binary_and_mpp_files_are_refused():
    refused(bytes(range(256)) * 8, "mspdi_malformed")
    refused(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512, "mspdi_is_mpp")
    refused(b"", "mspdi_malformed")


def test_oversize_file_is_refused_before_reading(tmp_path, monkeypatch):
    sparse = tmp_path / "huge.xml"
    with sparse.open("wb") as handle:
        handle.truncate(mspdi_read.MAX_BYTES + 1)  # sparse: takes no disk space
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail("read before the size check"))
    with pytest.raises(ValidationError) as caught:
        read_mspdi(sparse)
    assert caught.value.code == "mspdi_too_large" and caught.value.params["limit_mb"] == 200


def test_size_limit_can_be_lowered(tmp_path, monkeypatch):
    path = tmp_path / "small.xml"
    path.write_bytes(doc(task(1)))
    monkeypatch.setattr(mspdi_read, "MAX_BYTES", 100)
    with pytest.raises(ValidationError) as caught:
        read_mspdi(path)
    assert caught.value.code == "mspdi_too_large"


def test_missing_file_and_bad_values():
    with pytest.raises(ValidationError) as caught:
        read_mspdi(Path(os.devnull).parent / "no-such-dir" / "plan.xml")
    assert caught.value.code == "mspdi_unreadable"
    refused(doc(task(1) + task(1)), "mspdi_uid_duplicate")
    error = refused(doc(task(1, extra="<Deadline>next week</Deadline>")), "mspdi_value_invalid")
    assert error.params["field"] == "Deadline" and error.params["uid"] == 1


def test_elapsed_finish_at_the_morning_is_the_previous_calendar_day():
    two_days = ("<Task><UID>1</UID><Name>양생</Name><OutlineLevel>1</OutlineLevel>"
                "<Start>2026-03-06T08:00:00</Start><Finish>2026-03-08T08:00:00</Finish>"
                "<Duration>PT48H0M0S</Duration><DurationFormat>8</DurationFormat></Task>")
    (t,) = parse_mspdi(doc(two_days)).tasks
    assert (t.duration_days, t.duration_elapsed, t.start, t.finish) == (
        2.0, True, date(2026, 3, 6), date(2026, 3, 7))  # Friday and Saturday
