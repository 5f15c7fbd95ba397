"""The boundary check at every service's entry: typed refusals, nothing written."""

from datetime import date

import pytest

from desktop.domain.errors import ValidationError
from desktop.services.costs import record_actual_cost, restore_actual_cost
from desktop.services.fields import update_field
from desktop.services.month_close import set_month_notes
from desktop.services.records import record_capacity
from tests.conftest import TODAY
from desktop.services.tasks import add_task, add_link


def refused(call, **kwargs):
    with pytest.raises(ValidationError) as caught:
        call(**kwargs)
    return caught.value


def audit_rows(db):
    return db.execute("SELECT count(*) FROM audit_log").fetchone()[0]


def test_wrong_types_and_bools_are_refused(db):
    before = audit_rows(db)
    assert refused(lambda **k: update_field(db, **k), entity="tasks", entity_id=True, field="name_ko",
                   value="x").code == "value_type_invalid"
    assert refused(lambda **k: update_field(db, **k), entity="tasks", entity_id=1.0, field="name_ko",
                   value="x").code == "count_invalid"
    assert refused(lambda **k: update_field(db, **k), entity="tasks", entity_id=[1], field="name_ko",
                   value="x").code == "value_type_invalid"
    assert refused(lambda **k: add_link(db, **k), pred_id=1, succ_id=2, lag_days=2**64).code == "quantity_out_of_range"
    assert audit_rows(db) == before


def test_nan_infinity_and_dates_out_of_range(db):
    phase = db.execute("SELECT id FROM phases WHERE number = 1").fetchone()[0]
    for value in (float("nan"), float("inf")):
        assert refused(lambda **k: record_capacity(db, **k), phase_id=phase, measured_on="2026-01-05",
                       installed_mw=value, installed_gpus=None, today=TODAY).code == "number_not_finite"
    for when in (date(1899, 12, 31), "2201-01-01", "0001-01-01"):
        error = refused(lambda **k: record_capacity(db, **k), phase_id=phase, measured_on=when,
                        installed_mw=1.0, installed_gpus=None, today=TODAY)
        assert error.code == "date_out_of_range"


def test_text_limits_by_field(db):
    assert refused(lambda **k: add_task(db, **k), name_ko="가" * 256).code == "text_too_long"
    assert add_task(db, name_ko="가" * 255).entity_id
    error = refused(lambda **k: update_field(db, **k), entity="tasks", entity_id=1, field="name_ko",
                    value="이름\n둘째 줄")
    assert error.code == "text_control_characters" and error.params["field"] == "name_ko"
    assert refused(lambda **k: update_field(db, **k), entity="tasks", entity_id=1, field="name_ko",
                   value="\u202eevil").code == "text_control_characters"
    set_month_notes(db, month="2026-03", notes="첫째 줄\n둘째 줄")  # line breaks belong in notes
    assert refused(lambda **k: set_month_notes(db, **k), month="2026-03",
                   notes="x" * 10_001).params["limit"] == 10_000
    assert refused(lambda **k: set_month_notes(db, **k), month="2026-03",
                   notes="\x00").code == "text_control_characters"


def test_undo_payload_must_be_a_row_of_its_table(example_db):
    db = example_db
    line = db.execute("SELECT id FROM budget_lines WHERE is_example = 1 LIMIT 1").fetchone()[0]
    cost = record_actual_cost(db, line_id=line, month="2026-03", amount_won=5, today=TODAY)
    row = cost.new
    for bad in ({}, {**row, "surprise": 1}, {**row, "note": ["list"]}, {k: v for k, v in row.items() if k != "month"}):
        assert refused(lambda **k: restore_actual_cost(db, **k), row=bad).code == "value_type_invalid"
