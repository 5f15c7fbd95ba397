"""What identifies the stored state, cheaply (read at every opening: no hashing modules here)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from db.engine import Database


def change_mark(db: Database) -> int:
    """The id of the latest change logged (0: none yet): what :func:`changed_since` starts from."""
    return db.execute("SELECT coalesce(max(id), 0) FROM change_log").fetchone()[0]


def state_mark(db: Database) -> dict:
    """What identifies the stored state: the latest change logged, the audit chain's head and the
    schema's version.  Any committed write of a tracked table (by this program, another copy or
    another tool: the triggers log it), any audited action and any migration changes it."""
    head = db.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    return {"change": change_mark(db), "audit": list(head) if head else None,
            "schema": db.execute("PRAGMA schema_version").fetchone()[0]}
