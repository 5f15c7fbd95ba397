"""Input the way managers think: predecessors by WBS code, capacity that makes sense."""

import pytest

from desktop.domain.errors import ConflictError, ValidationError
from desktop.services.history import History
from desktop.services.records import record_capacity, swap_measurement
from desktop.services.schedule import load_schedule
from desktop.services.tasks import add_task, set_predecessors
from tests.conftest import TODAY


def task_id(db, wbs):
    return db.execute("SELECT id FROM tasks WHERE wbs_code = ?", [wbs]).fetchone()[0]


def links_of(db, successor):
    return [(r["predecessor_id"], r["link_type"], r["lag_days"]) for r in db.query(
        "SELECT * FROM dependencies WHERE successor_id = ? ORDER BY id", [successor])]


def test_predecessors_by_wbs_code_and_by_row(db):
    new = add_task(db, name_ko="부지 조성", after_id=task_id(db, "1.1")).entity_id
    db.execute("UPDATE tasks SET wbs_code = '1.1.5' WHERE id = ?", [new])
    changes = set_predecessors(db, task_id=task_id(db, "1.2"), text="1.1FS+10d, 1.1.5SS")
    assert links_of(db, task_id(db, "1.2")) == [(task_id(db, "1.1"), "FS", 10), (new, "SS", 0)]
    assert changes.new == "1.1FS+10d, 1.1.5SS" and changes.old == "1.1"
    row = next(r for r in load_schedule(db, as_of=TODAY).rows if r.wbs == "1.2")
    assert row.predecessors == "1.1FS+10d, 1.1.5SS"  # the column shows what was typed
    mou_row = [r.wbs for r in load_schedule(db, as_of=TODAY).rows].index("0") + 1
    set_predecessors(db, task_id=new, text=f"#{mou_row}")  # a row number that is also a WBS code
    assert links_of(db, new) == [(task_id(db, "0"), "FS", 0)]


@pytest.mark.parametrize("text, code", [
    ("7.7", "predecessor_unparsable"),
    ("#99", "predecessor_row_unknown"),
    ("1.1, #3", "predecessor_duplicate"),  # row 3 is WBS 1.1: the same task twice
    ("1.2", "link_to_self"),
])
def test_bad_predecessors_change_nothing(db, text, code):
    before = list(db.query("SELECT * FROM dependencies ORDER BY id"))
    with pytest.raises(ValidationError) as info:
        set_predecessors(db, task_id=task_id(db, "1.2"), text=text)
    assert info.value.code == code
    assert list(db.query("SELECT * FROM dependencies ORDER BY id")) == before


def measurements(db):
    return list(db.query("SELECT * FROM capacity_measurements ORDER BY id"))


def test_energised_above_installed_is_refused(db):
    for values in ({"installed_mw": 2.0, "energised_mw": 2.5}, {"installed_mw": None, "energised_mw": 1.0,
                                                              "installed_gpus": 100}):
        with pytest.raises(ValidationError) as info:
            record_capacity(db, phase_id=1, measured_on="2026-11-02", today=TODAY,
                            **{"installed_gpus": None, **values})
        assert info.value.code == "energised_above_installed"
    assert measurements(db) == []
    record_capacity(db, phase_id=1, measured_on="2026-11-02", installed_mw=2.0, energised_mw=2.0,
                    installed_gpus=None, today=TODAY)


def test_a_second_measurement_on_the_same_day_replaces_only_when_asked(db):
    history = History(db)
    first = record_capacity(db, phase_id=1, measured_on="2026-11-02", installed_mw=2.0,
                            installed_gpus=None, today=TODAY)
    before = measurements(db)
    with pytest.raises(ConflictError) as info:
        record_capacity(db, phase_id=1, measured_on="2026-11-02", installed_mw=3.0, installed_gpus=None,
                        today=TODAY)
    assert info.value.code == "capacity_same_day" and info.value.params["installed"] == 2.0
    assert measurements(db) == before
    record_capacity(db, phase_id=2, measured_on="2026-11-02", installed_mw=1.0, installed_gpus=None,
                    today=TODAY)  # another phase the same day is another measurement
    kept = []

    def do():
        kept.append(record_capacity(db, phase_id=1, measured_on="2026-11-02", installed_mw=3.0,
                                    installed_gpus=None, today=TODAY, replace=True))
        return kept[0]

    history.run("replace", do,
                lambda _last: swap_measurement(db, remove_id=kept[0].entity_id, restore=kept[0].old),
                lambda _last: swap_measurement(db, remove_id=kept[0].old["id"], restore=kept[0].new))
    day = [m for m in measurements(db) if m["phase_id"] == 1]
    assert [m["installed_mw"] for m in day] == [3.0]
    history.undo()
    assert [m for m in measurements(db) if m["phase_id"] == 1] == [
        m for m in before if m["id"] == first.entity_id]
    history.redo()
    assert [m["installed_mw"] for m in measurements(db) if m["phase_id"] == 1] == [3.0]
