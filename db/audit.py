"""The audit log: one row per change, chained by SHA-256 so a removed or edited row shows.

Version 2 rows (from migration 0005_safety on) are hashed when their transaction commits,
from the values as SQLite stored them (read back: an id given as 5.0 or True is stored as the
integer and hashed as such), together with the changes of the transaction they claim from
the change log (db/tracking.py).  Version 1 rows keep their original hash and still verify.

Anchors (``audit_anchors``) record the chain's head (id, hash, row count) at each month
close and each backup; :mod:`db.verify` checks the chain, the anchors and the change log.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from desktop.clock import utc_now

if TYPE_CHECKING:  # the handle's type only: db.engine finalises audit rows through this module
    from db.engine import Database

GENESIS = "0" * 64
PENDING = "pending:"
HASH_VERSION = 2
_FIELDS = ("at", "os_user", "action", "entity", "entity_id", "field", "old_value", "new_value")


def os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name (service account, container)
        return "unknown"


def _encode(value: object) -> str | None:
    if value is None:
        return None
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def _row_hash_v1(prev_hash: str, row: dict) -> str:
    fields = [prev_hash] + [str(row.get(k) or "") for k in _FIELDS]
    return hashlib.sha256("\x1f".join(fields).encode("utf-8")).hexdigest()


def _row_hash_v2(prev_hash: str, row: dict) -> str:
    """Over the stored values, typed as SQLite returns them (5, 5.0 and "5" differ)."""
    values = [prev_hash, HASH_VERSION, row["id"]] + [row.get(k) for k in _FIELDS] + [row.get("changes")]
    text = json.dumps(values, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def row_hash(prev_hash: str, row: dict) -> str:
    """The hash a stored audit row must have after ``prev_hash`` (by its hash version)."""
    if (row.get("hash_version") or 1) >= 2:
        return _row_hash_v2(prev_hash, row)
    return _row_hash_v1(prev_hash, row)


def _has_v2(db: Database) -> bool:
    return any(r[1] == "hash_version" for r in db.execute("PRAGMA table_info(audit_log)"))


def append_audit(db: Database, *, action: str, entity: str, entity_id: int | None = None,
                 field: str = "", old_value: object = None, new_value: object = None) -> dict:
    """Append one audit row inside the caller's transaction and return it.

    The row's hash is computed when the transaction commits (db.engine.Database.atomic),
    from the stored values and the changes it claims; until then it holds a placeholder."""
    if not db.conn.in_transaction:
        raise RuntimeError("append_audit needs the caller's transaction (with db.atomic())")
    row = {
        "at": utc_now().isoformat(timespec="microseconds"),
        "os_user": os_user(),
        "action": action,
        "entity": entity,
        "entity_id": entity_id,
        "field": field,
        "old_value": _encode(old_value),
        "new_value": _encode(new_value),
        "prev_hash": PENDING,
        "hash": PENDING + secrets.token_hex(16),
    }
    if not _has_v2(db):  # during the first migration: a version 1 row, hashed now
        last = db.execute("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
        row["prev_hash"] = last[0] if last else GENESIS
        row["hash"] = _row_hash_v1(row["prev_hash"], row)
        cursor = db.execute(f"INSERT INTO audit_log ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                            list(row.values()))
        _collected(db, cursor.lastrowid)
        return row
    row["hash_version"] = HASH_VERSION
    cursor = db.execute(f"INSERT INTO audit_log ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                        list(row.values()))
    row["id"] = cursor.lastrowid
    last_change = db.execute("SELECT max(id) FROM change_log").fetchone()[0] or 0
    db.pending_audits.append((row["id"], last_change))
    _collected(db, row["id"])
    return row


def _collected(db: Database, audit_id: int) -> None:
    for sink in db.audit_sinks:
        sink.append(audit_id)


@contextmanager
def collect_audit_ids(db: Database) -> Iterator[list[int]]:
    """Collect the ids of the audit rows this handle appends inside the ``with`` block."""
    sink: list[int] = []
    db.audit_sinks.append(sink)
    try:
        yield sink
    finally:
        db.audit_sinks.remove(sink)


def request_anchor(db: Database, reason: str) -> None:
    """Record the chain's head when the caller's transaction commits (month close, backup)."""
    if not db.conn.in_transaction:
        raise RuntimeError("request_anchor needs the caller's transaction (with db.atomic())")
    db.anchor_requests.append(reason)


def finalise_transaction(db: Database) -> None:
    """Hash this transaction's audit rows in order, each claiming its changes; then write
    the anchors asked for.  Runs inside the transaction, just before COMMIT."""
    from db.tracking import changes_digest, claim

    conn = db.conn
    pending = [(audit_id, upto) for audit_id, upto in db.pending_audits]
    first = max(db.first_change, 1)  # 0: the change log was created by this transaction
    for index, (audit_id, upto) in enumerate(pending):
        last = None if index == len(pending) - 1 else upto
        claimed = claim(conn, audit_id, first, last)
        if last is not None:
            first = max(first, last + 1)
        previous = conn.execute("SELECT hash FROM audit_log WHERE id < ? ORDER BY id DESC LIMIT 1",
                                [audit_id]).fetchone()
        prev_hash = previous[0] if previous else GENESIS
        conn.execute("UPDATE audit_log SET prev_hash = ?, changes = ? WHERE id = ?",
                     [prev_hash, changes_digest(claimed), audit_id])
        cursor = conn.execute("SELECT * FROM audit_log WHERE id = ?", [audit_id])
        names = [d[0] for d in cursor.description]
        stored = dict(zip(names, cursor.fetchone()))
        conn.execute("UPDATE audit_log SET hash = ? WHERE id = ?", [row_hash(prev_hash, stored), audit_id])
    for reason in db.anchor_requests:
        head = conn.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
        count = conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
        if head is not None:
            conn.execute("INSERT INTO audit_anchors (at, reason, audit_id, audit_hash, audit_rows)"
                         " VALUES (?, ?, ?, ?, ?)",
                         [utc_now().isoformat(timespec="seconds"), reason,
                          head[0], head[1], count])


def chain_breaks(db: Database, limit: int = 20) -> list[int]:
    """Ids of the audit rows that break the chain (edited, or after a removed row)."""
    broken: list[int] = []
    prev = GENESIS
    for row in db.query("SELECT * FROM audit_log ORDER BY id"):
        if row["prev_hash"] != prev or row_hash(prev, row) != row["hash"]:
            broken.append(row["id"])
            if len(broken) >= limit:
                break
        prev = row["hash"]
    return broken


def verify_chain(db: Database) -> int | None:
    """Return the id of the first row that breaks the chain, or None when it is intact."""
    broken = chain_breaks(db, limit=1)
    return broken[0] if broken else None


def audit_rows(db: Database, *, since: str | None = None, until: str | None = None,
               user: str | None = None, entity: str | None = None, limit: int = 5_000) -> list[dict]:
    """Audit rows for the viewer, newest first: on or after ``since`` and on or before
    ``until`` (ISO dates, by the UTC day of ``at``), of one OS user and one entity (table)."""
    where, params = ["1 = 1"], []
    if since:
        where.append("substr(at, 1, 10) >= ?")
        params.append(since)
    if until:
        where.append("substr(at, 1, 10) <= ?")
        params.append(until)
    if user:
        where.append("os_user = ?")
        params.append(user)
    if entity:
        where.append("entity = ?")
        params.append(entity)
    return list(db.query(f"SELECT id, at, os_user, action, entity, entity_id, field, old_value, new_value"
                         f" FROM audit_log WHERE {' AND '.join(where)} ORDER BY id DESC LIMIT ?",
                         [*params, limit]))


def audit_span(db: Database) -> tuple[str, str] | None:
    """The UTC days of the first and the last audit row (ISO), None for an empty log."""
    first, last = db.execute("SELECT min(substr(at, 1, 10)), max(substr(at, 1, 10)) FROM audit_log").fetchone()
    return (first, last) if first else None


def audit_choices(db: Database) -> tuple[list[str], list[str]]:
    """The users and the entities the audit log names (for the viewer's filters)."""
    users = [r[0] for r in db.execute("SELECT DISTINCT os_user FROM audit_log ORDER BY os_user")]
    entities = [r[0] for r in db.execute("SELECT DISTINCT entity FROM audit_log ORDER BY entity")]
    return users, entities
