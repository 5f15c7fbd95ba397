"""Spreadsheet import of costs and payments: mapping, preview with reasons, all or nothing."""

from datetime import date

import pytest
from openpyxl import Workbook

from desktop.domain.errors import ValidationError
from desktop.interop.sheets import read_sheet
from desktop.services.imports import guess_mapping, preview_import, run_import
from tests.conftest import TODAY


def costs_sum(db):
    return db.execute("SELECT count(*), coalesce(sum(amount_won), 0) FROM actual_costs").fetchone()


def write_csv(path, text, encoding="utf-8-sig"):
    path.write_bytes(text.encode(encoding))
    return path


def test_utf8_and_cp949_csv_of_costs(example_db, tmp_path):
    before = costs_sum(example_db)
    for name, encoding in (("utf8.csv", "utf-8-sig"), ("cp949.csv", "cp949")):
        sheet = read_sheet(write_csv(tmp_path / name, "단계,분류,집행월,금액,비고\n1단계,건축,2026-11,12억,기성 5회\n"
                                                      "1,Building,2026. 11.,\"1,234,000\",\n", encoding))
        assert sheet.encoding == ("UTF-8" if encoding.startswith("utf") else "CP949")
        mapping = guess_mapping(sheet.headers, "costs")
        assert mapping == {"phase": 0, "category": 1, "name": None, "month": 2, "amount": 3, "note": 4}
        preview = preview_import(example_db, sheet, mapping, "costs", source=name)
        assert [n for n, _ in preview.accepted] == [2, 3] and not preview.rejected
        run_import(example_db, preview, today=TODAY)
    count, total = costs_sum(example_db)
    assert count == before[0] + 4 and total == before[1] + 2 * (1_200_000_000 + 1_234_000)


def test_one_bad_row_rejects_the_import(example_db, tmp_path):
    before = costs_sum(example_db)
    sheet = read_sheet(write_csv(tmp_path / "bad.csv", "단계,분류,월,금액\n1,건축,2026-11,5억\n"
                                                       "1,건축,2029-01,5억\n9,건축,2026-11,1\n1,건축,2026-11,많이\n"))
    preview = preview_import(example_db, sheet, guess_mapping(sheet.headers, "costs"), "costs")
    reasons = {n: e.code for n, e in preview.rejected}
    assert reasons == {3: "cost_month_outside_period", 4: "import_line_unknown", 5: "money_unparsable"}
    with pytest.raises(ValidationError) as info:
        run_import(example_db, preview, today=TODAY)
    assert info.value.code == "import_has_rejected_rows"
    assert costs_sum(example_db) == before


def test_payments_from_xlsx(example_db, tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["기관", "약정일", "단계", "납입일", "금액", "환율"])
    sheet.append(["텐서웨이브", "2025-12-05", "1단계", date(2026, 10, 15), 1_000_000, 1_395.5])
    sheet.append(["NHN Cloud", "2025-09-30", "전체", "2026-10-20", "100억", ""])
    book.save(tmp_path / "payments.xlsx")
    table = read_sheet(tmp_path / "payments.xlsx")
    preview = preview_import(example_db, table, guess_mapping(table.headers, "payments"), "payments")
    assert not preview.rejected, [(n, e.code, e.params) for n, e in preview.rejected]
    before = example_db["funding_payments"].count
    run_import(example_db, preview, today=TODAY)
    assert example_db["funding_payments"].count == before + 2
    won = example_db.execute("SELECT amount_won FROM funding_payments ORDER BY id DESC LIMIT 2").fetchall()
    assert {w[0] for w in won} == {1_395_500_000, 10_000_000_000}


def test_hostile_spreadsheets_are_refused(tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["단계", "분류", "월", "금액"])
    sheet.append(["1", "건축", "2026-11", 5])
    sheet.merge_cells("A2:B2")
    book.save(tmp_path / "merged.xlsx")
    with pytest.raises(ValidationError) as info:
        read_sheet(tmp_path / "merged.xlsx")
    assert info.value.code == "xlsx_merged_cells"
    book = Workbook()
    book.active.append(["단계", "금액"])
    book.active.append([1, "=1+1"])
    book.save(tmp_path / "formula.xlsx")  # openpyxl saves no calculated value
    with pytest.raises(ValidationError) as info:
        read_sheet(tmp_path / "formula.xlsx")
    assert info.value.code == "xlsx_formula_without_value"
    (tmp_path / "binary.csv").write_bytes(b"\x00\x01\x02binary")
    with pytest.raises(ValidationError):
        read_sheet(tmp_path / "binary.csv")
    (tmp_path / "doc.pdf").write_bytes(b"%PDF")
    with pytest.raises(ValidationError) as info:
        read_sheet(tmp_path / "doc.pdf")
    assert info.value.code == "file_type_unsupported"


@pytest.mark.parametrize("kind", ["=1+1", "x", "", None, 5])
def test_an_unknown_kind_of_sheet_is_a_typed_refusal(db, kind):
    """Found by the services' fuzz test (a KeyError before): nothing is read or written."""
    from desktop.interop.sheets import Sheet
    from desktop.services.imports import ImportPreview

    sheet = Sheet(["단계", "금액"], [["1", "100"]])
    for attempt in (lambda: preview_import(db, sheet, {"phase": 0, "amount": 1}, kind),
                    lambda: guess_mapping(sheet.headers, kind),
                    lambda: run_import(db, ImportPreview(kind, "x.csv", accepted=[(2, {})]), today=TODAY)):
        with pytest.raises(ValidationError) as refused:
            attempt()
        assert refused.value.code in ("import_kind_unknown", "value_type_invalid")  # not text: the boundary
    assert not db.conn.in_transaction
