"""Migration 0011_change_log_checks: the change log rebuilt with its check of op written as
comparisons.  A database made by the previous steps keeps every logged change (ids, hashes,
claims), its triggers exactly as they were (also one switched off outside the application),
verifies clean, and a change made outside the application afterwards is still found."""

from __future__ import annotations

import sqlite3

import pytest

from db import migrations, open_database
from db.audit import append_audit
from db.verify import verify
from desktop.services.fields import update_field

STEP = "0011_change_log_checks"


def previous_database(path, monkeypatch, *, outside=()):
    """A database made by the steps before this one, with a history of edits and deletes,
    and then ``outside`` statements run on it with sqlite3 (as someone outside the app)."""
    position = [name for name, _ in migrations.STEPS].index(STEP)
    monkeypatch.setattr(migrations, "STEPS", migrations.STEPS[:position])
    db = open_database(path)
    for i in range(3):
        update_field(db, entity="tasks", entity_id=1, field="name_ko", value=f"이름 {i}")
    update_field(db, entity="phases", entity_id=2, field="target_gpus", value=123)
    for action in ("insert", "delete"):  # a row added, then removed: a change without a hash
        with db.atomic():
            if action == "insert":
                db.execute("INSERT INTO parties (id, project_id, name_ko, kind) VALUES (99, 1, '업체', 'other')")
            else:
                db.execute("DELETE FROM parties WHERE id = 99")
            append_audit(db, action=action, entity="parties", entity_id=99)
    db.close()
    monkeypatch.undo()
    conn = sqlite3.connect(path, isolation_level=None)
    for statement in outside:
        conn.execute(statement)
    conn.close()


def state(path):
    conn = sqlite3.connect(path)
    try:
        return {"log": conn.execute("SELECT * FROM change_log ORDER BY id").fetchall(),
                "dependants": conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master"
                                           " WHERE type IN ('trigger', 'view') ORDER BY name").fetchall(),
                "problems": sorted({p.code for p in verify(conn).problems}),
                "schema": conn.execute("SELECT sql FROM sqlite_master WHERE name = 'change_log'").fetchone()[0],
                "indexes": conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index'"
                                        " AND tbl_name = 'change_log'").fetchall()}
    finally:
        conn.close()


def test_the_log_and_its_triggers_are_kept_and_verify_stays_clean(db_path, monkeypatch):
    previous_database(db_path, monkeypatch)
    before = state(db_path)
    assert len(before["log"]) > 50 and " IN (" in before["schema"] and before["problems"] == []
    assert ("parties", "99", "D", None) in [(t, k, o, h) for _i, t, k, o, _a, h in before["log"]]
    db = open_database(db_path)
    assert STEP in migrations.applied_names(db.conn)
    assert db.execute("PRAGMA ignore_check_constraints").fetchone()[0] == 0  # checking again
    db.close()
    after = state(db_path)
    migrated = len(before["log"])
    assert after["log"][:migrated] == before["log"]  # the step's own audit row claims no change
    assert after["dependants"] == before["dependants"] and len(after["dependants"]) > 90
    assert after["indexes"] == before["indexes"]
    assert after["problems"] == []
    assert " IN (" not in after["schema"] and "op = 'I' OR op = 'U' OR op = 'D' OR op = 'B'" in after["schema"]
    conn = sqlite3.connect(db_path, isolation_level=None)
    conn.execute("BEGIN")
    for op in "IUDB":
        conn.execute("INSERT INTO change_log (tbl, row_key, op) VALUES ('tasks', '1', ?)", [op])
    for bad in ("X", "i", ""):
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute("INSERT INTO change_log (tbl, row_key, op) VALUES ('tasks', '1', ?)", [bad])
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("INSERT INTO change_log (tbl, row_key, op, row_hash) VALUES ('tasks', '1', 'U', 'short')")
    conn.execute("ROLLBACK")
    conn.execute("UPDATE tasks SET name_ko = '몰래 바꿈' WHERE id = 1")  # outside the application
    conn.close()
    assert state(db_path)["problems"] == ["verify_outside_change"]


def test_a_trigger_switched_off_before_stays_off_for_verify_to_report(db_path, monkeypatch):
    previous_database(db_path, monkeypatch, outside=("DROP TRIGGER track_tasks_update",))
    before = state(db_path)
    assert "verify_tracking_off" in before["problems"]
    open_database(db_path).close()
    after = state(db_path)
    assert after["dependants"] == before["dependants"]
    assert "track_tasks_update" not in {name for _type, name, _table, _sql in after["dependants"]}
    assert after["problems"] == before["problems"]


def test_a_log_row_that_breaks_the_check_is_kept_as_it_is(db_path, monkeypatch):
    """A row written outside the application with the checks switched off is copied as it is
    (not refused, which would leave the database unopenable): verify still reports it."""
    previous_database(db_path, monkeypatch, outside=(
        "PRAGMA ignore_check_constraints = ON",
        "INSERT INTO change_log (tbl, row_key, op, row_hash) VALUES ('tasks', '1', 'X', 'short')"))
    before = state(db_path)
    assert before["problems"] and before["log"][-1][3:] == ("X", None, "short")
    open_database(db_path).close()
    after = state(db_path)
    assert after["log"][:len(before["log"])] == before["log"]
    assert after["problems"] == before["problems"]
