"""Undo in the core: the history keeps operations with their inverses; a refused undo or redo
leaves history and data as they were; imports are undone by their own id."""

from __future__ import annotations

import pytest

from db.tables import TABLES
from desktop.domain.errors import ConflictError
from desktop.interop.sheets import read_sheet
from desktop.services.changes import Changes
from desktop.services.costs import delete_actual_cost, record_actual_cost, restore_actual_cost
from desktop.services.fields import update_field
from desktop.services.history import History
from desktop.services.imports import guess_mapping, preview_import, run_import
from desktop.services.month_close import close_month, reopen_month
from tests.conftest import TODAY, explain_late_milestones
from tests.services.test_budget import new_line


def costs(db):
    return [tuple(r) for r in db.execute("SELECT id, line_id, month, amount_won FROM actual_costs ORDER BY id")]


def book(history: History, db, line: int, month: str, amount: int) -> Changes:
    return history.run("집행 실적 입력",
                       lambda: record_actual_cost(db, line_id=line, month=month, amount_won=amount, today=TODAY),
                       lambda last: delete_actual_cost(db, cost_id=last.entity_id),
                       lambda last: restore_actual_cost(db, row=last.old))


def test_undo_redo_and_what_each_operation_wrote(db):
    history, line = History(db), new_line(db)
    changes = book(history, db, line, "2026-03", 5_000)
    assert changes.ids("actual_costs") == {changes.entity_id} and not changes.reschedule
    assert history.undo_label == "집행 실적 입력" and history.can_undo and not history.can_redo
    (op,) = history.operations
    audit = [r[0] for r in db.execute("SELECT id FROM audit_log WHERE entity = 'actual_costs'")]
    assert op.audit_ids == audit  # the history knows which audit rows its operation wrote
    history.undo()
    assert costs(db) == [] and history.redo_label == "집행 실적 입력"
    history.redo()
    assert costs(db) == [(changes.entity_id, line, "2026-03", 5_000)]  # the same row, same id
    assert len(op.audit_ids) == 3 and history.operation_of_audit(op.audit_ids[-1]) is op


def test_a_refused_undo_leaves_history_and_data_as_they_were(db):
    history, line = History(db), new_line(db)
    book(history, db, line, "2026-03", 5_000)
    explain_late_milestones(db, "2026-03")
    close_month(db, month="2026-03", today=TODAY)  # closed after the booking: undo must not reach into it
    before, index, audit = costs(db), history.index, db["audit_log"].count
    with pytest.raises(ConflictError) as refused:
        history.undo()
    assert refused.value.code == "month_closed"
    assert costs(db) == before and db["audit_log"].count == audit  # nothing written
    assert history.index == index and history.can_undo and not history.can_redo
    assert history.undo_label == "집행 실적 입력"
    reopen_month(db, month="2026-03")  # the cause removed, the same undo works
    history.undo()
    assert costs(db) == [] and history.index == index - 1 and history.can_redo


def test_a_refused_redo_leaves_history_and_data_as_they_were(db):
    history, line = History(db), new_line(db)
    book(history, db, line, "2026-03", 5_000)
    history.undo()
    explain_late_milestones(db, "2026-03")
    close_month(db, month="2026-03", today=TODAY)
    with pytest.raises(ConflictError):
        history.redo()
    assert costs(db) == [] and history.index == 0 and history.can_redo and not history.can_undo


def test_a_value_edit_is_kept_only_when_it_changes_something(db):
    history = History(db)
    apply = lambda value: update_field(db, entity="project", entity_id=1, field="name_en", value=value)  # noqa: E731
    first = history.run_value("영문 이름", apply, "Pohang AI Center")
    assert len(history.operations) == 1 and not first.reschedule  # a name moves no date
    history.run_value("영문 이름", apply, "Pohang AI Center")
    assert len(history.operations) == 1
    history.undo()
    assert db["project"].get(1)["name_en"] == first.old
    history.run_value("영문 이름", apply, "Other")  # a new change forgets what was undone
    assert not history.can_redo and len(history.operations) == 1


def test_changes_name_only_tables_of_the_schema(db):
    names = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'"
                                      " AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '\\_%' ESCAPE '\\'")}
    assert TABLES == names
    with pytest.raises(ValueError):
        Changes.of("funding")  # not a table: no view could wait for it
    assert Changes.of("tasks", entity_id=3).ids("tasks") == {3}
    assert Changes.of("tasks").reschedule and not Changes.of("kpi_reports").reschedule


# --------------------------------------------------------------------------- imports
def sheet(tmp_path, name, rows):
    path = tmp_path / name
    path.write_text("단계,분류,집행월,금액\n" + "".join(f"1단계,건축,{m},{a}\n" for m, a in rows),
                    encoding="utf-8-sig")
    return read_sheet(path)


def import_costs(history, db, data, source):
    preview = preview_import(db, data, guess_mapping(data.headers, "costs"), "costs", source=source)
    return history.run_import(f"{source} 가져오기", lambda: run_import(db, preview, today=TODAY))


def test_undoing_an_import_removes_exactly_its_rows(example_db, tmp_path):
    db, history = example_db, History(example_db)
    before = costs(db)
    first = import_costs(history, db, sheet(tmp_path, "a.csv", [("2026-09", 100), ("2026-10", 200)]), "a.csv")
    assert first.touches("imports", "actual_costs") and len(first.ids("actual_costs")) == 2
    # rows added after the import by someone else (another window): they must survive its undo
    later = record_actual_cost(db, line_id=db["actual_costs"].get(max(first.ids("actual_costs")))["line_id"],
                               month="2026-10", amount_won=777, today=TODAY).entity_id
    history.undo()
    remaining = costs(db)
    assert [r for r in remaining if r[0] not in {later}] == before
    assert any(r[0] == later for r in remaining)
    assert db["imports"].get(first.entity_id)["state"] == "removed"
    history.redo()
    assert {r[0] for r in costs(db)} == {r[0] for r in before} | set(first.ids("actual_costs")) | {later}


def test_an_import_whose_rows_changed_since_is_not_removed_half(example_db, tmp_path):
    db, history = example_db, History(example_db)
    first = import_costs(history, db, sheet(tmp_path, "b.csv", [("2026-09", 100), ("2026-10", 200)]), "b.csv")
    delete_actual_cost(db, cost_id=min(first.ids("actual_costs")))  # someone deleted one row since
    before = costs(db)
    with pytest.raises(ConflictError) as refused:
        history.undo()
    assert refused.value.code == "row_changed" and costs(db) == before  # who deleted it, and when
    assert refused.value.params["who"] and refused.value.params["when"]
    assert history.can_undo and db["imports"].get(first.entity_id)["state"] == "applied"
