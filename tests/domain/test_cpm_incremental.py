"""The live schedule against the full pass: after every edit of random plans, the same results.

Each round builds a random plan (every link type, lags and leads, the eight constraints,
nested and linked summaries, elapsed durations, milestones, actuals against a status date,
deadlines), then applies random edits one after another.  After each edit the live result
must equal ``schedule()`` of the same tasks and links, and the ids it reports as changed must
be exactly those whose results differ; an edit the full pass refuses must be refused with
the same error and change nothing.
"""

from __future__ import annotations

import random
from datetime import timedelta

import pytest

from desktop.domain.cpm import ConstraintType, LinkInput, schedule
from desktop.domain.cpm_incremental import LiveSchedule
from desktop.domain.errors import DomainError
from tests.domain.random_plans import (
    CALENDAR, CONSTRAINTS, DURATIONS, LAGS, LINK_TYPES, random_day, random_link, random_plan,
    random_task,
)

ROUNDS = 120
EDITS = 14


def _options(live: LiveSchedule) -> dict:
    return dict(project_start=live.project_start, calendar=live.calendar,
                status_date=live.status_date, critical_threshold=live.threshold,
                weights=live.weights)


def _full(tasks, links, options):
    try:
        return schedule(tasks, links, **options), None
    except DomainError as error:
        return None, error


def _same(live_result, full) -> None:
    assert live_result.tasks == full.tasks
    assert (live_result.start, live_result.finish) == (full.start, full.finish)
    assert live_result.critical_ids == full.critical_ids


def _task_edit(rng: random.Random, live: LiveSchedule):
    task = rng.choice(live.tasks)
    start, status = live.project_start, live.status_date
    field = rng.choice(("duration", "constraint", "actuals", "percent", "deadline", "elapsed",
                        "all", "parent"))
    if field == "duration":
        task = task._replace(duration=rng.choice(DURATIONS + (-1,)))
    elif field == "constraint":
        kind = rng.choice(CONSTRAINTS)
        dated = kind not in (ConstraintType.ASAP, ConstraintType.ALAP) and rng.random() < 0.95
        task = task._replace(constraint=kind, constraint_date=random_day(rng, start) if dated else None)
    elif field == "actuals":
        day = (status or start) - timedelta(days=rng.randint(0, 40))
        finish = day + timedelta(days=rng.randint(-2, 15)) if rng.random() < 0.5 else None
        task = task._replace(actual_start=day if rng.random() < 0.8 else None, actual_finish=finish)
    elif field == "percent":
        task = task._replace(percent_complete=float(rng.choice((0, 20, 50, 100, 120))))
    elif field == "deadline":
        task = task._replace(deadline=random_day(rng, start, 300) if rng.random() < 0.7 else None)
    elif field == "elapsed":
        task = task._replace(elapsed=not task.elapsed)
    elif field == "all":
        task = random_task(rng, task.id, start, status, task.parent_id)
    else:
        others = [t.id for t in live.tasks if t.id != task.id]
        task = task._replace(parent_id=rng.choice(others) if others and rng.random() < 0.7 else None)
    tasks = [task if t.id == task.id else t for t in live.tasks]
    return (lambda: live.update_task(task)), tasks, list(live.links)


def _without_first(links: list[LinkInput], pred_id: int, succ_id: int) -> list[LinkInput]:
    """``links`` less the first link ``pred_id → succ_id`` (how the live schedule names one)."""
    rest = list(links)
    del rest[next(k for k, l in enumerate(rest) if (l.pred_id, l.succ_id) == (pred_id, succ_id))]
    return rest


def _link_edit(rng: random.Random, live: LiveSchedule):
    ids = [t.id for t in live.tasks]
    links = list(live.links)
    choice = rng.random()
    if choice < 0.4 or not links:
        link = random_link(rng, ids)
        return (lambda: live.add_link(link)), list(live.tasks), links + [link]
    old = rng.choice(links)
    rest = _without_first(links, old.pred_id, old.succ_id)
    if choice < 0.65:
        return (lambda: live.remove_link(old.pred_id, old.succ_id)), list(live.tasks), rest
    if choice < 0.85:
        new = old._replace(type=rng.choice(LINK_TYPES), lag=rng.choice(LAGS))
        return (lambda: live.update_link(new)), list(live.tasks), rest + [new]
    succ = old.succ_id  # retype a task's predecessors: remove them all, add a few
    gone = [l for l in links if l.succ_id == succ]
    new_links = [LinkInput(rng.choice(ids), succ, rng.choice(LINK_TYPES), rng.choice(LAGS))
                 for _ in range(rng.randint(0, 2))]
    new_links = [l for l in new_links if l.pred_id != succ]
    kept = list(links)
    for l in gone:
        kept = _without_first(kept, l.pred_id, l.succ_id)
    return (lambda: live.edit_links(remove=[(l.pred_id, l.succ_id) for l in gone], add=new_links),
            list(live.tasks), kept + new_links)


def _structure_edit(rng: random.Random, live: LiveSchedule):
    if rng.random() < 0.5 or len(live.tasks) < 3:
        new_id = max((t.id for t in live.tasks), default=0) + 1
        parent = rng.choice(live.tasks).id if live.tasks and rng.random() < 0.4 else None
        task = random_task(rng, new_id, live.project_start, live.status_date, parent)
        return (lambda: live.add_task(task)), list(live.tasks) + [task], list(live.links)
    victim = rng.choice(live.tasks).id
    gone = {victim}
    while True:
        more = {t.id for t in live.tasks if t.parent_id in gone} - gone
        if not more:
            break
        gone |= more
    return ((lambda: live.remove_task(victim)), [t for t in live.tasks if t.id not in gone],
            [l for l in live.links if l.pred_id not in gone and l.succ_id not in gone])


def _random_edit(rng: random.Random, live: LiveSchedule):
    roll = rng.random()
    if not live.tasks:
        return _structure_edit(rng, live)
    if roll < 0.5 or len(live.tasks) < 2:
        return _task_edit(rng, live)
    if roll < 0.88:
        return _link_edit(rng, live)
    return _structure_edit(rng, live)


@pytest.mark.parametrize("seed", range(ROUNDS))
def test_live_schedule_equals_the_full_pass_after_every_edit(seed):
    rng = random.Random(seed)
    tasks, links, start, status = random_plan(rng)
    options = dict(project_start=start, calendar=CALENDAR, status_date=status,
                   critical_threshold=rng.choice((0, 0, 0, 2)),
                   weights={t.id: rng.random() for t in tasks} if rng.random() < 0.15 else None)
    live = LiveSchedule(tasks, links, **options)
    _same(live.result, schedule(tasks, links, **options))
    for step in range(EDITS):
        edit, tasks, links = _random_edit(rng, live)
        expected, refusal = _full(tasks, links, _options(live))
        before = dict(live.result.tasks)
        inputs_before = (list(live.tasks), list(live.links))
        if refusal is not None:
            with pytest.raises(type(refusal)) as raised:
                edit()
            assert (raised.value.code, raised.value.params) == (refusal.code, refusal.params)
            assert (live.tasks, live.links) == inputs_before
            assert live.result.tasks == before
            continue
        changed = edit()
        assert (sorted(live.tasks, key=lambda t: t.id), sorted(live.links)) == (
            sorted(tasks, key=lambda t: t.id), sorted(links)), f"step {step}"
        _same(live.result, expected)
        after = live.result.tasks
        assert changed == {i for i in before.keys() | after.keys() if before.get(i) != after.get(i)}
