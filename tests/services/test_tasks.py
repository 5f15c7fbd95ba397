"""Editing the schedule: tasks, durations, predecessors, links, outline, baselines."""

from datetime import date

import pytest

from desktop.domain.errors import ConflictError, ValidationError
from desktop.services.baselines import delete_baseline, save_baseline, set_current_baseline
from desktop.services.outline import indent_task, move_task, outdent_task, set_positions
from desktop.services.schedule import load_schedule
from desktop.services.tasks import (
    add_link, add_task, delete_task, remove_link, restore_tasks, set_duration, set_predecessors,
    set_start_constraint,
)
from tests.conftest import TODAY


def task_id(db, wbs):
    return db.execute("SELECT id FROM tasks WHERE wbs_code = ?", [wbs]).fetchone()[0]


def rows_by_name(db):
    return {r.name_ko: r for r in load_schedule(db, as_of=TODAY).rows}


def snapshot(db):
    """The rows as the user sees them (a row's version counts its changes, so an undo raises it)."""
    order = {"baseline_tasks": "baseline_id, task_id"}
    return {t: [{k: v for k, v in row.items() if k != "version"}
                for row in db.query(f"SELECT * FROM {t} ORDER BY {order.get(t, 'rowid')}")]
            for t in ("tasks", "dependencies", "baseline_tasks", "baselines")}


@pytest.fixture
def work(db):
    """Phase 1 gets two tasks: 설계 (20d) then 시공 (40d), 시공 FS after 설계."""
    phase1 = task_id(db, "1")
    design = add_task(db, name_ko="설계", parent_id=phase1, duration="20d").entity_id
    build = add_task(db, name_ko="시공", after_id=design, duration="8w").entity_id
    rows = [r.task_id for r in load_schedule(db, as_of=TODAY).rows]
    set_predecessors(db, task_id=build, text=f"{rows.index(design) + 1}")
    return db, design, build


def test_added_tasks_are_scheduled_after_the_status_date(work):
    db, design, build = work
    rows = rows_by_name(db)
    assert rows["설계"].start == date(2026, 11, 25)  # not started: after the status date
    assert rows["설계"].duration_days == 20
    assert rows["시공"].start > rows["설계"].finish
    assert rows["시공"].phase_number == 1 and rows["시공"].level == 1


def test_predecessor_text_round_trips_as_row_numbers(work):
    db, design, build = work
    rows = load_schedule(db, as_of=TODAY).rows
    design_row = [r.task_id for r in rows].index(design) + 1
    changes = set_predecessors(db, task_id=build, text=f"{design_row}SS+5d")
    assert changes.old == f"{design_row}" and changes.new == f"{design_row}SS+5d"
    assert rows_by_name(db)["시공"].predecessors == f"{design_row}SS+5d"
    link = db.execute("SELECT link_type, lag_days FROM dependencies WHERE successor_id = ?", [build]).fetchone()
    assert tuple(link) == ("SS", 5)


def test_loop_is_refused_with_the_tasks_named_and_nothing_changed(work):
    db, design, build = work
    rows = [r.task_id for r in load_schedule(db, as_of=TODAY).rows]
    before = snapshot(db)
    with pytest.raises(ValidationError) as info:
        set_predecessors(db, task_id=design, text=f"{rows.index(build) + 1}")
    assert info.value.code == "schedule_loop"
    assert "설계" in info.value.params["names"] and "시공" in info.value.params["names"]
    assert snapshot(db) == before


@pytest.mark.parametrize("text, code", [
    ("999", "predecessor_row_unknown"), ("3XX", "predecessor_unparsable"), ("2FS+1.5d", "lag_not_whole_days"),
])
def test_bad_predecessor_text(work, text, code):
    db, design, build = work
    before = snapshot(db)
    with pytest.raises(ValidationError) as info:
        set_predecessors(db, task_id=build, text=text)
    assert info.value.code == code
    assert snapshot(db) == before


def test_link_to_itself_is_refused(work):
    db, design, build = work
    rows = [r.task_id for r in load_schedule(db, as_of=TODAY).rows]
    with pytest.raises(ValidationError) as info:
        set_predecessors(db, task_id=build, text=f"{rows.index(build) + 1}")
    assert info.value.code == "link_to_self"


def test_link_drawn_on_the_gantt_and_removed(work):
    db, design, build = work
    milestone = task_id(db, "1.2")
    link = add_link(db, pred_id=build, succ_id=milestone).entity_id
    assert rows_by_name(db)["1단계 준공"].start >= rows_by_name(db)["시공"].finish
    with pytest.raises(ValidationError) as info:
        add_link(db, pred_id=milestone, succ_id=design)  # 1.2 → 설계 → 시공 → 1.2
    assert info.value.code == "schedule_loop"
    remove_link(db, link_id=link)
    assert not db.execute("SELECT 1 FROM dependencies WHERE id = ?", [link]).fetchone()


