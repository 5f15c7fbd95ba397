"""The change log: triggers record every insert, update and delete of the tracked tables, and
each row's hash as stored, so a change made outside the application can be found.

``TRACKED`` names each tracked table with the columns of its key (``id`` for most).  The
triggers also raise ``version`` on every UPDATE of a versioned table (db/versions.py).  The
row hash is SHA-256 over the row's column names and values exactly as SQLite returns them
(JSON: 5, 5.0 and "5" differ), so it is the stored value that is hashed, never a Python one.
"""

from __future__ import annotations

import hashlib
import json
from itertools import compress
from operator import itemgetter
from json.encoder import c_make_encoder, encode_basestring
from typing import TYPE_CHECKING

from db.state import change_mark  # noqa: F401 - where the change log's readers find it

if TYPE_CHECKING:  # the handle's type only: db.engine finalises audit rows through this module
    from db.engine import Database


ID = ("id",)
TRACKED: dict[str, tuple[str, ...]] = {
    "project": ID, "project_settings": ("project_id", "key"), "phases": ID, "parties": ID,
    "tasks": ID, "dependencies": ID, "calendar_exceptions": ID, "baselines": ID,
    "baseline_tasks": ("baseline_id", "task_id"), "capacity_measurements": ID,
    "budget_categories": ID, "budget_lines": ID, "budget_plan_months": ("line_id", "month"),
    "commitments": ID, "actual_costs": ID, "funding_commitments": ID, "funding_payments": ID,
    "kpis": ID, "kpi_reports": ID, "month_notes": ("project_id", "month"), "month_closes": ID,
    "imports": ID, "import_rows": ("import_id", "entity", "row_id"), "line_progress": ID,
    "task_progress": ID, "risk_groups": ID, "task_estimates": ("task_id",), "risks": ID,
    "risk_impacts": ("risk_id", "task_id"), "risk_results": ID, "month_remedies": ID,
    "contractor_schedules": ID, "contractor_versions": ID, "contractor_ties": ID,
}
VERSIONED = frozenset(t for t, key in TRACKED.items() if key == ID)
SEPARATOR = "|"


def key_sql(table: str, alias: str) -> str:
    """The SQL expression of a row's key (``NEW.id``, ``NEW.line_id || '|' || NEW.month``)."""
    return f" || '{SEPARATOR}' || ".join(f"{alias}.[{c}]" for c in TRACKED[table])


def trigger_sql(table: str) -> list[str]:
    """CREATE TRIGGER statements of one tracked table (insert, update, delete)."""
    new, old = key_sql(table, "NEW"), key_sql(table, "OLD")
    log = "INSERT INTO change_log (tbl, row_key, op) VALUES ('{t}', {key}, '{op}');"
    bump = (f" UPDATE [{table}] SET version = OLD.version + 1 WHERE id = NEW.id;"
            if table in VERSIONED else "")
    return [
        f"CREATE TRIGGER track_{table}_insert AFTER INSERT ON [{table}] BEGIN "
        + log.format(t=table, key=new, op="I") + " END",
        f"CREATE TRIGGER track_{table}_update AFTER UPDATE ON [{table}] BEGIN "
        + log.format(t=table, key=new, op="U")
        + f" INSERT INTO change_log (tbl, row_key, op) SELECT '{table}', {old}, 'D' WHERE ({old}) IS NOT ({new});"
        + bump + " END",
        f"CREATE TRIGGER track_{table}_delete AFTER DELETE ON [{table}] BEGIN "
        + log.format(t=table, key=old, op="D") + " END",
    ]


def install_triggers(db, tables=None) -> None:
    """Triggers of ``tables`` (default: every tracked table that exists yet; a table a later
    migration step creates gets its triggers in that step)."""
    existing = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    for table in tables or [t for t in TRACKED if t in existing]:
        for statement in trigger_sql(table):
            db.execute(statement)


def row_hash(table: str, row: dict, columns=None) -> str:
    """SHA-256 of a stored row (only ``columns`` when given: the hash before a column was added)."""
    names = sorted(row if columns is None else (c for c in columns if c in row))
    text = _encode([table, [[name, row[name]] for name in names]])
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _make_encode():
    """json.dumps(value, ensure_ascii=False, separators=(",", ":")), the same text, from one C
    encoder made once (json.dumps makes an encoder per call, and JSONEncoder.encode a C
    encoder per call: an import hashes 40,000 rows)."""
    encoder = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))
    if c_make_encoder is None:
        return encoder.encode
    chunks = c_make_encoder(None, encoder.default, encode_basestring, None, ":", ",", False, False, True)
    return lambda value: "".join(chunks(value, 0))


