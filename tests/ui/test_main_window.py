"""The window on the announced plan: overview figures, editing with undo, language, layout."""

from PySide6.QtCore import Qt

from desktop.ui.labels import STATUS_COLORS
from desktop.ui.models.overview_models import MilestoneTableModel, PhaseTableModel
from tests.conftest import TODAY


def overview(window):
    return window.panels["overview"]


def test_overview_shows_the_plan(make_window, db):
    window = make_window(db)
    panel = overview(window)
    assert panel.heading.text() == "포항 글로벌 AI컴퓨팅센터"
    assert panel.deadline_card.figure.text() == "D+328"  # 2025-12-31 → 2026-11-24
    assert "착공 실적 없음" in panel.deadline_card.detail.text()
    assert panel.investment_card.figure.text() == "2조원"
    assert panel.share_card.figure.text() == "미정"  # no funding recorded: unknown, not 0 %
    phases = panel.phase_model
    assert phases.rowCount() == 4
    assert phases.index(0, PhaseTableModel.COL_MW).data() == "40"
    assert phases.index(0, PhaseTableModel.COL_GPUS).data() == "20,000"
    assert phases.index(1, PhaseTableModel.COL_GPUS).data() == "미정"
    assert phases.index(3, PhaseTableModel.COL_FINISH).data() == "미정"
    milestones = panel.milestone_model
    rows = {milestones.index(r, 0).data(): r for r in range(milestones.rowCount())}
    start = rows["1.1"]
    assert milestones.index(start, MilestoneTableModel.COL_STATUS).data() == "지연 · 기한 경과"
    assert milestones.index(start, MilestoneTableModel.COL_SLIP).data() == "+328"  # = D+328
    assert milestones.index(rows["0"], MilestoneTableModel.COL_STATUS).data() == "완료"
    assert not window.banner.isVisibleTo(window)


def test_models_pass_the_model_tester(make_window, db, qtmodeltester):
    panel = overview(make_window(db))
    for model in (panel.phase_model, panel.milestone_model, panel.party_model, panel.kpi_model):
        qtmodeltester.check(model)


def test_edit_undo_redo_through_the_table(make_window, db):
    window = make_window(db)
    model = overview(window).phase_model
    index = model.index(1, PhaseTableModel.COL_GPUS)
    assert model.setData(index, "50,000", Qt.ItemDataRole.EditRole)
    assert db.execute("SELECT target_gpus FROM phases WHERE number = 2").fetchone()[0] == 50_000
    assert model.index(1, PhaseTableModel.COL_GPUS).data() == "50,000"
    window.undo()
    assert db.execute("SELECT target_gpus FROM phases WHERE number = 2").fetchone()[0] is None
    assert model.index(1, PhaseTableModel.COL_GPUS).data() == "미정"
    window.redo()
    assert db.execute("SELECT target_gpus FROM phases WHERE number = 2").fetchone()[0] == 50_000
    audit = db.execute("SELECT count(*) FROM audit_log WHERE entity = 'phases'").fetchone()[0]
    assert audit == 3  # edit, undo, redo: each audited


def test_a_refused_undo_keeps_menu_history_and_data(make_window, db):
    """Another copy of the app deleted the row this window's undo would delete: the undo is
    refused with a Korean message, and the menu, the history and the data stay where they were."""
    from desktop.services.records import record_capacity
    from desktop.services.rows import delete_audited, restore_audited

    window = make_window(db)
    a = window.actions_by_name
    changes = window.runner.run_insert("용량 측정 추가", "capacity_measurements", lambda: record_capacity(
        db, phase_id=1, measured_on="2026-10-31", installed_mw=2.0, installed_gpus=None, today=TODAY))
    label = a["undo"].text()
    assert a["undo"].isEnabled() and label.endswith(": 용량 측정 추가")  # the menu names what it undoes
    gone = delete_audited(db, "capacity_measurements", changes.entity_id)  # the other copy's delete
    rows = list(db.query("SELECT * FROM capacity_measurements"))
    assert window.undo() is False
    assert window.errors and "변경했습니다" in window.errors[-1]  # who removed it, and when
    assert list(db.query("SELECT * FROM capacity_measurements")) == rows
    assert window.history.index == 1 and a["undo"].isEnabled() and not a["redo"].isEnabled()
    assert a["undo"].text() == label and window.runner.stack.index() == 1
    restore_audited(db, "capacity_measurements", gone.old)  # back again: now the undo goes through
    assert window.undo() is True and db["capacity_measurements"].count == 0
    assert not a["undo"].isEnabled() and a["redo"].isEnabled() and a["redo"].text().endswith(": 용량 측정 추가")


def test_bad_input_shows_korean_message_and_keeps_data(make_window, db):
    window = make_window(db)
    model = overview(window).phase_model
    before = list(db.query("SELECT * FROM phases"))
    assert not model.setData(model.index(0, PhaseTableModel.COL_MW), "마흔", Qt.ItemDataRole.EditRole)
    assert not model.setData(model.index(0, PhaseTableModel.COL_FINISH), "2020-01-01",
                             Qt.ItemDataRole.EditRole)
    assert list(db.query("SELECT * FROM phases")) == before
    assert len(window.errors) == 2
    assert "숫자가 아닙니다" in window.errors[0]
    assert "시작" in window.errors[1] and "2020-01-01" in window.errors[1]
    assert len(window.history.operations) == 0


def test_record_construction_start_moves_the_overview(make_window, db):
    window = make_window(db)
    panel = overview(window)
    model = panel.milestone_model
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "1.1")
    assert model.setData(model.index(row, MilestoneTableModel.COL_ACTUAL), "2026. 3. 2.",
                         Qt.ItemDataRole.EditRole)
    # started 61 days after the 2025-12-31 deadline: done, but never plain green
    assert panel.deadline_card.figure.text() == "착공 (기한 61일 초과)"
    assert model.index(row, MilestoneTableModel.COL_STATUS).data() == "완료 (기한 61일 초과)"
    assert model.index(row, MilestoneTableModel.COL_SLIP).data() == "+61"
    late = STATUS_COLORS["late"]
    color = model.data(model.index(row, MilestoneTableModel.COL_STATUS), Qt.ItemDataRole.ForegroundRole)
    assert color.name() == late  # a QColor: Qt paints it as the text's brush
    window.undo()
    assert panel.deadline_card.figure.text() == "D+328"


def test_switch_language(make_window, db):
    window = make_window(db)
    window.set_language("en")
    assert window.nav.item(0).text() == "Overview"
    assert overview(window).heading.text() == "Pohang Global AI Computing Center"
    assert overview(window).phase_model.headerData(0, Qt.Orientation.Horizontal) == "Phase"
    assert window.settings.language == "en"
    window.set_language("ko")
    assert window.nav.item(0).text() == "개요"


def test_window_state_is_remembered(make_window, db, settings):
    window = make_window(db)
    window.resize(760, 520)
    window.close()
    geometry, _state = settings.window_state()
    assert geometry is not None
    again = make_window(db)
    assert (again.width(), again.height()) == (760, 520)
