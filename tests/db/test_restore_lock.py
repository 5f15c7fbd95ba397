"""Restore refuses while another instance has the database open; a killed instance does not
block it; the restore is audited and keeps the replaced file; backups are whole and private."""

import signal
import sqlite3
import subprocess
import sys
import textwrap
from datetime import date

import pytest

from db import open_database
from db.backup import backup_now, copy_database, daily_backup
from db.restore import restore_backup
from db.errors import DatabaseOpenError, DiskFullError
from db.verify import verify
from tests.conftest import ROOT

HOLD = textwrap.dedent("""
    import sys, time
    from db import open_database
    db = open_database(sys.argv[1])
    print("open", flush=True)
    time.sleep(60)
""")


def _other_instance(path):
    process = subprocess.Popen([sys.executable, "-c", HOLD, str(path)], cwd=ROOT,
                               stdout=subprocess.PIPE, text=True)
    assert process.stdout.readline().strip() == "open"
    return process


def test_restore_refused_while_another_instance_is_open_then_allowed_after_kill(db, db_path):
    backup = daily_backup(db, db_path, keep=3, today=date(2026, 11, 1))
    db.close()
    other = _other_instance(db_path)
    try:
        before = db_path.read_bytes()
        with pytest.raises(DatabaseOpenError) as caught:
            restore_backup(backup, db_path)
        assert caught.value.code == "db_in_use"
        assert db_path.read_bytes() == before
    finally:
        other.send_signal(signal.SIGKILL)  # kill -9: the lock goes with the process
        other.wait()
    kept = restore_backup(backup, db_path)
    assert kept.exists()
    again = open_database(db_path)
    action = again.execute("SELECT action, new_value FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    assert action[0] == "restore_backup" and backup.name in action[1] and kept.name in action[1]
    assert again.execute("SELECT reason FROM audit_anchors ORDER BY id DESC LIMIT 1").fetchone()[0] == "restore"
    assert verify(again.conn).ok
    again.close()


def test_two_instances_in_one_process_may_both_be_open(db_path):
    first, second = open_database(db_path), open_database(db_path)
    with pytest.raises(DatabaseOpenError):
        restore_backup(daily_backup(first, db_path, keep=2, today=date(2026, 1, 1)), db_path)
    first.close()
    second.close()


def test_backup_records_an_anchor_and_is_private(db, db_path):
    made = backup_now(db, db_path, keep=3)
    anchor = db.execute("SELECT reason, audit_id FROM audit_anchors").fetchall()
    assert [a[0] for a in anchor] == ["backup"]
    copy = sqlite3.connect(made)
    assert copy.execute("SELECT count(*) FROM audit_anchors").fetchone()[0] == 1
    assert copy.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    copy.close()
    if sys.platform != "win32":
        assert made.stat().st_mode & 0o777 == 0o600


def test_a_failed_backup_leaves_no_partial_file(db, tmp_path):
    target = tmp_path / "out" / "copy.sqlite"

    class Full:
        def backup(self, dest):
            dest.execute("CREATE TABLE t (x)")
            raise sqlite3.OperationalError("database or disk is full")

    with pytest.raises(DiskFullError):
        copy_database(Full(), target)
    assert list(target.parent.iterdir()) == []
