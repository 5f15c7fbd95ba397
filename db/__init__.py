"""Persistence: open the project database safely.  No Qt and no business rules here.

``open_database(path)`` refuses, without touching the file, anything that is not a healthy
database of this application (not SQLite, truncated, corrupt, read-only, locked, or written
by a newer version); creates a new database with the announced plan; copies the file aside
before applying pending migrations; and sets the pragmas of ARCHITECTURE.md on every open.

The checks count what SQLite counts: pages that live in the ``-wal`` file (a main file shorter
than its header says is healthy while the WAL holds the rest), and a hot rollback journal
left by a crash, which the read-write open rolls back.  A zero-byte file is refused
(``db_empty_file``) unless the caller asked the user first (``allow_empty=True``).  New files
are readable by their owner only (0600 on POSIX).  While open, the database holds a shared
instance lock (db.instance_lock) so a restore can refuse while another instance uses it.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path


from db.backup import copy_before_migration
from db.errors import DatabaseOpenError
from db.fs import is_network_path
from db.engine import Database
from db.instance_lock import InstanceLock
from db.checks import check_file, classify, sidecar_size
from db.migrations import applied_names, apply_pending, pending_names

__all__ = ["BUSY_TIMEOUT_MS", "Database", "DatabaseOpenError", "check_file", "open_database"]

BUSY_TIMEOUT_MS = 5000


def open_database(path: str | os.PathLike, *, seed: bool = True,
                  busy_timeout_ms: int = BUSY_TIMEOUT_MS, allow_empty: bool = False) -> Database:
    """Open (or create) the project database at ``path`` and bring it up to date."""
    path = Path(path)
    existed = path.exists() and (path.stat().st_size > 0 or sidecar_size(path, "-wal") > 0)
    created = False
    if existed:
        check_file(path)
    elif path.exists():
        if not path.is_file():
            raise DatabaseOpenError("db_not_a_file", path=str(path))
        if not allow_empty:
            raise DatabaseOpenError("db_empty_file", path=str(path))
    elif not path.parent.is_dir():
        raise DatabaseOpenError("db_folder_missing", path=str(path))
    else:
        created = _create_private(path)
    try:
        return _open(path, existed, seed, busy_timeout_ms)
    except BaseException:
        if created and path.exists() and path.stat().st_size == 0:
            path.unlink(missing_ok=True)  # never leave the empty file of a failed creation
        raise


def _open(path: Path, existed: bool, seed: bool, busy_timeout_ms: int) -> Database:
    lock = InstanceLock(path)
    try:
        held = lock.acquire(wait_s=busy_timeout_ms / 1000)
    except OSError:
        raise DatabaseOpenError("db_read_only", path=str(path)) from None
    if not held:
        raise DatabaseOpenError("db_locked", path=str(path))
    try:
        conn = sqlite3.connect(str(path), timeout=busy_timeout_ms / 1000)
    except sqlite3.Error as error:
        lock.release()
        raise classify(error, path) from None
    db = Database(conn, str(path))
    db.lock = lock
    try:
        _set_pragmas(db, path, busy_timeout_ms)
        _check_not_locked(db, path)
        pending = pending_names(conn)
        if pending:
            if existed and applied_names(conn):
                copy_before_migration(db, path, pending[0])
            apply_pending(db)
        if seed and not db.execute("SELECT count(*) FROM project").fetchone()[0]:
            from db.seed import seed_plan_if_empty

            seed_plan_if_empty(db)
    except BaseException:
        db.close()
        raise
    return db


def _create_private(path: Path) -> bool:
    """Create the new file readable and writable by its owner only (SQLite gives its
    -wal and -journal files the same permissions); False when it appeared meanwhile."""
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except FileExistsError:
        return False
    except OSError:
        raise DatabaseOpenError("db_read_only", path=str(path)) from None
    return True


def _set_pragmas(db: Database, path: Path, busy_timeout_ms: int) -> None:
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA recursive_triggers = OFF")  # the version triggers update their own row
    db.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
    db.network_share = is_network_path(path)
    mode = "DELETE" if db.network_share else "WAL"
    try:
        db.conn.execute(f"PRAGMA journal_mode = {mode}")
    except sqlite3.Error as error:
        raise classify(error, path) from None
    db.execute("PRAGMA synchronous = FULL")


def _check_not_locked(db: Database, path: Path) -> None:
    """Take and release the write lock once, so a locked file is reported now, not mid-edit."""
    try:
        db.conn.execute("BEGIN IMMEDIATE")
        db.conn.execute("ROLLBACK")
    except sqlite3.Error as error:
        raise classify(error, path) from None