_encode = _make_encode()


def row_key(table: str, row: dict) -> str:
    return SEPARATOR.join(str(row[c]) for c in TRACKED[table])


def rows_by_key(conn, table: str, keys=None) -> dict[str, dict]:
    """The stored rows of ``table`` (only those with ``keys`` when given), by key text."""
    cursor = conn.execute(f"SELECT * FROM [{table}]") if keys is None or len(keys) > 200 else None
    if cursor is None:
        columns = TRACKED[table]
        where = " AND ".join(f"[{c}] = ?" for c in columns)
        found = {}
        for key in keys:
            parts = key.split(SEPARATOR, len(columns) - 1)
            cur = conn.execute(f"SELECT * FROM [{table}] WHERE {where}", parts)
            names = [d[0] for d in cur.description]
            row = cur.fetchone()
            if row is not None:
                found[key] = dict(zip(names, row))
        return found
    names = [d[0] for d in cursor.description]
    rows = (dict(zip(names, r)) for r in cursor)
    result = {row_key(table, r): r for r in rows}
    return result if keys is None else {k: result[k] for k in keys if k in result}


def changed_since(db: Database, mark: int) -> tuple[int, dict[str, set[str]]]:
    """The rows changed since change ``mark`` (committed, by anyone): the latest change's
    id and, per table, the keys of the rows inserted, updated or deleted (row_key text)."""
    changed: dict[str, set[str]] = {}
    latest = mark
    for change_id, table, key in db.execute(
            "SELECT id, tbl, row_key FROM change_log WHERE id > ? ORDER BY id", [mark]):
        changed.setdefault(table, set()).add(key)
        latest = change_id
    return latest, changed


def columns_of(conn) -> dict[str, list[str]]:
    return {t: [r[1] for r in conn.execute(f"PRAGMA table_info([{t}])")] for t in TRACKED}


def baseline(db: Database, *, previous_columns: dict[str, list[str]] | None = None) -> int:
    """Record every row of the tracked tables as it is now (op 'B'), to be claimed by the
    caller's audit row.  With ``previous_columns`` (a migration added columns), a row is
    recorded only when its hash over the previous columns still matches the log, so a change
    made outside the application before the migration is not hidden by it."""
    latest = _latest_hashes(db.conn) if previous_columns is not None else {}
    count = 0
    current = columns_of(db.conn)
    for table in TRACKED:
        if not current[table]:  # not created yet (a later migration step makes it)
            continue
        if previous_columns is not None and previous_columns.get(table) == current[table]:
            continue
        for key, row in rows_by_key(db.conn, table).items():
            if previous_columns is not None:
                old = latest.get((table, key))
                if old is None or old != row_hash(table, row, previous_columns.get(table)):
                    continue
            db.execute("INSERT INTO change_log (tbl, row_key, op) VALUES (?, ?, 'B')", [table, key])
            count += 1
    return count


def _latest_hashes(conn) -> dict[tuple[str, str], str | None]:
    return {(t, k): h for t, k, h in conn.execute(
        "SELECT tbl, row_key, row_hash FROM change_log WHERE id IN"
        " (SELECT max(id) FROM change_log GROUP BY tbl, row_key)")}


def claim(conn, audit_id: int, first_change: int, last_change: int | None) -> list[tuple]:
    """Give the unclaimed changes ``first_change..last_change`` of this transaction to
    ``audit_id`` with the hash of each row as stored now; returns them (id, tbl, key, op, hash)."""
    bound = "" if last_change is None else " AND id <= ?"
    params = [first_change] + ([] if last_change is None else [last_change])
    changes = conn.execute("SELECT id, tbl, row_key, op FROM change_log WHERE audit_id IS NULL"
                           f" AND id >= ?{bound} ORDER BY id", params).fetchall()
    if not changes:
        return []
    wanted: dict[str, set[str]] = {}
    for _id, table, key, _op in changes:
        wanted.setdefault(table, set()).add(key)
    digests = {t: hashes_by_key(conn, t, keys) for t, keys in wanted.items()}
    claimed = [(change_id, table, key, op, digests[table].get(key)) for change_id, table, key, op in changes]
    _record_claims(conn, audit_id, claimed)
    return claimed


_ID_AND_HASH = itemgetter(0, 4)


