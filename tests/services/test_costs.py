"""Actual-cost services: amounts as typed, bad input refused with nothing stored, corrections
undoable with an open view following them, closed months refusing changes."""

from __future__ import annotations

import pytest

from desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from desktop.services.budget import load_money_view
from desktop.services.costs import (
    add_commitment, delete_actual_cost, delete_commitment, record_actual_cost,
    restore_actual_cost, set_actual_cost,
)

from tests.conftest import TODAY
from tests.services.test_budget import counts, example_line, new_line, one


# --------------------------------------------------------------------------- actual costs
@pytest.mark.parametrize("text, won", [("1,234,000", 1_234_000), ("12억", 1_200_000_000),
                                       ("1.2조", 1_200_000_000_000), ("0", 0), (7, 7)])
def test_record_cost_amounts(db, text, won):
    line = new_line(db)
    changes = record_actual_cost(db, line_id=line, month="2026. 3.", amount_won=text, note=" 기성 ", today=TODAY)
    row = db["actual_costs"].get(changes.entity_id)
    assert (row["amount_won"], row["month"], row["note"]) == (won, "2026-03", "기성")
    assert changes.extra == {"line_id": line, "month": "2026-03", "delta_won": won}


@pytest.mark.parametrize("kwargs, error, code", [
    ({"amount_won": -1}, ValidationError, "money_negative"),
    ({"amount_won": "-5억"}, ValidationError, "money_negative"),
    ({"amount_won": 10**15 + 1}, ValidationError, "money_absurd"),
    ({"amount_won": "2000조"}, ValidationError, "money_absurd"),
    ({"amount_won": "백만원"}, ValidationError, "money_unparsable"),
    ({"amount_won": "12,34"}, ValidationError, "money_unparsable"),
    ({"amount_won": 12.5}, ValidationError, "money_not_integer"),
    ({"amount_won": None}, ValidationError, "value_required"),
    ({"month": "2025-12"}, ValidationError, "cost_month_outside_period"),
    ({"month": "2025-12"}, ValidationError, "cost_month_outside_period"),
    ({"month": "2026-12"}, ValidationError, "month_in_future"),  # the line's, but not begun yet
    ({"month": "March"}, ValidationError, "month_unparsable"),
    ({"line_id": 999}, NotFoundError, "row_not_found"),
    ({"commitment_id": 999}, NotFoundError, "row_not_found"),
])
def test_bad_costs_refused_nothing_stored(db, kwargs, error, code):
    line = new_line(db)
    before = counts(db)
    values = {"line_id": line, "month": "2026-03", "amount_won": 1_000, **kwargs}
    with pytest.raises(error) as info:
        record_actual_cost(db, **values, today=TODAY)
    assert info.value.code == code
    assert counts(db) == before


def test_cost_against_a_contract_of_another_line(db):
    first, second = new_line(db), new_line(db)
    contract = add_commitment(db, line_id=first, party_id=1, title="계약", amount_won="10억",
                              committed_on="2026-01-05", today=TODAY).entity_id
    before = counts(db)
    with pytest.raises(ValidationError) as info:
        record_actual_cost(db, line_id=second, month="2026-03", amount_won=1, commitment_id=contract, today=TODAY)
    assert info.value.code == "commitment_other_line"
    assert counts(db) == before
    record_actual_cost(db, line_id=first, month="2026-03", amount_won=1, commitment_id=contract, today=TODAY)
    with pytest.raises(ConflictError) as info:
        delete_commitment(db, commitment_id=contract)
    assert info.value.code == "commitment_has_costs"


def test_set_delete_restore_cost_and_the_view_follows(example_db):
    db = example_db
    view = load_money_view(db, as_of=TODAY)
    line = example_line(db, 1, "building")
    steps = [record_actual_cost(db, line_id=line, month="2026-11", amount_won="3억", today=TODAY)]
    cost = steps[0].entity_id
    steps.append(set_actual_cost(db, cost_id=cost, amount_won=500_000_000))
    assert steps[-1].old == 300_000_000 and steps[-1].extra["delta_won"] == 200_000_000
    deleted = delete_actual_cost(db, cost_id=cost)
    steps.append(deleted)
    assert one(db, "SELECT count(*) FROM actual_costs WHERE id = ?", [cost]) == 0
    steps.append(restore_actual_cost(db, row=deleted.old))
    assert db["actual_costs"].get(cost)["amount_won"] == 500_000_000        # same id, same amount
    for changes in steps:
        view.apply_actual(**{"line_id": changes.extra["line_id"], "month": changes.extra["month"],
                             "delta_won": changes.extra["delta_won"]})
    fresh = load_money_view(db, as_of=TODAY)
    for key in ("line", "group", "phase"):
        node = {"line": view.lines[line], "group": view.groups[(1, "building")],
                "phase": view.phases[1]}[key]
        other = {"line": fresh.lines[line], "group": fresh.groups[(1, "building")],
                 "phase": fresh.phases[1]}[key]
        assert node.figures == other.figures
    assert view.total.figures == fresh.total.figures
    assert view.series == fresh.series
    # undo of set: back to the old amount
    set_actual_cost(db, cost_id=cost, amount_won=steps[1].old)
    assert db["actual_costs"].get(cost)["amount_won"] == 300_000_000


@pytest.mark.parametrize("amount, code", [(-1, "money_negative"), ("x", "money_unparsable"),
                                          (10**16, "money_absurd")])
def test_bad_cost_corrections_refused(example_db, amount, code):
    cost = one(example_db, "SELECT min(id) FROM actual_costs")
    before = counts(example_db)
    with pytest.raises(ValidationError) as info:
        set_actual_cost(example_db, cost_id=cost, amount_won=amount)
    assert info.value.code == code
    assert counts(example_db) == before
    with pytest.raises(NotFoundError):
        set_actual_cost(example_db, cost_id=10**9, amount_won=1)
    with pytest.raises(NotFoundError):
        delete_actual_cost(example_db, cost_id=10**9)


def test_closed_month_refuses_cost_changes(db):
    line = new_line(db)
    cost = record_actual_cost(db, line_id=line, month="2026-03", amount_won=10, today=TODAY).entity_id
    db.execute("INSERT INTO month_closes (project_id, month, state, closed_at, closed_by,"
               " snapshot_json, digest) VALUES (1, '2026-03', 'closed', 'now', 'me', '{}', ?)", ["0" * 64])
    before = counts(db)
    for call in (lambda: record_actual_cost(db, line_id=line, month="2026-03", amount_won=1, today=TODAY),
                 lambda: set_actual_cost(db, cost_id=cost, amount_won=11),
                 lambda: delete_actual_cost(db, cost_id=cost)):
        with pytest.raises(ConflictError) as info:
            call()
        assert info.value.code == "month_closed"
    assert counts(db) == before
    record_actual_cost(db, line_id=line, month="2026-04", amount_won=1, today=TODAY)
