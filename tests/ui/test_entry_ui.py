"""Input the way managers think, in the window: notes kept, measurements replaced only when
asked, deletions that take more than one row asked first, the rule never "met" while unknown."""

from desktop.ui.views.main_window import AREA_ORDER
from tests.ui.test_capacity_panel import answer_dialog


def panel(window, area):
    window.nav.setCurrentRow(AREA_ORDER.index(area))
    return window.panels[area]


def notes_of(db, month):
    row = db.execute("SELECT notes, risks FROM month_notes WHERE month = ?", [month]).fetchone()
    return tuple(row) if row else None


def test_typed_notes_are_kept_when_the_month_or_the_panel_changes(make_window, db):
    window = make_window(db)
    reports = panel(window, "reports")
    reports.month_box.setCurrentIndex(reports.month_box.findData("2026-10"))
    reports.notes.setPlainText("전력 인입 협의 완료")
    reports.notes_editor.edits["risks"].setPlainText("변전소 인허가")
    reports.month_box.setCurrentIndex(reports.month_box.findData("2026-09"))  # another month
    assert notes_of(db, "2026-10") == ("전력 인입 협의 완료", "변전소 인허가")
    assert reports.notes.toPlainText() == ""  # September's (none)
    reports.month_box.setCurrentIndex(reports.month_box.findData("2026-10"))
    assert reports.notes.toPlainText() == "전력 인입 협의 완료"
    reports.notes.setPlainText("전력 인입 협의 완료, 시공사 회의")
    panel(window, "overview")  # another panel
    assert notes_of(db, "2026-10")[0] == "전력 인입 협의 완료, 시공사 회의"
    assert window.history.undo_label == "2026-10 메모 저장"
    window.undo()
    assert notes_of(db, "2026-10")[0] == "전력 인입 협의 완료"
    panel(window, "reports")
    reports.month_box.setCurrentIndex(reports.month_box.findData("2026-08"))
    assert notes_of(db, "2026-08") is None  # nothing typed: nothing written
    assert not window.errors


def test_a_second_measurement_of_the_day_asks_before_replacing(make_window, db):
    window = make_window(db)
    capacity = panel(window, "capacity")

    def answer(changes):
        return answer_dialog(capacity, {"measured_on": "2026-11-02", **changes})

    outcome = answer({"installed_mw": "2", "energised_mw": "3"})
    capacity.add_button.click()
    assert not outcome["accepted"] and "가동 용량 3.0 MW가 설치 용량 2.0 MW보다 큽니다" in outcome["error"]
    outcome = answer({"installed_mw": "2", "energised_mw": "1.5"})
    capacity.add_button.click()
    assert outcome["accepted"] and db["capacity_measurements"].count == 1
    window.answers.append(False)  # "replace it?" — no: the dialog stays open, says why
    outcome = answer({"installed_mw": "2.5"})
    capacity.add_button.click()
    assert not outcome["accepted"] and "이미 있습니다" in outcome["error"]
    assert [r[0] for r in db.execute("SELECT installed_mw FROM capacity_measurements")] == [2.0]
    window.answers.append(True)
    capacity.add_button.click()
    assert outcome["accepted"]
    assert [r[0] for r in db.execute("SELECT installed_mw FROM capacity_measurements")] == [2.5]
    assert capacity.mw_card.figure.text() == "2.5 MW"
    window.undo()
    assert [r[0] for r in db.execute("SELECT installed_mw, energised_mw FROM capacity_measurements")] == [2.0]


def test_deleting_a_phase_or_an_announced_milestone_asks_first(make_window, db):
    window = make_window(db)
    schedule = panel(window, "schedule")
    before = db["tasks"].count
    for wbs, words in (("1", "1단계의 요약 작업"), ("1", "작업과 마일스톤 2개도 함께 삭제됩니다"),
                       ("1.2", "발표된 계획(MOU)의 마일스톤")):
        task_id = next(r.task_id for r in schedule.model.rows if r.wbs == wbs)
        schedule.select_task(task_id)
        questions = []
        window.confirm = lambda title, text: questions.append(text) or False
        schedule.actions_by_name["delete"].trigger()
        assert words in questions[0] and db["tasks"].count == before
    window.confirm = lambda title, text: True
    schedule.select_task(next(r.task_id for r in schedule.model.rows if r.wbs == "1"))
    schedule.actions_by_name["delete"].trigger()
    assert db["tasks"].count == before - 3
    window.undo()
    assert db["tasks"].count == before
    # a task of one's own, without children, goes without a question
    schedule.actions_by_name["add_task"].trigger()
    window.confirm = lambda title, text: (_ for _ in ()).throw(AssertionError("asked"))
    schedule.actions_by_name["delete"].trigger()
    assert db["tasks"].count == before


def test_the_funding_panel_never_calls_the_rule_met_while_the_share_is_unknown(make_window, db):
    funding = panel(make_window(db), "funding")
    text = funding.restore_label.text()
    assert "미정" in text and "충족합니다" not in text
    assert funding.committed_card.figure.text() == "미정"
