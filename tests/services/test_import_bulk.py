"""The MS Project import stores, row for row, what it stored when it inserted one row per
statement (executemany): tasks, links, baseline rows, its import rows, the change log with
each row's hash, and the audit row."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timezone

import pytest

from db import audit, bulk
from desktop.services import exchange, exchange_baseline, import_batches
from desktop.services.exchange import import_mspdi, preview_mspdi
from tests.conftest import SHARED, TODAY, _open_copy
from tests.services.test_exchange import snapshot

FILES = ("mpxj_task-baselines-project2007.xml", "projectlibre_new_product.xml", "mpxj_relations.xml",
         "aspose_de_holidays_CopyToProjectEmpty.xml")
NOW = datetime(2026, 11, 24, 1, 2, 3, 456789, tzinfo=timezone.utc)


def one_row_per_statement(conn, table, columns, rows):
    """The previous way: executemany, one run of the statement per row."""
    conn.executemany(f"INSERT INTO [{table}] ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                     rows)


def imported(database, path) -> dict[str, list[dict]]:
    import_mspdi(database, preview_mspdi(database, path, as_what="schedule", as_of=TODAY))
    return snapshot(database)


@pytest.mark.parametrize("name", FILES)
def test_stored_rows_are_those_of_one_row_per_statement(name, db, templates, tmp_path, monkeypatch):
    path = SHARED / "testdata" / "mspdi" / name
    if not path.exists():
        pytest.skip("shared MS Project test files absent")
    for module in (audit, import_batches, exchange_baseline):
        monkeypatch.setattr(module, "utc_now", lambda: NOW)
    fast = imported(db, path)
    other = _open_copy(templates["plan"], tmp_path / "previous.sqlite")
    try:
        for module in (exchange, exchange_baseline, import_batches):
            monkeypatch.setattr(module, "insert_rows", one_row_per_statement)
        previous = imported(other, path)
    finally:
        other.close()
    assert len(fast["tasks"]) > 10 and len(fast["change_log"]) > len(fast["tasks"])
    assert fast == previous


@pytest.mark.parametrize("parameters", [None, 999])  # 999: SQLite's limit before 3.32
def test_insert_rows_in_chunks_keeps_order_values_and_ids(db, parameters):
    if parameters:
        db.conn.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, parameters)
    rows = [(1, "tasks", n) for n in range(2_345)] + [(1, "tasks", -1), (1, "baselines", 2**62)]
    db.execute("INSERT INTO imports (id, project_id, kind, source, imported_at, imported_by)"
               " VALUES (1, 1, 'test', 'test', '2026-11-24T00:00:00', 'tester')")
    bulk.insert_rows(db.conn, "import_rows", ("import_id", "entity", "row_id"), rows)
    stored = db.execute("SELECT import_id, entity, row_id FROM import_rows ORDER BY rowid").fetchall()
    assert stored == rows
    logged = db.execute("SELECT row_key FROM change_log WHERE tbl = 'import_rows' ORDER BY id").fetchall()
    assert [k for (k,) in logged] == [f"{a}|{b}|{c}" for a, b, c in rows]


def test_insert_rows_refuses_a_row_of_the_wrong_width(db):
    with pytest.raises(ValueError):
        bulk.insert_rows(db.conn, "import_rows", ("import_id", "entity", "row_id"), [(1, "tasks")])
