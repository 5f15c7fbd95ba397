"""Budget lines, contracts and progress from a spreadsheet, on the bare plan: previewed row
by row, written all or nothing through the window's own services, undone as one import."""

from __future__ import annotations

import pytest

from desktop.domain.errors import ValidationError
from desktop.interop.sheets import read_sheet
from desktop.services.budget import load_money_view
from desktop.services.history import History
from desktop.services.imports import guess_mapping, preview_import, run_import
from tests.conftest import TODAY

LINES = ("단계,분류,항목명,실행예산,시작월,종료월,배분\n"
         "1단계,부지,부지 매입,300억,2025-07,2026-06,균등\n"
         "1단계,건축,본관,1200억,2026-01,2027-12,S자\n"
         "1,Design,,30000000000,2025-08,2026-12,\n")
PLAN = ("단계,분류,항목명,2026-01,2026-02,2026-03\n"
        "1단계,전력,수변전,10억,20억,30억\n")


def sheet(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8-sig")
    return read_sheet(path)


def preview(db, data, kind, source="s.csv"):
    return preview_import(db, data, guess_mapping(data.headers, kind), kind, source=source)


def count(db, table):
    return db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_budget_lines_from_a_sheet_and_undone_as_one_import(db, tmp_path):
    data = sheet(tmp_path, "lines.csv", LINES)
    result = preview(db, data, "budget")
    assert result.rejected == [] and len(result.accepted) == 3
    history = History(db)
    changes = history.run_import("예산 가져오기", lambda: run_import(db, result, today=TODAY))
    assert changes.touches("budget_lines", "budget_plan_months") and len(changes.ids("budget_lines")) == 3
    view = load_money_view(db, as_of=TODAY)
    assert view.total.figures.bac_won == 30_000_000_000 + 120_000_000_000 + 30_000_000_000
    spreads = dict(db.execute("SELECT name, spread FROM budget_lines").fetchall())
    assert spreads == {"부지 매입": "even", "본관": "s_curve", "": "even"}
    history.undo()
    assert count(db, "budget_lines") == 0 and count(db, "budget_plan_months") == 0
    history.redo()
    assert count(db, "budget_lines") == 3


def test_a_plan_typed_month_by_month(db, tmp_path):
    data = sheet(tmp_path, "plan.csv", PLAN)
    mapping = guess_mapping(data.headers, "budget")
    assert [m for _i, m in mapping["months"]] == ["2026-01", "2026-02", "2026-03"]
    run_import(db, preview(db, data, "budget"), today=TODAY)
    line = db.execute("SELECT * FROM budget_lines").fetchone()
    plan = [r[0] for r in db.execute("SELECT planned_won FROM budget_plan_months ORDER BY month")]
    assert plan == [1_000_000_000, 2_000_000_000, 3_000_000_000]
    assert db.execute("SELECT budget_won, spread, start_month, finish_month FROM budget_lines").fetchone() == \
        (6_000_000_000, "manual", "2026-01", "2026-03") and line is not None


@pytest.mark.parametrize("row, code", [
    ("9단계,건축,x,1억,2026-01,2026-12,", "unknown_phase"),
    ("1단계,우주,x,1억,2026-01,2026-12,", "import_category_unknown"),
    ("1단계,건축,x,많이,2026-01,2026-12,", "money_unparsable"),
    ("1단계,건축,x,1억,2029-01,2029-12,", "line_outside_phase"),
    ("1단계,건축,x,1억,2026-01,2026-12,아무렇게", "spread_invalid"),
    ("1단계,건축,본관,1억,2026-01,2026-12,", "line_name_taken"),  # a second 본관 in the file
])
def test_bad_budget_rows_are_rejected_in_the_preview(db, tmp_path, row, code):
    data = sheet(tmp_path, "bad.csv", "단계,분류,항목명,실행예산,시작월,종료월,배분\n"
                                      "1단계,건축,본관,1억,2026-01,2026-12,\n" + row + "\n")
    result = preview(db, data, "budget")
    assert [error.code for _n, error in result.rejected] == [code]
    with pytest.raises(ValidationError) as refused:
        run_import(db, result, today=TODAY)
    assert refused.value.code == "import_has_rejected_rows" and count(db, "budget_lines") == 0


def test_contracts_and_progress_from_sheets(db, tmp_path):
    run_import(db, preview(db, sheet(tmp_path, "lines.csv", LINES), "budget"), today=TODAY)
    contracts = sheet(tmp_path, "contracts.csv", "단계,분류,항목명,계약상대,계약명,계약금액,계약일\n"
                                                  "1단계,건축,본관,현대건설,본관 공사,800억,2026-02-02\n")
    run_import(db, preview(db, contracts, "contracts"), today=TODAY)
    assert load_money_view(db, as_of=TODAY).total.figures.committed_won == 80_000_000_000
    progress = sheet(tmp_path, "progress.csv", "단계,분류,항목명,측정일,진척률\n"
                                               "1단계,건축,본관,2026-09-30,10\n"
                                               "1단계,건축,본관,2026-10-31,25%\n")
    run_import(db, preview(db, progress, "progress"), today=TODAY)
    october = load_money_view(db, as_of=TODAY.replace(month=10, day=31)).lines
    line = db.execute("SELECT id FROM budget_lines WHERE name = '본관'").fetchone()[0]
    assert october[line].figures.ev_won == 30_000_000_000
    again = preview(db, sheet(tmp_path, "again.csv", "단계,분류,항목명,측정일,진척률\n"
                                                     "1단계,건축,본관,2026-10-15,30\n"
                                                     "1단계,건축,본관,2026-11-30,40\n"), "progress")
    codes = [error.code for _n, error in again.rejected]
    assert codes == []  # the preview reads the sheet; the write is refused whole
    with pytest.raises(ValidationError) as refused:
        run_import(db, again, today=TODAY)
    assert refused.value.params["reason"] in ("progress_exists", "actual_in_future")
    assert count(db, "line_progress") == 2
