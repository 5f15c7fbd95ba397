"""Budget services: the example data's figures, every change audited and undoable, bad input
refused with nothing stored, and an open view following edits incrementally."""

from __future__ import annotations

from datetime import date
from fractions import Fraction

import pytest

from desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from desktop.domain.evm import ev_from_percent
from desktop.domain.spread import spread_s_curve
from desktop.services.budget import (
    STATUS_KEYS, add_budget_line, budget_status, delete_budget_line, load_money_view,
    restore_budget_line, set_month_plan, update_budget_line,
)
from desktop.services.budget_settings import (
    add_category, delete_category, rename_category, set_eac_method, set_variance_thresholds,
)
from desktop.services.costs import (
    add_commitment, delete_actual_cost, delete_commitment, record_actual_cost, restore_commitment,
    set_actual_cost,
)
from desktop.services.progress import set_line_etc, set_line_progress
from desktop.services.example_plan import LINE_PROGRESS

from tests.conftest import TODAY

TWO_JO = 2_000_000_000_000
AS_OF_MONTH = "2026-11"
TABLES = ("budget_lines", "budget_plan_months", "actual_costs", "commitments",
          "budget_categories", "project_settings", "audit_log")


def counts(db):
    return {t: db[t].count for t in TABLES}


def category(db, code):
    return db.execute("SELECT id FROM budget_categories WHERE code = ?", [code]).fetchone()[0]


def example_line(db, phase, code):
    return db.execute("""SELECT l.id FROM budget_lines l JOIN phases p ON p.id = l.phase_id
        JOIN budget_categories c ON c.id = l.category_id WHERE p.number = ? AND c.code = ?""",
                      [phase, code]).fetchone()[0]


def one(db, sql, params=()):
    return db.execute(sql, params).fetchone()[0]


_NAMES = iter(range(1, 10**6))


def new_line(db, **kwargs):
    """A line of phase 1, building; each with a name of its own (names are unique in a phase)."""
    values = {"phase_id": 1, "category_id": category(db, "building"), "name": f"본관 {next(_NAMES)}",
              "budget_won": 1_200_000_000, "start_month": "2026-01", "finish_month": "2026-12",
              "spread": "even", **kwargs}
    return add_budget_line(db, **values).entity_id


# --------------------------------------------------------------------------- example data
def test_example_totals(example_db):
    db = example_db
    view = load_money_view(db, as_of=TODAY)
    total = view.total.figures
    assert total.bac_won == TWO_JO
    assert total.planned_won == TWO_JO
    assert total.pv_won == one(db, "SELECT sum(planned_won) FROM budget_plan_months WHERE month <= ?",
                               [AS_OF_MONTH])
    assert total.ac_won == one(db, "SELECT sum(amount_won) FROM actual_costs WHERE month <= ?",
                               [AS_OF_MONTH])
    assert total.committed_won == one(db, "SELECT sum(amount_won) FROM commitments")
    phase1 = {code: db.execute("""SELECT l.budget_won FROM budget_lines l JOIN phases p ON p.id = l.phase_id
        JOIN budget_categories c ON c.id = l.category_id WHERE p.number = 1 AND c.code = ?""",
                               [code]).fetchone()[0] for code in LINE_PROGRESS}
    ev = sum(ev_from_percent(phase1[code], pct) for code, pct in LINE_PROGRESS.items())
    assert total.ev_won == ev == view.phases[1].figures.ev_won
    assert total.measured_lines == 8 and total.lines == 32 and not total.ev_complete
    assert view.phases[2].figures.ev_won is None
    assert sum(p.figures.bac_won for p in view.phases.values()) == TWO_JO
    # phase 1 line land: 100 % done, costs exactly the plan up to October
    land = view.lines[example_line(db, 1, "land")].figures
    assert land.ev_won == land.bac_won == 30_000_000_000
    assert land.ac_won == one(db, "SELECT sum(planned_won) FROM budget_plan_months WHERE line_id = ?"
                              " AND month <= '2026-10'", [example_line(db, 1, "land")])


