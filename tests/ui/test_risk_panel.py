"""The schedule risk panel: run in a worker with progress and cancel, results and charts, the
register edited through the services and undone, refusals explained in Korean."""

from __future__ import annotations

import pytest

from db import risk as repo
from desktop.services.risk import add_risk
from desktop.services.risk_estimates import set_estimates_by_percent
from desktop.ui.views.main_window import AREA_ORDER
from tests.conftest import TODAY


def task_id(db, wbs: str) -> int:
    return db.execute("SELECT id FROM tasks WHERE wbs_code = ?", [wbs]).fetchone()[0]


@pytest.fixture
def risky_db(example_db):
    set_estimates_by_percent(example_db, optimistic_pct=20, pessimistic_pct=30, distribution="pert")
    add_risk(example_db, title="수전 설비 납기 지연", probability=0.3, owner="전력팀",
             impacts={task_id(example_db, "1.0.5"): 25}, today=TODAY)
    return example_db


def open_panel(make_window, db, qtbot):
    window = make_window(db)
    window.nav.setCurrentRow(AREA_ORDER.index("risk"))
    panel = window.panels["risk"]
    panel.iterations.setValue(2000)
    return window, panel


def run(panel, qtbot):
    panel.run_analysis()
    qtbot.waitUntil(lambda: not panel.job.is_running(), timeout=30_000)


def test_run_fills_the_table_and_the_charts(make_window, risky_db, qtbot, tmp_path):
    window, panel = open_panel(make_window, risky_db, qtbot)
    assert panel.status.text() == "아직 분석하지 않았습니다. ‘분석 실행’을 누르십시오."
    assert panel.table.isHidden() and panel.distribution.isHidden()  # no blank charts before a run
    run(panel, qtbot)
    assert not panel.table.isHidden() and not panel.tornado.isHidden()
    rows = [panel.model.row(r) for r in range(panel.model.rowCount())]
    assert rows[-1]["name"] == "프로젝트 완료" and len(rows) == 9
    current = panel.current_target()
    assert current["name"] == "1단계 준공"  # the next deadline: shown first
    probability = panel.model.index(rows.index(current), 7).data()
    assert probability.endswith("%") and 0 < float(probability[:-1]) < 50
    assert panel.status.text().startswith("2,000회 반복, 기준일 2026-11-24")
    assert "1단계 준공" in panel.distribution.figure.axes[0].get_title(loc="left")
    labels = [t.get_text() for t in panel.tornado.figure.axes[0].get_yticklabels()]
    assert labels[-1] == "건축 공사 (예시)" and "위험: 수전 설비 납기 지연" in labels
    panel.table.selectRow(len(rows) - 1)  # the project's finish: no deadline, no drivers
    assert "프로젝트 완료" in panel.distribution.figure.axes[0].get_title(loc="left")
    window.grab().save(str(tmp_path / "risk-panel.png"))


def test_cancel_stops_the_run(make_window, risky_db, qtbot):
    _window, panel = open_panel(make_window, risky_db, qtbot)
    panel.iterations.setValue(200_000)
    panel.run_analysis()
    panel.job.cancel()
    qtbot.waitUntil(lambda: not panel.job.is_running(), timeout=30_000)
    assert panel.status.text() == "분석을 취소했습니다." and panel.figures is None


def fill(dialog, **values):
    from PySide6.QtCore import Qt

    for key, text in values.items():
        if key == "tasks":
            for i in range(dialog.tasks.count()):
                item = dialog.tasks.item(i)
                if any(item.text().endswith(name) for name in text):
                    item.setCheckState(Qt.CheckState.Checked)
        else:
            getattr(dialog, key).setText(text)


