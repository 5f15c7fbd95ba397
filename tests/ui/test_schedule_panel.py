"""The schedule panel: table and Gantt on the plan, edits through services, all undoable."""

from datetime import date

from PySide6.QtCore import Qt

from desktop.ui.models.schedule_model import COL


def panel_of(window):
    window.nav.setCurrentRow(1)
    return window.panels["schedule"]


def row_of(panel, wbs):
    return next(i for i, r in enumerate(panel.model.rows) if r.wbs == wbs)


def cell(panel, wbs, column):
    return panel.model.index_of(row_of(panel, wbs), COL[column])


def test_plan_in_table_and_gantt(make_window, db, qtmodeltester):
    panel = panel_of(make_window(db))
    qtmodeltester.check(panel.model)
    assert [r.wbs for r in panel.model.rows][:4] == ["0", "1", "1.1", "1.2"]
    start = cell(panel, "1.1", "Start")
    assert start.data() == "2026-11-25"
    assert panel.model.data(cell(panel, "1.1", "Name"), Qt.ItemDataRole.ForegroundRole) is not None  # critical
    assert cell(panel, "1.1", "Slip (days)").data() == "+328"  # the overview's D+328, one definition
    assert [cell(panel, wbs, "ID").data() for wbs in ("0", "1", "1.1")] == ["1", "2", "3"]
    assert cell(panel, "1.1", "Predecessors").data() == "0"  # the MOU milestone, by its WBS code
    assert panel.gantt.gantt_layout() is not None
    assert len(panel.gantt.gantt_layout().rows) == len(panel.model.rows)
    assert panel.gantt.row_height() == panel.tree.rowHeight(panel.model.index_of(0))
    assert panel.baseline_box.currentText() == "MOU 계획 (2025-06-26)"


def test_add_task_edit_duration_undo_redo(make_window, db):
    window = make_window(db)
    panel = panel_of(window)
    panel.select_task(panel.model.rows[row_of(panel, "1.1")].task_id)
    panel.actions_by_name["add_task"].trigger()
    new_id = panel.selected_task_id()
    new = next(r for r in panel.model.rows if r.task_id == new_id)
    assert new.name_ko == "새 작업" and new.parent_id == panel.model.rows[row_of(panel, "1")].task_id
    index = panel.model.index_of([r.task_id for r in panel.model.rows].index(new_id), COL["Duration"])
    assert panel.model.setData(index, "2w", Qt.ItemDataRole.EditRole)
    assert next(r for r in panel.model.rows if r.task_id == new_id).duration_days == 10
    window.undo()
    assert next(r for r in panel.model.rows if r.task_id == new_id).duration_days == 5
    window.undo()
    assert new_id not in [r.task_id for r in panel.model.rows]
    window.redo()
    window.redo()  # same id comes back, so the later edit applies to it
    assert next(r for r in panel.model.rows if r.task_id == new_id).duration_days == 10
    assert not window.errors


def test_loop_is_refused_in_korean_and_nothing_changes(make_window, db):
    window = make_window(db)
    panel = panel_of(window)
    before = list(db.query("SELECT * FROM dependencies ORDER BY id"))
    assert not panel.model.setData(cell(panel, "0", "Predecessors"), "1.2", Qt.ItemDataRole.EditRole)
    assert "순환" in window.errors[-1] and "MOU 체결" in window.errors[-1]
    assert list(db.query("SELECT * FROM dependencies ORDER BY id")) == before
    assert not panel.model.setData(cell(panel, "1.1", "Predecessors"), "1XX", Qt.ItemDataRole.EditRole)
    assert "선행 작업이 아닙니다" in window.errors[-1]
    assert cell(panel, "1.1", "Predecessors").data() == "0"


def test_gantt_drag_moves_task_and_undo(make_window, db):
    window = make_window(db)
    panel = panel_of(window)
    task_id = panel.model.rows[row_of(panel, "1.2")].task_id
    panel.gantt.sig_move_requested.emit(task_id, date(2028, 3, 2))
    assert cell(panel, "1.2", "Start").data() == "2028-03-02"
    window.undo()
    assert cell(panel, "1.2", "Start").data() == "2027-12-31"


def test_gantt_link_and_outline(make_window, db):
    window = make_window(db)
    panel = panel_of(window)
    first = panel.model.rows[row_of(panel, "2.2")].task_id
    second = panel.model.rows[row_of(panel, "1.2")].task_id
    panel.gantt.sig_link_requested.emit(first, second)  # 2.2 → 1.2 closes a loop through 2.1
    assert "순환" in window.errors[-1]
    panel.select_task(panel.model.rows[row_of(panel, "1.2")].task_id)
    panel.actions_by_name["outdent"].trigger()
    assert panel.model.rows[row_of(panel, "1.2")].level == 0
    window.undo()
    assert panel.model.rows[row_of(panel, "1.2")].level == 1


def test_save_baseline_and_explain(make_window, example_db):
    window = make_window(example_db)
    panel = panel_of(window)
    panel.ask_text = lambda title, label: ("2026-11 재계획", True)
    panel.actions_by_name["save_baseline"].trigger()
    assert panel.baseline_box.currentText() == "2026-11 재계획"
    assert cell(panel, "1.1", "Slip (days)").data() == "+0"
    window.undo()
    assert panel.baseline_box.currentText() == "MOU 계획 (2025-06-26)"
    shown = []
    panel.inform = lambda title, body: shown.append(body)
    panel.select_task(panel.model.rows[row_of(panel, "1.2")].task_id)
    panel.actions_by_name["why"].trigger()
    assert "GPU 설치 (예시) → 1단계 준공" in shown[0]


def test_exports(make_window, db, tmp_path):
    panel = panel_of(make_window(db))
    for kind in ("png", "pdf"):
        target = tmp_path / f"gantt.{kind}"
        panel.pick_export_path = lambda _kind, target=target: str(target)
        panel.actions_by_name[f"export_{kind}"].trigger()
        assert target.stat().st_size > 1000