def test_example_eac_per_method(example_db):
    db = example_db
    view = load_money_view(db, as_of=TODAY)
    p1 = view.phases[1].figures
    bac, pv, ev, ac = p1.bac_won, p1.pv_won, p1.ev_won, p1.ac_won
    rest = TWO_JO - bac          # phases 2–4: not measured, no cost: forecast at budget
    cpi, spi = Fraction(ev, ac), Fraction(ev, pv)

    def rounded(x):
        return int(x + Fraction(1, 2)) if x >= 0 else -int(-x + Fraction(1, 2))

    expected = {
        "cpi": rounded(bac / cpi) + rest,
        "atypical": ac + (bac - ev) + rest,
        "cpi_spi": rounded(ac + (bac - ev) / (cpi * spi)) + rest,
        "bottom_up": sum(max(f.figures.bac_won, f.figures.ac_won) for f in view.lines.values()),
    }
    for method, eac in expected.items():
        set_eac_method(db, method=method)
        status = budget_status(db, TODAY)
        assert status["eac_method"] == method
        assert status["eac_won"] == eac, method
        assert status["etc_won"] == eac - status["ac_won"]
        assert status["vac_won"] == TWO_JO - eac


def test_budget_status_shape(example_db):
    status = budget_status(example_db, TODAY)
    assert tuple(status) == STATUS_KEYS
    assert status["bac_won"] == TWO_JO and status["eac_method"] == "cpi"
    for key in ("bac_won", "pv_won", "ev_won", "ac_won", "cv_won", "sv_won", "eac_won", "etc_won",
                "vac_won"):
        assert isinstance(status[key], int), key
    for key in ("cpi", "spi", "tcpi_bac", "tcpi_eac", "spi_t"):
        assert isinstance(status[key], float), key
    assert status["cv_won"] == status["ev_won"] - status["ac_won"]
    assert status["sv_won"] == status["ev_won"] - status["pv_won"]


def test_empty_project_status(db):
    status = budget_status(db, TODAY)
    assert status["bac_won"] == 0 and status["ev_won"] is None and status["cpi"] is None
    assert status["eac_won"] is None and status["spi_t"] is None


def test_progress_measured_after_the_status_date_does_not_count(example_db):
    october = load_money_view(example_db, as_of=date(2026, 10, 31)).total.figures.ev_won
    november = load_money_view(example_db, as_of=TODAY).total.figures.ev_won
    known = one(example_db, "SELECT count(*) FROM line_progress WHERE measured_on <= '2026-10-31'")
    assert known and october is not None and november > october  # November's measurements came later
    assert load_money_view(example_db, as_of=date(2025, 6, 30)).total.figures.ev_won is None


def test_phase_and_period_filters(example_db):
    view = load_money_view(example_db, as_of=TODAY, phase=1)
    assert view.total.figures.bac_won == 600_000_000_000 and list(view.phases) == [1]
    year = load_money_view(example_db, as_of=TODAY, period=("2026-01", "2026-12"))
    assert year.total.figures.bac_won == one(
        example_db, "SELECT sum(planned_won) FROM budget_plan_months WHERE month BETWEEN '2026-01' AND '2026-12'")
    assert year.total.figures.ac_won == one(
        example_db, "SELECT sum(amount_won) FROM actual_costs WHERE month BETWEEN '2026-01' AND '2026-11'")
    assert year.total.figures.ev_won is None
    with pytest.raises(ValidationError):
        load_money_view(example_db, as_of=TODAY, period=("2026-12", "2026-01"))


# --------------------------------------------------------------------------- budget lines
def test_add_line_spreads(db):
    even = new_line(db)
    assert set(one(db, "SELECT group_concat(DISTINCT planned_won) FROM budget_plan_months WHERE line_id = ?",
                   [even]).split(",")) == {"100000000"}
    s_curve = new_line(db, spread="s_curve", budget_won="12억")
    plan = [r[0] for r in db.execute("SELECT planned_won FROM budget_plan_months WHERE line_id = ?"
                                     " ORDER BY month", [s_curve])]
    assert plan == spread_s_curve(1_200_000_000, 12)
    manual = new_line(db, spread="manual")
    assert one(db, "SELECT count(*) FROM budget_plan_months WHERE line_id = ? AND planned_won = 0",
               [manual]) == 12
    assert one(db, "SELECT count(*) FROM audit_log WHERE entity = 'budget_lines'") == 3


@pytest.mark.parametrize("kwargs, error, code", [
    ({"budget_won": -1}, ValidationError, "money_negative"),
    ({"budget_won": 10**15 + 1}, ValidationError, "money_absurd"),
    ({"budget_won": "많이"}, ValidationError, "money_unparsable"),
    ({"budget_won": 1.5}, ValidationError, "money_not_integer"),
    ({"start_month": "2026-13"}, ValidationError, "month_unparsable"),
    ({"finish_month": "2025-12"}, ValidationError, "finish_before_start"),
    ({"finish_month": "2200-01"}, ValidationError, "quantity_out_of_range"),
    ({"spread": "linear"}, ValidationError, "spread_invalid"),
    ({"phase_id": 99}, NotFoundError, "unknown_phase"),
    ({"category_id": 999}, NotFoundError, "row_not_found"),
])
def test_bad_lines_refused(db, kwargs, error, code):
    before = counts(db)
    with pytest.raises(error) as info:
        new_line(db, **kwargs)
    assert info.value.code == code
    assert counts(db) == before


