"""The audit log: one row per change, chained by SHA-256 so a removed or edited row shows."""

from __future__ import annotations

import getpass
import hashlib
import json
from collections.abc import Iterator
from contextlib import contextmanager

from db.engine import Database
from desktop.clock import utc_now

GENESIS = "0" * 64


def os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name (service account, container)
        return "unknown"


def _encode(value: object) -> str | None:
    if value is None:
        return None
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def _row_hash(prev_hash: str, row: dict) -> str:
    fields = [prev_hash] + [str(row.get(k) or "") for k in
                            ("at", "os_user", "action", "entity", "entity_id", "field",
                             "old_value", "new_value")]
    return hashlib.sha256("\x1f".join(fields).encode("utf-8")).hexdigest()


def append_audit(db: Database, *, action: str, entity: str, entity_id: int | None = None,
                 field: str = "", old_value: object = None, new_value: object = None) -> dict:
    """Append one audit row inside the caller's transaction and return it."""
    last = db.execute("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    row = {
        "at": utc_now().isoformat(timespec="microseconds"),
        "os_user": os_user(),
        "action": action,
        "entity": entity,
        "entity_id": entity_id,
        "field": field,
        "old_value": _encode(old_value),
        "new_value": _encode(new_value),
        "prev_hash": last[0] if last else GENESIS,
    }
    row["hash"] = _row_hash(row["prev_hash"], row)
    row_id = db["audit_log"].insert(row).last_pk
    for sink in db.audit_sinks:
        sink.append(row_id)
    return row


@contextmanager
def collect_audit_ids(db: Database) -> Iterator[list[int]]:
    """Collect the ids of the audit rows this handle appends inside the ``with`` block."""
    sink: list[int] = []
    db.audit_sinks.append(sink)
    try:
        yield sink
    finally:
        db.audit_sinks.remove(sink)


def verify_chain(db: Database) -> int | None:
    """Return the id of the first row that breaks the chain, or None when it is intact."""
    prev = GENESIS
    for row in db.query("SELECT * FROM audit_log ORDER BY id"):
        if row["prev_hash"] != prev or _row_hash(prev, row) != row["hash"]:
            return row["id"]
        prev = row["hash"]
    return None
