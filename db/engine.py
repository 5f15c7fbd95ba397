"""The application's handle on one SQLite file, and the one place that imports sqlite-utils.

Reads (``query``, ``execute``) go straight to the sqlite3 connection; everything else (table
access, ``atomic``, inserts and updates, migrations) is sqlite-utils', created on first use.
Importing sqlite-utils costs about 50 ms (it loads click, pluggy and dateutil, and numpy and
pandas when installed), so the window paints its first figures before that import happens.

numpy and pandas are hidden from sqlite-utils while it is imported: it uses them only to map
their scalar types to column types when creating tables from Python values, which this
application never does (its schema is SQL); matplotlib loads numpy when a chart is drawn.
"""

from __future__ import annotations

import itertools
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

PROJECT_ID = 1
"""The project row every table refers to: one database file holds one project."""

from db.errors import storage_error

_SAVEPOINTS = itertools.count(1)


def sqlite_utils_module():
    """Import sqlite-utils once, without numpy and pandas."""
    module = sys.modules.get("sqlite_utils")
    if module is not None:
        return module
    hidden = [name for name in ("numpy", "pandas") if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # makes "import numpy" raise ImportError
    try:
        import sqlite_utils
    finally:
        for name in hidden:
            del sys.modules[name]
    return sqlite_utils


class Database:
    """One open database: ``conn``, fast reads, and sqlite-utils for everything else.

    The connection is in autocommit mode (``isolation_level = None``): nothing is written
    outside :meth:`atomic`, which begins IMMEDIATE, so a writer waits its turn for the write
    lock (within the busy timeout) instead of failing at once when it upgrades a read.
    """

    def __init__(self, conn: sqlite3.Connection, path: str = "") -> None:
        conn.isolation_level = None
        self.conn = conn
        self.path = path
        self.lock = None  # db.instance_lock.InstanceLock held while open (open_database)
        self.network_share = False  # set by open_database: rollback journal, warn the user
        self._utils = None
        self.audit_sinks: list[list[int]] = []  # see db.audit.collect_audit_ids
        self.pending_audits: list[tuple[int, int]] = []  # (audit id, last change id) of this transaction
        self.anchor_requests: list[str] = []
        self.first_change = 0  # the first change-log id of the open transaction

    @property
    def utils(self):
        """The sqlite-utils ``Database`` over the same connection; its transactions are ours."""
        if self._utils is None:
            self._utils = sqlite_utils_module().Database(self.conn, execute_plugins=False,
                                                        recursive_triggers=False)  # db.tracking
            self._utils.atomic = self.atomic  # its inserts and migrations nest in our transaction
        return self._utils

    def execute(self, sql: str, params: Any = None) -> sqlite3.Cursor:
        try:
            return self.conn.execute(sql, params if params is not None else ())
        except sqlite3.OperationalError as error:
            typed = storage_error(error, self.path)
            if typed is None:
                raise
            raise typed from error

    def query(self, sql: str, params: Any = None) -> Iterator[dict]:
        cursor = self.execute(sql, params)
        keys = [d[0] for d in cursor.description]
        for row in cursor:
            yield dict(zip(keys, row))

    def __getitem__(self, table: str):
        return self.utils[table]

    @contextmanager
    def atomic(self):
        """One transaction: BEGIN IMMEDIATE (waiting for another writer within the busy
        timeout), COMMIT on success, ROLLBACK on any exception.  Nested blocks are savepoints.

        A storage failure (lock held past the timeout, disk full, read-only file) or a value
        refused by the schema's checks is raised as a typed error (db.errors); nothing of
        the transaction is written then."""
        if self.conn.in_transaction:
            yield from self._savepoint()
            return
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as error:
            raise (storage_error(error, self.path) or error) from error
        try:
            self.first_change = self._next_change_id()
            yield self
            if self.pending_audits or self.anchor_requests:
                from db.audit import finalise_transaction

                finalise_transaction(self)
            self.conn.execute("COMMIT")
        except BaseException as error:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            typed = storage_error(error, self.path)
            if typed is None:
                raise
            raise typed from error
        finally:
            self.pending_audits.clear()
            self.anchor_requests.clear()

    def _savepoint(self):
        name = f"tracker_{next(_SAVEPOINTS)}"
        self.conn.execute(f"SAVEPOINT {name}")
        mark = len(self.pending_audits)
        try:
            yield self
        except BaseException:
            if self.conn.in_transaction:  # a RAISE(ROLLBACK) may have ended it already
                self.conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                self.conn.execute(f"RELEASE SAVEPOINT {name}")
            del self.pending_audits[mark:]
            raise
        self.conn.execute(f"RELEASE SAVEPOINT {name}")

    def _next_change_id(self) -> int:
        """The id the next change-log row will get: changes from it on are this transaction's."""
        try:
            return (self.conn.execute("SELECT max(id) FROM change_log").fetchone()[0] or 0) + 1
        except sqlite3.OperationalError:  # no change log yet (a database before 0005_safety)
            return 0

    def data_version(self) -> int:
        """Changes when another connection commits (PRAGMA data_version): cheap to poll."""
        return self.conn.execute("PRAGMA data_version").fetchone()[0]

    def table_names(self) -> list[str]:
        return [r[0] for r in self.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]

    def close(self) -> None:
        try:
            self.conn.close()
        finally:
            if self.lock is not None:
                self.lock.release()
                self.lock = None

    def __repr__(self) -> str:
        return f"<Database {self.conn!r}>"
