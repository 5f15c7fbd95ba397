"""The audit trail an auditor can check: each kind of tampering is found, a clean history is not
reported, old (version 1) chains still verify, the hash covers the stored values."""

import json
import sqlite3
import subprocess
import sys

import pytest

from db import migrations, open_database
from db.audit import append_audit, request_anchor, row_hash
from db.verify import verify
from desktop.services.fields import update_field
from tests.conftest import ROOT


def codes(path):
    conn = sqlite3.connect(path)
    try:
        return sorted({p.code for p in verify(conn).problems})
    finally:
        conn.close()


@pytest.fixture
def history(db_path):
    """Edits, a backup anchor after the first five, three more edits after it."""
    db = open_database(db_path)
    for i in range(5):
        update_field(db, entity="tasks", entity_id=1, field="name_ko", value=f"이름 {i}")
    with db.atomic():
        request_anchor(db, "backup")
    for i in range(3):
        update_field(db, entity="phases", entity_id=2, field="target_gpus", value=100 + i)
    ids = [r[0] for r in db.execute("SELECT id FROM audit_log ORDER BY id")]
    anchor = db.execute("SELECT audit_id FROM audit_anchors").fetchone()[0]
    db.close()
    return db_path, ids, anchor


def tamper(path, *statements):
    conn = sqlite3.connect(path, isolation_level=None)
    for sql, *params in statements:
        conn.execute(sql, *params)
    conn.close()


