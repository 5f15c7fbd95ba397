"""The funding panel: both bases, warnings, what-if, dialogs through services, undo."""

from desktop.ui.views.main_window import AREA_ORDER


def panel_of(window):
    window.nav.setCurrentRow(AREA_ORDER.index("funding"))
    return window.panels["funding"]


def fill_and_submit(panel, draft_changes):
    """Answer the next dialog: load the draft, press OK, report whether it closed."""
    outcome = {}

    def run(dialog):
        draft = dialog.result_draft()
        draft.update(draft_changes)
        dialog.load(draft)
        dialog.try_accept()
        outcome["error"] = dialog.error.text()
        outcome["accepted"] = dialog.result() == dialog.DialogCode.Accepted
        return outcome["accepted"]

    panel.run_dialog = run
    return outcome


def test_example_shares_and_what_if(make_window, example_db, qtmodeltester):
    panel = panel_of(make_window(example_db))
    for model in (panel.phase_model, panel.commitment_model, panel.payment_model):
        qtmodeltester.check(model)
    assert panel.committed_card.figure.text() == "31.7%"
    assert panel.paid_card.figure.text() == "35.0%"
    assert not panel.warning.isVisibleTo(panel)
    assert panel.unit_label.text() == "단위: 백만원"
    panel.what_if_kind.setCurrentIndex(1)  # domestic
    panel.what_if_amount.setText("3,000억")
    assert panel.what_if_result.text() == "약정 기준 비율 31.7% → 27.6%"
    panel.what_if_amount.setText("삼천억")
    assert "금액이 아닙니다" in panel.what_if_result.text()


def test_add_commitment_in_dollars_and_undo(make_window, db):
    window = make_window(db)
    panel = panel_of(window)
    tensorwave = db.execute("SELECT id FROM parties WHERE name_ko = '텐서웨이브'").fetchone()[0]
    outcome = fill_and_submit(panel, {"party_id": tensorwave, "committed_on": "2026-11-02",
                                      "currency": "USD", "amount": "100,000,000", "fx_rate": "1,450"})
    panel.add_commitment_button.click()
    assert outcome == {"error": "", "accepted": True}
    assert db.execute("SELECT amount_won FROM funding_commitments").fetchone()[0] == 145_000_000_000
    assert panel.committed_card.figure.text() == "100.0%"
    window.undo()
    assert db["funding_commitments"].count == 0
    window.redo()
    assert db["funding_commitments"].count == 1


def test_bad_input_keeps_the_dialog_open_and_stores_nothing(make_window, db):
    panel = panel_of(make_window(db))
    outcome = fill_and_submit(panel, {"currency": "USD", "amount": "100", "fx_rate": "0"})
    panel.add_commitment_button.click()
    assert outcome["accepted"] is False and "환율은 0보다 커야" in outcome["error"]
    outcome = fill_and_submit(panel, {"currency": "KRW", "amount": "많이"})
    panel.add_commitment_button.click()
    assert outcome["accepted"] is False and "금액이 아닙니다" in outcome["error"]
    assert db["funding_commitments"].count == 0


def test_payment_above_commitment_is_refused(make_window, db):
    panel = panel_of(make_window(db))
    nhn = db.execute("SELECT id FROM parties WHERE name_ko = 'NHN클라우드'").fetchone()[0]
    fill_and_submit(panel, {"party_id": nhn, "committed_on": "2026-01-05", "amount": "100억"})
    panel.add_commitment_button.click()
    outcome = fill_and_submit(panel, {"paid_on": "2026-02-01", "amount": "20,000,000,000"})
    panel.add_payment_button.click()
    assert outcome["accepted"] is False and "약정 잔액" in outcome["error"]
    outcome = fill_and_submit(panel, {"paid_on": "2026-02-01", "amount": "4,000,000,000"})
    panel.add_payment_button.click()
    assert outcome["accepted"] is True
    assert panel.paid_card.figure.text() == "0.0%"
    assert panel.warning.isVisibleTo(panel) and "납입 기준" in panel.warning.text()
