"""The window's live plan equals the full reload after every edit (the full pass is the reference).

Random plans (a few summaries, tasks and milestones, random acyclic links), random edits through
the services — durations, constraints, predecessors, links drawn and removed, actual dates,
progress, names, tasks added, deleted, indented and moved, baselines saved and chosen — and their
undo and redo through the core history; after each one ``LivePlan.sync()`` must give exactly
the ScheduleView ``load_schedule`` gives.
"""

from __future__ import annotations

import random
from datetime import timedelta

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from db.engine import PROJECT_ID
from desktop.domain.errors import DomainError
from desktop.services import baselines, fields, milestones, outline, progress, tasks
from desktop.services.history import History
from desktop.services.live_schedule import LivePlan
from desktop.services.live_links import LiveLinks
from desktop.services.plan_links import check_links
from desktop.services.schedule import load_schedule
from tests.conftest import TODAY

AS_OF = TODAY


def random_plan(db, rng: random.Random, n_tasks: int) -> list[int]:
    """Summaries with tasks and milestones under them, links from earlier to later tasks."""
    summaries = []
    ids = []
    with db.atomic():
        for g in range(3):
            summaries.append(db["tasks"].insert({
                "project_id": PROJECT_ID, "sort_order": 1000 + g, "wbs_code": f"{g + 7}",
                "name_ko": f"공종 {g}", "name_en": f"Package {g}"}).last_pk)
        for k in range(n_tasks):
            milestone = rng.random() < 0.15
            ids.append(db["tasks"].insert({
                "project_id": PROJECT_ID, "parent_id": rng.choice(summaries), "sort_order": k,
                "wbs_code": f"{7 + k % 3}.{k + 1}" if rng.random() < 0.8 else "",
                "name_ko": f"작업 {k}", "name_en": f"Task {k}", "is_milestone": int(milestone),
                "duration_days": 0 if milestone else rng.randint(1, 15)}).last_pk)
        pairs = set()
        for _ in range(n_tasks * 2):
            a, b = sorted(rng.sample(range(n_tasks), 2))
            pairs.add((ids[a], ids[b]))
        for a, b in sorted(pairs):
            db["dependencies"].insert({"project_id": PROJECT_ID, "predecessor_id": a, "successor_id": b,
                                       "link_type": rng.choice(["FS", "FS", "FS", "SS", "FF", "SF"]),
                                       "lag_days": rng.choice([0, 0, 1, 3, -1])})
    return ids


def leaves(db) -> list[int]:
    return [r[0] for r in db.execute(
        "SELECT id FROM tasks t WHERE NOT EXISTS (SELECT 1 FROM tasks c WHERE c.parent_id = t.id)"
        " ORDER BY id")]


def milestone_ids(db) -> list[int]:
    return [r[0] for r in db.execute("SELECT id FROM tasks WHERE is_milestone = 1 ORDER BY id")]


