"""Writers wait their turn (BEGIN IMMEDIATE), nested transactions, typed storage failures."""

import sqlite3
import threading
import time

import pytest

from db import open_database
from db.errors import BusyError, ConstraintError, DiskFullError, ReadOnlyError


def _hold_write_lock(path, seconds, started):
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("UPDATE phases SET target_gpus = 1 WHERE number = 2")
    started.set()
    time.sleep(seconds)
    conn.execute("COMMIT")
    conn.close()


def test_atomic_begins_immediate(db):
    with db.atomic():
        # a second connection cannot take the write lock while our transaction is open,
        # although we have not written anything yet: the transaction is IMMEDIATE
        other = sqlite3.connect(db.path, timeout=0, isolation_level=None)
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
        other.close()


def test_writer_waits_for_the_other_writer(db, db_path):
    started = threading.Event()
    holder = threading.Thread(target=_hold_write_lock, args=(str(db_path), 0.4, started))
    holder.start()
    started.wait()
    begun = time.monotonic()
    with db.atomic():  # a read, then a write: waits for the lock instead of failing
        value = db.execute("SELECT target_gpus FROM phases WHERE number = 2").fetchone()[0]
        db.execute("UPDATE phases SET target_gpus = ? WHERE number = 3", [value])
    waited = time.monotonic() - begun
    holder.join()
    assert waited >= 0.3
    assert db.execute("SELECT target_gpus FROM phases WHERE number = 3").fetchone()[0] == 1


def test_lock_held_past_the_timeout_is_a_typed_error(db_path):
    db = open_database(db_path, busy_timeout_ms=150)
    started = threading.Event()
    holder = threading.Thread(target=_hold_write_lock, args=(str(db_path), 0.6, started))
    holder.start()
    started.wait()
    try:
        with pytest.raises(BusyError) as caught:
            with db.atomic():
                db.execute("UPDATE phases SET target_gpus = 5 WHERE number = 3")
        assert caught.value.code == "db_busy"
    finally:
        holder.join()
    assert db.execute("SELECT target_gpus FROM phases WHERE number = 3").fetchone()[0] is None
    db.close()


def test_nested_atomic_is_a_savepoint(db):
    with db.atomic():
        db.execute("UPDATE phases SET target_gpus = 7 WHERE number = 2")
        with pytest.raises(RuntimeError):
            with db.atomic():
                db.execute("UPDATE phases SET target_gpus = 8 WHERE number = 3")
                raise RuntimeError("inner fails")
        with db.atomic():
            db.execute("UPDATE phases SET target_mw = 150 WHERE number = 2")
    rows = dict(db.execute("SELECT number, target_gpus FROM phases").fetchall())
    assert rows[2] == 7 and rows[3] is None
    assert db.execute("SELECT target_mw FROM phases WHERE number = 2").fetchone()[0] == 150
    assert not db.conn.in_transaction


def test_sqlite_utils_writes_join_our_transaction(db):
    with pytest.raises(RuntimeError):
        with db.atomic():
            db["phases"].update(2, {"target_gpus": 9})
            raise RuntimeError("roll it all back")
    assert db.execute("SELECT target_gpus FROM phases WHERE number = 2").fetchone()[0] is None


def test_constraint_failure_is_typed(db):
    with pytest.raises(ConstraintError) as caught:
        with db.atomic():
            db.execute("UPDATE tasks SET percent_complete = 500 WHERE id = 1")
    assert caught.value.code == "db_constraint"


def test_disk_full_is_typed_and_committed_edits_survive(db_path):
    db = open_database(db_path)
    with db.atomic():
        db.execute("UPDATE phases SET target_gpus = 11 WHERE number = 2")
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages + 2}")
    with pytest.raises(DiskFullError) as caught:
        with db.atomic():
            for i in range(2000):
                db.execute("INSERT INTO calendar_exceptions (project_id, on_date, name) VALUES (1, ?, ?)",
                           [f"{2030 + i // 300:04d}-{1 + i % 12:02d}-{1 + i % 28:02d}", "x" * 400])
    assert caught.value.code == "disk_full"
    with db.atomic():  # the next small edit still works once space is free again
        db.execute(f"PRAGMA max_page_count = {pages * 10}")
        db.execute("UPDATE phases SET target_gpus = 12 WHERE number = 3")
    db.close()
    again = open_database(db_path)
    rows = dict(again.execute("SELECT number, target_gpus FROM phases").fetchall())
    assert rows[2] == 11 and rows[3] == 12
    assert again.execute("SELECT count(*) FROM calendar_exceptions WHERE name = ?", ["x" * 400]).fetchone()[0] == 0
    assert again.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    again.close()


def test_read_only_file_while_open_is_typed(db, db_path):
    db.execute("PRAGMA query_only = 1")  # what SQLite reports when the file turns read-only
    with pytest.raises(ReadOnlyError) as caught:
        with db.atomic():
            db.execute("UPDATE phases SET target_gpus = 3 WHERE number = 2")
    assert caught.value.code == "db_read_only_now"


def test_data_version_changes_with_another_connections_commit(db, db_path):
    before = db.data_version()
    assert db.data_version() == before
    other = open_database(db_path)
    with other.atomic():
        other.execute("UPDATE phases SET target_gpus = 4 WHERE number = 2")
    assert db.data_version() != before
    mine = db.data_version()
    with db.atomic():  # our own commits do not change it
        db.execute("UPDATE phases SET target_gpus = 5 WHERE number = 2")
    assert db.data_version() == mine
    other.close()
