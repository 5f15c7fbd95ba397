"""The budget on the bare plan, entered in the window: lines (added, moved, refused, deleted),
contracts, a sheet of lines, a second cost in a month (replace or add), progress going back."""

from __future__ import annotations

from desktop.ui.views import budget_lines, budget_actions
from desktop.ui.views.main_window import AREA_ORDER


def panel_of(window):
    window.nav.setCurrentRow(AREA_ORDER.index("budget"))
    return window.panels["budget"]


def answer(panel, values: dict, outcomes: list):
    """The next dialogs get ``values`` on their draft, OK is pressed, the message is kept."""
    def run(dialog):
        draft = dialog.result_draft()
        draft.update(values)
        dialog.load(draft)
        message = dialog.submit(dialog.result_draft())
        outcomes.append(message)
        return message is None
    panel.run_dialog = run


def category(db, code):
    return db.execute("SELECT id FROM budget_categories WHERE code = ?", [code]).fetchone()[0]


def lines(db):
    return [tuple(r) for r in db.execute("SELECT phase_id, name, budget_won, spread FROM budget_lines ORDER BY id")]


def test_lines_added_moved_refused_and_deleted_in_the_window(make_window, db):
    window = make_window(db)
    panel = panel_of(window)
    assert panel.empty.isVisibleTo(panel) and not panel.splitter.isVisibleTo(panel)
    assert "2조원 미편성" in panel.total_label.text()
    outcomes: list = []
    answer(panel, {"phase_id": 1, "category_id": category(db, "building"), "name": "본관",
                   "budget_won": "1,200억", "start_month": "2026-01", "finish_month": "2027-12",
                   "spread": "s_curve"}, outcomes)
    budget_lines.add_line(panel)
    assert outcomes == [None] and lines(db) == [(1, "본관", 120_000_000_000, "s_curve")]
    assert not panel.empty.isVisibleTo(panel) and "1조 8,800억원 미편성" in panel.total_label.text()
    assert window.actions_by_name["undo"].text().endswith(": 예산 항목 추가")
    # a typed monthly plan
    answer(panel, {"phase_id": 1, "category_id": category(db, "power"), "name": "수변전",
                   "budget_won": "", "start_month": "2026-09", "finish_month": "2026-11",
                   "spread": "manual", "plan": {"2026-09": "10억", "2026-10": "20억", "2026-11": "30억"}},
           outcomes)
    budget_lines.add_line(panel)
    power = db.execute("SELECT id FROM budget_lines WHERE name = '수변전'").fetchone()[0]
    plan = [r[0] for r in db.execute("SELECT planned_won FROM budget_plan_months WHERE line_id = ? ORDER BY month", [power])]
    assert plan == [1_000_000_000, 2_000_000_000, 3_000_000_000]
    # refused: the same name again, a period beyond the phase — the dialog stays open with the reason
    answer(panel, {"phase_id": 1, "category_id": category(db, "cooling"), "name": "본관",
                   "budget_won": "1억", "start_month": "2026-01", "finish_month": "2026-12"}, outcomes)
    budget_lines.add_line(panel)
    assert "이미 있습니다" in outcomes[-1]
    answer(panel, {"phase_id": 1, "category_id": category(db, "cooling"), "name": "냉각",
                   "budget_won": "1억", "start_month": "2026-01", "finish_month": "2028-12"}, outcomes)
    budget_lines.add_line(panel)
    assert "벗어납니다" in outcomes[-1] and len(lines(db)) == 2
    # moved to phase 2 and renamed in one step; undo puts it back
    building = db.execute("SELECT id FROM budget_lines WHERE name = '본관'").fetchone()[0]
    answer(panel, {"phase_id": 2, "name": "본관 (2단계 준비)"}, outcomes)
    budget_lines.edit_line(panel, building)
    assert outcomes[-1] is None and lines(db)[0][:2] == (2, "본관 (2단계 준비)")
    window.undo()
    assert lines(db)[0][:2] == (1, "본관")
    # delete asks first; "no" keeps it, "yes" deletes, undo restores it with its plan
    window.answers[:] = [False]
    budget_lines.delete_line(panel, power)
    assert len(lines(db)) == 2
    window.answers[:] = [True]
    budget_lines.delete_line(panel, power)
    assert len(lines(db)) == 1
    window.undo()
    assert [r[0] for r in db.execute("SELECT planned_won FROM budget_plan_months WHERE line_id = ? ORDER BY month",
                                     [power])] == plan


