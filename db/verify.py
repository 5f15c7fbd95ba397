"""Check a database as an auditor would: SQLite's integrity, the audit chain, its anchors,
and the change log against the data (``python -m desktop verify``).

What it finds: an audit row edited, removed (in the middle or at the end, when the change
log or an anchor still names it) or inserted; a chain rewritten before an anchor; a data row
changed, added or removed outside the application (by the change-log triggers, and by each
row's stored hash when the triggers were switched off); change-log rows altered or removed.

What it cannot find from the file alone: someone with write access and this program's
source who rewrites the chain *after the last anchor* consistently (audit rows, change log
and hashes together) and leaves the anchors alone; or who rewrites everything, anchors
included.  Keep backups elsewhere: each carries the anchors and the chain of its day, and
``verify --against BACKUP`` checks that the live chain still begins with the backup's.
"""

from __future__ import annotations

import sqlite3
from bisect import bisect_right
from dataclasses import dataclass, field
from pathlib import Path

from db.audit import GENESIS, row_hash
from db.tracking import TRACKED, changes_digest, row_hash as data_row_hash, rows_by_key, trigger_sql

MAX_LISTED = 20  # problems of one kind listed one by one; the rest are counted


@dataclass(frozen=True)
class Problem:
    code: str
    params: dict = field(default_factory=dict)


@dataclass
class Report:
    problems: list[Problem] = field(default_factory=list)
    """The first MAX_LISTED problems of each kind, then one ``verify_more`` for the kind."""
    counts: dict[str, int] = field(default_factory=dict)
    found: dict[str, int] = field(default_factory=dict)
    """Every problem found, by kind (listed or not)."""

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def problem_count(self) -> int:
        return sum(self.found.values())

    def add(self, code: str, **params) -> None:
        same = self.found[code] = self.found.get(code, 0) + 1
        if same <= MAX_LISTED:
            self.problems.append(Problem(code, params))
        elif same == MAX_LISTED + 1:
            self.problems.append(Problem("verify_more", {"kind": code}))


def open_read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True)


def verify(conn: sqlite3.Connection, *, against: sqlite3.Connection | None = None) -> Report:
    report = Report()
    result = [r[0] for r in conn.execute("PRAGMA integrity_check")]
    if result != ["ok"]:
        report.add("verify_integrity", detail="; ".join(result[:5]))
        return report
    audit = _audit_rows(conn)
    report.counts["audit_rows"] = len(audit)
    _check_chain(audit, report)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "change_log" not in tables:
        report.counts["note_no_change_log"] = 1  # a database before 0005_safety: chain only
    else:
        by_id = {row["id"]: row for row in audit}
        _check_anchors(conn, by_id, audit, report)
        _check_change_log(conn, by_id, report)
        _check_data(conn, report)
        _check_triggers(conn, report)
    if against is not None:
        _check_against(audit, _audit_rows(against), report)
    return report


def _audit_rows(conn) -> list[dict]:
    cursor = conn.execute("SELECT * FROM audit_log ORDER BY id")
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, r)) for r in cursor]


def _check_chain(audit: list[dict], report: Report) -> None:
    prev = GENESIS
    for row in audit:
        if row["prev_hash"] != prev:
            report.add("verify_chain_gap", id=row["id"])
        elif row_hash(prev, row) != row["hash"]:
            report.add("verify_audit_row_altered", id=row["id"])
        prev = row["hash"]


def _check_anchors(conn, by_id: dict, audit: list[dict], report: Report) -> None:
    anchors = conn.execute("SELECT id, at, reason, audit_id, audit_hash, audit_rows FROM audit_anchors"
                           " ORDER BY id").fetchall()
    report.counts["anchors"] = len(anchors)
    ids = [row["id"] for row in audit]  # ascending
    for anchor_id, at, reason, audit_id, audit_hash, audit_rows in anchors:
        row = by_id.get(audit_id)
        if row is None:
            report.add("verify_anchor_row_missing", anchor=anchor_id, at=at, reason=reason, id=audit_id)
        elif row["hash"] != audit_hash:
            report.add("verify_anchor_mismatch", anchor=anchor_id, at=at, reason=reason, id=audit_id)
        elif bisect_right(ids, audit_id) != audit_rows:
            report.add("verify_anchor_count", anchor=anchor_id, at=at, reason=reason,
                       expected=audit_rows, found=bisect_right(ids, audit_id))
    anchored = {a[3] for a in anchors}
    for row in audit:
        if row["action"] == "close_month" and (row.get("hash_version") or 1) >= 2 and row["id"] not in anchored:
            report.add("verify_anchor_removed", id=row["id"], at=row["at"])


def _check_change_log(conn, by_id: dict, report: Report) -> None:
    changes = conn.execute("SELECT id, tbl, row_key, op, audit_id, row_hash FROM change_log ORDER BY id").fetchall()
    report.counts["changes"] = len(changes)
    claimed: dict[int, list[tuple]] = {}
    for change_id, table, key, op, audit_id, digest in changes:
        if audit_id is None:
            report.add("verify_outside_change", table=table, key=key, op=op)
        elif audit_id not in by_id:
            report.add("verify_audit_row_removed", id=audit_id, table=table, key=key)
        else:
            claimed.setdefault(audit_id, []).append((change_id, table, key, op, digest))
    for audit_id, row in by_id.items():
        if (row.get("hash_version") or 1) >= 2 and row.get("changes") != changes_digest(claimed.get(audit_id, [])):
            report.add("verify_change_log_altered", id=audit_id)


def _check_data(conn, report: Report) -> None:
    latest: dict[str, dict[str, tuple]] = {}
    for table, key, op, audit_id, digest in conn.execute(
            "SELECT tbl, row_key, op, audit_id, row_hash FROM change_log WHERE id IN"
            " (SELECT max(id) FROM change_log GROUP BY tbl, row_key)"):
        latest.setdefault(table, {})[key] = (op if audit_id is not None else "outside", digest)
    rows = 0
    for table in TRACKED:
        stored, logged = rows_by_key(conn, table), latest.get(table, {})
        rows += len(stored)
        for key, row in stored.items():
            known = logged.get(key)
            if known is not None and known[0] == "outside":
                continue  # reported with the change log
            if known is None or known[0] == "D":
                report.add("verify_row_added_outside", table=table, key=key)
            elif known[1] != data_row_hash(table, row):
                report.add("verify_row_changed_outside", table=table, key=key)
        for key, (op, _digest) in logged.items():
            if op not in ("D", "outside") and key not in stored:
                report.add("verify_row_removed_outside", table=table, key=key)
    report.counts["data_rows"] = rows


def _check_triggers(conn, report: Report) -> None:
    stored = {name: sql for name, sql in conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")}
    for table in TRACKED:
        for sql in trigger_sql(table):
            name = sql.split()[2]
            if stored.get(name) != sql:
                report.add("verify_tracking_off", table=table, trigger=name)


def _check_against(live: list[dict], backup: list[dict], report: Report) -> None:
    """The live chain must begin with the backup's (unless the database was restored)."""
    hashes = {row["id"]: row["hash"] for row in live}
    for row in backup:
        if hashes.get(row["id"]) != row["hash"]:
            report.add("verify_differs_from_backup", id=row["id"], at=row["at"])
            return
