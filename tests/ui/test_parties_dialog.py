"""The participants dialog: a new foreign investor, edits, retirement, refusals — all undoable."""

from desktop.ui.dialogs.parties_dialog import PartiesDialog
from desktop.ui.views.main_window import AREA_ORDER
from tests.conftest import TODAY
from tests.ui.test_capacity_panel import answer_dialog


def funding(window):
    window.nav.setCurrentRow(AREA_ORDER.index("funding"))
    return window.panels["funding"]


def open_dialog(window, qtbot) -> PartiesDialog:
    """The dialog as the funding panel's button opens it (received instead of shown)."""
    panel = funding(window)
    opened = []
    panel.run_dialog = opened.append
    panel.parties_button.click()
    dialog = opened[0]
    qtbot.addWidget(dialog)
    return dialog


def parties(db):
    return list(db.query("SELECT * FROM parties ORDER BY id"))


def test_a_new_foreign_investor_then_a_commitment_in_its_currency(make_window, db, qtbot, qtmodeltester):
    window = make_window(db)
    dialog = open_dialog(window, qtbot)
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() == 9
    outcome = answer_dialog(dialog, {"name_ko": "블랙록", "name_en": "BlackRock", "kind": "company", "is_foreign": True,
                    "country": "US", "currency": "USD"})
    dialog.buttons["add"].click()
    assert outcome == {"accepted": True, "error": ""}
    assert dialog.model.rowCount() == 10 and dialog.selected()["name_ko"] == "블랙록"
    assert dialog.model.index(9, 4).data() == "미국"  # country, in Korean
    panel = funding(window)
    offered = {}

    def run(commitment_dialog):
        names = [commitment_dialog.party.itemText(i) for i in range(commitment_dialog.party.count())]
        offered["names"] = names
        commitment_dialog.party.setCurrentIndex(names.index("블랙록"))
        offered["currency"] = commitment_dialog.currency.currentText()
        draft = commitment_dialog.result_draft()
        draft.update({"amount": "200,000,000", "fx_rate": "1,400", "committed_on": "2026-11-02"})
        commitment_dialog.load(draft)
        return commitment_dialog.try_accept()

    panel.run_dialog = run
    panel.add_commitment_button.click()
    assert "블랙록" in offered["names"] and offered["currency"] == "USD"  # the party's own currency
    assert db.execute("SELECT amount_won FROM funding_commitments").fetchone()[0] == 280_000_000_000
    assert panel.committed_card.figure.text() == "100.0%"
    overview = window.panels["overview"]
    overview.refresh()  # (a hidden panel refreshes when next shown; this window is never shown)
    assert "블랙록" in [overview.party_model.index(r, 0).data() for r in range(overview.party_model.rowCount())]


def test_bad_names_keep_the_dialog_open_and_store_nothing(make_window, db, qtbot):
    window = make_window(db)
    dialog = open_dialog(window, qtbot)
    before = parties(db)
    for changes, words in (({"name_ko": "현대건설"}, "이미 쓰이는 이름입니다"),
                           ({"name_ko": "새 회사", "name_en": "POSTECH"}, "이미 쓰이는 이름입니다"),
                           ({"name_ko": "   "}, "값을 입력"),
                           ({"name_ko": "새 회사", "country": "아틀란티스"}, "알 수 없는 국가")):
        outcome = answer_dialog(dialog, {"kind": "company", **changes})
        dialog.buttons["add"].click()
        assert not outcome["accepted"] and words in outcome["error"], outcome
    assert parties(db) == before


