"""fit_table's column widths (only each column's widest texts measured by the delegate) are
those of Qt's resizeColumnsToContents over the same rows, on the tables that use it, on the bare
plan and with example data, in both languages, and on a table longer than the rows sampled."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QTableView

from desktop.ui.models.overview_models import MilestoneTableModel
from desktop.ui.views.main_window import AREA_ORDER
from desktop.ui.views.tables import SAMPLE_ROWS, fit_table, make_table


def qts_widths(table: QTableView) -> list[int]:
    table.resizeColumnsToContents()
    return [table.columnWidth(c) for c in range(table.model().columnCount())]


@pytest.mark.parametrize("area", ["overview", "capacity", "effects"])
@pytest.mark.parametrize("data", ["db", "example_db"])
@pytest.mark.parametrize("language", ["ko", "en"])
def test_the_widths_are_qts(make_window, request, area, data, language):
    window = make_window(request.getfixturevalue(data))
    if language == "en":
        window.set_language("en")
    window.nav.setCurrentRow(AREA_ORDER.index(area))
    tables = [t for t in window.panels[area].findChildren(QTableView)
              if hasattr(t.model(), "column_texts") and t.model().rowCount()]
    assert tables or data == "db"
    for table in tables:
        ours = [table.columnWidth(c) for c in range(table.model().columnCount())]
        assert ours == qts_widths(table)


def test_a_long_table_is_measured_on_its_first_rows_as_qt_does(make_window, example_db, qtbot):
    template = make_window(example_db).panels["overview"].milestone_model.row(0)
    rows = [{**template, "id": k, "task_id": k, "name": "마일스톤 " + "가" * (k % 7)}
            for k in range(1, 3 * SAMPLE_ROWS)]
    rows.append({**template, "id": 9999, "task_id": 9999, "name": "아주 긴 이름" * 20})
    model = MilestoneTableModel()
    model.set_rows(rows)
    table = make_table(model, follows_contents=False)
    qtbot.addWidget(table)
    fit_table(table, most=None)
    ours = [table.columnWidth(c) for c in range(model.columnCount())]
    table.setFixedHeight(300)  # Qt counts the rows in view as well: none past the sample
    assert ours == qts_widths(table)