def test_duration_and_drag_constraint(work):
    db, design, build = work
    set_duration(db, task_id=design, text="2w")
    assert rows_by_name(db)["설계"].duration_days == 10
    changes = set_start_constraint(db, task_id=design, start="2027-03-02")
    assert rows_by_name(db)["설계"].start == date(2027, 3, 2)
    assert changes.old == ("asap", None)
    with pytest.raises(ValidationError):
        set_duration(db, task_id=task_id(db, "1.2"), text="3d")  # a milestone


def test_delete_and_restore(work):
    db, design, build = work
    before = snapshot(db)
    changes = delete_task(db, task_id=design)
    assert "설계" not in rows_by_name(db)
    assert not db.execute("SELECT 1 FROM dependencies WHERE predecessor_id = ?", [design]).fetchone()
    restore_tasks(db, snapshot=changes.old)
    assert snapshot(db) == before


def test_outline_indent_outdent_move_and_undo(work):
    db, design, build = work
    with pytest.raises(ValidationError) as info:
        indent_task(db, task_id=build)  # 시공 follows 설계: it cannot also be inside it
    assert info.value.code == "link_summary_descendant"
    set_predecessors(db, task_id=build, text="")
    before = snapshot(db)
    changes = indent_task(db, task_id=build)  # 시공 under 설계: 설계 becomes a summary
    rows = rows_by_name(db)
    assert rows["시공"].level == 2 and rows["설계"].is_summary
    set_positions(db, positions=changes.old)
    assert snapshot(db)["tasks"] == before["tasks"]
    with pytest.raises(ValidationError) as info:
        outdent_task(db, task_id=task_id(db, "1"))
    assert info.value.code == "cannot_outdent"
    changes = move_task(db, task_id=build, delta=-1)
    names = [r.name_ko for r in load_schedule(db, as_of=TODAY).rows]
    assert names.index("시공") < names.index("설계")
    with pytest.raises(ValidationError):
        move_task(db, task_id=task_id(db, "0"), delta=-1)


def test_indent_under_a_milestone_is_refused(db):
    with pytest.raises(ValidationError) as info:
        indent_task(db, task_id=task_id(db, "1.2"))  # the sibling above is milestone 1.1
    assert info.value.code == "milestone_cannot_have_children"


def test_baselines(work):
    db, design, build = work
    changes = save_baseline(db, name="2026년 11월 재계획", as_of=TODAY)
    view = load_schedule(db, as_of=TODAY)
    assert view.baseline_name == "2026년 11월 재계획"
    design_row = next(r for r in view.rows if r.task_id == design)
    assert design_row.baseline_finish == design_row.finish and design_row.slip_days == 0
    start = next(r for r in view.rows if r.wbs == "1.1")
    assert start.baseline_finish == start.finish  # rebaselined: no slip against the new one
    with pytest.raises(ConflictError):
        save_baseline(db, name="2026년 11월 재계획", as_of=TODAY)
    mou = changes.old
    set_current_baseline(db, baseline_id=mou)
    assert load_schedule(db, as_of=TODAY).baseline_name == "MOU 계획 (2025-06-26)"
    delete_baseline(db, baseline_id=changes.entity_id)
    with pytest.raises(ConflictError):
        delete_baseline(db, baseline_id=mou)


def test_responsible_party_by_name_and_finish_by_date(work):
    from desktop.domain.errors import NotFoundError
    from desktop.services.fields import update_field
    from desktop.services.tasks import set_finish

    db, design, build = work
    update_field(db, entity="tasks", entity_id=design, field="responsible_party_id", value="현대건설")
    assert rows_by_name(db)["설계"].responsible == "현대건설"
    with pytest.raises(NotFoundError):
        update_field(db, entity="tasks", entity_id=design, field="responsible_party_id", value="없는 회사")
    start = rows_by_name(db)["설계"].start
    changes = set_finish(db, task_id=design, finish="2026-12-31", start=start)
    assert changes.old == "20d"
    assert rows_by_name(db)["설계"].finish == date(2026, 12, 31)
    with pytest.raises(ValidationError):
        set_finish(db, task_id=design, finish="2026-01-01", start=start)


def test_baseline_delete_and_restore_keep_ids(work):
    from desktop.services.baselines import restore_baseline

    db, design, build = work
    saved = save_baseline(db, name="재계획", as_of=TODAY)
    before = snapshot(db)
    removed = delete_baseline(db, baseline_id=saved.entity_id)
    restore_baseline(db, snapshot=removed.old)
    assert snapshot(db) == before


def test_driving_chain_explains_a_late_milestone(db):
    from desktop.services.example_data import load_example_data
    from desktop.services.schedule import driving_chain

    load_example_data(db, today=TODAY)
    chain = driving_chain(db, task_id=task_id(db, "1.2"), as_of=TODAY)
    assert chain[0]["pred_name"] == "GPU 설치 (예시)" and chain[0]["succ_name"] == "1단계 준공"
    assert [c["succ_id"] for c in chain[1:]] == [c["pred_id"] for c in chain[:-1]]
    assert driving_chain(db, task_id=task_id(db, "4.2"), as_of=TODAY) == []