def test_edit_retire_and_delete_with_undo(make_window, db, qtbot):
    window = make_window(db)
    dialog = open_dialog(window, qtbot)
    dialog.select_name("텐서웨이브")
    outcome = answer_dialog(dialog, {"country": "US", "currency": "USD"})
    dialog.buttons["edit"].click()
    assert outcome["accepted"]
    row = db.execute("SELECT country, currency FROM parties WHERE name_ko = '텐서웨이브'").fetchone()
    assert tuple(row) == ("US", "USD")
    assert window.history.undo_label == "참여 기관 수정"
    window.undo()
    assert tuple(db.execute("SELECT country, currency FROM parties WHERE name_ko = '텐서웨이브'").fetchone()) == ("", "")
    # retire: kept, greyed, not offered for a new commitment
    dialog.refresh()
    dialog.select_name("한동대")
    assert dialog.buttons["retire"].isEnabled() and not dialog.buttons["reactivate"].isEnabled()
    outcome = answer_dialog(dialog, {"retired_on": "2026-11-01"})
    dialog.buttons["retire"].click()
    assert outcome["accepted"]
    assert db.execute("SELECT retired_on FROM parties WHERE name_ko = '한동대'").fetchone()[0] == "2026-11-01"
    dialog.select_name("한동대")
    assert dialog.model.index(dialog.table.currentIndex().row(), 7).data() == "참여 종료 2026-11-01"
    from desktop.ui.views.funding_actions import _choices

    assert "한동대" not in [name for _id, name, _c in _choices(funding(window))[0]]
    dialog.buttons["reactivate"].click()
    assert db.execute("SELECT retired_on FROM parties WHERE name_ko = '한동대'").fetchone()[0] is None
    # a party with a commitment: deletion refused with the reason, nothing removed
    from desktop.services.records import add_funding_commitment

    nhn = db.execute("SELECT id FROM parties WHERE name_ko = 'NHN클라우드'").fetchone()[0]
    add_funding_commitment(db, party_id=nhn, committed_on="2026-10-01", amount=5_000_000_000, today=TODAY)
    dialog.refresh()
    dialog.select_name("NHN클라우드")
    dialog.confirm = lambda title, text: True
    dialog.buttons["delete"].click()
    assert "삭제할 수 없습니다" in dialog.error.text() and "출자 약정 1건" in dialog.error.text()
    assert db.execute("SELECT count(*) FROM parties WHERE name_ko = 'NHN클라우드'").fetchone()[0] == 1
    # a party without records: asked, deleted, and back with undo
    dialog.select_name("포스텍")
    dialog.confirm = lambda title, text: False
    dialog.buttons["delete"].click()
    assert dialog.model.rowCount() == 9
    dialog.confirm = lambda title, text: True
    dialog.buttons["delete"].click()
    assert dialog.model.rowCount() == 8
    window.undo()
    dialog.refresh()
    assert dialog.model.rowCount() == 9


def test_import_participants_from_the_dialog(make_window, db, qtbot, tmp_path):
    window = make_window(db)
    dialog = open_dialog(window, qtbot)
    path = tmp_path / "parties.csv"
    path.write_bytes("기관명,영문명,유형,국내외,국가,통화\n블랙록,BlackRock,기업,해외,미국,USD\n".encode("utf-8-sig"))
    dialog.pick_file = lambda: path
    dialog.run_dialog = lambda sheet_dialog: sheet_dialog.try_accept()
    dialog.buttons["import"].click()
    assert dialog.model.rowCount() == 10
    assert window.history.undo_label == "참여 기관 가져오기"
    window.undo()
    dialog.refresh()
    assert dialog.model.rowCount() == 9


def test_a_retired_partys_commitment_is_not_offered_for_a_payment(make_window, db):
    from desktop.services.parties import set_party_retired
    from desktop.services.records import add_funding_commitment

    investor = db.execute("SELECT id FROM parties WHERE name_ko = '트랜스링크캐피탈'").fetchone()[0]
    add_funding_commitment(db, party_id=investor, committed_on="2026-03-02", amount=1000, currency="USD",
                           fx_rate=1400, today=TODAY)
    window = make_window(db)
    panel = funding(window)
    shown = []
    panel.run_dialog = lambda dialog: shown.append([dialog.commitment.itemText(i)
                                                    for i in range(dialog.commitment.count())])
    panel.add_payment_button.click()
    assert len(shown[0]) == 1 and "트랜스링크캐피탈" in shown[0][0]
    window.runner.run("retire", lambda v: set_party_retired(db, party_id=investor, retired_on=v,
                                                            today=TODAY), "2026-06-01")
    panel.add_payment_button.click()
    assert len(shown) == 1 and "약정" in window.errors[-1]  # nothing left to pay against
