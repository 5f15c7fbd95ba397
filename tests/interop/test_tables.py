"""Tables to .xlsx and .csv: exact won, Korean headers, BOM, nothing half-written."""

from datetime import date

import pytest
from openpyxl import load_workbook

from desktop.interop.tables import TableExport, write_table

TABLE = TableExport(
    title="예산 차이 (2026-11)",
    columns=[("단계", "text"), ("예산 (원)", "won"), ("비율", "percent"), ("기준일", "date")],
    rows=[["1단계", 600_000_000_000, 0.317, date(2026, 11, 24)], ["2단계", None, None, None]],
    notes=["단위: 원"])


def test_xlsx_keeps_exact_won_and_formats(tmp_path):
    path = write_table(TABLE, tmp_path / "variance.xlsx")
    sheet = load_workbook(path).active
    assert sheet["A1"].value == "예산 차이 (2026-11)" and sheet["A2"].value == "단위: 원"
    assert [c.value for c in sheet[3]] == ["단계", "예산 (원)", "비율", "기준일"]
    assert sheet["B4"].value == 600_000_000_000 and sheet["B4"].number_format == "#,##0"
    assert sheet["C4"].number_format == "0.0%"
    assert sheet["B5"].value is None  # unknown stays empty, never 0


def test_csv_has_bom_for_korean_excel(tmp_path):
    path = write_table(TABLE, tmp_path / "variance.csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = raw.decode("utf-8-sig").splitlines()
    assert lines[0] == "단계,예산 (원),비율,기준일"
    assert lines[1] == "1단계,600000000000,0.317,2026-11-24"
    assert lines[2] == "2단계,,,"


def test_failed_write_leaves_no_file(tmp_path, monkeypatch):
    import openpyxl.workbook.workbook as wb

    def boom(self, filename):
        raise OSError("disk full")

    monkeypatch.setattr(wb.Workbook, "save", boom)
    with pytest.raises(OSError):
        write_table(TABLE, tmp_path / "variance.xlsx")
    assert list(tmp_path.iterdir()) == []


def test_unwritable_folder_is_an_os_error(tmp_path):
    with pytest.raises(OSError):
        write_table(TABLE, tmp_path / "missing" / "x.csv")
