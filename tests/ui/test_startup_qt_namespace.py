"""The window paints without PySide building Qt's namespace enums (about 16 ms of start-up).

Naming any ``Qt.`` enum, or a Python model's header data and flags while painting, makes PySide
create all 93 enums of the Qt namespace at once.  The start-up path avoids them: the tables'
models are item-less QStandardItemModels (desktop/ui/models/row_model.py), the gauge is made
of filled widgets, the shortcuts are set by their standard keys.  These tests keep it so.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView

from desktop.ui.models import row_model
from desktop.ui.models.overview_models import MilestoneTableModel
from tests.conftest import ROOT, TODAY

PAINT_AND_LOOK = """
import sys
from desktop.cli import main
code = main(["--db", sys.argv[1], "--as-of", sys.argv[2], "--exit-after-paint"])
import PySide6.QtCore
print("qt-namespace", "Qt" in PySide6.QtCore.__dict__, "exit", code)
"""


def test_role_numbers_are_qts():
    assert row_model.DISPLAY == Qt.ItemDataRole.DisplayRole.value
    assert row_model.EDIT == Qt.ItemDataRole.EditRole.value
    assert row_model.ALIGN == Qt.ItemDataRole.TextAlignmentRole.value
    assert row_model.FOREGROUND == Qt.ItemDataRole.ForegroundRole.value
    assert row_model.RIGHT == (Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value


@pytest.mark.parametrize("example", [False, True], ids=["bare plan", "example data"])
def test_the_window_paints_without_the_qt_namespace(tmp_path, example):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path),
           "XDG_DATA_HOME": str(tmp_path), "XDG_CACHE_HOME": str(tmp_path)}
    db = tmp_path / "plan.sqlite"
    subprocess.run([sys.executable, "-m", "desktop", "example-data" if example else "status",
                    "--db", str(db), "--as-of", TODAY.isoformat()],
                   check=True, env=env, cwd=ROOT, capture_output=True)
    result = subprocess.run([sys.executable, "-c", PAINT_AND_LOOK, str(db), TODAY.isoformat()],
                            env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "painted" in result.stdout
    assert "qt-namespace False exit 0" in result.stdout, (
        "a Qt.* enum is named on the way to the first paint (see row_model's note)")


def test_only_the_editable_columns_open_an_editor(make_window, example_db):
    """Every cell's flags say editable (an item-less QStandardItemModel's): the tables' delegate
    opens an editor only where the model edits in place, and setData refuses elsewhere."""
    panel = make_window(example_db).panel("overview")
    view, model = panel.tables[2], panel.milestone_model
    edits = []
    model.on_edit = lambda row_id, field, text: edits.append(field)  # recorded, not written
    trigger = QAbstractItemView.EditTrigger.AllEditTriggers
    editable = [c for c in range(model.columnCount()) if model.is_editable(c)]
    assert editable == [MilestoneTableModel.COL_FORECAST, MilestoneTableModel.COL_ACTUAL]
    for column in range(model.columnCount()):
        index = model.index(0, column)
        view.edit(index, trigger, None)
        editor = view.indexWidget(index)
        assert (editor is not None) is (column in editable), column
        if editor is not None:
            view.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        assert model.setData(index, "2026-04-01", Qt.ItemDataRole.EditRole) is (column in editable)
    assert edits == ["forecast", "actual"]
    model.on_edit = None  # no edit callback: nothing is edited in place
    view.edit(model.index(0, MilestoneTableModel.COL_FORECAST), trigger, None)
    assert view.indexWidget(model.index(0, MilestoneTableModel.COL_FORECAST)) is None


def test_headers_are_the_models_and_follow_the_language(qapp_ko):
    from desktop.ui.i18n import install_translators

    model = MilestoneTableModel()
    korean = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    install_translators("en")
    model.retranslate()
    english = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert "마일스톤" in korean and "Milestone" in english and len(korean) == len(english)


def test_multi_data_gives_what_data_gives_each_cell_in_turn(make_window, example_db):
    """Qt paints a cell from one multiData call, handing the same role items from cell to cell:
    a role a cell does not have must come out empty, not as the previous cell's value (a
    right-aligned figure left "미정" of the next column right-aligned)."""
    from PySide6.QtCore import QModelRoleData, QModelRoleDataSpan

    panel = make_window(example_db).panel("overview")
    roles = [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.TextAlignmentRole,
             Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.FontRole,
             Qt.ItemDataRole.DecorationRole]
    items = [QModelRoleData(role.value) for role in roles]
    for model in (panel.phase_model, panel.milestone_model, panel.party_model, panel.kpi_model):
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                index = model.index(row, column)
                for role, item in zip(roles, items):
                    span = QModelRoleDataSpan(item)
                    model.multiData(index, span)
                    assert item.data() == model.data(index, role), (model, row, column, role)


def test_the_window_font_skips_shaping_and_the_printed_one_does_not(qapp):
    """The window's Hangul and Latin are laid out without HarfBuzz (about 6 % of start-up);
    the report's PDF keeps its kerning; Qt shapes the scripts that need it either way."""
    from PySide6.QtGui import QFont, QFontMetricsF

    from desktop.paint.gantt_render import pdf_font
    from desktop.ui.fonts import application_font, register_fonts

    window = application_font(register_fonts())
    printed = pdf_font(window)
    skip = QFont.StyleStrategy.PreferNoShaping
    assert window.styleStrategy() & skip and not printed.styleStrategy() & skip
    assert window.family() == printed.family() and window.pointSizeF() == printed.pointSizeF()
    text = "포항 글로벌 AI컴퓨팅센터 2조원"
    width = QFontMetricsF(window).horizontalAdvance(text)
    assert abs(width - QFontMetricsF(printed).horizontalAdvance(text)) < 0.05 * width
