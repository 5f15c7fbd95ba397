"""The engine fed a contractor's file, on the file's own calendar, start and data date: how many
tasks get the producer's own dates, and why the others do not (issue 13's "done" figure)."""

from __future__ import annotations

import pytest

from desktop.domain.schedule_faithful import faithful_dates
from desktop.interop.mspdi_read import read_mspdi
from desktop.interop.xer_read import parse_xer, read_xer
from tests.conftest import SHARED
from tests.interop.xer_sample import base_rows, xer_bytes

# file → (tasks compared, both dates equal, differences by reason)
MSPDI = {
    "aspose_de_holidays_CopyToProjectEmpty.xml": (1, 1, {}),
    "aspose_not_updated.xml": (10, 2, {"manual": 4, "inherited": 3, "resource_driven": 1}),
    "mpxj_baselines.xml": (1, 1, {}),
    "mpxj_durations.xml": (10, 10, {}),
    "mpxj_nulltasks.xml": (3, 3, {}),
    "mpxj_relations.xml": (5, 5, {}),
    "mpxj_resource_costs.xml": (3, 1, {"rounded": 1, "resource_driven": 1}),
    "mpxj_sample1_project2010.xml": (18, 16, {"resource_driven": 2}),
    "mpxj_sample_project2003.xml": (16, 15, {"resource_driven": 1}),
    "mpxj_task-baselines-project2007.xml": (55, 55, {}),
    "mpxj_task-links-project2019.xml": (16, 16, {}),
    "projectlibre_new_product.xml": (36, 36, {}),
}
XER = {
    ("soulmajor1_TERMINAL-BUILDING-AIRPORT.xer", "TERMINAL-2"): (66, 66, {}),
    ("soulmajor1_Hotel-Project.xer", "CR"): (19, 19, {}),
    ("mpxj_percent-complete-8.4.xer", "EC00640"): (12, 12, {}),
    ("aspose_encoding1251.xer", "BaselineCosts"): (2, 2, {}),
    ("aspose_MultiprojectWithExternal.xer", "TestProject2"): (2, 2, {}),
    ("aspose_MultiprojectWithExternal.xer", "TestProject"): (1, 0, {"rounded": 1}),
    ("jaggelas_xer-parser_test.xer", "935"): (3, 0, {"levelled": 3}),
    # per-activity calendars (the engine's task calendars): what still differs is P6 counting
    # hours (work resumed at the data date's 09:40, calendars of other hours) and what follows
    ("jaggelas_xer-parser_test.xer", "10001"): (692, 359, {
        "external_link": 1, "mandatory_constraint": 1, "time_of_day": 314, "rounded": 3,
        "inherited": 14}),
    ("soulmajor1_Hotel-Project.xer", "HBTF-2"): (4217, 2631, {
        "time_of_day": 1334, "start_milestone": 6, "inherited": 246}),
}


def figures(report):
    return report.compared, report.both_equal, report.by_reason()


@pytest.mark.parametrize("name", sorted(MSPDI))
def test_mspdi_files(name):
    path = SHARED / "testdata" / "mspdi" / name
    if not path.exists():
        pytest.skip(f"{path} is not present")
    assert figures(faithful_dates(read_mspdi(path))) == MSPDI[name]


@pytest.mark.parametrize(("name", "project"), sorted(XER))
def test_xer_files(name, project):
    path = SHARED / "testdata" / "xer" / name
    if not path.exists():
        pytest.skip(f"{path} is not present")
    assert figures(faithful_dates(read_xer(path, project=project))) == XER[(name, project)]


def test_a_file_the_engine_reproduces_and_what_breaks_it():
    """A120 works on its own calendar (10 h, Monday to Saturday): 50 hours are five of its
    days, Tue 8 – Sat 12 Sep; the finish milestone after it sits on Saturday too, though the
    schedule's calendar does not work Saturdays."""
    rows = base_rows()
    rows["TASK"][2].update(early_start_date="2026-09-08 07:00", early_end_date="2026-09-12 17:00",
                           target_drtn_hr_cnt="50", remain_drtn_hr_cnt="50")
    rows["TASK"][3].update(early_start_date="2026-09-12 17:00", early_end_date="2026-09-12 17:00")
    report = faithful_dates(parse_xer(xer_bytes(rows), file_name="s.xer"))
    assert figures(report) == (4, 4, {})
    # work resumed at 09:40 runs into the next working day: whole days cannot follow it
    rows["TASK"][2].update(early_start_date="2026-09-08 09:40", early_end_date="2026-09-14 09:40")
    rows["TASK"][3].update(early_start_date="2026-09-14 09:40", early_end_date="2026-09-14 09:40")
    report = faithful_dates(parse_xer(xer_bytes(rows), file_name="s.xer"))
    assert report.by_reason() == {"time_of_day": 2}
    assert sorted(d.code for d in report.differences) == ["A120", "A130"]