def rehash_from(path, first_id):
    """What a knowledgeable forger does: recompute every hash from ``first_id`` on."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.row_factory = sqlite3.Row
    rows = [dict(r) for r in conn.execute("SELECT * FROM audit_log ORDER BY id")]
    prev = None
    for row in rows:
        if row["id"] >= first_id:
            row["prev_hash"] = prev
            row["hash"] = row_hash(prev, row)
            conn.execute("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?",
                         [row["prev_hash"], row["hash"], row["id"]])
        prev = row["hash"]
    conn.close()


def test_a_clean_history_checks_out(history):
    path, _ids, _anchor = history
    assert codes(path) == []


def test_edited_audit_row(history):
    path, ids, _ = history
    tamper(path, ("UPDATE audit_log SET new_value = '\"다른 이름\"' WHERE id = ?", [ids[3]]))
    assert "verify_audit_row_altered" in codes(path)


def test_deleted_middle_row(history):
    path, ids, _ = history
    task_edits = ids[-8:-3]  # the fixture's five edits (the rows before them: migrations, seed)
    tamper(path, ("DELETE FROM audit_log WHERE id = ?", [task_edits[2]]))
    assert {"verify_chain_gap", "verify_audit_row_removed"} <= set(codes(path))


def test_deleted_last_rows_after_the_anchor(history):
    path, ids, _ = history
    tamper(path, ("DELETE FROM audit_log WHERE id >= ?", [ids[-2]]))
    assert "verify_audit_row_removed" in codes(path)  # their changes are still in the log


def test_deleted_last_rows_with_their_change_log(history):
    path, ids, _ = history
    tamper(path, ("DELETE FROM change_log WHERE audit_id >= ?", [ids[-2]]),
           ("DELETE FROM audit_log WHERE id >= ?", [ids[-2]]))
    assert "verify_row_changed_outside" in codes(path)  # the phase row is not what the log says


def test_deleted_rows_up_to_the_anchor(history):
    path, ids, anchor = history
    tamper(path, ("DELETE FROM change_log WHERE audit_id >= ?", [anchor - 1]),
           ("DELETE FROM audit_log WHERE id >= ?", [anchor - 1]))
    assert "verify_anchor_row_missing" in codes(path)


def test_inserted_row_with_the_whole_tail_rehashed_is_caught_by_the_anchor(history):
    path, ids, anchor = history
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("UPDATE change_log SET audit_id = audit_id + 1000 WHERE audit_id >= ?", [ids[2]])
    conn.execute("UPDATE audit_log SET id = id + 1000 WHERE id >= ?", [ids[2]])
    conn.execute("UPDATE audit_log SET id = id - 999 WHERE id >= 1000")  # renumbered one up
    conn.execute("UPDATE change_log SET audit_id = audit_id - 999 WHERE audit_id >= 1000")
    conn.execute("INSERT INTO audit_log (id, at, os_user, action, entity, prev_hash, hash, hash_version)"
                 " VALUES (?, '2026-01-01T00:00:00+00:00', 'forger', 'update', 'tasks', '', ?, 2)",
                 [ids[2], "f" * 64])
    conn.close()
    rehash_from(path, ids[2])
    found = codes(path)
    assert "verify_audit_row_altered" not in found and "verify_chain_gap" not in found  # a good forgery
    assert "verify_anchor_mismatch" in found or "verify_anchor_count" in found


def test_rewritten_row_before_the_anchor_with_recomputed_tail(history):
    path, ids, anchor = history
    tamper(path, ("UPDATE audit_log SET os_user = 'someone else' WHERE id = ?", [ids[1]]))
    rehash_from(path, ids[1])
    assert codes(path) == ["verify_anchor_mismatch"]


def test_rewrite_after_the_last_anchor_is_not_detectable_from_the_file_alone(history):
    """Honest limit: a consistent rewrite after the last anchor needs an outside copy."""
    path, ids, anchor = history
    tamper(path, ("UPDATE audit_log SET os_user = 'someone else' WHERE id = ?", [ids[-1]]))
    rehash_from(path, ids[-1])
    assert codes(path) == []


def test_data_row_changed_outside_the_app(history):
    path, _ids, _ = history
    tamper(path, ("UPDATE tasks SET name_ko = '몰래 바꿈' WHERE id = 1",))
    assert codes(path) == ["verify_outside_change"]


def test_data_row_changed_with_tracking_switched_off(history):
    path, _ids, _ = history
    conn = sqlite3.connect(path, isolation_level=None)
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'track_tasks_update'").fetchone()[0]
    conn.execute("DROP TRIGGER track_tasks_update")
    conn.execute("UPDATE tasks SET name_ko = '몰래 바꿈' WHERE id = 1")
    conn.execute(sql)  # and put the trigger back
    conn.execute("DELETE FROM phases WHERE number = 4")  # logged: an unclaimed change
    conn.close()
    found = codes(path)
    assert "verify_row_changed_outside" in found and "verify_outside_change" in found


def test_change_log_altered(history):
    path, ids, _ = history
    tamper(path, ("UPDATE change_log SET row_hash = ? WHERE audit_id = ?", ["0" * 64, ids[-1]]))
    assert "verify_change_log_altered" in codes(path)


def test_hash_covers_the_stored_values(db):
    with db.atomic():
        append_audit(db, action="update", entity="tasks", entity_id=5.0, new_value=1)
        append_audit(db, action="update", entity="tasks", entity_id=True, new_value=2)
    rows = db.execute("SELECT entity_id FROM audit_log ORDER BY id DESC LIMIT 2").fetchall()
    assert rows == [(1,), (5,)]
    assert verify(db.conn).ok


def test_a_version_1_chain_still_verifies_after_the_migration(db_path, monkeypatch):
    monkeypatch.setattr(migrations, "STEPS", migrations.STEPS[:1])
    old = open_database(db_path)
    with old.atomic():
        append_audit(old, action="update", entity="phases", entity_id=2, new_value=7)
    old.close()
    monkeypatch.undo()
    db = open_database(db_path)
    update_field(db, entity="tasks", entity_id=1, field="name_ko", value="새 이름")
    versions = [r[0] for r in db.execute("SELECT hash_version FROM audit_log ORDER BY id")]
    assert versions[:2] == [1, 1] and set(versions[2:]) == {2}
    report = verify(db.conn)
    assert report.ok, report.problems
    db.close()


def test_a_later_migration_adding_a_column_keeps_verify_clean(db_path):
    open_database(db_path).close()

    @migrations.step("9999_test_add_column")
    def _add(db):
        db.execute("ALTER TABLE tasks ADD COLUMN test_note TEXT NOT NULL DEFAULT ''")

    try:
        db = open_database(db_path)
        assert verify(db.conn).ok, verify(db.conn).problems
        db.close()
    finally:
        migrations.STEPS.pop()


def test_cli_verify(history):
    path, ids, _ = history
    run = lambda: subprocess.run([sys.executable, "-m", "desktop", "verify", "--db", str(path), "--json"],
                                 cwd=ROOT, capture_output=True, text=True)
    clean = run()
    assert clean.returncode == 0, clean.stderr
    assert json.loads(clean.stdout)["ok"] is True
    tamper(path, ("UPDATE tasks SET name_ko = '몰래 바꿈' WHERE id = 1",))
    found = run()
    assert found.returncode == 1
    problem = json.loads(found.stdout)["problems"][0]
    assert problem["code"] == "verify_outside_change" and "기록" in problem["message"]


def test_many_rows_changed_outside_are_counted_and_listed_once_each_kind(history):
    """A script that rewrites every task: each change is counted, the first twenty of the kind
    listed and one line says there are more (it said so once per further problem, and the
    report grew quadratically: 30,000 changed rows took 18 s)."""
    from db.verify import MAX_LISTED

    path, _ids, _ = history
    tamper(path, ("UPDATE tasks SET name_en = name_en || ' (script)'",),
           ("WITH RECURSIVE d(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM d WHERE n < 99) "
            "INSERT INTO calendar_exceptions (project_id, on_date, name) "
            "SELECT 1, date('2030-01-01', '+' || n || ' days'), 'script' FROM d",))
    conn = sqlite3.connect(path)
    try:
        changed = conn.execute("SELECT count(*) FROM tasks").fetchone()[0] + 100
        report = verify(conn)
    finally:
        conn.close()
    assert changed > MAX_LISTED
    assert report.found == {"verify_outside_change": changed}
    assert report.problem_count == changed
    codes_listed = [p.code for p in report.problems]
    assert codes_listed == ["verify_outside_change"] * MAX_LISTED + ["verify_more"]
