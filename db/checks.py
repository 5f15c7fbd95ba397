"""The checks a database file must pass before it is opened for writing, reading only:
SQLite's header, a size that agrees with it (counting the ``-wal``), integrity, a file of this
application and not of a newer version, write access, and a hot journal rolled back."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from db.errors import (
    SQLITE_BUSY, SQLITE_CANTOPEN, SQLITE_LOCKED, SQLITE_NOTADB, SQLITE_READONLY, DatabaseOpenError,
    primary_code, storage_error,
)
from db.migrations import MIGRATIONS_TABLE, applied_names, known_names

SQLITE_HEADER = b"SQLite format 3\x00"


def sidecar_size(path: Path, suffix: str) -> int:
    try:
        return os.stat(str(path) + suffix).st_size
    except OSError:
        return 0


def check_file(path: Path, *, writable: bool = True) -> None:
    """Refuse a file that is not a healthy database of this application; reads only
    (except that a hot journal is rolled back, as any read-write open of SQLite does)."""
    if not path.is_file():
        raise DatabaseOpenError("db_not_a_file", path=str(path))
    with path.open("rb") as handle:
        header = handle.read(100)
    wal = sidecar_size(path, "-wal")
    if not header and wal:
        header = SQLITE_HEADER  # every page still lives in the WAL: SQLite reads it from there
    if not header.startswith(SQLITE_HEADER):
        raise DatabaseOpenError("db_not_sqlite", path=str(path))
    if not wal and (len(header) < 100 or path.stat().st_size < _expected_size(header)):
        raise DatabaseOpenError("db_truncated", path=str(path))
    can_write = os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
    hot_journal = sidecar_size(path, "-journal") > 0
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
        raise classify(error, path) from None
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
        raise classify(error, path) from None
    finally:
        conn.close()


def classify(error: sqlite3.Error, path: Path) -> DatabaseOpenError:
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
