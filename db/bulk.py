"""Many rows in few statements: ``insert_rows`` binds them as multi-row VALUES.

``executemany`` runs its statement once per row, and in a transaction each run of a statement
whose triggers write a second table (the change log) opens and closes a statement journal:
about 25 µs a row, half a second for an imported plan's 20,000 links.  One INSERT of a
thousand rows does that once.  The rows are bound exactly as ``executemany`` binds them, in
the same order, so the stored values, the ids they get and the change log are the same.
"""

from __future__ import annotations

import sqlite3
from itertools import chain
from collections.abc import Sequence

_FALLBACK_VARIABLES = 999  # SQLite's limit before 3.32


def rows_per_statement(conn: sqlite3.Connection, width: int, *, fixed: int = 0) -> int:
    """How many rows of ``width`` parameters (plus ``fixed`` others) one statement binds:
    at most 1,000, within the connection's limit of parameters."""
    try:
        variables = conn.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
    except (AttributeError, sqlite3.Error):
        variables = _FALLBACK_VARIABLES
    return max(1, min(1000, (variables - fixed) // width))


def insert_rows(conn: sqlite3.Connection, table: str, columns: Sequence[str], rows: Sequence[tuple]) -> None:
    """INSERT ``rows`` (tuples in the order of ``columns``) into ``table``, in order."""
    if not rows:
        return
    width = len(columns)
    per = rows_per_statement(conn, width)
    head = f"INSERT INTO [{table}] ({', '.join(f'[{c}]' for c in columns)}) VALUES "
    one = "(" + ", ".join("?" * width) + ")"
    full = head + ", ".join([one] * per)
    for start in range(0, len(rows), per):
        chunk = rows[start:start + per]
        if set(map(len, chunk)) != {width}:
            wrong = next(len(row) for row in chunk if len(row) != width)
            raise ValueError(f"{table}: a row of {wrong} values for {width} columns")
        sql = full if len(chunk) == per else head + ", ".join([one] * len(chunk))
        conn.execute(sql, list(chain.from_iterable(chunk)))
