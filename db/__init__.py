"""Persistence: open the project database safely.  No Qt and no business rules here.

``open_database(path)`` refuses, without touching the file, anything that is not a healthy
database of this application (not SQLite, truncated, corrupt, read-only, locked, or written
by a newer version); creates a new database with the announced plan; copies the file aside
before applying pending migrations; and sets the pragmas of ARCHITECTURE.md on every open.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path


from db.backup import copy_before_migration
from db.errors import DatabaseOpenError
from db.fs import is_network_path
from db.engine import Database
from db.migrations import (
    MIGRATIONS_TABLE, applied_names, apply_pending, known_names, pending_names,
)

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


def open_database(path: str | os.PathLike, *, seed: bool = True,
                  busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> Database:
    """Open (or create) the project database at ``path`` and bring it up to date."""
    path = Path(path)
    existed = path.exists() and path.stat().st_size > 0
    if existed:
        check_file(path)
    elif not path.parent.is_dir():
        raise DatabaseOpenError("db_folder_missing", path=str(path))
    conn = sqlite3.connect(str(path), timeout=busy_timeout_ms / 1000)
    db = Database(conn)
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
        conn.close()
        raise
    return db


def _set_pragmas(db: Database, path: Path, busy_timeout_ms: int) -> None:
    db.execute("PRAGMA foreign_keys = ON")
    db.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
    mode = "DELETE" if is_network_path(path) else "WAL"
    try:
        db.execute(f"PRAGMA journal_mode = {mode}")
    except sqlite3.OperationalError as error:
        raise _classify(error, path) from None
    db.execute("PRAGMA synchronous = FULL")


def _check_not_locked(db: Database, path: Path) -> None:
    """Take and release the write lock once, so a locked file is reported now, not mid-edit."""
    try:
        db.execute("BEGIN IMMEDIATE")
        db.execute("ROLLBACK")
    except sqlite3.OperationalError as error:
        raise _classify(error, path) from None


def check_file(path: Path, *, writable: bool = True) -> None:
    """Refuse a file that is not a healthy database of this application; reads only."""
    if not path.is_file():
        raise DatabaseOpenError("db_not_a_file", path=str(path))
    with path.open("rb") as handle:
        header = handle.read(100)
    if not header.startswith(SQLITE_HEADER):
        raise DatabaseOpenError("db_not_sqlite", path=str(path))
    if len(header) < 100 or path.stat().st_size < _expected_size(header):
        raise DatabaseOpenError("db_truncated", path=str(path))
    _check_readonly_contents(path)
    if writable and not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
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


def _check_readonly_contents(path: Path) -> None:
    """Integrity and version checks through a read-only connection."""
    uri = path.resolve().as_uri() + "?mode=ro"
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
        raise _classify(error, path) from None
    finally:
        conn.close()


def _classify(error: sqlite3.Error, path: Path) -> DatabaseOpenError:
    text = str(error).lower()
    if "locked" in text or "busy" in text:
        return DatabaseOpenError("db_locked", path=str(path))
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return DatabaseOpenError("db_read_only", path=str(path))
    if "not a database" in text:
        return DatabaseOpenError("db_not_sqlite", path=str(path))
    return DatabaseOpenError("db_corrupt", path=str(path), detail=str(error))
