"""Participants and funding parties: add, edit, retire, delete, and the records that follow."""

import sqlite3
from datetime import date

import pytest

from db import migrations, open_database
from desktop.domain.errors import ConflictError, DomainError, NotFoundError, ValidationError
from desktop.services.history import History
from desktop.services.parties import (
    add_party, delete_party, party_choices, restore_party, set_party_retired, update_party,
)
from desktop.services.records import add_funding_commitment, record_funding_payment
from tests.conftest import TODAY


def party(db, name):
    return next(db.query("SELECT * FROM parties WHERE name_ko = ?", [name]))


def snapshot(db):
    return list(db.query("SELECT * FROM parties ORDER BY id"))


def test_the_announced_parties_are_kept_with_country_and_currency(db):
    rows = snapshot(db)
    assert [r["name_ko"] for r in rows][:2] == ["포항시", "경상북도"] and len(rows) == 9
    assert party(db, "포항시")["country"] == "KR" and party(db, "포항시")["currency"] == "KRW"
    # the plan does not say where the foreign parties come from: not set, not invented
    assert party(db, "텐서웨이브")["country"] == "" and party(db, "텐서웨이브")["currency"] == ""
    assert all(r["retired_on"] is None for r in rows)


def test_a_database_of_the_previous_version_gets_the_columns(tmp_path, monkeypatch):
    path = tmp_path / "old.sqlite"
    older = [(name, f) for name, f in migrations.STEPS if name != "0007_parties"]
    monkeypatch.setattr(migrations, "STEPS", older)
    open_database(path).close()  # the plan as the previous version wrote it: no country, currency
    monkeypatch.undo()
    db = open_database(path)
    assert "0007_parties" in migrations.applied_names(db.conn)
    assert party(db, "현대건설")["country"] == "KR" and party(db, "현대건설")["currency"] == "KRW"
    assert party(db, "트랜스링크캐피탈")["country"] == ""
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("UPDATE parties SET country = 'usa' WHERE id = 1")
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("UPDATE parties SET currency = 'Won' WHERE id = 1")
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("UPDATE parties SET retired_on = '2026-13-01' WHERE id = 1")
    db.close()


def test_add_a_foreign_investor_in_the_words_the_office_uses(db):
    changes = add_party(db, name_ko="블랙록", name_en="BlackRock", kind="기업", is_foreign="해외",
                        country="미국", currency="달러", role_ko="투자")
    row = db["parties"].get(changes.entity_id)
    assert (row["kind"], row["is_foreign"], row["country"], row["currency"]) == ("company", 1, "US", "USD")
    assert row["sort_order"] == 9 and changes.tables == {"parties"}
    audit = list(db.query("SELECT * FROM audit_log WHERE entity = 'parties' ORDER BY id DESC LIMIT 1"))[0]
    assert audit["action"] == "insert" and audit["entity_id"] == row["id"]


@pytest.mark.parametrize("values, code", [
    ({"name_ko": "현대건설", "kind": "company"}, "party_name_taken"),
    ({"name_ko": "현대 건설", "kind": "company"}, "party_name_taken"),  # spacing does not make it new
    ({"name_ko": "새 기관", "name_en": "posTECH", "kind": "company"}, "party_name_taken"),
    ({"name_ko": "Hyundai Engineering & Construction", "kind": "company"}, "party_name_taken"),
    ({"name_ko": "  ", "kind": "company"}, "value_required"),
    ({"name_ko": "새 기관", "kind": "외계인"}, "party_kind_unknown"),
    ({"name_ko": "새 기관", "kind": "company", "is_foreign": "아마도"}, "party_foreign_unknown"),
    ({"name_ko": "새 기관", "kind": "company", "country": "아틀란티스"}, "country_invalid"),
    ({"name_ko": "새 기관", "kind": "company", "currency": "dollars"}, "currency_invalid"),
    ({"name_ko": "가" * 101, "kind": "company"}, "party_name_too_long"),
])
def test_nonsense_is_refused_and_nothing_stored(db, values, code):
    before = snapshot(db)
    with pytest.raises(ValidationError) as info:
        add_party(db, **values)
    assert info.value.code == code
    assert snapshot(db) == before


