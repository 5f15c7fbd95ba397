"""Month closes as stored: whether a month is closed, and its row (snapshot, digest, who, when)."""

from __future__ import annotations

from db.engine import PROJECT_ID, Database


def close_state(db: Database, month: str) -> dict | None:
    return next(db.query("SELECT * FROM month_closes WHERE project_id = ? AND month = ?",
                         [PROJECT_ID, month]), None)


def is_closed(db: Database, month: str) -> bool:
    row = close_state(db, month)
    return bool(row and row["state"] == "closed")


def closed_months(db: Database) -> list[str]:
    """The months closed now (not reopened), oldest first."""
    return [r[0] for r in db.execute("SELECT month FROM month_closes WHERE project_id = ? AND state = 'closed'"
                                     " ORDER BY month", [PROJECT_ID])]
