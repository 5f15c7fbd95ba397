"""Hostile files: zip bombs and huge sheets refused fast, absurd MS Project values refused (never
clamped), formula-like text exported as text while numbers stay numbers."""

import time
import zipfile

import pytest
from openpyxl import Workbook, load_workbook

from desktop.domain.errors import ValidationError
from desktop.interop import sheets
from desktop.interop.mspdi_read import parse_mspdi
from desktop.interop.tables import TableExport, write_table


def _xlsx(path, rows):
    book = Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def test_zip_bomb_is_refused_by_its_declared_size_before_parsing(tmp_path):
    path = _xlsx(tmp_path / "bomb.xlsx", [["단계", "금액"], [1, 2]])
    with zipfile.ZipFile(path, "a", compression=zipfile.ZIP_DEFLATED) as archive:
        with archive.open("xl/media/padding.bin", "w", force_zip64=True) as member:
            block = b"\0" * (1 << 20)
            for _ in range(sheets.MAX_UNPACKED_BYTES // len(block) + 8):
                member.write(block)
    assert path.stat().st_size < 2 * 1024 * 1024  # small on disk
    begun = time.monotonic()
    with pytest.raises(ValidationError) as caught:
        sheets.read_sheet(path)
    assert caught.value.code == "xlsx_too_large"
    assert time.monotonic() - begun < 1.0


def test_too_many_cells_are_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(sheets, "MAX_CELLS", 100)
    path = _xlsx(tmp_path / "big.xlsx", [[f"열{c}" for c in range(10)]] + [[r] * 10 for r in range(20)])
    with pytest.raises(ValidationError) as caught:
        sheets.read_sheet(path)
    assert caught.value.code == "xlsx_too_many_cells"
    csv = tmp_path / "big.csv"
    csv.write_text("\n".join(",".join(["1"] * 10) for _ in range(20)), encoding="utf-8")
    with pytest.raises(ValidationError) as caught:
        sheets.read_sheet(csv)
    assert caught.value.code == "xlsx_too_many_cells"


def test_a_lying_dimension_does_not_pad_rows(tmp_path):
    path = _xlsx(tmp_path / "dim.xlsx", [["단계", "금액"], ["1", "5"]])
    with zipfile.ZipFile(path) as source:
        members = {name: source.read(name) for name in source.namelist()}
    sheet = members["xl/worksheets/sheet1.xml"]
    members["xl/worksheets/sheet1.xml"] = sheet.replace(b'<dimension ref="A1:B2"/>',
                                                        b'<dimension ref="A1:XFD1048576"/>')
    with zipfile.ZipFile(path, "w") as target:
        for name, data in members.items():
            target.writestr(name, data)
    read = sheets.read_sheet(path)
    assert read.headers == ["단계", "금액"] and read.rows == [["1", "5"]]


def _mspdi(task_fields: str) -> bytes:
    return ("<?xml version='1.0' encoding='UTF-8'?><Project xmlns='http://schemas.microsoft.com/project'>"
            "<Tasks><Task><UID>1</UID><ID>1</ID><Name>A</Name><OutlineLevel>1</OutlineLevel>"
            "<Duration>PT40H0M0S</Duration>" + task_fields + "</Task></Tasks></Project>").encode()


@pytest.mark.parametrize("fields, field", [
    ("<PercentComplete>500</PercentComplete>", "PercentComplete"),
    ("<PercentComplete>-3</PercentComplete>", "PercentComplete"),
    ("<Cost>1e40</Cost>", "Cost"),
    ("<Cost>" + "9" * 60 + "</Cost>", "Cost"),
    ("<Start>0001-01-01T08:00:00</Start>", "Start"),
    ("<Finish>9999-12-31T17:00:00</Finish>", "Finish"),
    ("<Duration>PT99999999999H0M0S</Duration>", "Duration"),
    ("<Notes>a\u0085b\u202e</Notes>", "Notes"),
])
def test_absurd_mspdi_values_are_refused_naming_the_task(fields, field):
    data = _mspdi(fields).replace(b"<Duration>PT40H0M0S</Duration>", b"") if "Duration" in field \
        else _mspdi(fields)
    with pytest.raises(ValidationError) as caught:
        parse_mspdi(data, file_name="hostile.xml")
    assert caught.value.code == "mspdi_value_invalid"
    assert caught.value.params["field"] == field and caught.value.params["uid"] == 1


def test_a_long_name_is_refused(tmp_path):
    with pytest.raises(ValidationError) as caught:
        parse_mspdi(_mspdi("").replace(b"<Name>A</Name>", b"<Name>" + b"x" * 256 + b"</Name>"))
    assert caught.value.params["field"] == "Name"
    assert parse_mspdi(_mspdi("").replace(b"<Name>A</Name>", b"<Name>" + b"x" * 255 + b"</Name>")).tasks


FORMULAS = TableExport(title="=HYPERLINK(\"x\")", columns=[("이름", "text"), ("금액", "won"), ("변동", "number")],
                       rows=[["=1+1", 5, -3], ["+82 54", 7, 0.5], ["-비고", 1, None], ["@SUM(A1)", 2, -1.5],
                             ["\t=1", 3, 1], ["보통 이름", 4, 2]])


def test_formula_like_text_exports_as_text_in_xlsx(tmp_path):
    path = write_table(FORMULAS, tmp_path / "t.xlsx")
    sheet = load_workbook(path).active
    first = sheet["A3"]
    assert first.value == "=1+1" and first.data_type == "s" and first.quotePrefix
    assert sheet["A1"].data_type == "s" and sheet["A1"].value.startswith("=HYPERLINK")
    names = [sheet.cell(row=r, column=1) for r in range(3, 9)]
    assert all(cell.data_type == "s" for cell in names)
    assert [sheet.cell(row=r, column=2).value for r in range(3, 9)] == [5, 7, 1, 2, 3, 4]
    assert sheet["C3"].value == -3 and sheet["C3"].data_type == "n"
    with zipfile.ZipFile(path) as archive:
        assert b"<f>" not in archive.read("xl/worksheets/sheet1.xml")  # no formula at all


def test_formula_like_text_exports_as_text_in_csv(tmp_path):
    path = write_table(FORMULAS, tmp_path / "t.csv")
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    assert lines[1] == "'=1+1,5,-3"
    assert lines[2] == "'+82 54,7,0.5"
    assert lines[3] == "'-비고,1,"
    assert lines[4] == "'@SUM(A1),2,-1.5"
    assert lines[5] == "'\t=1,3,1"
    assert lines[6] == "보통 이름,4,2"
