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
from db.errors import (
    SQLITE_BUSY, SQLITE_CANTOPEN, SQLITE_LOCKED, SQLITE_NOTADB, SQLITE_READONLY, DatabaseOpenError,
    primary_code, storage_error,
)
from db.fs import is_network_path
from db.engine import Database
from db.instance_lock import InstanceLock
from db.migrations import (
    MIGRATIONS_TABLE, applied_names, apply_pending, known_names, pending_names,
)

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


def open_database(path: str | os.PathLike, *, seed: bool = True,
                  busy_timeout_ms: int = BUSY_TIMEOUT_MS, allow_empty: bool = False) -> Database:
    """Open (or create) the project database at ``path`` and bring it up to date."""
    path = Path(path)
    existed = path.exists() and (path.stat().st_size > 0 or _sidecar_size(path, "-wal") > 0)
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
        raise _classify(error, path) from None
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


def _sidecar_size(path: Path, suffix: str) -> int:
    try:
        return os.stat(str(path) + suffix).st_size
    except OSError:
        return 0


def _set_pragmas(db: Database, path: Path, busy_timeout_ms: int) -> None:
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA recursive_triggers = OFF")  # the version triggers update their own row
    db.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
    db.network_share = is_network_path(path)
    mode = "DELETE" if db.network_share else "WAL"
    try:
        db.conn.execute(f"PRAGMA journal_mode = {mode}")
    except sqlite3.Error as error:
        raise _classify(error, path) from None
    db.execute("PRAGMA synchronous = FULL")


def _check_not_locked(db: Database, path: Path) -> None:
    """Take and release the write lock once, so a locked file is reported now, not mid-edit."""
    try:
        db.conn.execute("BEGIN IMMEDIATE")
        db.conn.execute("ROLLBACK")
    except sqlite3.Error as error:
        raise _classify(error, path) from None


def check_file(path: Path, *, writable: bool = True) -> None:
    """Refuse a file that is not a healthy database of this application; reads only
    (except that a hot journal is rolled back, as any read-write open of SQLite does)."""
    if not path.is_file():
        raise DatabaseOpenError("db_not_a_file", path=str(path))
    with path.open("rb") as handle:
        header = handle.read(100)
    wal = _sidecar_size(path, "-wal")
    if not header and wal:
        header = SQLITE_HEADER  # every page still lives in the WAL: SQLite reads it from there
    if not header.startswith(SQLITE_HEADER):
        raise DatabaseOpenError("db_not_sqlite", path=str(path))
    if not wal and (len(header) < 100 or path.stat().st_size < _expected_size(header)):
        raise DatabaseOpenError("db_truncated", path=str(path))
    can_write = os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
    hot_journal = _sidecar_size(path, "-journal") > 0
    if hot_journal and not can_write:
        raise DatabaseOpenError("db_hot_journal", path=str(path))
    _check_contents(path, read_write=hot_journal)
    if writable and not can_write:
        raise DatabaseOpenError("db_read_only", path=str(path))


def _expected_size(header: bytes) -> int:
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    page_count = int.from_bytes(header[28:32], "big")
    change_counter = header[24:28]
    version_valid_for = header[92:96]
    if change_counter != version_valid_for:  # page count is only trusted when these agree
        return 0
    return page_size * page_count


def _check_contents(path: Path, *, read_write: bool) -> None:
    """Integrity and version checks, through a read-only connection unless SQLite must
    write to open the file (a hot journal to roll back, a WAL index to rebuild)."""
    try:
        _check_with(path, read_write)
    except _NeedsWrite:
        if not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
            raise DatabaseOpenError("db_hot_journal", path=str(path)) from None
        _check_with(path, True)


class _NeedsWrite(Exception):
    pass


def _check_with(path: Path, read_write: bool) -> None:
    uri = path.resolve().as_uri() + ("?mode=rw" if read_write else "?mode=ro")
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=1)
    except sqlite3.Error as error:
        raise _classify(error, path) from None
    try:
        result = conn.execute("PRAGMA quick_check").fetchone()[0]
        if result != "ok":
            raise DatabaseOpenError("db_corrupt", path=str(path), detail=result)
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if tables and MIGRATIONS_TABLE not in tables:
            raise DatabaseOpenError("db_foreign", path=str(path))
        if MIGRATIONS_TABLE in tables:
            unknown = sorted(set(applied_names(conn)) - known_names())
            if unknown:
                raise DatabaseOpenError("db_too_new", path=str(path), migrations=unknown)
    except sqlite3.Error as error:
        if not read_write and primary_code(error) in (SQLITE_READONLY, SQLITE_CANTOPEN):
            raise _NeedsWrite() from None
        raise _classify(error, path) from None
    finally:
        conn.close()


def _classify(error: sqlite3.Error, path: Path) -> DatabaseOpenError:
    code = primary_code(error)
    text = str(error).lower()
    if code in (SQLITE_BUSY, SQLITE_LOCKED) or "locked" in text:
        return DatabaseOpenError("db_locked", path=str(path))
    if code in (SQLITE_READONLY, SQLITE_CANTOPEN) or "readonly" in text or "unable to open" in text:
        return DatabaseOpenError("db_read_only", path=str(path))
    if code == SQLITE_NOTADB or "not a database" in text:
        return DatabaseOpenError("db_not_sqlite", path=str(path))
    typed = storage_error(error, str(path))
    if typed is not None and typed.code == "disk_full":
        return DatabaseOpenError("db_disk_full", path=str(path))
    return DatabaseOpenError("db_corrupt", path=str(path), detail=str(error))
