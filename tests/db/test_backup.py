"""Backups: consistent single-file copies, rotation, and restore that keeps the current file."""

import sqlite3
from datetime import date

import pytest

from db import open_database
from db.backup import backup_folder_for, daily_backup, list_backups
from db.restore import restore_backup
from db.errors import DatabaseOpenError


def test_daily_backup_once_a_day_and_rotation(db, db_path):
    made = daily_backup(db, db_path, keep=3, today=date(2026, 11, 1))
    assert made and made.exists()
    assert daily_backup(db, db_path, keep=3, today=date(2026, 11, 1)) is None
    for day in range(2, 7):
        daily_backup(db, db_path, keep=3, today=date(2026, 11, day))
    names = [p.name for p in list_backups(backup_folder_for(db_path))]
    assert names == ["tracker-backup-2026-11-06.sqlite", "tracker-backup-2026-11-05.sqlite",
                     "tracker-backup-2026-11-04.sqlite"]


def test_backup_is_self_contained(db, db_path):
    made = daily_backup(db, db_path, keep=3, today=date(2026, 11, 1))
    conn = sqlite3.connect(made)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert conn.execute("SELECT count(*) FROM phases").fetchone()[0] == 4
    conn.close()


def test_restore_brings_back_the_backup_and_keeps_current(db, db_path):
    backup = daily_backup(db, db_path, keep=3, today=date(2026, 11, 1))
    db.execute("UPDATE phases SET target_gpus = 99 WHERE number = 2")
    db.conn.commit()
    db.close()
    kept = restore_backup(backup, db_path)
    again = open_database(db_path)
    assert again.execute("SELECT target_gpus FROM phases WHERE number = 2").fetchone()[0] is None
    again.close()
    conn = sqlite3.connect(kept)
    assert conn.execute("SELECT target_gpus FROM phases WHERE number = 2").fetchone()[0] == 99
    conn.close()


def test_restore_refuses_a_bad_backup_and_changes_nothing(db, db_path, tmp_path):
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"not a database at all" * 10)
    db.close()
    before = db_path.read_bytes()
    with pytest.raises(DatabaseOpenError):
        restore_backup(bad, db_path)
    assert db_path.read_bytes() == before