def test_update_line_regenerates_and_restores(db):
    line = new_line(db)
    changes = update_budget_line(db, line_id=line, field="budget_won", value="24억")
    assert one(db, "SELECT sum(planned_won) FROM budget_plan_months WHERE line_id = ?", [line]) == 2_400_000_000
    restore_budget_line(db, **changes.old)
    assert one(db, "SELECT budget_won FROM budget_lines WHERE id = ?", [line]) == 1_200_000_000
    changes = update_budget_line(db, line_id=line, field="period", value=("2026-03", "2026-08"))
    assert one(db, "SELECT count(*) FROM budget_plan_months WHERE line_id = ?", [line]) == 6
    assert changes.old["line"]["start_month"] == "2026-01"
    update_budget_line(db, line_id=line, field="finish_month", value="2027. 2.")
    assert one(db, "SELECT count(*) FROM budget_plan_months WHERE line_id = ?", [line]) == 12
    update_budget_line(db, line_id=line, field="spread", value="s_curve")
    assert one(db, "SELECT spread FROM budget_lines WHERE id = ?", [line]) == "s_curve"
    update_budget_line(db, line_id=line, field="name", value=" 별관 ")
    assert one(db, "SELECT name FROM budget_lines WHERE id = ?", [line]) == "별관"
    with pytest.raises(ValidationError) as info:
        update_budget_line(db, line_id=line, field="percent", value=2)
    assert info.value.code == "field_not_editable"
    with pytest.raises(ValidationError) as info:  # phase 1 ends in 2027-12
        update_budget_line(db, line_id=line, field="finish_month", value="2028-03")
    assert info.value.code == "line_outside_phase"
    with pytest.raises(ValidationError) as info:  # nothing before the project (MOU 2025-06)
        update_budget_line(db, line_id=line, field="start_month", value="2025-05")
    assert info.value.code == "line_outside_phase"
    update_budget_line(db, line_id=line, field="phase_id", value=2)  # preparation for phase 2: allowed
    assert one(db, "SELECT phase_id FROM budget_lines WHERE id = ?", [line]) == 2
    with pytest.raises(ValidationError):
        update_budget_line(db, line_id=line, field="start_month", value="2027-06")


def test_manual_plan(db):
    line = new_line(db)
    audits = one(db, "SELECT count(*) FROM audit_log")
    changes = set_month_plan(db, line_id=line, month="2026-05", planned_won="3억")
    assert one(db, "SELECT count(*) FROM audit_log") == audits + 1
    assert one(db, "SELECT spread FROM budget_lines WHERE id = ?", [line]) == "manual"
    assert one(db, "SELECT planned_won FROM budget_plan_months WHERE line_id = ? AND month = '2026-05'",
               [line]) == 300_000_000
    view = load_money_view(db, as_of=TODAY).lines[line].figures
    assert view.planned_won == 1_400_000_000 and view.bac_won == 1_200_000_000
    # a manual line keeps its months when its period moves
    update_budget_line(db, line_id=line, field="period", value=("2026-05", "2027-01"))
    assert one(db, "SELECT sum(planned_won) FROM budget_plan_months WHERE line_id = ?", [line]) == \
        300_000_000 + 7 * 100_000_000
    with pytest.raises(ValidationError) as info:
        set_month_plan(db, line_id=line, month="2028-01", planned_won=1)
    assert info.value.code == "plan_month_outside_period"
    restore_budget_line(db, **changes.old)
    assert one(db, "SELECT spread FROM budget_lines WHERE id = ?", [line]) == "even"
    assert one(db, "SELECT sum(planned_won) FROM budget_plan_months WHERE line_id = ?", [line]) == 1_200_000_000


def test_delete_line_refused_with_costs_or_contracts_and_restored_with_its_id(db):
    line = new_line(db, spread="s_curve")
    plan = dict(db.execute("SELECT month, planned_won FROM budget_plan_months WHERE line_id = ?", [line]))
    cost = record_actual_cost(db, line_id=line, month="2026-02", amount_won=5, today=TODAY).entity_id
    with pytest.raises(ConflictError) as info:
        delete_budget_line(db, line_id=line)
    assert info.value.code == "budget_line_has_costs"
    delete_actual_cost(db, cost_id=cost)
    contract = add_commitment(db, line_id=line, party_id=None, title="공사", amount_won=10,
                              committed_on="2026-01-05", today=TODAY).entity_id
    with pytest.raises(ConflictError) as info:
        delete_budget_line(db, line_id=line)
    assert info.value.code == "budget_line_has_commitments"
    delete_commitment(db, commitment_id=contract)
    changes = delete_budget_line(db, line_id=line)
    assert db["budget_lines"].count == 0 and db["budget_plan_months"].count == 0
    restore_budget_line(db, **changes.old)
    assert one(db, "SELECT id FROM budget_lines") == line
    assert dict(db.execute("SELECT month, planned_won FROM budget_plan_months WHERE line_id = ?",
                           [line])) == plan


