"""Editing services: validated, one transaction, one audit row, nothing half-written."""

from datetime import date

import pytest

from tests.conftest import TODAY

from db.audit import verify_chain
from desktop.domain.errors import NotFoundError, ValidationError
from desktop.services.fields import update_field
from desktop.services.milestones import set_milestone_date


def audit_rows(db):
    return list(db.query("SELECT * FROM audit_log ORDER BY id"))


def phase_id(db, number):
    return db.execute("SELECT id FROM phases WHERE number = ?", [number]).fetchone()[0]


def milestone_id(db, wbs):
    return db.execute("SELECT id FROM tasks WHERE wbs_code = ? AND is_milestone = 1", [wbs]).fetchone()[0]


def test_set_gpu_target_of_phase_two(db):
    before = len(audit_rows(db))
    changes = update_field(db, entity="phases", entity_id=phase_id(db, 2), field="target_gpus",
                           value="50,000")
    assert db["phases"].get(phase_id(db, 2))["target_gpus"] == 50_000
    assert changes.touches("phases") and changes.old is None and changes.new == 50_000
    rows = audit_rows(db)
    assert len(rows) == before + 1
    last = rows[-1]
    assert (last["entity"], last["field"], last["old_value"], last["new_value"]) == \
        ("phases", "target_gpus", None, "50000")
    assert last["os_user"] and last["at"]
    assert verify_chain(db) is None


def test_clearing_back_to_not_set(db):
    pid = phase_id(db, 1)
    update_field(db, entity="phases", entity_id=pid, field="target_gpus", value="")
    assert db["phases"].get(pid)["target_gpus"] is None


@pytest.mark.parametrize("field, value, code", [
    ("target_mw", "-40", "quantity_out_of_range"),
    ("target_mw", "forty", "number_unparsable"),
    ("target_gpus", "1.5", "count_invalid"),
    ("planned_finish_on", "2024-01-01", "finish_before_start"),
    ("planned_start_on", "2031-02-30", "date_invalid"),
    ("name_ko", "   ", "value_required"),
    ("id", "7", "field_not_editable"),
])
def test_refusals_store_nothing(db, field, value, code):
    pid = phase_id(db, 1)
    row_before, audit_before = db["phases"].get(pid), len(audit_rows(db))
    with pytest.raises(ValidationError) as info:
        update_field(db, entity="phases", entity_id=pid, field=field, value=value)
    assert info.value.code == code
    assert db["phases"].get(pid) == row_before
    assert len(audit_rows(db)) == audit_before


def test_unknown_row(db):
    with pytest.raises(NotFoundError):
        update_field(db, entity="phases", entity_id=999, field="target_mw", value=1)


def test_percent_range_on_tasks(db):
    with pytest.raises(ValidationError) as info:
        update_field(db, entity="tasks", entity_id=milestone_id(db, "1.2"), field="percent_complete",
                     value=120)
    assert info.value.code == "percent_out_of_range"


def test_record_construction_start(db):
    tid = milestone_id(db, "1.1")
    changes = set_milestone_date(db, task_id=tid, which="actual", on="2026. 3. 2.",
                                 today=date(2026, 11, 24))
    row = db["tasks"].get(tid)
    assert (row["actual_start_on"], row["actual_finish_on"], row["percent_complete"]) == \
        ("2026-03-02", "2026-03-02", 100)
    assert changes.old is None and changes.new == "2026-03-02"
    set_milestone_date(db, task_id=tid, which="actual", on=None, today=date(2026, 11, 24))
    assert db["tasks"].get(tid)["actual_finish_on"] is None
    assert db["tasks"].get(tid)["percent_complete"] == 0


def test_actual_in_the_future_is_refused(db):
    tid = milestone_id(db, "1.2")
    with pytest.raises(ValidationError) as info:
        set_milestone_date(db, task_id=tid, which="actual", on="2027-01-01", today=date(2026, 11, 24))
    assert info.value.code == "actual_in_future"
    assert db["tasks"].get(tid)["actual_finish_on"] is None


def test_not_a_milestone(db):
    summary = db.execute("SELECT id FROM tasks WHERE is_milestone = 0 LIMIT 1").fetchone()[0]
    with pytest.raises(ValidationError) as info:
        set_milestone_date(db, task_id=summary, which="forecast", on="2027-01-01", today=TODAY)
    assert info.value.code == "not_a_milestone"