def _record_claims(conn, audit_id: int, claimed: list[tuple]) -> None:
    """Write the claim into the changes (``claimed``: every unclaimed change from its first id
    to its last, in order): one UPDATE walking those ids in order, each change's hash looked up
    by a function of this connection for that statement (binding an id and a hash per change
    costs a quarter more: 60 ms for an imported plan's 30,000 changes)."""
    if not claimed:
        return
    conn.create_function("claimed_row_hash", 1, dict(map(_ID_AND_HASH, claimed)).get, deterministic=True)
    try:
        conn.execute("UPDATE change_log SET audit_id = ?, row_hash = claimed_row_hash(id)"
                     " WHERE id BETWEEN ? AND ? AND audit_id IS NULL",
                     [audit_id, claimed[0][0], claimed[-1][0]])
    finally:
        conn.create_function("claimed_row_hash", 1, None)


def hashes_by_key(conn, table: str, keys=None) -> dict[str, str]:
    """:func:`row_hash` of the stored rows of ``table`` (only those with ``keys`` when given),
    by key text; the same digests, without a dict, a sort and a list per row.

    The columns are read in the order of their names, a few hundred rows at a time, and the
    rows' values encoded as one JSON array; its items, cut at the commas, go into the rows'
    texts in their places (each text is ``[table,[[name,value],...]]``, as :func:`row_hash`
    writes it), all texts made by one formatting and hashed one by one.  Only a text value can
    hold a comma; rows with one are encoded row by row (:func:`_row_texts`)."""
    if keys is not None and len(keys) <= 200:
        return {key: row_hash(table, row) for key, row in rows_by_key(conn, table, keys).items()}
    names = sorted(r[1] for r in conn.execute(f"PRAGMA table_info([{table}])"))
    template = "[" + _encode(table) + ",[" + ",".join(
        "[" + _encode(name).replace("%", "%%") + ",%s]" for name in names) + "]]"
    key_at = [names.index(c) for c in TRACKED[table]]
    cursor = conn.execute(f"SELECT {', '.join(f'[{n}]' for n in names)} FROM [{table}]" + _id_range(conn, table, keys))
    sha256, result = hashlib.sha256, {}
    while rows := cursor.fetchmany(_HASHED_AT_ONCE):
        row_keys = list(map(str, map(itemgetter(key_at[0]), rows))) if len(key_at) == 1 else \
            [SEPARATOR.join(str(values[i]) for i in key_at) for values in rows]
        if keys is not None:
            wanted = list(map(keys.__contains__, row_keys))
            if not all(wanted):
                row_keys, rows = list(compress(row_keys, wanted)), list(compress(rows, wanted))
        texts = _row_texts(table, names, template, rows)
        result.update(zip(row_keys, [sha256(text).hexdigest() for text in texts]))
    return result


_HASHED_AT_ONCE = 256  # rows whose texts are made at once (small enough to stay in the processor's cache)


def _id_range(conn, table: str, keys) -> str:
    """A WHERE clause reading only the ids from the least to the greatest of ``keys`` when
    they are fewer than half the rows of a table keyed by id (an import into a large plan
    reads its own rows, not the whole table)."""
    if keys is None or TRACKED[table] != ID or \
            2 * len(keys) > conn.execute(f"SELECT count(*) FROM [{table}]").fetchone()[0]:
        return ""
    ids = [number for number, key in _numbers(keys) if str(number) == key]  # an id's own text only
    return f" WHERE id BETWEEN {min(ids)} AND {max(ids)}" if ids else " WHERE 0"


def _numbers(keys):
    for key in keys:
        try:
            yield int(key), key
        except ValueError:
            continue


def _row_texts(table: str, names: list[str], template: str, rows: list[tuple]) -> list[bytes]:
    """The hashed text of each row (UTF-8), made with ``template`` (a ``%s`` per column)."""
    if not rows:
        return []
    width = len(names)
    items = _encode(rows)[2:-2].replace("],[", ",").split(",")
    if len(items) == width * len(rows):  # no value holds a comma: every item is one value
        return ("\n".join([template] * len(rows)) % tuple(items)).encode("utf-8").split(b"\n")
    texts = []
    for values in rows:
        items = _encode(values)[1:-1].split(",")
        text = template % tuple(items) if len(items) == width else \
            _encode([table, [[name, value] for name, value in zip(names, values)]])
        texts.append(text.encode("utf-8"))
    return texts


def changes_digest(claimed) -> str | None:
    """What an audit row of version 2 records of its changes: count and SHA-256 of the list."""
    if not claimed:
        return None
    text = "\n".join(f"{t}{SEPARATOR}{k}{SEPARATOR}{o}{SEPARATOR}{h or ''}" for _i, t, k, o, h in claimed)
    return f"{len(claimed)}:{hashlib.sha256(text.encode('utf-8')).hexdigest()}"