def random_edit(db, history: History, rng: random.Random, plan: LivePlan | None = None) -> None:
    """One edit through the services, kept in the history (some refused: that is fine).
    Link edits ask ``plan`` about the plan half the time (as the window does)."""
    def links():
        return LiveLinks(plan) if plan is not None and rng.random() < 0.5 else None

    leaf = rng.choice(leaves(db))
    kind = rng.randrange(13)
    day = AS_OF + timedelta(days=rng.randint(-300, 300))
    if kind == 0:
        history.run_value("d", lambda v: tasks.set_duration(db, task_id=leaf, text=v),
                          f"{rng.randint(1, 30)}{rng.choice(['d', 'd', 'ed'])}")
    elif kind == 1:
        history.run_value("c", lambda v: tasks.restore_constraint(db, task_id=leaf, constraint=v),
                          rng.choice([("snet", day.isoformat()), ("asap", None),
                                      ("fnlt", day.isoformat()), ("alap", None)]))
    elif kind == 2:
        preds = rng.sample(leaves(db), rng.randint(0, 3))
        rows = {r[0]: r[1] for r in db.execute("SELECT id, wbs_code FROM tasks")}
        text = ", ".join(f"{rows[p] or ''}{rng.choice(['', 'SS', 'FF+2d'])}" for p in preds if rows[p])
        history.run_value("p", lambda v: tasks.set_predecessors(db, task_id=leaf, text=v,
                                                                 links=links()), text)
    elif kind == 3:
        other = rng.choice(leaves(db))
        history.run("l", lambda: tasks.add_link(db, pred_id=other, succ_id=leaf,
                                                link_type=rng.choice(["FS", "SS"]), lag_days=1,
                                                links=links()),
                    lambda last: tasks.remove_link(db, link_id=last.entity_id),
                    lambda last: tasks.restore_link(db, row=last.old, links=links()))
    elif kind == 4:
        link = db.execute("SELECT id FROM dependencies ORDER BY random() LIMIT 1").fetchone()
        if link:
            history.run("r", lambda: tasks.remove_link(db, link_id=link[0]),
                        lambda last: tasks.restore_link(db, row=last.old),
                        lambda last: tasks.remove_link(db, link_id=last.entity_id))
    elif kind == 5:
        history.run_value("a", lambda v: fields.update_field(
            db, entity="tasks", entity_id=leaf, field="actual_start_on", value=v),
            rng.choice([None, (AS_OF - timedelta(days=rng.randint(1, 200))).isoformat()]))
    elif kind == 6:
        history.run("g", lambda: progress.set_task_progress(
            db, task_id=leaf, percent=rng.randint(0, 100), on=AS_OF, today=AS_OF, allow_decrease=True),
            lambda last: progress.restore_task_progress(db, task_id=leaf, state=last.old),
            lambda last: progress.restore_task_progress(db, task_id=leaf, state=last.new))
    elif kind == 7:
        history.run_value("n", lambda v: fields.update_field(
            db, entity="tasks", entity_id=leaf, field="name_ko", value=v), f"이름 {rng.random():.3f}")
    elif kind == 8:
        history.run("t", lambda: tasks.add_task(db, name_ko="새 작업", after_id=leaf,
                                                is_milestone=rng.random() < 0.3),
                    lambda last: tasks.delete_task(db, task_id=last.entity_id),
                    lambda last: tasks.restore_tasks(db, snapshot=last.old))
    elif kind == 9:
        history.run("x", lambda: tasks.delete_task(db, task_id=leaf),
                    lambda last: tasks.restore_tasks(db, snapshot=last.old),
                    lambda last: tasks.delete_task(db, task_id=last.entity_id))
    elif kind == 10:
        service = rng.choice([outline.indent_task, outline.outdent_task,
                              lambda db, task_id: outline.move_task(db, task_id=task_id, delta=1)])
        restore = lambda last: outline.set_positions(db, positions=last.old)  # noqa: E731
        history.run("o", lambda: service(db, task_id=leaf), restore, restore)
    elif kind == 11:
        if rng.random() < 0.5:
            history.run("b", lambda: baselines.save_baseline(db, name=f"B{rng.random():.4f}", as_of=AS_OF),
                        lambda last: baselines.delete_baseline(db, baseline_id=last.entity_id,
                                                               current_after=last.old),
                        lambda last: baselines.restore_baseline(db, snapshot=last.old))
        else:
            ids = [r[0] for r in db.execute("SELECT id FROM baselines")]
            history.run_value("bc", lambda v: baselines.set_current_baseline(db, baseline_id=v),
                              rng.choice(ids))
    else:
        milestone = rng.choice(milestone_ids(db))
        history.run_value("m", lambda v: milestones.set_milestone_date(
            db, task_id=milestone, which="actual", on=v, today=AS_OF),
            rng.choice([None, (AS_OF - timedelta(days=rng.randint(1, 100))).isoformat()]))


def step(db, history: History, rng: random.Random, plan: LivePlan | None = None) -> None:
    """An edit, or an undo or redo of earlier ones."""
    roll = rng.random()
    try:
        if roll < 0.15 and history.can_undo:
            history.undo()
        elif roll < 0.25 and history.can_redo:
            history.redo()
        else:
            random_edit(db, history, rng, plan)
    except DomainError:
        pass  # refused (a loop, a date before the start, …): nothing changed


