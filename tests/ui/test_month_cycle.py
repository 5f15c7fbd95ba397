"""Three months of an office's work in the window, from the bare plan (no example data):
budget lines, a contract, a new foreign investor with a commitment and payments, and each month
costs, progress and a capacity measurement, the cause and plan of the late construction start,
and the month closed.  Each closed month then keeps its own EV, CPI and SPI, and the reports of
earlier months are not changed by the later ones."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QSettings, Qt

from desktop.clock import Clock
from desktop.services.month_close import report_figures
from desktop.ui.models.budget_model import COL
from desktop.ui.views import budget_actions, budget_lines
from desktop.ui.views.main_window import AREA_ORDER, MainWindow
from tests.ui.test_budget_lines import answer as answer_budget
from tests.ui.test_capacity_panel import answer_dialog
from tests.ui.test_funding_panel import fill_and_submit

MONTHS = [("2026-09", date(2026, 9, 30), (10, 5)), ("2026-10", date(2026, 10, 31), (20, 15)),
          ("2026-11", date(2026, 11, 24), (30, 25))]


@pytest.fixture
def window_on(qtbot, qapp_ko, tmp_path, db_path):
    """A window on ``db`` working at ``today`` (the office on that day)."""
    from desktop.ui.settings import Settings

    def make(db, today):
        settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
        window = MainWindow(db=db, settings=settings, db_path=db_path, clock=Clock(today),
                            confirm=lambda title, text: True, choose=lambda *a: 1, show_error=print)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        qtbot.addWidget(window)
        return window
    return make


def panel(window, area):
    window.nav.setCurrentRow(AREA_ORDER.index(area))
    return window.panels[area]


def category(db, code):
    return db.execute("SELECT id FROM budget_categories WHERE code = ?", [code]).fetchone()[0]


def first_month(window, db):
    budget = panel(window, "budget")
    done: list = []
    for values in ({"category_id": category(db, "building"), "name": "본관", "budget_won": "1,200억",
                    "start_month": "2026-01", "finish_month": "2027-12"},
                   {"category_id": category(db, "power"), "name": "수변전", "budget_won": "480억",
                    "start_month": "2026-06", "finish_month": "2027-05"}):
        answer_budget(budget, {"phase_id": 1, "spread": "even", **values}, done)
        budget_lines.add_line(budget)
    building = db.execute("SELECT id FROM budget_lines WHERE name = '본관'").fetchone()[0]
    hyundai = db.execute("SELECT id FROM parties WHERE name_ko = '현대건설'").fetchone()[0]
    answer_budget(budget, {"line_id": building, "party_id": hyundai, "title": "본관 공사",
                           "amount_won": "900억", "committed_on": "2026-02-02"}, done)
    budget_lines.add_contract(budget)
    funding = panel(window, "funding")
    opened = []
    funding.run_dialog = opened.append
    funding.parties_button.click()
    parties = opened[0]
    answer_dialog(parties, {"name_ko": "블랙록", "name_en": "BlackRock", "kind": "company", "is_foreign": True,
                            "country": "US", "currency": "USD"})
    parties.buttons["add"].click()
    blackrock = db.execute("SELECT id FROM parties WHERE name_ko = '블랙록'").fetchone()[0]
    outcome = fill_and_submit(funding, {"party_id": blackrock, "committed_on": "2026-09-01",
                                        "currency": "USD", "amount": "300,000,000", "fx_rate": "1,400"})
    funding.add_commitment_button.click()
    assert done == [None] * 3 and outcome["accepted"], (done, outcome)


def a_month(window, db, month: str, today: date, percents: tuple[int, int]) -> str:
    budget = panel(window, "budget")
    lines = dict(db.execute("SELECT name, id FROM budget_lines").fetchall())
    budget_actions.book_cost(budget, lines["본관"], month, 6_000_000_000)
    budget_actions.book_cost(budget, lines["수변전"], month, 3_000_000_000)
    model = budget.model
    group_of = {}
    phase = model.index(0, 0)
    for g in range(model.rowCount(phase)):
        group = model.index(g, 0, phase)
        for r in range(model.rowCount(group)):
            group_of[model.node(model.index(r, 0, group)).key] = model.index(r, COL["% complete"], group)
    for name, percent in zip(("본관", "수변전"), percents):
        assert model.setData(group_of[lines[name]], str(percent), Qt.ItemDataRole.EditRole), name
    funding = panel(window, "funding")
    outcome = fill_and_submit(funding, {"paid_on": today.isoformat(), "amount": "20,000,000", "fx_rate": "1,400"})
    funding.add_payment_button.click()
    assert outcome["accepted"], outcome
    capacity = panel(window, "capacity")
    answer_dialog(capacity, {"phase_id": db.execute("SELECT id FROM phases WHERE number = 1").fetchone()[0],
                             "measured_on": today.isoformat(), "installed_mw": "2", "energised_mw": "1",
                             "installed_gpus": "0"})
    capacity.add_measurement()
    reports = panel(window, "reports")
    reports.month_box.setCurrentIndex(reports.month_box.findData(month))
    editor = reports.remedies_editor
    assert editor.task_id() is not None  # the construction start is late: it must be explained
    editor.cause.setPlainText("부지 인허가 지연")
    editor.plan.setPlainText("인허가와 설계를 병행하여 2027년 상반기 착공")
    reports.save_remedy()
    reports.toggle_close()
    figures, digest, closed = report_figures(db, month, today)
    assert closed, month
    return digest


def test_three_months_in_the_window_each_keeping_its_own_figures(window_on, db):
    digests, figures = {}, {}
    for number, (month, today, percents) in enumerate(MONTHS):
        window = window_on(db, today)
        if number == 0:
            first_month(window, db)
        digests[month] = a_month(window, db, month, today, percents)
        window.close()
    later = MONTHS[-1][1]
    for month, today, (building, power) in MONTHS:
        snapshot, digest, closed = report_figures(db, month, later)
        assert closed and digest == digests[month], month  # later months changed nothing
        totals = snapshot["budget"]["totals"]
        expected_ev = 120_000_000_000 * building // 100 + 48_000_000_000 * power // 100
        spent = 9_000_000_000 * (MONTHS.index((month, today, (building, power))) + 1)
        assert totals["ev_won"] == expected_ev and totals["ac_won"] == spent, month
        assert totals["cpi"] == pytest.approx(expected_ev / spent)
        assert totals["spi"] == pytest.approx(expected_ev / totals["pv_won"])
        figures[month] = (totals["ev_won"], totals["cpi"], totals["spi"])
    assert len(set(figures.values())) == 3  # three months, three sets of figures
    assert db.execute("SELECT count(*) FROM funding_payments").fetchone()[0] == 3
    assert db.execute("SELECT count(*) FROM capacity_measurements").fetchone()[0] == 3
