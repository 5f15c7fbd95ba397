"""An import lists the rows it added as spans of consecutive ids (import_rows.last_row_id): its
undo still removes exactly those rows, rows listed one by one (before the spans) are still
read, and verify still finds an imported row, or the listing itself, changed outside the app."""

from __future__ import annotations

import sqlite3

import pytest

from db.verify import verify
from desktop.services.exchange import import_mspdi, preview_mspdi
from desktop.services.import_batches import batch_rows, id_spans, remove_import, restore_import
from tests.conftest import TODAY
from tests.services.test_exchange import PLAN, write


def test_id_spans_are_the_runs_of_consecutive_ids():
    assert id_spans([]) == []
    assert id_spans([7]) == [(7, None)]
    assert id_spans([3, 4, 5, 9, 10, 2, 12]) == [(3, 5), (9, 10), (2, None), (12, None)]
    assert id_spans([5, 4, 3]) == [(5, None), (4, None), (3, None)]  # only ascending runs
    with pytest.raises(ValueError):
        id_spans([1, 2, 1])


def _import(db, tmp_path):
    before = {r[0] for r in db.execute("SELECT id FROM tasks")}
    changes = import_mspdi(db, preview_mspdi(db, write(tmp_path, PLAN), as_what="schedule",
                                             phase_id=None, as_of=TODAY))
    added = {r[0] for r in db.execute("SELECT id FROM tasks")} - before
    return changes.entity_id, before, added


def test_undo_removes_exactly_the_listed_rows_and_redo_puts_them_back(db, tmp_path):
    import_id, before, added = _import(db, tmp_path)
    assert len(added) == 5 and batch_rows(db, import_id)["tasks"] == sorted(added)
    spans = db.execute("SELECT row_id, last_row_id FROM import_rows WHERE import_id = ?"
                       " AND entity = 'tasks'", [import_id]).fetchall()
    assert spans == [(min(added), max(added))]
    links = db.execute("SELECT count(*) FROM dependencies").fetchone()[0]
    undone = remove_import(db, import_id=import_id)
    assert {r[0] for r in db.execute("SELECT id FROM tasks")} == before
    assert db.execute("SELECT count(*) FROM dependencies").fetchone()[0] == links - 3
    restore_import(db, import_id=import_id, snapshot=undone.old)
    assert {r[0] for r in db.execute("SELECT id FROM tasks")} == before | added
    assert verify(db.conn).ok, verify(db.conn).problems


def test_rows_listed_one_by_one_are_still_read(db):
    with db.atomic():
        db.execute("INSERT INTO imports (id, project_id, kind, source, imported_at, imported_by)"
                   " VALUES (77, 1, 'test', 'old.xml', '2026-01-02T00:00:00', 'tester')")
        db.conn.executemany("INSERT INTO import_rows (import_id, entity, row_id, last_row_id) VALUES (77, ?, ?, ?)",
                       [("tasks", 12, None), ("tasks", 3, None), ("tasks", 20, 22), ("baselines", 4, None)])
    assert batch_rows(db, 77) == {"baselines": [4], "tasks": [3, 12, 20, 21, 22]}


@pytest.mark.parametrize("statement, found", [
    ("UPDATE tasks SET name_ko = '몰래' WHERE id = {task}", "verify_row_changed_outside"),
    ("DELETE FROM dependencies WHERE successor_id = {task}", "verify_row_removed_outside"),
    ("INSERT INTO tasks (project_id, name_ko) VALUES (1, '몰래 추가')", "verify_row_added_outside"),
    ("UPDATE import_rows SET last_row_id = last_row_id + 1 WHERE import_id = {batch}"
     " AND entity = 'tasks'", "verify_row_changed_outside"),
])
def test_verify_finds_an_imported_row_changed_outside(db, db_path, tmp_path, statement, found):
    import_id, _before, added = _import(db, tmp_path)
    assert verify(db.conn).ok, verify(db.conn).problems
    db.close()
    conn = sqlite3.connect(db_path, isolation_level=None)
    conn.execute(statement.format(task=max(added), batch=import_id))
    assert "verify_outside_change" in {p.code for p in verify(conn).problems}  # logged by the triggers
    conn.execute("DELETE FROM change_log WHERE audit_id IS NULL")  # as if the triggers were off
    codes = {p.code for p in verify(conn).problems}
    conn.close()
    assert found in codes, codes
