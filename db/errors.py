"""Typed errors of the persistence layer.  Each is a DomainError: a stable code, the params
to explain it, and a Korean message in desktop/domain/messages.py.

``DatabaseOpenError``: the file could not be opened (it is never modified when one is raised).
``StorageError`` and its kinds: a write (or read) failed for a reason of the storage, not of
the value: another user holds the write lock, the disk is full, the file became read-only.
Nothing of the change was written when one is raised.
"""

from __future__ import annotations

import sqlite3

from desktop.domain.errors import ConflictError, DomainError, ValidationError


class DatabaseOpenError(DomainError):
    """Codes: db_not_a_file, db_not_sqlite, db_truncated, db_corrupt, db_read_only,
    db_locked, db_too_new, db_folder_missing, db_empty_file, db_hot_journal, db_in_use.
    ``params['path']`` names the file."""


class StorageError(DomainError):
    """A storage failure during a transaction; the transaction was rolled back."""


class BusyError(StorageError):
    """``db_busy``: another user (or window) kept the write lock past the busy timeout."""


class DiskFullError(StorageError):
    """``disk_full``: the disk (or the database's size limit) is full."""


class ReadOnlyError(StorageError):
    """``db_read_only_now``: the file or its folder cannot be written any more."""


class RowChangedError(ConflictError):
    """``row_changed``: the row was changed by someone else since it was read
    (params ``who`` and ``when`` name the last audited change)."""


class ConstraintError(ValidationError):
    """``db_constraint``: the database's own checks refused a value; nothing was written."""


# SQLite's primary result codes (sqlite3.h)
SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY, SQLITE_IOERR = 5, 6, 8, 10
SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB = 11, 13, 14, 26


def primary_code(error: BaseException) -> int | None:
    code = getattr(error, "sqlite_errorcode", None)
    return None if code is None else code & 0xFF


def storage_error(error: BaseException, path: str = "") -> DomainError | None:
    """The typed error for an sqlite3 error raised while reading or writing, or None when it
    is not a failure of the storage (a programming error stays what it is)."""
    if not isinstance(error, sqlite3.Error):
        return None
    code = primary_code(error)
    text = str(error).lower()
    if code in (SQLITE_BUSY, SQLITE_LOCKED) or (code is None and "locked" in text):
        return BusyError("db_busy", path=path)
    if code == SQLITE_FULL or "database or disk is full" in text:
        return DiskFullError("disk_full", path=path)
    if code == SQLITE_READONLY or "readonly database" in text:
        return ReadOnlyError("db_read_only_now", path=path)
    if code in (SQLITE_IOERR, SQLITE_CANTOPEN):
        return StorageError("db_io_error", path=path, detail=str(error))
    if code in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return StorageError("db_corrupt_now", path=path, detail=str(error))
    if isinstance(error, sqlite3.IntegrityError):
        return ConstraintError("db_constraint", detail=str(error))
    return None
