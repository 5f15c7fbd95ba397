"""Import dialogs: MS Project XML (preview, date check, undo/redo, hostile file) and
spreadsheets of actual costs (mapping, every row's verdict, all or nothing, undo)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.domain.errors import ValidationError
from desktop.services.exchange import preview_mspdi
from desktop.ui.dialogs.mspdi_dialog import import_mspdi_file
from desktop.ui.dialogs.sheet_import_dialog import import_sheet_file
from desktop.ui.i18n import explain
from tests.conftest import TODAY

NS = 'xmlns="http://schemas.microsoft.com/project"'


def task(uid: int, name: str, start: str, finish: str, days: int, extra: str = "") -> str:
    baseline = (f"<Baseline><Number>0</Number><Start>{start}T08:00:00</Start>"
                f"<Finish>{finish}T17:00:00</Finish><Duration>PT{days * 8}H0M0S</Duration></Baseline>")
    return (f"<Task><UID>{uid}</UID><ID>{uid}</ID><Name>{name}</Name><WBS>{uid}</WBS>"
            f"<OutlineLevel>1</OutlineLevel><Start>{start}T08:00:00</Start>"
            f"<Finish>{finish}T17:00:00</Finish><Duration>PT{days * 8}H0M0S</Duration>"
            f"<DurationFormat>7</DurationFormat>{extra}{baseline}</Task>")


def pred(uid: int, kind: int = 1, lag_days: int = 0) -> str:  # Type 1 = FS, 3 = SS; lag in 0.1 min
    return (f"<PredecessorLink><PredecessorUID>{uid}</PredecessorUID><Type>{kind}</Type>"
            f"<LinkLag>{lag_days * 4800}</LinkLag><LagFormat>7</LagFormat></PredecessorLink>")


def mspdi(tmp_path: Path, body: str, name: str = "contractor.xml") -> Path:
    path = tmp_path / name
    path.write_text(f'<?xml version="1.0" encoding="UTF-8"?><Project {NS}><Name>{name}</Name>'
                    "<Title>시공사 공정표</Title><StartDate>2027-04-05T08:00:00</StartDate>"
                    "<CurrencyCode>KRW</CurrencyCode><CalendarUID>1</CalendarUID>"
                    f"<MinutesPerDay>480</MinutesPerDay>{body}</Project>", encoding="utf-8")
    return path


# 기초 공사 starts 2 days after 부지 정지 starts (SS+2d): 04-07..04-13; the file says 04-08..04-14.
PLAN = ("<Tasks>" + task(1, "부지 정지", "2027-04-05", "2027-04-09", 5)
        + task(2, "기초 공사", "2027-04-08", "2027-04-14", 5, pred(1, kind=3, lag_days=2))
        + task(3, "기초 완료", "2027-04-13", "2027-04-13", 0, pred(2) + "<Milestone>1</Milestone>")
        + "</Tasks>")


def imported(db) -> dict[str, dict]:
    return {r["source_uid"]: r for r in db.query("SELECT * FROM tasks WHERE source_uid IS NOT NULL")}


def test_mspdi_preview_import_undo_redo(make_window, example_db, tmp_path):
    db = example_db
    window = make_window(db)
    seen = {}

    def drive(dialog):
        preview = dialog.preview_for({"as_what": "schedule", "phase_id": 1})
        seen["counts"] = (preview.tasks, preview.milestones, preview.links, preview.baseline_rows,
                          preview.calendar_exceptions)
        table = dialog.differences
        seen["differences"] = [[table.item(r, c).text() for c in range(6)] for r in range(table.rowCount())]
        seen["enabled"] = dialog.import_button.isEnabled()
        assert dialog.result_draft() == {"as_what": "schedule", "phase_id": 1}
        dialog.import_button.click()

    assert import_mspdi_file(window.context, mspdi(tmp_path, PLAN), run_dialog=drive)
    assert seen["counts"] == (3, 1, 2, 3, 0)
    assert seen["differences"] == [["2", "기초 공사", "2027-04-08", "2027-04-14", "2027-04-07", "2027-04-13"]]
    assert seen["enabled"] and window.errors == []
    rows = imported(db)
    assert set(rows) == {"1", "2", "3"} and {r["phase_id"] for r in rows.values()} == {1}
    assert {r["parent_id"] for r in rows.values()} == {1}  # under phase 1's summary task
    assert rows["3"]["is_milestone"] == 1
    links = db.execute("SELECT link_type, lag_days FROM dependencies WHERE successor_id IN (?, ?)"
                       " ORDER BY successor_id", [rows["2"]["id"], rows["3"]["id"]]).fetchall()
    assert [tuple(link) for link in links] == [("SS", 2.0), ("FS", 0.0)]
    baseline = db.execute("SELECT id FROM baselines WHERE name = 'contractor.xml 기준'").fetchone()[0]
    assert db.execute("SELECT count(*) FROM baseline_tasks WHERE baseline_id = ?", [baseline]).fetchone()[0] == 3

    window.undo()
    assert imported(db) == {} and window.errors == []
    assert db.execute("SELECT count(*) FROM baselines WHERE id = ?", [baseline]).fetchone()[0] == 0
    window.redo()
    assert imported(db) == rows
    assert db.execute("SELECT count(*) FROM baseline_tasks WHERE baseline_id = ?", [baseline]).fetchone()[0] == 3
    assert db.execute("SELECT count(*) FROM dependencies WHERE successor_id IN (?, ?)",
                      [rows["2"]["id"], rows["3"]["id"]]).fetchone()[0] == 2
    window.undo()
    assert imported(db) == {}


def test_mspdi_new_group_undo_removes_the_group(make_window, example_db, tmp_path):
    db = example_db
    window = make_window(db)
    top_level = db.execute("SELECT count(*) FROM tasks WHERE parent_id IS NULL").fetchone()[0]
    assert import_mspdi_file(window.context, mspdi(tmp_path, PLAN),
                             run_dialog=lambda dialog: dialog.import_button.click())
    assert db.execute("SELECT count(*) FROM tasks WHERE parent_id IS NULL").fetchone()[0] == top_level + 1
    window.undo()
    assert db.execute("SELECT count(*) FROM tasks WHERE parent_id IS NULL").fetchone()[0] == top_level
    assert imported(db) == {}


def test_hostile_mspdi_is_refused_and_import_stays_disabled(make_window, db, tmp_path):
    window = make_window(db)
    entities = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">' for i in range(1, 10)]
    path = tmp_path / "bomb.xml"
    path.write_text(f'<?xml version="1.0"?><!DOCTYPE Project [{"".join(entities)}]>'
                    f'<Project {NS}><Name>&lol9;</Name></Project>', encoding="utf-8")
    with pytest.raises(ValidationError) as caught:
        preview_mspdi(db, path, as_what="schedule", phase_id=None, as_of=TODAY)
    assert caught.value.code == "mspdi_unsafe"
    seen = []

    def drive(dialog):
        for choice in ({"as_what": "schedule", "phase_id": None}, {"as_what": "baseline", "phase_id": None}):
            assert dialog.preview_for(choice) is None
            seen.append((dialog.error.text(), dialog.import_button.isEnabled()))
        dialog.import_button.click()  # disabled: nothing happens
        seen.append(dialog.isVisible())

    tasks = db["tasks"].count
    assert not import_mspdi_file(window.context, path, run_dialog=drive)
    assert seen == [(explain(caught.value), False)] * 2 + [False]
    assert db["tasks"].count == tasks and len(window.history.operations) == 0


# --------------------------------------------------------------------------- spreadsheets
COSTS = [["단계", "분류", "집행월", "금액", "비고"],
         ["1단계", "건축", "2026-10", "12억", "기성 1회"],
         ["1", "power", "2026-11", "1,234,000", ""]]
ADDED = 1_200_000_000 + 1_234_000


def write_csv(path: Path, rows: list[list[str]], encoding: str) -> Path:
    import csv
    import io

    text = io.StringIO()
    csv.writer(text).writerows(rows)
    path.write_bytes(text.getvalue().encode(encoding))
    return path


def total(db) -> int:
    return db.execute("SELECT coalesce(sum(amount_won), 0) FROM actual_costs").fetchone()[0]


@pytest.mark.parametrize("encoding, shown", [("utf-8-sig", "UTF-8"), ("cp949", "CP949")])
def test_costs_sheet_is_previewed_imported_and_undone(make_window, example_db, tmp_path, encoding, shown):
    db = example_db
    window = make_window(db)
    before, count = total(db), db["actual_costs"].count
    path = write_csv(tmp_path / f"costs-{encoding}.csv", COSTS, encoding)
    seen = {}

    def drive(dialog):
        seen["mapping"] = dialog.result_draft()
        seen["file"] = dialog.file_label.text()
        seen["rows"] = [[dialog.table.item(r, c).text() for c in range(dialog.table.columnCount())]
                        for r in range(dialog.table.rowCount())]
        seen["enabled"] = dialog.import_button.isEnabled()
        dialog.import_button.click()

    assert import_sheet_file(window.context, path, "costs", run_dialog=drive)
    assert seen["mapping"] == {"phase": 0, "category": 1, "name": None, "month": 2, "amount": 3, "note": 4}
    assert shown in seen["file"] and seen["enabled"]
    assert [row[0] for row in seen["rows"]] == ["2", "3"]
    assert seen["rows"][0][2:] == ["1단계", "건축", "", "2026-10", "1,200,000,000", "기성 1회"]
    assert seen["rows"][1][6] == "1,234,000"
    assert total(db) == before + ADDED and db["actual_costs"].count == count + 2
    window.undo()
    assert total(db) == before and db["actual_costs"].count == count
    window.redo()
    assert total(db) == before + ADDED
    assert window.errors == []


def test_a_bad_row_keeps_import_disabled(make_window, example_db, tmp_path):
    db = example_db
    window = make_window(db)
    rows = COSTS + [["1단계", "건축", "2028-03", "5억", ""], ["1단계", "냉각", "2026-09", "많이", ""]]
    path = write_csv(tmp_path / "bad.csv", rows, "utf-8-sig")
    seen = {}

    def drive(dialog):
        seen["accepted"] = len(dialog.preview.accepted), len(dialog.preview.rejected)
        seen["results"] = [dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())]
        seen["enabled"] = dialog.import_button.isEnabled()
        dialog.import_button.click()
        dialog.load(dict(dialog.result_draft(), amount=None))  # no amount column: nothing to preview
        seen["missing"] = dialog.error.text(), dialog.table.rowCount(), dialog.import_button.isEnabled()

    before = total(db)
    assert not import_sheet_file(window.context, path, "costs", run_dialog=drive)
    assert seen["accepted"] == (2, 2) and not seen["enabled"]
    assert "2028-03" in seen["results"][2] and "많이" in seen["results"][3]
    assert seen["missing"][0] and seen["missing"][1:] == (0, False)
    assert total(db) == before and len(window.history.operations) == 0


def test_merged_cells_are_refused(make_window, example_db, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    for row in COSTS:
        sheet.append(row)
    sheet.merge_cells("A2:A3")
    path = tmp_path / "merged.xlsx"
    book.save(path)
    window = make_window(example_db)
    seen = {}

    def drive(dialog):
        seen["error"] = dialog.error.text()
        seen["enabled"] = dialog.import_button.isEnabled()

    assert not import_sheet_file(window.context, path, "costs", run_dialog=drive)
    assert seen["error"] == explain(ValidationError("xlsx_merged_cells", path=str(path), cells="A2:A3"))
    assert not seen["enabled"]


def test_a_refused_import_keeps_the_dialog_open(make_window, example_db, tmp_path):
    window = make_window(example_db)
    seen = {}

    def drive(dialog):
        preview = dialog.preview_for({"as_what": "baseline", "phase_id": None})
        seen["matched"] = len(preview.matched), len(preview.unmatched)
        seen["phase_enabled"] = dialog.phase.isEnabled()
        dialog.import_button.click()  # nothing in the file matches a stored task
        seen["after"] = dialog.error.text(), dialog.result()

    assert not import_mspdi_file(window.context, mspdi(tmp_path, PLAN), run_dialog=drive)
    assert seen["matched"] == (0, 3) and not seen["phase_enabled"]
    assert seen["after"] == (explain(ValidationError("mspdi_baseline_no_match", path="contractor.xml")), 0)
    assert len(window.history.operations) == 0
