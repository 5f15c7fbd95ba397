"""The change log's row hashes: the batch way (hashes_by_key, one UPDATE per thousand claims)
gives each row the digest row_hash gives it, over the text json.dumps would write."""

from __future__ import annotations

import hashlib
import json
import math
import sqlite3

import pytest

from db.audit import append_audit
from db import tracking
from db.tracking import TRACKED, _encode, changes_digest, hashes_by_key, row_hash, rows_by_key

VALUES = [0, -1, 2**62, 5.0, 0.1, 1e16, -2.5e-300, math.inf, -math.inf, None, "", "5", "한글 \"따옴표\" \\",
          "\u0000\u001f\u2028\ud7a3", "tab\tnew\nline", True, [1, "a", None, 2.0]]


def test_encode_writes_what_json_dumps_writes():
    for value in VALUES + [VALUES, ["tasks", [["a", v] for v in VALUES]]]:
        assert _encode(value) == json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    nan = _encode([math.nan])
    assert nan == json.dumps([math.nan], ensure_ascii=False, separators=(",", ":")) == "[NaN]"


def test_hashes_by_key_are_row_hash_of_each_stored_row(db):
    # commas (a row encoded the row-by-row way), %-signs, quotes, controls, long text
    names = ["단계", "x\"y", "tab\t", "\u2028", "a" * 300, "쉼표, 있음", "%s %d %%", "[1,2]"]
    with db.atomic():
        for n in range(300):  # more than 200 keys: the whole table is read
            db.execute("INSERT INTO parties (project_id, name_ko, name_en, kind, sort_order)"
                       " VALUES (1, ?, ?, 'other', ?)", [f"{names[n % len(names)]} {n}",
                                                          names[(n + 1) % len(names)], n * 1.5])
        append_audit(db, action="test", entity="parties")
    for table in ("parties", "tasks", "phases", "project_settings", "budget_plan_months"):
        stored = rows_by_key(db.conn, table)
        expected = {key: row_hash(table, row) for key, row in stored.items()}
        assert hashes_by_key(db.conn, table) == expected
        some = set(list(expected)[:3]) | {"|".join(["999999"] * len(TRACKED[table]))}  # one absent
        assert hashes_by_key(db.conn, table, some) == {k: expected[k] for k in some if k in expected}
        many = set(expected) if len(expected) > 200 else None
        if many:
            assert hashes_by_key(db.conn, table, many) == expected
    assert len(hashes_by_key(db.conn, "parties")) > 300


@pytest.mark.parametrize("parameters", [None, 999])  # 999: SQLite's limit before 3.32
def test_a_transaction_claims_its_changes_with_the_rows_hashes(db, parameters):
    if parameters:
        db.conn.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, parameters)
    with db.atomic():
        for n in range(2_500):  # more than one UPDATE of a thousand claims
            db.execute("INSERT INTO parties (project_id, name_ko, kind) VALUES (1, ?, 'other')",
                       [f"업체 {n}"])
        append_audit(db, action="test", entity="parties", entity_id=None)
    logged = db.execute("SELECT row_key, audit_id, row_hash FROM change_log WHERE tbl = 'parties'"
                        " AND op = 'I'").fetchall()
    stored = rows_by_key(db.conn, "parties")
    audit_id = db.execute("SELECT max(id) FROM audit_log").fetchone()[0]
    new = [row for row in logged if row[1] == audit_id]
    assert len(new) == 2_500
    assert all(digest == row_hash("parties", stored[key]) for key, _a, digest in new)


def test_hashes_of_many_rows_at_once_are_row_hash_of_each(db):
    """Rows are hashed a few thousand at a time: the text of every row of a batch is made at
    once when no value of the batch holds a comma, row by row when one does; both give each
    row its own row_hash (5, 5.0 and "5", floats, big integers, NULL, quotes, controls, %)."""
    values = [5, 5.0, "5", 0.1 + 0.2, 1e16, 2**62, -7, None, "따옴표 \" \\ %s %% \u2028 \t\n 끝", "[1]"]
    with db.atomic():
        for n in range(tracking._HASHED_AT_ONCE + 1_500):  # the second batch holds a comma
            comma = ", 쉼표" if n == tracking._HASHED_AT_ONCE + 7 else ""
            value = values[n % len(values)]
            db.execute("INSERT INTO tasks (project_id, name_ko, sort_order, source_uid, notes)"
                       " VALUES (1, ?, ?, ?, ?)", [f"작업 {n}{comma}", 0 if value is None else value,
                                                   value, str(values[(n + 3) % len(values)])])
        append_audit(db, action="test", entity="tasks")
    stored = rows_by_key(db.conn, "tasks")
    assert {type(row["sort_order"]) for row in stored.values()} == {int, float, str}
    assert {type(row["source_uid"]) for row in stored.values()} == {str, type(None)}
    expected = {key: row_hash("tasks", row) for key, row in stored.items()}
    assert hashes_by_key(db.conn, "tasks") == expected
    some = set(list(expected)[::7])
    assert hashes_by_key(db.conn, "tasks", some) == {key: expected[key] for key in some}


def test_changes_digest_is_the_count_and_sha256_of_one_line_per_change():
    """The text audit rows of version 2 have recorded since they exist (verify recomputes it):
    table|key|op|hash per change, an empty hash for a row gone."""
    claimed = [(1, "tasks", "7", "I", "a" * 64), (2, "tasks", "7", "D", None),
               (3, "month_notes", "1|2026-01", "U", "b" * 64)]
    text = f"tasks|7|I|{'a' * 64}\ntasks|7|D|\nmonth_notes|1|2026-01|U|{'b' * 64}"
    assert changes_digest(claimed) == f"3:{hashlib.sha256(text.encode('utf-8')).hexdigest()}"
    assert changes_digest([]) is None


def test_many_keys_of_a_table_keyed_by_id_read_only_their_range(db):
    """An import into a large plan hashes its own rows: only the ids from its least to its
    greatest are read, with the same digests; keys that are not an id's text find nothing."""
    with db.atomic():
        for n in range(1_000):
            db.execute("INSERT INTO parties (project_id, name_ko, kind) VALUES (1, ?, 'other')",
                       [f"업체 {n}"])
        append_audit(db, action="test", entity="parties")
    expected = {key: row_hash("parties", row) for key, row in rows_by_key(db.conn, "parties").items()}
    ids = sorted(map(int, expected))
    middle = {str(i) for i in ids[400:700]}
    statements: list[str] = []
    db.conn.set_trace_callback(statements.append)
    try:
        got = hashes_by_key(db.conn, "parties", middle | {"+5", f" {ids[450]}", "1_000", "-0"})
        assert got == {key: expected[key] for key in middle}
        assert any(f"BETWEEN {ids[400]} AND {ids[699]}" in s for s in statements), statements
        assert hashes_by_key(db.conn, "parties", {"업체"} | {f"x{i}" for i in range(300)}) == {}
    finally:
        db.conn.set_trace_callback(None)
