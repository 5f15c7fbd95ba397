"""Parties from a sheet: the office's words, every bad row named, all or nothing, undo exact."""

import pytest
from openpyxl import Workbook

from desktop.domain.errors import ConflictError, ValidationError
from desktop.interop.sheets import read_sheet
from desktop.services.import_batches import remove_import, restore_import
from desktop.services.imports import guess_mapping, preview_import, run_import
from desktop.services.records import add_funding_commitment
from tests.conftest import TODAY

GOOD = ("기관명,영문명,유형,국내외,국가,통화,역할\n"
        "블랙록,BlackRock,기업,해외,미국,USD,투자\n"
        "경북테크노파크,Gyeongbuk Technopark,공공기관,국내,KR,원,\n"
        "싱텔,Singtel,company,foreign,Singapore,SGD,통신\n")


def parties(db):
    return list(db.query("SELECT * FROM parties ORDER BY id"))


def csv(tmp_path, text, name="parties.csv"):
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8-sig"))
    return read_sheet(path)


def test_parties_from_csv_and_undo_removes_exactly_them(db, tmp_path):
    before = parties(db)
    sheet = csv(tmp_path, GOOD)
    mapping = guess_mapping(sheet.headers, "parties")
    assert mapping == {"name_ko": 0, "name_en": 1, "kind": 2, "is_foreign": 3, "country": 4,
                       "currency": 5, "role_ko": 6}
    preview = preview_import(db, sheet, mapping, "parties", source="parties.csv")
    assert not preview.rejected and [n for n, _ in preview.accepted] == [2, 3, 4]
    changes = run_import(db, preview, today=TODAY)
    added = parties(db)[len(before):]
    assert [(p["name_ko"], p["kind"], p["is_foreign"], p["country"], p["currency"]) for p in added] == [
        ("블랙록", "company", 1, "US", "USD"), ("경북테크노파크", "public_agency", 0, "KR", "KRW"),
        ("싱텔", "company", 1, "SG", "SGD")]
    assert set(changes.ids("parties")) == {p["id"] for p in added}
    removed = remove_import(db, import_id=changes.entity_id)
    assert parties(db) == before
    restore_import(db, import_id=changes.entity_id, snapshot=removed.old)
    assert parties(db)[len(before):] == added


def test_every_bad_row_is_named_and_nothing_is_imported(db, tmp_path):
    before = parties(db)
    sheet = csv(tmp_path, "기관명,영문명,유형,국내외,국가\n"
                          "블랙록,BlackRock,기업,해외,US\n"
                          "현대건설,,기업,국내,KR\n"          # name already used in the database
                          "블랙 록,,기업,해외,US\n"            # same name as row 2 of the file
                          "우주개발단,,우주기관,국내,KR\n"      # unknown kind
                          "어느 회사,,기업,글쎄,KR\n"           # neither domestic nor foreign
                          "다른 회사,,기업,해외,Narnia\n"       # no such country
                          ",Nameless,기업,해외,US\n")          # no Korean name
    preview = preview_import(db, sheet, guess_mapping(sheet.headers, "parties"), "parties")
    assert {n: e.code for n, e in preview.rejected} == {
        3: "party_name_taken", 4: "party_name_taken", 5: "party_kind_unknown",
        6: "party_foreign_unknown", 7: "country_invalid", 8: "value_required"}
    with pytest.raises(ValidationError) as info:
        run_import(db, preview, today=TODAY)
    assert info.value.code == "import_has_rejected_rows"
    assert parties(db) == before


def test_a_required_column_missing_is_refused(db, tmp_path):
    sheet = csv(tmp_path, "기관명,국가\n블랙록,US\n")
    with pytest.raises(ValidationError) as info:
        preview_import(db, sheet, guess_mapping(sheet.headers, "parties"), "parties")
    assert info.value.code == "import_column_missing" and info.value.params["field"] == "kind"


def test_xlsx_and_an_undo_refused_once_a_record_names_an_imported_party(db, tmp_path):
    book = Workbook()
    book.active.append(["Name (KO)", "English name", "Type", "Foreign", "Country", "Currency"])
    book.active.append(["블랙록", "BlackRock", "company", "Y", "US", "USD"])
    book.save(tmp_path / "p.xlsx")
    sheet = read_sheet(tmp_path / "p.xlsx")
    preview = preview_import(db, sheet, guess_mapping(sheet.headers, "parties"), "parties")
    changes = run_import(db, preview, today=TODAY)
    new_id = next(iter(changes.ids("parties")))
    add_funding_commitment(db, party_id=new_id, committed_on="2026-10-01", amount=5, currency="USD",
                           fx_rate=1400, today=TODAY)
    before = parties(db)
    with pytest.raises(ConflictError) as info:
        remove_import(db, import_id=changes.entity_id)
    assert info.value.code == "party_has_records"
    assert parties(db) == before


def test_rows_for_a_retired_party_are_rejected_at_preview(db, tmp_path):
    from desktop.services.parties import set_party_retired

    investor = db.execute("SELECT id FROM parties WHERE name_ko = '텐서웨이브'").fetchone()[0]
    set_party_retired(db, party_id=investor, retired_on="2026-06-01", today=TODAY)
    sheet = csv(tmp_path, "기관,약정일,금액,통화,환율\n텐서웨이브,2026-07-01,100,USD,1400\n"
                          "텐서웨이브,2026-05-02,100,USD,1400\n", name="commitments.csv")
    preview = preview_import(db, sheet, guess_mapping(sheet.headers, "commitments"), "commitments")
    assert {n: e.code for n, e in preview.rejected} == {2: "party_retired"}  # history before: fine
    assert [n for n, _ in preview.accepted] == [3]


def test_capacity_rows_that_make_no_sense_are_rejected_at_preview(db, tmp_path):
    from desktop.services.records import record_capacity

    record_capacity(db, phase_id=1, measured_on="2026-11-02", installed_mw=2, installed_gpus=None, today=TODAY)
    sheet = csv(tmp_path, "단계,측정일,설치용량,가동용량,출처\n1,2026-11-03,2,3,보고\n1,2026-11-02,2.5,,보고\n"
                          "1,2026-11-04,3,2,보고\n1,2026-11-04,3,2,보고\n", name="capacity.csv")
    preview = preview_import(db, sheet, guess_mapping(sheet.headers, "capacity"), "capacity")
    assert {n: e.code for n, e in preview.rejected} == {
        2: "energised_above_installed", 3: "capacity_same_day", 5: "capacity_same_day"}
    assert [n for n, _ in preview.accepted] == [4]
