"""The contractor schedules panel on real files: import two monthly versions of a P6 schedule
(the second one the first edited), the update review filtered by kind of change, the DCMA check
of a version and of the project's own schedule, a tie to a plan milestone; undo; screenshots."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.ui.views.main_window import AREA_ORDER
from tests.conftest import SHARED

TERMINAL = SHARED / "testdata" / "xer" / "soulmajor1_TERMINAL-BUILDING-AIRPORT.xer"


def edit_xer(text: str, table: str, key_field: str, key: str, **values: str) -> str:
    """``text`` with the fields of one row of ``table`` (found by ``key_field``) changed."""
    lines = text.split("\r\n")
    start = lines.index(f"%T\t{table}")
    fields = lines[start + 1].split("\t")[1:]
    for i in range(start + 2, len(lines)):
        if lines[i].startswith("%T"):
            break
        cells = lines[i].split("\t")
        if cells[1 + fields.index(key_field)] == key:
            for name, value in values.items():
                cells[1 + fields.index(name)] = value
            lines[i] = "\t".join(cells)
            return "\r\n".join(lines)
    raise KeyError(key)


def second_month(tmp_path: Path) -> Path:
    """The terminal schedule a month on: one activity longer, one started."""
    text = TERMINAL.read_bytes().decode("cp1252")
    text = edit_xer(text, "TASK", "task_code", "BA-P1-20", target_drtn_hr_cnt="160", remain_drtn_hr_cnt="160")
    text = edit_xer(text, "TASK", "task_code", "BA-P1-10", act_start_date="2012-05-01 08:00",
                    status_code="TK_Active", phys_complete_pct="40")
    path = tmp_path / "TERMINAL-2012-06.xer"
    path.write_bytes(text.encode("cp1252"))
    return path


@pytest.fixture
def panel(make_window, db, qtbot):
    if not TERMINAL.exists():
        pytest.skip(f"{TERMINAL} is not present")
    window = make_window(db)
    window.resize(1500, 1000)
    window.nav.setCurrentRow(AREA_ORDER.index("contractor"))
    panel = window.panels["contractor"]
    panel.run_dialog = lambda dialog: dialog.try_accept()
    return panel


def import_file(panel, path: Path) -> None:
    panel.pick_file = lambda: path
    panel.import_version()


def test_import_review_check_tie_and_undo(panel, tmp_path, qtmodeltester):
    window = panel.window()
    assert panel.heading.text() == "협력사 일정" and panel.empty.isVisibleTo(panel)
    import_file(panel, TERMINAL)
    assert [r["versions"] for r in panel.schedules] == [1] and not window.errors
    assert "앞 버전" in panel.review_page.summary.text()  # one version: nothing to compare yet
    panel.tabs.setCurrentWidget(panel.dcma_page)
    points = panel.dcma_page.points
    assert len(points) == 14 and panel.dcma_page.model.index(2, 5).data() == "미달"  # lags: 28 of 84
    import_file(panel, second_month(tmp_path))  # the same schedule, selected: its version 2
    assert [r["versions"] for r in panel.schedules] == [2]
    assert [v["number"] for v in panel.versions] == [2, 1]
    panel.tabs.setCurrentWidget(panel.review_page)
    rows = panel.review_page.rows
    assert {(r["kind"], r["key"]) for r in rows if r["kind"] in ("duration", "progress")} == {
        ("duration", "BA-P1-20"), ("progress", "BA-P1-10")}
    page = panel.review_page
    page.filter.setCurrentIndex(page.filter.findData("durations"))
    assert page.model.rowCount() == 1 and page.model.index(0, 1).data() == "BA-P1-20"
    assert page.model.index(0, 3).data() == "30일" and page.model.index(0, 4).data() == "20일"
    width = page.filter.fontMetrics().horizontalAdvance  # the filter shows its longest choice
    assert page.filter.sizeHint().width() > max(width(page.filter.itemText(i)) for i in range(page.filter.count()))
    window.grab().save(str(tmp_path / "contractor-review.png"))
    for model in (panel.model, panel.version_model, page.model, panel.dcma_page.model):
        qtmodeltester.check(model)
    # tie to 1단계 준공 (deadline 2027-12-31): the float is shown; undo unties
    window.choices.append(1 + next(i for i, r in enumerate(milestones(panel)) if r == "1.2"))
    panel.tie()
    assert panel.schedules[0]["tied_name"] == "1단계 준공"
    assert panel.model.index(0, 8).data().endswith("일")
    window.context.undo.undo()
    assert panel.schedules[0]["tied_name"] is None
    window.context.undo.undo()  # the second version's import
    assert [v["number"] for v in panel.versions] == [1]
    panel.check_plan()
    assert panel.dcma_page.subject.text() == "프로젝트 자체 일정" and len(panel.dcma_page.points) == 14
    window.grab().save(str(tmp_path / "contractor-dcma.png"))


def milestones(panel) -> list[str]:
    from desktop.services.schedule import load_schedule

    return [r.wbs for r in load_schedule(panel.context.db, as_of=panel.context.today()).rows if r.is_milestone]


def test_a_bad_file_is_explained_and_nothing_is_stored(panel, tmp_path):
    bad = tmp_path / "broken.xer"
    bad.write_bytes(TERMINAL.read_bytes()[:5000])
    import_file(panel, bad)
    assert panel.window().errors and "broken.xer" in panel.window().errors[-1]
    assert "%E" in panel.window().errors[-1]  # the file ends without its closing line
    assert panel.schedules == []


def test_the_schedule_explains_a_milestone_forecast_by_a_contractor(make_window, db, tmp_path):
    """Why this date? for 1단계 준공 tied to a contractor's schedule finishing Fri 15 Oct 2027."""
    from desktop.services.contractor import import_contractor, preview_contractor, tie_contractor_schedule
    from tests.interop.xer_sample import base_rows, xer_bytes

    rows = base_rows()
    rows["TASK"][3].update(early_start_date="2027-10-15 17:00", early_end_date="2027-10-15 17:00")
    (tmp_path / "v.xer").write_bytes(xer_bytes(rows))
    changes = import_contractor(db, preview_contractor(db, tmp_path / "v.xer", name="현대건설 1단계"))
    task_id = db.execute("SELECT id FROM tasks WHERE wbs_code = '1.2'").fetchone()[0]
    tie_contractor_schedule(db, schedule_id=changes.extra["schedule_id"], task_id=task_id)
    window = make_window(db)
    window.nav.setCurrentRow(AREA_ORDER.index("schedule"))
    panel = window.panels["schedule"]
    shown = []
    panel.inform = lambda title, body: shown.append(body)
    panel.select_task(task_id)
    panel.actions_by_name["why"].trigger()
    assert "협력사 공정표 “현대건설 1단계”(1차 버전, v.xer)의 완료일 2027-10-15" in shown[0]
    assert "기한 2027-12-31까지 그 공정표 작업일로 55일의 여유" in shown[0]
    overview = window.panels["overview"]
    row = next(r for r in range(overview.milestone_model.rowCount())
               if overview.milestone_model.index(r, 0).data() == "1.2")
    assert overview.milestone_model.index(row, 7).data() == "“현대건설 1단계” 1차, 여유 55일"
    assert overview.milestone_model.index(row, 3).data() == "2027-10-15"


def test_a_project_of_a_multi_project_p6_file_is_chosen(panel):
    hotel = SHARED / "testdata" / "xer" / "soulmajor1_Hotel-Project.xer"
    if not hotel.exists():
        pytest.skip(f"{hotel} is not present")
    window = panel.window()
    window.choices.append(None)  # cancelled: nothing read, nothing stored
    import_file(panel, hotel)
    assert panel.schedules == []
    window.choices.append(0)  # the file's projects with activities, in file order: CR first
    import_file(panel, hotel)
    assert [(r["name"], r["versions"]) for r in panel.schedules] == [("Construction Works", 1)]
    assert [v["activities"] for v in panel.versions] == [19]