def test_edit_and_its_undo(db):
    history = History(db)
    target = party(db, "텐서웨이브")
    new = {"country": "US", "currency": "USD", "name_en": "TensorWave Inc."}
    history.run_value("edit", lambda v: update_party(db, party_id=target["id"], values=v), new)
    row = db["parties"].get(target["id"])
    assert (row["country"], row["currency"], row["name_en"]) == ("US", "USD", "TensorWave Inc.")
    history.undo()
    assert {**db["parties"].get(target["id"]), "version": None} == {**target, "version": None}
    with pytest.raises(ValidationError) as info:
        update_party(db, party_id=target["id"], values={"name_ko": "포항시"})
    assert info.value.code == "party_name_taken"
    assert update_party(db, party_id=target["id"], values={"name_ko": "텐서웨이브"}).old == \
        update_party(db, party_id=target["id"], values={}).new  # its own name is not "taken"


def test_an_edit_over_someone_elses_change_is_refused(db):
    target = party(db, "텐서웨이브")
    update_party(db, party_id=target["id"], values={"country": "US"})  # another user, meanwhile
    with pytest.raises(DomainError) as info:
        update_party(db, party_id=target["id"], values={"currency": "USD"},
                     expected_version=target["version"])
    assert info.value.code == "row_changed"
    assert party(db, "텐서웨이브")["currency"] == ""


def test_retired_party_keeps_history_and_takes_no_new_record(db):
    investor = party(db, "트랜스링크캐피탈")["id"]
    commitment = add_funding_commitment(db, party_id=investor, committed_on="2026-03-02", amount=1000,
                                        currency="USD", fx_rate=1400, today=TODAY).entity_id
    record_funding_payment(db, commitment_id=commitment, paid_on="2026-05-04", amount=400, fx_rate=1380,
                           today=TODAY)
    with pytest.raises(ValidationError) as info:  # a record dated after the retirement
        set_party_retired(db, party_id=investor, retired_on="2026-05-01", today=TODAY)
    assert info.value.code == "party_retired_before_record" and info.value.params["last"] == "2026-05-04"
    set_party_retired(db, party_id=investor, retired_on="2026-06-01", today=TODAY)
    assert db["funding_commitments"].count == 1 and db["funding_payments"].count == 1  # history kept
    assert investor not in [p["id"] for p in party_choices(db, on=TODAY)]
    assert investor in [p["id"] for p in party_choices(db, on=date(2026, 5, 31))]  # entering history late
    for record in (
            lambda: add_funding_commitment(db, party_id=investor, committed_on="2026-07-01", amount=1,
                                           currency="USD", fx_rate=1400, today=TODAY),
            lambda: record_funding_payment(db, commitment_id=commitment, paid_on="2026-06-01", amount=1,
                                           fx_rate=1400, today=TODAY)):
        with pytest.raises(ValidationError) as info:
            record()
        assert info.value.code == "party_retired"
    # a payment dated before the retirement is history entered late: accepted
    record_funding_payment(db, commitment_id=commitment, paid_on="2026-05-20", amount=1, fx_rate=1400,
                           today=TODAY)
    with pytest.raises(ValidationError) as info:
        set_party_retired(db, party_id=investor, retired_on="2026-12-01", today=TODAY)
    assert info.value.code == "actual_in_future"
    set_party_retired(db, party_id=investor, retired_on=None, today=TODAY)  # back in the project
    assert investor in [p["id"] for p in party_choices(db, on=TODAY)]


def test_a_party_with_records_cannot_be_deleted(db):
    investor = party(db, "트랜스링크캐피탈")
    add_funding_commitment(db, party_id=investor["id"], committed_on="2026-03-02", amount=10,
                           currency="USD", fx_rate=1400, today=TODAY)
    with pytest.raises(ConflictError) as info:
        delete_party(db, party_id=investor["id"])
    assert info.value.code == "party_has_records" and info.value.params["commitments"] == 1
    assert db["parties"].get(investor["id"]) == investor


def test_delete_and_restore_a_party_without_records(db):
    new = add_party(db, name_ko="임시 기관", kind="other").entity_id
    row = db["parties"].get(new)
    removed = delete_party(db, party_id=new)
    assert db.execute("SELECT count(*) FROM parties WHERE id = ?", [new]).fetchone()[0] == 0
    restore_party(db, row=removed.old)
    assert db["parties"].get(new) == row
    with pytest.raises(NotFoundError):
        delete_party(db, party_id=9999)