def test_register_add_refuse_undo_redo_and_what_if(make_window, risky_db, qtbot):
    window, panel = open_panel(make_window, risky_db, qtbot)
    shown: list[str] = []

    def answer(dialog):
        fill(dialog, title="사용 승인 지연", owner="인허가팀", probability="150", impact="15",
             tasks=["1단계 준공"])
        assert not dialog.try_accept()
        shown.append(dialog.error.text())
        fill(dialog, probability="20")
        return dialog.try_accept()

    panel.run_dialog = answer
    panel.register.add_button.click()
    assert shown == ["확률은 0과 1(0 %~100 %) 사이여야 합니다(입력값 “150 %”)."]
    risks = repo.risk_rows(risky_db)
    assert [(r["title"], r["probability"], r["owner"]) for r in risks][-1] == ("사용 승인 지연", 0.2, "인허가팀")
    assert risks[-1]["impacts"] == {task_id(risky_db, "1.2"): 15.0}
    assert panel.register.model.rowCount() == 2
    window.undo()
    assert len(repo.risk_rows(risky_db)) == 1 and panel.register.model.rowCount() == 1
    window.redo()
    assert [r["title"] for r in repo.risk_rows(risky_db)] == ["수전 설비 납기 지연", "사용 승인 지연"]
    panel.register.table.selectRow(0)
    panel.register.what_if_button.click()
    qtbot.waitUntil(lambda: not panel.job.is_running(), timeout=30_000)
    lines = panel.what_if_label.text().splitlines()
    assert lines[0] == "“수전 설비 납기 지연” 위험이 없다면:"
    assert any(line.startswith("1단계 준공: ") for line in lines[1:])


def test_editing_and_deleting_a_risk_are_undoable(make_window, risky_db, qtbot):
    window, panel = open_panel(make_window, risky_db, qtbot)
    panel.register.table.selectRow(0)
    panel.run_dialog = lambda dialog: (fill(dialog, probability="45"), dialog.try_accept())[1]
    panel.register.edit_button.click()
    assert repo.risk_rows(risky_db)[0]["probability"] == 0.45
    window.undo()
    assert repo.risk_rows(risky_db)[0]["probability"] == 0.3
    panel.register.table.selectRow(0)
    panel.register.delete_button.click()
    assert repo.risk_rows(risky_db) == []
    window.undo()
    assert [r["title"] for r in repo.risk_rows(risky_db)] == ["수전 설비 납기 지연"]


def test_a_spread_for_every_task_and_its_undo(make_window, example_db, qtbot):
    window, panel = open_panel(make_window, example_db, qtbot)
    assert all(panel.estimates.model.index(r, 3).data() == "—" for r in range(panel.estimates.model.rowCount()))

    def answer(dialog):
        fill(dialog, optimistic="10", pessimistic="25")
        dialog.distribution.setCurrentIndex(dialog.distribution.findData("uniform"))
        return dialog.try_accept()

    panel.run_dialog = answer
    panel.estimates.all_button.click()
    rows = {r["name_ko"]: r for r in panel.estimates.rows}
    assert (rows["건축 공사 (예시)"]["optimistic"], rows["건축 공사 (예시)"]["pessimistic"]) == (180.0, 250.0)
    assert panel.estimates.model.index(0, 2).data() == "균등"
    run(panel, qtbot)
    phase1 = next(m for m in panel.figures["milestones"] if m["wbs"] == "1.2")
    assert phase1["p10"] != phase1["p90"]
    window.undo()
    assert repo.estimate_rows(example_db) == {}
    assert "다시 실행하십시오" in panel.status.text()  # results are from before the change


def test_a_task_is_put_in_a_correlation_group_and_undone(make_window, risky_db, qtbot):
    window, panel = open_panel(make_window, risky_db, qtbot)
    names = [r["name_ko"] for r in panel.estimates.rows]
    panel.estimates.table.selectRow(names.index("건축 공사 (예시)"))

    def answer(dialog):
        dialog.name.setCurrentText("토목·건축")
        dialog.correlation.setText("1.5")
        assert not dialog.try_accept()
        assert dialog.error.text().startswith("그룹 “토목·건축”: 상관계수가 유효하지 않습니다")
        dialog.correlation.setText("0.6")
        return dialog.try_accept()

    panel.run_dialog = answer
    panel.estimates.group_button.click()
    row = next(r for r in panel.estimates.rows if r["name_ko"] == "건축 공사 (예시)")
    assert row["group"] == "토목·건축" and row["optimistic"] == 160.0  # its own points stay
    assert [(g["name"], g["correlation"], g["members"]) for g in repo.group_rows(risky_db)] == [
        ("토목·건축", 0.6, 1)]
    window.undo()  # the membership
    window.undo()  # the new group
    assert repo.group_rows(risky_db) == []
    assert all(r["group"] == "" for r in panel.estimates.rows)