def test_each_change_writes_one_audit_row(db):
    def audits():
        return one(db, "SELECT count(*) FROM audit_log")

    line = new_line(db)
    steps = [
        lambda: update_budget_line(db, line_id=line, field="budget_won", value=1_300_000_000),
        lambda: set_month_plan(db, line_id=line, month="2026-02", planned_won=1),
        lambda: record_actual_cost(db, line_id=line, month="2026-02", amount_won=1, today=TODAY),
        lambda: set_actual_cost(db, cost_id=one(db, "SELECT max(id) FROM actual_costs"), amount_won=2),
        lambda: delete_actual_cost(db, cost_id=one(db, "SELECT max(id) FROM actual_costs")),
        lambda: add_commitment(db, line_id=line, party_id=None, title="t", amount_won=1,
                               committed_on="2026-01-01", today=TODAY),
        lambda: set_line_progress(db, line_id=line, percent=10, on="2026-01-31", today=TODAY),
        lambda: set_line_etc(db, line_id=line, etc_won=5, on="2026-01-31", today=TODAY),
        lambda: set_eac_method(db, method="atypical"),
        lambda: set_variance_thresholds(db, watch_pct=-1, over_pct=-6),
        lambda: add_category(db, code="misc", name_ko="기타"),
        lambda: rename_category(db, category_id=category(db, "misc"), name_ko="기타 비용"),
    ]
    for step in steps:
        before = audits()
        step()
        assert audits() == before + 1, step
    from db.audit import verify_chain
    assert verify_chain(db) is None


# --------------------------------------------------------------------------- contracts, progress, ETC
def test_commitments(db):
    line = new_line(db)
    changes = add_commitment(db, line_id=line, party_id=None, title=" 설계 용역 ", amount_won="3억",
                             committed_on="2026. 2. 1.", contract_no="C-1", today=TODAY)
    assert load_money_view(db, as_of=TODAY).lines[line].figures.committed_won == 300_000_000
    before = counts(db)
    for kwargs, code in (({"committed_on": "2027-01-01"}, "actual_in_future"),
                         ({"amount_won": -3}, "money_negative"),
                         ({"party_id": 999}, "unknown_party")):
        with pytest.raises((ValidationError, NotFoundError)) as info:
            add_commitment(db, **{"line_id": line, "party_id": None, "title": "x", "amount_won": 1,
                                  "committed_on": "2026-01-01", "today": TODAY, **kwargs})
        assert info.value.code == code
    assert counts(db) == before
    deleted = delete_commitment(db, commitment_id=changes.entity_id)
    restore_commitment(db, row=deleted.old)
    assert db["commitments"].get(changes.entity_id)["title"] == "설계 용역"


def test_progress_and_etc(db):
    line = new_line(db)
    record_actual_cost(db, line_id=line, month="2026-06", amount_won=700_000_000, today=TODAY)
    assert load_money_view(db, as_of=TODAY).lines[line].figures.ev_won is None
    changes = set_line_progress(db, line_id=line, percent="50%", on="2026-11-01", today=TODAY)
    assert changes.old is None and changes.new["month"] == "2026-11" and changes.touches("line_progress")
    f = load_money_view(db, as_of=TODAY).lines[line].figures
    assert f.ev_won == 600_000_000 and f.cpi == pytest.approx(6 / 7)
    assert f.eac_won == 1_400_000_000 and f.status == "over"        # −16.7 %
    for percent, on, code in ((101, "2026-11-01", "percent_out_of_range"),
                              ("반", "2026-11-01", "number_unparsable"),
                              (50, "2026-12-01", "actual_in_future")):
        with pytest.raises(ValidationError) as info:
            set_line_progress(db, line_id=line, percent=percent, on=on, today=TODAY)
        assert info.value.code == code
    set_line_etc(db, line_id=line, etc_won="4억", on=None, today=TODAY)
    set_eac_method(db, method="bottom_up")
    assert load_money_view(db, as_of=TODAY).lines[line].figures.eac_won == 1_100_000_000
    with pytest.raises(ValidationError) as info:
        set_eac_method(db, method="guess")
    assert info.value.code == "eac_method_invalid"
    set_line_progress(db, line_id=line, percent=None, on="2026-11-01", today=TODAY)
    assert load_money_view(db, as_of=TODAY).lines[line].figures.ev_won is None
    old = set_line_etc(db, line_id=line, etc_won=None, on=None, today=TODAY).old
    assert old["etc_won"] == 400_000_000
    assert db["line_progress"].count == 0  # a month with neither figure keeps no row
    with pytest.raises(NotFoundError):
        set_line_etc(db, line_id=999, etc_won=1, on=None, today=TODAY)


