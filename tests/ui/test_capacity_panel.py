"""The capacity panel: targets, measurements, totals against the goal, dialog, undo, chart."""

import subprocess
import sys

import pytest
from PySide6.QtGui import QUndoStack

from tests.conftest import ROOT, TODAY


def build_panel(qtbot, panel_class, db):
    """A panel on ``db`` with a real undo stack; the changes it causes reach the panel."""
    from desktop.services.history import History
    from desktop.ui.i18n import explain
    from desktop.ui.undo import UndoRunner
    from desktop.ui.views.panel import ViewContext

    errors: list[str] = []
    panels = []
    runner = UndoRunner(History(db), QUndoStack(), lambda changes: [p.on_changes(changes) for p in panels],
                        lambda error: errors.append(explain(error)))
    context = ViewContext(db=db, undo=runner, today=lambda: TODAY, show_error=errors.append)
    panel = panel_class(context)
    panels.append(panel)
    qtbot.addWidget(panel)
    panel.resize(1200, 900)
    panel.show()
    panel.refresh()
    panel.stack, panel.errors = runner, errors  # undo/redo through the history
    return panel


@pytest.fixture
def open_panel(qtbot, qapp_ko):
    return lambda panel_class, db: build_panel(qtbot, panel_class, db)


def answer_dialog(panel, changes: dict) -> dict:
    """The next dialog gets ``changes`` on its draft and OK is pressed once."""
    outcome: dict = {}

    def run(dialog):
        draft = dialog.result_draft()
        draft.update(changes)
        dialog.load(draft)
        outcome["accepted"] = dialog.try_accept()
        outcome["error"] = dialog.error.text()
        return outcome["accepted"]

    panel.run_dialog = run
    return outcome


@pytest.fixture
def capacity(open_panel, example_db):
    from desktop.ui.views.capacity_panel import CapacityPanel

    return open_panel(CapacityPanel, example_db)


def test_example_targets_totals_and_chart(capacity, example_db, qtmodeltester):
    from desktop.domain.status import capacity_figures
    from desktop.services.status import project_data

    qtmodeltester.check(capacity.phase_model)
    qtmodeltester.check(capacity.measure_model)
    assert capacity.phase_model.rowCount() == 4 and capacity.measure_model.rowCount() == 3
    phase1 = [capacity.phase_model.index(0, c).data() for c in range(8)]
    assert phase1 == ["1단계", "2027-12-31", "40", "20,000", "500", "2.0", "1,024", "2026-10-31"]
    assert capacity.phase_model.index(1, 3).data() == "미정"  # phase 2 GPUs: not announced
    figures = capacity_figures(project_data(example_db), TODAY)  # same totals as status --json
    assert capacity.mw_card.figure.text() == f"{figures['installed_mw']:,.1f} MW" == "2.0 MW"
    assert capacity.gpu_card.figure.text() == "1,024"
    assert capacity.ratio_card.figure.text() == f"{figures['gpus_per_mw']:,.0f}" == "512"
    # judged against the target due now (phase 1: 40 MW by 2027-12-31), the final 1 GW beside it
    detail = capacity.mw_card.detail.text()
    assert "1단계 목표 40 MW (2027-12-31까지)" in detail and "5.0%" in detail and "1,000 MW" in detail
    assert "0.2%" not in detail
    assert figures["share_of_target_mw"] == 2.0 / 40 and figures["target_phase"] == 1
    data = capacity.chart_data
    assert (data.goal_mw, data.goal_gpus) == (1_000, 170_000)
    assert [p.target_gpus for p in data.phases] == [20_000, None, None, 170_000]
    assert not data.log_scale and capacity.chart.figure.axes[0].get_yscale() == "linear"  # by default
    capacity.log_box.setChecked(True)
    assert capacity.chart.figure.axes[0].get_yscale() == "symlog"


def test_add_measurement_through_dialog_undo_redo(capacity, example_db):
    phase1 = example_db.execute("SELECT id FROM phases WHERE number = 1").fetchone()[0]
    outcome = answer_dialog(capacity, {"phase_id": phase1, "measured_on": "2026-11-20",
                                       "installed_mw": "3.5", "energised_mw": "3",
                                       "installed_gpus": "2,048", "source": "현장 점검"})
    capacity.add_button.click()
    assert outcome == {"accepted": True, "error": ""}
    row = example_db.execute("SELECT id, installed_mw, energised_mw, installed_gpus, source"
                             " FROM capacity_measurements ORDER BY id DESC LIMIT 1").fetchone()
    assert tuple(row[1:]) == (3.5, 3.0, 2048, "현장 점검")
    assert capacity.mw_card.figure.text() == "3.5 MW"
    assert capacity.measure_model.index(0, 5).data() == "현장 점검"  # newest first
    capacity.stack.undo()
    assert example_db["capacity_measurements"].count == 3
    assert capacity.mw_card.figure.text() == "2.0 MW"
    capacity.stack.redo()
    assert example_db.execute("SELECT max(id) FROM capacity_measurements").fetchone()[0] == row[0]
    assert capacity.mw_card.figure.text() == "3.5 MW" and not capacity.errors


def test_bad_values_are_refused_in_korean_and_nothing_is_stored(capacity, example_db):
    outcome = answer_dialog(capacity, {"installed_mw": "많이", "installed_gpus": "10"})
    capacity.add_button.click()
    assert outcome["accepted"] is False and "숫자가 아닙니다" in outcome["error"]
    assert "설치 MW" in outcome["error"]
    outcome = answer_dialog(capacity, {"installed_mw": "", "installed_gpus": ""})
    capacity.add_button.click()
    assert outcome["accepted"] is False and "값을 입력해야 합니다" in outcome["error"]
    outcome = answer_dialog(capacity, {"installed_mw": "1", "measured_on": "2026-12-01"})
    capacity.add_button.click()
    assert outcome["accepted"] is False and "미래" in outcome["error"]
    outcome = answer_dialog(capacity, {"installed_gpus": "10.5"})
    capacity.add_button.click()
    assert outcome["accepted"] is False and "정수가 아닙니다" in outcome["error"]
    assert example_db["capacity_measurements"].count == 3
    assert len(capacity.stack.history.operations) == 0


def test_delete_is_undoable_with_the_same_row(capacity, example_db):
    before = list(example_db.query("SELECT * FROM capacity_measurements ORDER BY id"))
    capacity.measure_table.selectRow(0)
    capacity.delete_button.click()
    assert example_db["capacity_measurements"].count == 2
    assert capacity.mw_card.figure.text() == "1.5 MW"
    capacity.stack.undo()
    assert list(example_db.query("SELECT * FROM capacity_measurements ORDER BY id")) == before
    assert capacity.mw_card.figure.text() == "2.0 MW"


def test_empty_plan_shows_not_set_and_no_measurement(open_panel, db):
    from desktop.ui.views.capacity_panel import CapacityPanel

    panel = open_panel(CapacityPanel, db)
    assert panel.mw_card.figure.text() == "—"
    assert panel.measure_model.rowCount() == 0
    assert panel.chart.figure.axes  # the plan alone is still drawn


def test_chart_exports(capacity, tmp_path):
    for kind in ("png", "pdf"):
        target = tmp_path / f"capacity.{kind}"
        capacity.chart.pick_export_path = lambda _kind, target=target: str(target)
        (capacity.chart.png_action if kind == "png" else capacity.chart.pdf_action).trigger()
        assert target.stat().st_size > 5000


def test_main_window_start_does_not_load_matplotlib():
    code = ("import sys\nimport desktop.ui.views.main_window, desktop.app\n"
            "print('matplotlib' in sys.modules)\n")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"