def assert_same(plan: LivePlan, db) -> None:
    fresh = load_schedule(db, as_of=AS_OF)
    view = plan.view()
    assert view.rows == fresh.rows
    assert view.links == fresh.links
    assert view == fresh


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 2**32 - 1))
def test_live_plan_equals_the_full_reload_after_random_edits(db, seed):
    rng = random.Random(seed)
    random_plan(db, rng, rng.randint(5, 40))
    plan = LivePlan(db, as_of=AS_OF)
    assert_same(plan, db)
    history = History(db)
    for _ in range(25):
        step(db, history, rng, plan)
        plan.sync()
        assert_same(plan, db)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 2**32 - 1))
def test_the_live_plan_refuses_the_links_the_database_check_refuses(db, seed):
    """The window's answers to a link edit (LiveLinks) are those read from the database."""
    from desktop.services.plan_links import StoredLinks

    rng = random.Random(seed)
    ids = random_plan(db, rng, rng.randint(4, 25))
    with db.atomic():  # summaries' own links, to reach their gates and roll-ups
        for _ in range(2):
            a, b = rng.sample(ids + [r[0] for r in db.execute("SELECT id FROM tasks WHERE parent_id IS NULL"
                                                              " AND id NOT IN (SELECT task_id FROM"
                                                              " baseline_tasks)")], 2)
            try:
                check_links(db, [(a, b, "FS", 0)] + [
                    tuple(r) for r in db.execute("SELECT predecessor_id, successor_id, link_type, lag_days"
                                                 " FROM dependencies")])
                db.execute("INSERT OR IGNORE INTO dependencies (project_id, predecessor_id, successor_id)"
                           " VALUES (1, ?, ?)", [a, b])
            except DomainError:
                pass
    plan = LivePlan(db, as_of=AS_OF)
    for _ in range(6):
        succ = rng.choice(ids)
        stored, live = StoredLinks(db), LiveLinks(plan)
        assert live.order == stored.order and live.named == stored.named and live.codes == stored.codes
        columns = ("id", "predecessor_id", "successor_id", "link_type", "lag_days")
        assert ([{k: link[k] for k in columns} for link in live.links_into(succ)]
                == stored.links_into(succ))
        remove = stored.links_into(succ) if rng.random() < 0.5 else []
        add = [(rng.choice(ids + [succ]), succ, rng.choice(["FS", "SS", "FF", "SF"]), rng.choice([0, 2]))
               for _ in range(rng.randint(1, 3))]
        outcomes = []
        for answer in (stored, live):
            try:
                answer.check(remove=remove, add=add)
                outcomes.append(None)
            except DomainError as error:
                outcomes.append(error.code)
        assert outcomes[0] == outcomes[1], (remove, add)
        plan.sync()  # nothing was written: the live schedule gives the links back
        assert_same(plan, db)


def test_an_edit_reports_the_rows_it_changed_and_a_structural_one_everything(db):
    rng = random.Random(7)
    ids = random_plan(db, rng, 30)
    plan = LivePlan(db, as_of=AS_OF)
    _, start = plan.changes_since(None)
    assert start.task_ids is None  # a view that has seen nothing: everything
    generation = start.generation
    task = next(i for i in ids if i in leaves(db) and i not in milestone_ids(db))
    tasks.set_duration(db, task_id=task, text="40d")
    view, update = plan.changes_since(generation)
    assert task in update.task_ids and not update.links
    assert set(update.task_ids) < {r.task_id for r in view.rows}  # only what moved
    assert view == load_schedule(db, as_of=AS_OF)
    view, same = plan.changes_since(update.generation)
    assert same.task_ids == frozenset() and same.generation == update.generation
    tasks.add_task(db, name_ko="하나 더", after_id=task)
    view, update = plan.changes_since(update.generation)
    assert update.task_ids is None and view == load_schedule(db, as_of=AS_OF)


