"""The audit trail as an auditor reads it: the rows (filtered by date, user and table) and the
verification of the whole file (integrity, chain, anchors, changes made outside the app)."""

from __future__ import annotations

from pathlib import Path

from db.audit import audit_choices, audit_rows, audit_span
from db.verify import Problem, Report, open_read_only, verify

__all__ = ["Problem", "Report", "audit_choices", "audit_rows", "audit_span", "verify_file"]


def verify_file(path: Path) -> Report:
    """Verify the database at ``path`` through a read-only connection of its own (the open
    window's transactions are not disturbed)."""
    conn = open_read_only(Path(path))
    try:
        return verify(conn)
    finally:
        conn.close()