def test_a_budget_below_what_is_spent_is_asked_about(make_window, db):
    window = make_window(db)
    panel = panel_of(window)
    outcomes: list = []
    answer(panel, {"phase_id": 1, "category_id": category(db, "design"), "name": "설계",
                   "budget_won": "100억", "start_month": "2026-01", "finish_month": "2026-12"}, outcomes)
    budget_lines.add_line(panel)
    line = db.execute("SELECT id FROM budget_lines").fetchone()[0]
    window.choices[:] = []
    budget_actions.book_cost(panel, line, "2026-10", 6_000_000_000)
    window.answers[:] = [False]
    answer(panel, {"budget_won": "50억"}, outcomes)
    budget_lines.edit_line(panel, line)
    assert "집행액" in outcomes[-1] and db.execute("SELECT budget_won FROM budget_lines").fetchone()[0] == 10_000_000_000
    window.answers[:] = [True]
    budget_lines.edit_line(panel, line)
    assert outcomes[-1] is None and db.execute("SELECT budget_won FROM budget_lines").fetchone()[0] == 5_000_000_000


def test_a_second_cost_in_a_month_asks_to_replace_or_add(make_window, db):
    window = make_window(db)
    panel = panel_of(window)
    answer(panel, {"phase_id": 1, "category_id": category(db, "design"), "name": "설계",
                   "budget_won": "100억", "start_month": "2026-01", "finish_month": "2026-12"}, [])
    budget_lines.add_line(panel)
    line = db.execute("SELECT id FROM budget_lines").fetchone()[0]

    def booked():
        return [r[0] for r in db.execute("SELECT amount_won FROM actual_costs WHERE line_id = ? ORDER BY id", [line])]

    budget_actions.book_cost(panel, line, "2026-10", 100)
    window.choices[:] = [1]  # add
    budget_actions.book_cost(panel, line, "2026-10", 50)
    assert booked() == [100, 50]
    window.choices[:] = [0]  # replace both by one
    budget_actions.book_cost(panel, line, "2026-10", 120)
    assert booked() == [120]
    assert panel.view.lines[line].figures.ac_won == 120
    window.undo()
    assert booked() == [100, 50] and panel.view.lines[line].figures.ac_won == 150
    window.redo()
    assert booked() == [120]
    window.choices[:] = [None]  # cancel: nothing booked
    try:
        budget_actions.book_cost(panel, line, "2026-10", 7)
    except Exception as error:  # noqa: BLE001 - the cancel is reported by the dialog
        assert type(error).__name__ == "_Cancelled"
    assert booked() == [120]
    future = []
    answer(panel, {"line_id": line, "month": "2026-12", "amount": "5억"}, future)
    budget_actions.enter_cost(panel)
    assert "시작되지 않았습니다" in future[-1] and booked() == [120]