def test_edits_of_unrelated_tables_leave_the_plan_alone(example_db):
    from desktop.services.costs import record_actual_cost

    plan = LivePlan(example_db, as_of=AS_OF)
    generation = plan.generation
    line = example_db.execute("SELECT id FROM budget_lines LIMIT 1").fetchone()[0]
    record_actual_cost(example_db, line_id=line, month="2026-10", amount_won=1_000_000, note="",
                       today=AS_OF)
    assert plan.sync() is None and plan.generation == generation


def test_another_writer_is_followed(db, tmp_path):
    """A commit of another connection (another user) is in the change log as well."""
    from db import open_database

    rng = random.Random(3)
    ids = random_plan(db, rng, 12)
    plan = LivePlan(db, as_of=AS_OF)
    plan.view()  # shown: its rows are followed
    other = open_database(db.path)
    try:
        tasks.set_duration(other, task_id=ids[-1], text="33d")
    finally:
        other.close()
    update = plan.sync()
    assert update is not None and ids[-1] in update.task_ids
    assert plan.view() == load_schedule(db, as_of=AS_OF)


@pytest.mark.parametrize("table", ["calendar_exceptions", "phases"])
def test_a_change_the_rows_do_not_carry_reloads_the_plan(db, table):
    plan = LivePlan(db, as_of=AS_OF)
    if table == "calendar_exceptions":
        with db.atomic():
            db["calendar_exceptions"].insert({"project_id": PROJECT_ID, "on_date": "2027-03-02",
                                              "is_working": 0, "name": "휴일"})
    else:
        fields.update_field(db, entity="phases", entity_id=db.execute(
            "SELECT id FROM phases LIMIT 1").fetchone()[0], field="name_en", value="Phase one")
    update = plan.sync()
    assert update is not None and update.task_ids is None
    assert plan.view() == load_schedule(db, as_of=AS_OF)


def test_links_written_other_than_those_checked_are_not_taken_for_them(db):
    """The live schedule keeps links it cleared; if others are written (the service failed
    after its check and someone else wrote), the plan is read again."""
    rng = random.Random(11)
    ids = random_plan(db, rng, 20)
    plan = LivePlan(db, as_of=AS_OF)
    stored = {(r[0], r[1]) for r in db.execute("SELECT predecessor_id, successor_id FROM dependencies")}
    a, b, c = next((x, y, z) for x, y, z in zip(ids, ids[1:], ids[2:])
                   if (x, z) not in stored and (y, z) not in stored)
    LiveLinks(plan).check(remove=[], add=[(a, c, "FS", 0)])
    with db.atomic():
        db.execute("INSERT INTO dependencies (project_id, predecessor_id, successor_id, lag_days)"
                   " VALUES (1, ?, ?, 40)", [b, c])
    plan.sync()
    assert_same(plan, db)


def _status(db, view):
    from desktop.domain.status import build_status
    from desktop.services.status import project_data

    return build_status(project_data(db, milestones_only=True), view, AS_OF)


def test_the_overview_reads_the_same_figures_from_its_rows_as_from_every_row(example_db):
    """status_view gives build_status only the rows it reads: the figures are those of the
    whole schedule (milestones, baseline start and finish, critical tasks), edit after edit."""
    from desktop.domain.status import build_status
    from desktop.services.status import project_data

    db = example_db
    rng = random.Random(5)
    ids = random_plan(db, rng, 30)
    late = next(i for i in ids if i in leaves(db) and i not in milestone_ids(db))
    tasks.set_start_constraint(db, task_id=late, start="2044-03-02")  # the latest baseline date
    baselines.save_baseline(db, name="착공 전", as_of=AS_OF)
    tasks.set_start_constraint(db, task_id=late, start=None)  # no longer critical: still latest
    plan = LivePlan(db, as_of=AS_OF)
    history = History(db)
    for _ in range(20):
        assert _status(db, plan.status_view()) == build_status(
            project_data(db), load_schedule(db, as_of=AS_OF), AS_OF)
        step(db, history, rng, plan)
    assert len(plan.status_view().rows) < len(load_schedule(db, as_of=AS_OF).rows)
