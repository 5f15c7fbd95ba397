"""Menu actions on the whole database: example data, backups, open another file, undo refusals."""

from pathlib import Path

from PySide6.QtCore import Qt

from db import open_database
from desktop.ui.models.overview_models import PhaseTableModel


def test_load_example_data_from_the_menu_shows_the_banner_and_undoes(make_window, db):
    window = make_window(db)
    assert not window.banner.isVisibleTo(window)
    window.actions_by_name["load_example"].trigger()
    assert window.banner.isVisibleTo(window)
    assert window.panels["overview"].share_card.figure.text() == "31.7%"
    assert not window.actions_by_name["load_example"].isEnabled()
    window.undo()
    assert not window.banner.isVisibleTo(window)
    assert window.panels["overview"].share_card.figure.text() == "미정"
    window.redo()
    assert window.banner.isVisibleTo(window)


def test_banner_button_asks_before_removing(make_window, example_db):
    window = make_window(example_db)
    window.answers.append(False)
    window.banner_button.click()
    assert window.banner.isVisibleTo(window)
    window.answers.append(True)
    window.banner_button.click()
    assert not window.banner.isVisibleTo(window)


def test_backup_and_restore(make_window, db, db_path):
    window = make_window(db)
    window.actions_by_name["backup_now"].trigger()
    backups = sorted((db_path.parent / "backups").glob("*.sqlite"))
    assert len(backups) == 1
    model = window.panels["overview"].phase_model
    assert model.setData(model.index(1, PhaseTableModel.COL_GPUS), "50000", Qt.ItemDataRole.EditRole)
    window.pick_backup = lambda _window: backups[0]
    window.actions_by_name["restore_backup"].trigger()
    assert window.db.execute("SELECT target_gpus FROM phases WHERE number = 2").fetchone()[0] is None
    assert model.index(1, PhaseTableModel.COL_GPUS).data() == "미정"
    assert len(window.history.operations) == 0
    kept = list(db_path.parent.glob("tracker.before-restore-*.sqlite"))
    assert len(kept) == 1
    window.db.close()


def test_opening_a_bad_file_keeps_the_current_database(make_window, db, tmp_path):
    window = make_window(db)
    bad = tmp_path / "memo.sqlite"
    bad.write_text("회의록")
    window.pick_database = lambda _window: bad
    window.actions_by_name["open_database"].trigger()
    assert window.db is db
    assert "이 프로그램의 데이터베이스가 아닙니다" in window.errors[-1]
    assert bad.read_text() == "회의록"


def test_opening_another_database(make_window, db, tmp_path):
    window = make_window(db)
    other_path = tmp_path / "other.sqlite"
    other = open_database(other_path)
    other.execute("UPDATE phases SET target_gpus = 77 WHERE number = 3")
    other.conn.commit()
    other.close()
    window.pick_database = lambda _window: other_path
    window.actions_by_name["open_database"].trigger()
    assert Path(window.db_path) == other_path
    model = window.panels["overview"].phase_model
    assert model.index(2, PhaseTableModel.COL_GPUS).data() == "77"
    assert window.settings.last_db_path == str(other_path)
    window.db.close()


def test_undo_refused_by_the_service_is_shown_not_raised(make_window, db):
    window = make_window(db)
    model = window.panels["overview"].phase_model
    assert model.setData(model.index(0, PhaseTableModel.COL_START), "2024-06-03", Qt.ItemDataRole.EditRole)
    # meanwhile (another window, another user) the finish moved before the old start
    db.execute("UPDATE phases SET planned_finish_on = '2025-01-31' WHERE number = 1")
    db.conn.commit()
    window.undo()  # refused before the service runs: the row is no longer as the window left it
    assert "프로그램 밖에서 변경" in window.errors[-1]
    assert db.execute("SELECT planned_start_on FROM phases WHERE number = 1").fetchone()[0] == "2024-06-03"


def test_file_menu_imports_a_cost_sheet_and_exports_mspdi(make_window, example_db, tmp_path):
    window = make_window(example_db)
    sheet = tmp_path / "costs.csv"
    sheet.write_bytes("단계,분류,집행월,금액\n1,건축,2026-11,12억\n".encode("cp949"))
    window.pick_import_file = lambda: sheet
    seen = []

    def run(dialog):
        seen.append(dialog.windowTitle())
        dialog.import_button.click() if hasattr(dialog, "import_button") else dialog.accept()
        return True

    window.run_dialog = run
    before = example_db.execute("SELECT sum(amount_won) FROM actual_costs").fetchone()[0]
    window.actions_by_name["import_costs"].trigger()
    assert seen == ["집행 실적 가져오기"]
    assert example_db.execute("SELECT sum(amount_won) FROM actual_costs").fetchone()[0] == before + 1_200_000_000
    target = tmp_path / "plan.xml"
    window.pick_export_file = lambda: target
    window.actions_by_name["export_mspdi"].trigger()
    assert target.read_bytes().startswith(b"<?xml") and b"<Project" in target.read_bytes()


def test_every_table_exports_from_the_file_menu(make_window, example_db, tmp_path):
    from openpyxl import load_workbook

    window = make_window(example_db)
    for name in ("tasks", "variance", "funding", "effects"):
        target = tmp_path / f"{name}.xlsx"
        window.pick_table_export = lambda n=name, t=target: (n, t)
        window.actions_by_name["export_table"].trigger()
        sheet = load_workbook(target).active
        assert sheet.max_row > 2, name
    funding = load_workbook(tmp_path / "funding.xlsx").active
    won = [row for row in funding.iter_rows(values_only=True) if "트랜스링크캐피탈" in row]
    assert any(121_500_000_000 in row for row in won)  # exact won, not a display unit
    csv = tmp_path / "tasks.csv"
    window.pick_table_export = lambda: ("tasks", csv)
    window.actions_by_name["export_table"].trigger()
    assert csv.read_bytes().startswith(b"\xef\xbb\xbf")  # BOM: Excel on Korean Windows
    assert "작업명" in csv.read_text(encoding="utf-8-sig")


def test_an_unwritable_table_export_is_a_message_not_a_crash(make_window, example_db, tmp_path):
    window = make_window(example_db)
    window.pick_table_export = lambda: ("tasks", tmp_path / "missing" / "tasks.xlsx")
    window.actions_by_name["export_table"].trigger()
    assert len(window.errors) == 1 and "tasks.xlsx" in window.errors[0]
    assert not (tmp_path / "missing").exists()