def test_thresholds_setting(db):
    line = new_line(db)
    record_actual_cost(db, line_id=line, month="2026-06", amount_won=640_000_000, today=TODAY)
    set_line_progress(db, line_id=line, percent=50, on="2026-11-01", today=TODAY)
    assert load_money_view(db, as_of=TODAY).lines[line].figures.status == "over"     # −6.7 %
    changes = set_variance_thresholds(db, watch_pct=0, over_pct=-10, index_watch=0.8, index_over=0.5)
    assert load_money_view(db, as_of=TODAY).lines[line].figures.status == "watch"
    with pytest.raises(ValidationError) as info:
        set_variance_thresholds(db, watch_pct=-10, over_pct=0)
    assert info.value.code == "variance_thresholds_order"
    set_variance_thresholds(db, watch_pct=changes.old["variance_watch_pct"],
                            over_pct=changes.old["variance_over_pct"])
    with pytest.raises(ValidationError) as info:
        set_variance_thresholds(db, watch_pct=None, over_pct=None, index_watch=0.8, index_over=0.9)
    assert info.value.code == "variance_thresholds_order"
    assert load_money_view(db, as_of=TODAY).lines[line].figures.status == "over"


# --------------------------------------------------------------------------- categories
def test_categories(db):
    changes = add_category(db, code="grid", name_ko="계통 연계", name_en="Grid connection")
    assert db["budget_categories"].get(changes.entity_id)["sort_order"] == 8
    before = counts(db)
    for kwargs, code in (({"code": "grid"}, "category_code_exists"),
                         ({"code": "전력"}, "category_code_invalid"),
                         ({"code": "x", "name_ko": " "}, "value_required")):
        with pytest.raises((ValidationError, ConflictError)) as info:
            add_category(db, **{"code": "y", "name_ko": "이름", **kwargs})
        assert info.value.code == code
    assert counts(db) == before
    renamed = rename_category(db, category_id=changes.entity_id, name_ko="계통")
    assert renamed.old == {"name_ko": "계통 연계", "name_en": "Grid connection"}
    assert db["budget_categories"].get(changes.entity_id)["name_en"] == "Grid connection"
    new_line(db, category_id=changes.entity_id)
    with pytest.raises(ConflictError) as info:
        delete_category(db, category_id=changes.entity_id)
    assert info.value.code == "category_in_use"
    delete_category(db, category_id=category(db, "land"))


def test_month_actual_as_typed_in_the_table(example_db):
    from desktop.services.costs import set_month_actual

    db = example_db
    line = db.execute("""SELECT l.id FROM budget_lines l JOIN budget_categories c ON c.id = l.category_id
        JOIN phases p ON p.id = l.phase_id WHERE p.number = 1 AND c.code = 'gpu_it'""").fetchone()[0]
    first = set_month_actual(db, line_id=line, month="2026-10", amount_won="12억", today=TODAY)
    assert (first.old, first.new, first.extra["delta_won"]) == (0, 1_200_000_000, 1_200_000_000)
    again = set_month_actual(db, line_id=line, month="2026-10", amount_won=1_500_000_000, today=TODAY)
    assert again.old == 1_200_000_000 and again.extra["delta_won"] == 300_000_000
    gone = set_month_actual(db, line_id=line, month="2026-10", amount_won=0, today=TODAY)
    assert gone.extra["delta_won"] == -1_500_000_000
    assert db.execute("SELECT count(*) FROM actual_costs WHERE line_id = ?", [line]).fetchone()[0] == 0
    set_month_actual(db, line_id=line, month="2026-10", amount_won=1, today=TODAY)
    db.execute("INSERT INTO actual_costs (project_id, line_id, month, amount_won) VALUES (1, ?, '2026-10', 2)",
               [line])
    with pytest.raises(ValidationError) as info:
        set_month_actual(db, line_id=line, month="2026-10", amount_won=5, today=TODAY)
    assert info.value.code == "month_has_several_costs"
