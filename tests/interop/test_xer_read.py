"""Reading Primavera P6 XER: the real files of shared/testdata/xer, a small file written here,
and broken input (each refusal names its line and leaves nothing half-read)."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain.errors import ValidationError
from desktop.interop.xer_read import list_xer_projects, parse_xer, read_xer
from desktop.interop.xer_tables import detect_encoding
from tests.conftest import SHARED
from tests.interop.xer_sample import base_rows, xer_bytes, xer_text

XER = SHARED / "testdata" / "xer"

# What MPXJ 16.10.0 (PrimaveraXERFileReader.readAll) reports for each project: activities,
# relationships, WBS summary tasks (MPXJ counts the project node as one), calendars.
MPXJ = {
    ("jaggelas_xer-parser_test.xer", "10001"): (692, 1592, 153, 5),
    ("jaggelas_xer-parser_test.xer", "935"): (3, 0, 50, 5),
    ("soulmajor1_Hotel-Project.xer", "HBTF-2"): (4217, 7586, 964, 11),
    ("soulmajor1_Hotel-Project.xer", "CR"): (19, 0, 59, 11),
    ("soulmajor1_Hotel-Project.xer", "DS"): (0, 0, 1, 11),
    ("soulmajor1_TERMINAL-BUILDING-AIRPORT.xer", "TERMINAL-2"): (66, 84, 26, 4),
    ("aspose_MultiprojectWithExternal.xer", "TestProject2"): (2, 0, 1, 2),
    ("aspose_MultiprojectWithExternal.xer", "TestProject"): (1, 0, 1, 2),
    ("aspose_encoding1251.xer", "BaselineCosts"): (2, 0, 1, 5),
    ("mpxj_percent-complete-8.4.xer", "EC00640"): (12, 0, 1, 1),
}


def real(name: str):
    path = XER / name
    if not path.exists():
        pytest.skip(f"{path} is not present")
    return path


def refused(data: bytes, code: str, **kw) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        parse_xer(data, file_name="x.xer", **kw)
    assert caught.value.code == code, caught.value
    return caught.value


# --------------------------------------------------------------------------- real files
@pytest.mark.parametrize(("name", "project"), sorted(MPXJ))
def test_counts_equal_what_mpxj_reads(name, project):
    p = read_xer(real(name), project=project)
    activities = [t for t in p.tasks if not t.is_summary]
    wbs = [t for t in p.tasks if t.is_summary]
    assert (len(activities), len(p.links), len(wbs) + 1, len(p.calendars)) == MPXJ[(name, project)]


def test_code_pages_are_detected():
    found = {path.name: detect_encoding(path.read_bytes()) for path in sorted(real(".").glob("*.xer"))}
    assert found == {"aspose_MultiprojectWithExternal.xer": "cp1251", "aspose_encoding1251.xer": "cp1251",
                     "jaggelas_xer-parser_test.xer": "cp1252", "mpxj_percent-complete-8.4.xer": "cp1252",
                     "soulmajor1_Hotel-Project.xer": "cp1252",
                     "soulmajor1_TERMINAL-BUILDING-AIRPORT.xer": "cp1252"}
    p = read_xer(real("aspose_encoding1251.xer"))
    assert [t.name for t in p.tasks] == ["Задача 1", "Тест2"]
    assert [t.cost_won for t in p.tasks] == [155625, 12000] and p.tasks[0].resources == 3


def test_several_projects_choose_one_or_refuse():
    hotel = real("soulmajor1_Hotel-Project.xer")
    assert [(p.code, p.activities) for p in list_xer_projects(hotel)] == [
        ("DS", 0), ("OP", 0), ("CR", 19), ("HBTF-2", 4217)]
    with pytest.raises(ValidationError) as caught:
        read_xer(hotel)
    assert caught.value.code == "xer_project_ambiguous" and "HBTF-2" in caught.value.params["projects"]
    with pytest.raises(ValidationError) as caught:
        read_xer(hotel, project="NOPE")
    assert caught.value.code == "xer_project_unknown"
    # only one project is marked for export: that one is read
    assert read_xer(real("aspose_MultiprojectWithExternal.xer")).project_code == "TestProject2"
    jaggelas = read_xer(real("jaggelas_xer-parser_test.xer"))
    assert jaggelas.project_code == "10001" and jaggelas.unsupported["cross_project_links"] == 3


def test_real_progress_dates_constraints_and_floats():
    p = read_xer(real("jaggelas_xer-parser_test.xer"))
    assert (p.start, p.status_date, p.name) == (date(2024, 12, 2), date(2025, 4, 22), "Post LOS Schedule")
    acts = [t for t in p.tasks if not t.is_summary]
    assert sum(t.actual_finish is not None for t in acts) == 74
    assert sum(t.actual_start is not None and t.actual_finish is None for t in acts) == 20
    kinds = {}
    for t in acts:
        kinds[t.constraint_type] = kinds.get(t.constraint_type, 0) + 1
    assert kinds == {"asap": 633, "snet": 42, "fnet": 8, "alap": 6, "mfo": 2, "fnlt": 1}
    assert p.notices["constraints_approximated"] == 1  # the one mandatory finish
    assert sum(t.is_milestone for t in acts) == 30
    assert all(t.total_float_days is not None for t in acts if t.actual_finish is None)
    terminal = read_xer(real("soulmajor1_TERMINAL-BUILDING-AIRPORT.xer"))
    assert {t.constraint_type for t in terminal.tasks} == {"asap", "snlt"}
    assert terminal.calendar.working_weekdays == frozenset(range(7))


def test_percent_complete_follows_each_activitys_type():
    p = read_xer(real("mpxj_percent-complete-8.4.xer"))
    assert {t.name: t.percent_complete for t in p.tasks} == {
        "Duration 0%": 0, "Duration 25%": 25, "Duration 75%": 75, "Duration 100%": 100,
        "Physical 0%": 0, "Physical 25%": 25, "Physical 75%": 75, "Physical 100%": 100,
        "Units 0%": 0, "Units 25%": 25, "Units 75%": 75, "Units 100%": 100}


# --------------------------------------------------------------------------- a small file
def test_small_file_wbs_calendars_links_costs():
    p = parse_xer(xer_bytes(), file_name="s.xer")
    assert (p.name, p.project_code, p.currency, p.producer) == (
        "포항 AI센터 1단계", "P1", "KRW", "Primavera P6 23.12")
    assert [(t.uid, t.code, t.parent_uid, t.outline_level, t.wbs) for t in p.tasks] == [
        (-101, "", None, 1, "A"), (1, "A100", -101, 2, "A"), (4, "A130", -101, 2, "A"),
        (-102, "", -101, 2, "A.B"), (2, "A110", -102, 3, "A.B"), (3, "A120", -102, 3, "A.B")]
    by_code = {t.code: t for t in p.tasks}
    assert by_code["A120"].duration_days == 3.0  # 30 h on its 10-hour calendar
    assert by_code["A120"].calendar_uid == "11" and by_code["A120"].total_float_days == 2.0
    assert (by_code["A120"].constraint_type, by_code["A120"].constraint_on) == ("snet", date(2026, 9, 8))
    assert by_code["A100"].is_milestone and by_code["A130"].is_milestone
    assert [(l.type, l.lag_days) for l in p.links] == [("FS", 0), ("SS", 2.0), ("FF", 1.0), ("FS", 0)]
    site = p.calendars["11"]
    assert site.working_weekdays == frozenset(range(6)) and site.minutes_per_day == 600
    assert site.non_working == [date(2026, 9, 25)]  # the base calendar's holiday
    assert [t.cost_won for t in p.tasks] == [1251, None, None, 1251, 1000, 251]  # summaries summed


def test_korean_code_page_and_utf8_are_read():
    for encoding in ("cp949", "utf-8"):
        p = parse_xer(xer_bytes(encoding=encoding), file_name="s.xer")
        assert p.tasks[1].name == "착공", encoding
    assert detect_encoding(xer_bytes(encoding="cp949")) == "cp949"  # by the euro sign's bytes
    rows = base_rows()
    del rows["CURRTYPE"]
    assert detect_encoding(xer_bytes(rows, encoding="cp949")) == "cp949"  # by the Hangul byte pairs
    assert detect_encoding("Задача 1 и Тест".encode("cp1251")) == "cp1251"
    assert detect_encoding("Café crème, naïve".encode("cp1252")) == "cp1252"


# --------------------------------------------------------------------------- refusals
def test_wrong_header_missing_table_and_field():
    refused(b"<?xml version='1.0'?><Project/>", "xer_not_xer")
    rows = base_rows()
    del rows["TASK"]
    assert refused(xer_bytes(rows), "xer_table_missing").params["table"] == "TASK"
    text = xer_text().replace("\ttask_code\t", "\ttask_kode\t")
    assert refused(text.encode(), "xer_field_missing").params["field"] == "task_code"


def test_tab_inside_a_field_names_the_line():
    rows = base_rows()
    rows["TASK"][1]["task_name"] = "터파기\t2구간"
    error = refused(xer_bytes(rows), "xer_tab_in_field")
    line = xer_text(rows).split("\r\n").index(next(l for l in xer_text(rows).split("\r\n") if "터파기" in l)) + 1
    assert error.params["line"] == line and error.params["table"] == "TASK"


def test_encodings_that_do_not_decode_or_do_not_exist():
    data = xer_bytes(encoding="cp949")
    assert refused(data, "xer_encoding", encoding="utf-8").params["line"] > 1
    refused(xer_bytes(), "xer_encoding", encoding="klingon")


def test_truncated_file_and_stray_lines():
    text = xer_text()
    refused(text[:text.index("%T\tTASKPRED")].encode(), "xer_truncated")
    refused(text.replace("%T\tTASKPRED", "%X\tTASKPRED").encode(), "xer_malformed")


def test_duplicate_ids_missing_activities_and_loops():
    rows = base_rows()
    rows["TASK"].append(dict(rows["TASK"][1]))
    assert refused(xer_bytes(rows), "xer_duplicate_id").params["table"] == "TASK"
    rows = base_rows()
    rows["TASKPRED"][0]["pred_task_id"] = "999"
    assert refused(xer_bytes(rows), "xer_link_unknown").params["activity"] == "999"
    rows = base_rows()
    rows["TASKPRED"].append(dict(task_pred_id="9", task_id="1", pred_task_id="3", proj_id="1",
                                 pred_proj_id="1", pred_type="PR_FS", lag_hr_cnt="0"))
    error = refused(xer_bytes(rows), "xer_loop")
    assert error.params["activities"] == "A100 → A110 → A120"


def test_bad_values_and_calendars():
    rows = base_rows()
    rows["TASK"][1]["target_drtn_hr_cnt"] = "forty"
    error = refused(xer_bytes(rows), "xer_value_invalid")
    assert (error.params["table"], error.params["field"]) == ("TASK", "target_drtn_hr_cnt")
    rows = base_rows()
    rows["TASK"][1]["early_start_date"] = "2026-13-01 08:00"
    refused(xer_bytes(rows), "xer_value_invalid")
    rows = base_rows()
    rows["CALENDAR"][0]["clndr_data"] = "(0||CalendarData()((0||DaysOfWeek()("
    assert refused(xer_bytes(rows), "xer_calendar_invalid").params["calendar"] == "표준 5일"


def test_oversize_and_unreadable(tmp_path, monkeypatch):
    from desktop.interop import xer_read

    path = tmp_path / "big.xer"
    path.write_bytes(xer_bytes())
    monkeypatch.setattr(xer_read, "MAX_BYTES", 100)
    with pytest.raises(ValidationError) as caught:
        read_xer(path)
    assert caught.value.code == "xer_too_large"
    with pytest.raises(ValidationError) as caught:
        read_xer(tmp_path / "none.xer")
    assert caught.value.code == "xer_unreadable"
