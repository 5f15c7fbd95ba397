"""Open-checks that count what SQLite counts: WAL pages, hot journals; zero-byte files;
private permissions; network shares told by an allowlist of local file systems."""

import os
import shutil
import subprocess
import sys
import textwrap

import pytest

from db import fs, open_database
from db.errors import DatabaseOpenError


def test_zero_byte_file_is_refused_until_allowed(db_path):
    db_path.write_bytes(b"")
    with pytest.raises(DatabaseOpenError) as caught:
        open_database(db_path)
    assert caught.value.code == "db_empty_file" and db_path.stat().st_size == 0
    db = open_database(db_path, allow_empty=True)
    assert db["phases"].count == 4
    db.close()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_new_database_is_private(db_path):
    open_database(db_path).close()
    assert db_path.stat().st_mode & 0o777 == 0o600


def test_main_file_shorter_than_its_header_says_opens_when_the_wal_has_the_pages(tmp_path):
    """What a full disk during a checkpoint leaves: healthy, not "truncated"."""
    source = tmp_path / "live.sqlite"
    db = open_database(source)
    db.execute("PRAGMA wal_autocheckpoint = 0")
    with db.atomic():
        db.execute("CREATE TABLE filler (id INTEGER PRIMARY KEY, text TEXT)")
        db.conn.executemany("INSERT INTO filler (text) VALUES (?)", [("x" * 500,)] * 400)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    with db.atomic():  # every page of the filler (the file's last pages) is now in the WAL
        db.execute("UPDATE filler SET text = 'y' || substr(text, 2)")
        db.execute("UPDATE phases SET target_gpus = 123 WHERE number = 2")
    copy = tmp_path / "copy.sqlite"
    shutil.copyfile(source, copy)
    shutil.copyfile(str(source) + "-wal", str(copy) + "-wal")
    db.close()
    page_size = int.from_bytes(copy.read_bytes()[16:18], "big")
    with copy.open("r+b") as handle:
        handle.truncate(copy.stat().st_size - 20 * page_size)
    again = open_database(copy)
    assert again.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert again.execute("SELECT target_gpus FROM phases WHERE number = 2").fetchone()[0] == 123
    assert again.execute("SELECT count(*) FROM filler WHERE text LIKE 'y%'").fetchone()[0] == 400
    again.close()


def test_hot_journal_is_rolled_back_not_called_read_only(tmp_path, monkeypatch):
    path = tmp_path / "share.sqlite"
    monkeypatch.setattr(fs, "is_network_path", lambda p: True)
    import db as db_package
    monkeypatch.setattr(db_package, "is_network_path", lambda p: True)
    first = open_database(path)
    assert first.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    first.close()
    crash = textwrap.dedent(f"""
        import os, sqlite3
        conn = sqlite3.connect({str(path)!r}, isolation_level=None)
        conn.execute("PRAGMA cache_size = 1")  # dirty pages spill into the file before commit
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("UPDATE phases SET target_gpus = 999")
        conn.execute("CREATE TABLE spill (t TEXT)")
        conn.executemany("INSERT INTO spill VALUES (?)", [("z" * 900,)] * 300)
        os._exit(0)  # the process dies mid-transaction
    """)
    subprocess.run([sys.executable, "-c", crash], check=True)
    assert os.path.getsize(str(path) + "-journal") > 0
    again = open_database(path)
    assert again.execute("SELECT count(*) FROM phases WHERE target_gpus = 999").fetchone()[0] == 0
    assert "spill" not in again.table_names()
    assert again.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    again.close()


@pytest.mark.parametrize("fstype, network", [
    ("ext4", False), ("xfs", False), ("btrfs", False), ("tmpfs", False), ("overlay", False),
    ("fuseblk", False), ("nfs4", True), ("cifs", True), ("9p", True), ("lustre", True),
    ("fuse.rclone", True), ("fuse.sshfs", True), ("fuse.s3fs", True), ("somethingnew", True),
])
def test_only_known_local_file_systems_get_wal(tmp_path, monkeypatch, fstype, network):
    mounts = tmp_path / "mounts"
    mounts.write_text(f"/dev/sda1 / ext4 rw 0 0\nserver:/x {tmp_path} {fstype} rw 0 0\n")
    monkeypatch.setattr(fs, "MOUNTS", str(mounts))
    assert fs.is_network_path(tmp_path / "x.sqlite") is network
    db = open_database(tmp_path / "x.sqlite")
    assert db.network_share is network
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == ("delete" if network else "wal")
    db.close()


def test_a_failed_creation_leaves_no_empty_file(db_path, monkeypatch):
    """Else the next start would call it an empty file (db_empty_file)."""
    from db.instance_lock import InstanceLock

    monkeypatch.setattr(InstanceLock, "acquire", lambda self, wait_s=0: False)
    with pytest.raises(DatabaseOpenError) as caught:
        open_database(db_path)
    assert caught.value.code == "db_locked"
    assert not db_path.exists()
    monkeypatch.undo()
    open_database(db_path).close()  # and the next try creates it
