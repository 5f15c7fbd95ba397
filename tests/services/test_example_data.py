"""Example data: flagged rows that respect the plan's totals, removed as one set."""

from datetime import date

import pytest

from db.project import EXAMPLE_TABLES, count_example_rows
from desktop.domain.errors import ConflictError
from desktop.services.example_data import load_example_data, remove_example_data
from desktop.services.status import project_status
from tests.conftest import TODAY


def snapshot(db):
    return {t: list(db.query(f"SELECT * FROM {t} ORDER BY rowid")) for t in db.table_names()
            if t not in ("audit_log", "change_log", "audit_anchors")}


def test_budget_sums_to_the_total_investment(example_db):
    total = example_db["project"].get(1)["total_investment_won"]
    assert example_db.execute("SELECT sum(budget_won) FROM budget_lines").fetchone()[0] == total
    planned = example_db.execute("SELECT sum(planned_won) FROM budget_plan_months").fetchone()[0]
    assert planned == total
    per_line = example_db.execute("""SELECT count(*) FROM budget_lines l WHERE budget_won <>
        (SELECT sum(planned_won) FROM budget_plan_months m WHERE m.line_id = l.id)""").fetchone()[0]
    assert per_line == 0


def test_funding_respects_total_and_foreign_minimum(example_db):
    status = project_status(example_db, TODAY)
    funding = status["funding"]
    assert funding["committed_won"] == 2_000_000_000_000
    assert funding["foreign_share_committed"] >= 0.30
    assert funding["foreign_share_paid_in"] >= 0.30
    assert funding["compliant"] is True


def test_nothing_after_today(example_db):
    assert example_db.execute("SELECT max(month) FROM actual_costs").fetchone()[0] <= "2026-10"
    assert example_db.execute("SELECT max(paid_on) FROM funding_payments").fetchone()[0] <= TODAY.isoformat()
    assert example_db.execute("SELECT max(measured_on) FROM capacity_measurements").fetchone()[0] <= TODAY.isoformat()


def test_every_example_row_is_flagged_and_plan_rows_untouched(db):
    plan_before = snapshot(db)
    load_example_data(db, today=TODAY)
    for table, rows in plan_before.items():
        if table in EXAMPLE_TABLES:
            now = list(db.query(f"SELECT * FROM {table} WHERE is_example = 0 ORDER BY rowid"))
            assert now == rows, table
    assert db.execute("SELECT actual_finish_on FROM tasks WHERE wbs_code = '1.1'").fetchone()[0] is None


def test_remove_removes_them_all_and_nothing_else(db):
    db["phases"].update(2, {"target_gpus": 50_000})  # a figure the user entered
    before = snapshot(db)
    load_example_data(db, today=TODAY)
    assert count_example_rows(db) > 100
    changes = remove_example_data(db)
    assert changes.extra["rows"] > 100
    assert count_example_rows(db) == 0
    assert snapshot(db) == before
    actions = [r[0] for r in db.execute("SELECT action FROM audit_log ORDER BY id")]
    assert actions[-2:] == ["load_example_data", "remove_example_data"]


def test_loading_twice_is_refused(example_db):
    with pytest.raises(ConflictError) as info:
        load_example_data(example_db, today=TODAY)
    assert info.value.code == "example_data_present"


def test_early_date_gives_less(db):
    load_example_data(db, today=date(2025, 10, 1))
    assert db["funding_payments"].count == 0
    assert db.execute("SELECT max(month) FROM actual_costs").fetchone()[0] == "2025-09"
