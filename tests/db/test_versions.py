"""Row versions: an edit that started from an older version of the row is refused, naming who
changed it and when; every UPDATE (also outside the app) raises the version."""

import sqlite3

import pytest

from db import open_database
from db.errors import RowChangedError
from db.versions import row_version, update_versioned
from desktop.domain.errors import NotFoundError
from desktop.services.fields import update_field


def test_every_update_raises_the_version(db):
    assert row_version(db, "tasks", 1) == 1
    with db.atomic():
        db.execute("UPDATE tasks SET notes = 'a' WHERE id = 1")
        db.execute("UPDATE tasks SET notes = 'b', version = 1 WHERE id = 1")  # cannot go back
    assert row_version(db, "tasks", 1) == 3


def test_two_users_editing_the_same_row(db_path):
    mine, theirs = open_database(db_path), open_database(db_path)
    seen = update_field(mine, entity="tasks", entity_id=1, field="name_ko", value="처음").extra["version"]
    update_field(theirs, entity="tasks", entity_id=1, field="name_ko", value="다른 사람",
                 expected_version=seen)
    with pytest.raises(RowChangedError) as caught:
        update_field(mine, entity="tasks", entity_id=1, field="name_ko", value="내 수정",
                     expected_version=seen)
    error = caught.value
    assert error.code == "row_changed" and error.params["who"] and error.params["when"]
    assert mine.execute("SELECT name_ko FROM tasks WHERE id = 1").fetchone()[0] == "다른 사람"
    fresh = row_version(mine, "tasks", 1)
    changes = update_field(mine, entity="tasks", entity_id=1, field="name_ko", value="내 수정",
                           expected_version=fresh)
    assert changes.extra["version"] == fresh + 1
    mine.close()
    theirs.close()


def test_update_versioned_helper(db):
    with db.atomic():
        assert update_versioned(db, "phases", 2, {"target_gpus": 5}, expected_version=1) == 2
    with pytest.raises(RowChangedError):
        with db.atomic():
            update_versioned(db, "phases", 2, {"target_gpus": 6}, expected_version=1)
    with pytest.raises(NotFoundError):
        with db.atomic():
            update_versioned(db, "phases", 999, {"target_gpus": 6}, expected_version=1)
    assert db.execute("SELECT target_gpus FROM phases WHERE id = 2").fetchone()[0] == 5


def test_an_outside_edit_also_raises_the_version(db, db_path):
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("UPDATE tasks SET name_ko = '밖에서' WHERE id = 1")
    other.close()
    with pytest.raises(RowChangedError) as caught:
        update_field(db, entity="tasks", entity_id=1, field="name_ko", value="x", expected_version=1)
    assert caught.value.params["current"] == 2
