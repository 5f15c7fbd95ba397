"""The overview's kept figures: read back only for exactly the state, date, database and
program they were computed for; any write (this program's, another copy's, another tool's)
makes them a miss; a damaged file is a miss, a failed write no error."""

from __future__ import annotations

import sqlite3
from datetime import timedelta

from desktop.services.fields import update_field
from desktop.services.figure_cache import FigureCache
from tests.conftest import TODAY


def _phase(db) -> int:
    return db.execute("SELECT id FROM phases WHERE number = 1").fetchone()[0]


def test_the_figures_come_back_only_for_the_same_state_date_and_database(db, db_path, tmp_path):
    cache = FigureCache(tmp_path / "cache", db_path)
    key = cache.key(db, TODAY)
    cache.keep(key, {"status": {"phases": [1, 2]}})
    assert cache.read(key) == {"status": {"phases": [1, 2]}}
    assert cache.key(db, TODAY) == key  # reading changes nothing
    assert cache.read(cache.key(db, TODAY + timedelta(days=1))) is None
    other = FigureCache(tmp_path / "cache", tmp_path / "other.sqlite")
    assert other.file != cache.file and other.read(other.key(db, TODAY)) is None


def test_any_committed_write_makes_them_a_miss(db, db_path, tmp_path):
    cache = FigureCache(tmp_path / "cache", db_path)
    key = cache.key(db, TODAY)
    cache.keep(key, {"x": 1})
    update_field(db, entity="phases", entity_id=_phase(db), field="target_gpus", value=21_000)
    after_service = cache.key(db, TODAY)
    assert after_service != key and cache.read(after_service) is None
    cache.keep(after_service, {"x": 2})
    tool = sqlite3.connect(db_path)  # another program, not through the services: no audit row
    with tool:
        tool.execute("UPDATE phases SET target_gpus = 22000 WHERE number = 1")
    tool.close()
    after_tool = cache.key(db, TODAY)
    assert after_tool["audit"] == after_service["audit"] and after_tool["change"] > after_service["change"]
    assert cache.read(after_tool) is None


def test_a_damaged_file_is_a_miss_and_a_failed_write_no_error(db, db_path, tmp_path):
    cache = FigureCache(tmp_path / "cache", db_path)
    key = cache.key(db, TODAY)
    cache.keep(key, {"x": 1})
    for text in ("{not json", "[1, 2]", '{"key": null}', ""):
        cache.file.write_text(text, encoding="utf-8")
        assert cache.read(key) is None
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the folder should be", encoding="utf-8")
    FigureCache(blocked, db_path).keep(key, {"x": 1})  # logged, not raised
    assert list((tmp_path / "cache").glob("*.tmp")) == []
