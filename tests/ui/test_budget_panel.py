"""The budget panel: an edited actual moves every figure at once; undo; bad input; export."""

from openpyxl import load_workbook
from PySide6.QtCore import Qt

from desktop.ui.models.budget_model import COL
from desktop.ui.views.main_window import AREA_ORDER


def panel_of(window):
    window.nav.setCurrentRow(AREA_ORDER.index("budget"))
    return window.panels["budget"]


def line_index(panel, column):
    model = panel.model
    phase1 = model.index(0, 0)
    building = next(model.index(r, 0, phase1) for r in range(model.rowCount(phase1))
                    if model.index(r, 0, phase1).data() == "건축")
    return model.index(0, COL[column], building)


def test_edit_actual_moves_every_figure_and_undo(make_window, example_db, qtmodeltester):
    window = make_window(example_db)
    panel = panel_of(window)
    qtmodeltester.check(panel.model)
    total_ac = panel.view.total.figures.ac_won
    phase_ac = panel.model.index(0, COL["Actual (AC)"]).data()
    assert panel.model.setData(line_index(panel, "Actual this month"), "1,500", Qt.ItemDataRole.EditRole)
    assert panel.view.total.figures.ac_won == total_ac + 1_500_000_000  # 1,500 백만원 in the table unit
    assert panel.model.index(0, COL["Actual (AC)"]).data() != phase_ac
    assert panel.evm_labels["ac_won"].text() == f"{(total_ac + 1_500_000_000) // 1_000_000:,}"
    assert line_index(panel, "Actual this month").data() == "1,500"
    window.undo()
    assert panel.view.total.figures.ac_won == total_ac
    window.redo()
    assert panel.view.total.figures.ac_won == total_ac + 1_500_000_000
    # a fresh load agrees with the live view
    live = panel.view.total.figures
    panel.refresh()
    assert panel.view.total.figures == live


def test_bad_amount_is_refused_in_korean(make_window, example_db):
    window = make_window(example_db)
    panel = panel_of(window)
    before = example_db.execute("SELECT count(*), sum(amount_won) FROM actual_costs").fetchone()
    assert not panel.model.setData(line_index(panel, "Actual this month"), "많이", Qt.ItemDataRole.EditRole)
    assert "금액이 아닙니다" in window.errors[-1]
    assert not panel.model.setData(line_index(panel, "% complete"), "120", Qt.ItemDataRole.EditRole)
    assert example_db.execute("SELECT count(*), sum(amount_won) FROM actual_costs").fetchone() == before


def test_progress_method_and_export(make_window, example_db, tmp_path):
    window = make_window(example_db)
    panel = panel_of(window)
    ev = panel.view.total.figures.ev_won
    assert panel.model.setData(line_index(panel, "% complete"), "60", Qt.ItemDataRole.EditRole)
    assert panel.view.total.figures.ev_won == ev + 12_000_000_000  # 10 % more of 1,200억
    panel.method_box.activated.emit(1)
    assert example_db.execute("SELECT eac_method FROM project").fetchone()[0] == "atypical"
    target = tmp_path / "variance.xlsx"
    panel.pick_export_path = lambda kind: str(target)
    panel.xlsx_button.click()
    sheet = load_workbook(target).active
    values = [row for row in sheet.iter_rows(values_only=True)]
    assert any(row[1] == 2_000_000_000_000 for row in values if row and row[0] == "합계")
