"""open_database: creation, pragmas, migrations, and every refusal leaving the file untouched."""

import hashlib
import os
import sqlite3
import sys

import pytest

from db import open_database
from db.errors import DatabaseOpenError
from db import migrations


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_database_has_schema_pragmas_and_plan(db_path):
    db = open_database(db_path)
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] == 5000
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert migrations.applied_names(db.conn) == [name for name, _ in migrations.STEPS]
    assert db["project"].count == 1
    assert db["phases"].count == 4
    db.close()


def test_reopen_applies_nothing_and_keeps_data(db_path):
    open_database(db_path).close()
    db = open_database(db_path)
    assert db["project"].count == 1
    actions = [r[0] for r in db.execute("SELECT action FROM audit_log ORDER BY id")]
    assert actions[-1] == "seed" and set(actions[:-1]) == {"migrate"}  # one per step since the change log
    db.close()


def test_check_constraints_refuse_nonsense(db):
    bad_rows = [
        ("phases", "UPDATE phases SET target_mw = -1 WHERE number = 1"),
        ("phases", "UPDATE phases SET planned_finish_on = '2020-01-01' WHERE number = 1"),
        ("tasks", "UPDATE tasks SET percent_complete = 101 WHERE id = 1"),
        ("parties", "UPDATE parties SET kind = 'alien' WHERE id = 1"),
        ("project", "UPDATE project SET total_investment_won = -5"),
        ("project", "UPDATE project SET mou_signed_on = '2025-13-01'"),
    ]
    for _table, sql in bad_rows:
        with pytest.raises(sqlite3.IntegrityError):
            db.execute(sql)


def test_opening_an_up_to_date_database_needs_no_sqlite_utils(db_path):
    """The window paints before sqlite-utils (~50 ms) is imported."""
    import subprocess
    import sys

    open_database(db_path).close()
    code = ("import sys; from db import open_database; from db.project import load_project_data\n"
            f"db = open_database({str(db_path)!r}); load_project_data(db)\n"
            "print('sqlite_utils' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "False", result.stderr


def test_pending_migration_copies_database_first(db_path, monkeypatch):
    open_database(db_path).close()

    @migrations.step("9999_test_add_column")
    def _add(db):
        db.execute("ALTER TABLE project ADD COLUMN test_note TEXT")

    try:
        db = open_database(db_path)
        copies = list(db_path.parent.glob("tracker.before-9999_test_add_column-*.sqlite"))
        assert len(copies) == 1
        old = sqlite3.connect(copies[0])
        columns = [r[1] for r in old.execute("PRAGMA table_info(project)")]
        assert "test_note" not in columns and old.execute("SELECT count(*) FROM phases").fetchone()[0] == 4
        old.close()
        db.close()
    finally:
        migrations.STEPS.pop()


def _refused(path, code):
    before = digest(path)
    with pytest.raises(DatabaseOpenError) as info:
        open_database(path)
    assert info.value.code == code
    assert info.value.params["path"] == str(path)
    assert digest(path) == before
    return info.value


def test_not_sqlite(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_text("이것은 데이터베이스가 아닙니다", encoding="utf-8")
    _refused(path, "db_not_sqlite")


def test_truncated(db_path):
    db = open_database(db_path)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    data = db_path.read_bytes()
    db_path.write_bytes(data[: len(data) // 2])
    _refused(db_path, "db_truncated")


def test_corrupt(db_path):
    db = open_database(db_path)
    db.execute("PRAGMA journal_mode = DELETE")
    db.close()
    data = bytearray(db_path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    for offset in range(page_size * 2, page_size * 4):  # scribble over b-tree pages
        data[offset] = 0xA5
    db_path.write_bytes(bytes(data))
    error = _refused_any(db_path)
    assert error.code in ("db_corrupt", "db_not_sqlite")


def _refused_any(path):
    before = digest(path)
    with pytest.raises(DatabaseOpenError) as info:
        open_database(path)
    assert digest(path) == before
    return info.value


def test_newer_version(db_path):
    db = open_database(db_path)
    db["_sqlite_migrations"].insert({"migration_set": "tracker", "name": "0999_from_the_future",
                                     "applied_at": "2030-01-01"})
    db.execute("PRAGMA journal_mode = DELETE")
    db.close()
    error = _refused(db_path, "db_too_new")
    assert error.params["migrations"] == ["0999_from_the_future"]


def test_other_programs_sqlite_file(tmp_path):
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE songs (title TEXT)")
    conn.commit()
    conn.close()
    _refused(path, "db_foreign")


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0,
                    reason="root ignores file permissions")
def test_read_only(db_path):
    db = open_database(db_path)
    db.execute("PRAGMA journal_mode = DELETE")
    db.close()
    db_path.chmod(0o444)
    try:
        _refused(db_path, "db_read_only")
    finally:
        db_path.chmod(0o644)


def test_read_only_folder_is_reported(db_path, monkeypatch):
    """Root ignores permissions, so the access check itself is exercised here."""
    db = open_database(db_path)
    db.execute("PRAGMA journal_mode = DELETE")
    db.close()
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if mode == os.W_OK else real_access(p, mode))
    _refused(db_path, "db_read_only")


def test_locked_by_another_program(db_path):
    open_database(db_path).close()
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseOpenError) as info:
            open_database(db_path, busy_timeout_ms=100)
        assert info.value.code == "db_locked"
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_missing_folder(tmp_path):
    with pytest.raises(DatabaseOpenError) as info:
        open_database(tmp_path / "nowhere" / "x.sqlite")
    assert info.value.code == "db_folder_missing"
    assert not (tmp_path / "nowhere").exists()
