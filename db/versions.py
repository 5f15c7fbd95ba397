"""Row versions: an edit carries the version of the row it started from, and is refused when
someone else changed the row since (no lost updates, no undo over another user's edit).

Every UPDATE raises ``version`` by one (a trigger, db/tracking.py), whoever makes it.  Call
these inside the service's ``db.atomic()``: the transaction is IMMEDIATE, so nobody can
change the row between the check and the write.
"""

from __future__ import annotations

from db.engine import Database
from db.errors import RowChangedError
from desktop.domain.errors import NotFoundError


def row_version(db: Database, table: str, row_id: int) -> int | None:
    row = db.execute(f"SELECT version FROM [{table}] WHERE id = ?", [row_id]).fetchone()
    return None if row is None else row[0]


def last_change(db: Database, table: str, row_id: int) -> tuple[str, str]:
    """Who changed the row last and when, from the audit log ("" when it has no record)."""
    row = db.execute("SELECT os_user, at FROM audit_log WHERE entity = ? AND entity_id = ?"
                     " ORDER BY id DESC LIMIT 1", [table, row_id]).fetchone()
    return (row[0], row[1]) if row else ("", "")


def check_version(db: Database, table: str, row_id: int, expected: int | None) -> int:
    """The row's version; RowChangedError naming who and when if it is not ``expected``
    (None: the caller does not know it, nothing is checked)."""
    current = row_version(db, table, row_id)
    if current is None:
        raise NotFoundError("row_not_found", entity=table, id=row_id)
    if expected is not None and current != expected:
        who, when = last_change(db, table, row_id)
        raise RowChangedError("row_changed", entity=table, id=row_id, expected=expected,
                              current=current, who=who, when=when)
    return current


def update_versioned(db: Database, table: str, row_id: int, values: dict, *,
                     expected_version: int | None = None) -> int:
    """``UPDATE table SET values WHERE id = row_id AND version = expected``; returns the new
    version, or raises RowChangedError (NotFoundError when the row is gone)."""
    columns = ", ".join(f"[{c}] = ?" for c in values)
    where, params = "id = ?", [*values.values(), row_id]
    if expected_version is not None:
        where, params = where + " AND version = ?", params + [expected_version]
    if db.execute(f"UPDATE [{table}] SET {columns} WHERE {where}", params).rowcount == 0:
        check_version(db, table, row_id, expected_version)  # gone, or changed: say which
    return row_version(db, table, row_id)