def test_contracts_added_edited_and_deleted(make_window, db):
    window = make_window(db)
    panel = panel_of(window)
    answer(panel, {"phase_id": 1, "category_id": category(db, "building"), "name": "본관",
                   "budget_won": "1,200억", "start_month": "2026-01", "finish_month": "2027-12"}, [])
    budget_lines.add_line(panel)
    line = db.execute("SELECT id FROM budget_lines").fetchone()[0]
    hyundai = db.execute("SELECT id FROM parties WHERE name_ko = '현대건설'").fetchone()[0]
    outcomes: list = []
    answer(panel, {"line_id": line, "party_id": hyundai, "title": "본관 공사", "amount_won": "800억",
                   "committed_on": "2026-02-02"}, outcomes)
    budget_lines.add_contract(panel)
    assert outcomes == [None] and panel.view.total.figures.committed_won == 80_000_000_000
    row = dict(next(db.query("SELECT * FROM commitments")))
    listed: list = []
    panel.run_dialog = lambda dialog: listed.append([dialog.table.item(0, c).text() for c in range(6)])
    budget_lines.contracts(panel)
    assert listed == [["2026-02-02", "1단계 · 건축 · 본관", "현대건설", "본관 공사", "", "80,000,000,000"]]
    answer(panel, {"amount_won": "850억"}, outcomes)
    budget_lines.edit_contract(panel, row)
    assert db.execute("SELECT amount_won FROM commitments").fetchone()[0] == 85_000_000_000
    answer(panel, {"committed_on": "2027-02-02"}, outcomes)
    budget_lines.edit_contract(panel, row)
    assert "미래" in outcomes[-1] or "future" in outcomes[-1] or "2027-02-02" in outcomes[-1]
    window.undo()
    assert db.execute("SELECT amount_won FROM commitments").fetchone()[0] == 80_000_000_000
    window.answers[:] = [True]
    budget_lines.delete_contract(panel, row)
    assert db["commitments"].count == 0 and panel.view.total.figures.committed_won == 0


def test_progress_going_backwards_is_asked_in_the_table(make_window, db):
    from PySide6.QtCore import Qt

    from desktop.services.progress import set_line_progress
    from desktop.ui.models.budget_model import COL
    from tests.conftest import TODAY

    window = make_window(db)
    panel = panel_of(window)
    answer(panel, {"phase_id": 1, "category_id": category(db, "design"), "name": "설계",
                   "budget_won": "100억", "start_month": "2026-01", "finish_month": "2026-12"}, [])
    budget_lines.add_line(panel)
    line = db.execute("SELECT id FROM budget_lines").fetchone()[0]
    set_line_progress(db, line_id=line, percent=40, on="2026-10-31", today=TODAY)
    panel.refresh()
    model = panel.model
    phase = model.index(0, 0)
    group = model.index(0, 0, phase)
    cell = model.index(0, COL["% complete"], group)
    window.answers[:] = [False]
    assert not model.setData(cell, "30", Qt.ItemDataRole.EditRole)
    assert db["line_progress"].count == 1
    window.answers[:] = [True]
    model.setData(model.index(0, COL["% complete"], model.index(0, 0, model.index(0, 0))), "30",
                  Qt.ItemDataRole.EditRole)
    assert db.execute("SELECT percent_complete FROM line_progress WHERE month = '2026-11'").fetchone()[0] == 30


def test_the_period_offers_every_month_of_the_lines_as_they_grow(make_window, db):
    window = make_window(db)
    panel = panel_of(window)
    boxes = (panel.from_box, panel.to_box)
    assert [b.count() for b in boxes] == [1, 1] and not any(b.isEnabled() for b in boxes)  # bare plan
    outcomes: list = []
    answer(panel, {"phase_id": 1, "category_id": category(db, "building"), "name": "본관",
                   "budget_won": "100억", "start_month": "2026-01", "finish_month": "2026-06"}, outcomes)
    budget_lines.add_line(panel)
    assert outcomes == [None] and all(b.isEnabled() for b in boxes)
    assert [panel.to_box.itemData(i) for i in range(panel.to_box.count())] == [
        None, "2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06"]
    panel.from_box.setCurrentIndex(panel.from_box.findData("2026-03"))
    answer(panel, {"phase_id": 1, "category_id": category(db, "power"), "name": "수변전",
                   "budget_won": "50억", "start_month": "2026-01", "finish_month": "2027-06"}, outcomes)
    budget_lines.add_line(panel)
    assert outcomes[-1] is None and panel.to_box.itemData(panel.to_box.count() - 1) == "2027-06"
    assert panel.from_box.currentData() == "2026-03"  # the choice is kept
    assert panel.to_box.itemText(0) == "끝까지"
