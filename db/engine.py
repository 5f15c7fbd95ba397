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

import sqlite3
import sys
from collections.abc import Iterator
from typing import Any

PROJECT_ID = 1
"""The project row every table refers to: one database file holds one project."""


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
    """One open database: ``conn``, fast reads, and sqlite-utils for everything else."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._utils = None
        self.audit_sinks: list[list[int]] = []  # see db.audit.collect_audit_ids

    @property
    def utils(self):
        """The sqlite-utils ``Database`` over the same connection."""
        if self._utils is None:
            self._utils = sqlite_utils_module().Database(self.conn, execute_plugins=False)
        return self._utils

    def execute(self, sql: str, params: Any = None) -> sqlite3.Cursor:
        return self.conn.execute(sql, params if params is not None else ())

    def query(self, sql: str, params: Any = None) -> Iterator[dict]:
        cursor = self.execute(sql, params)
        keys = [d[0] for d in cursor.description]
        for row in cursor:
            yield dict(zip(keys, row))

    def __getitem__(self, table: str):
        return self.utils[table]

    def atomic(self):
        return self.utils.atomic()

    def table_names(self) -> list[str]:
        return [r[0] for r in self.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]

    def close(self) -> None:
        self.conn.close()

    def __repr__(self) -> str:
        return f"<Database {self.conn!r}>"
