"""Random plans and random edits for checking the scheduling engine against itself.

Every feature the engine knows appears: all link types, lags and leads, the eight constraints,
nested summaries (linked into and out of), elapsed durations, milestones (also calendar-date
ones), actual dates and % complete against a status date, deadlines.  Plans are valid by
construction except for links: a random link may close a loop or join a summary and its own
descendant, which is exactly the refusal an edit must give.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from desktop.domain.calendar import WorkCalendar
from desktop.domain.cpm import (
    ConstraintType, LinkInput, LinkType, ScheduleLoopError, TaskInput, schedule,
)

CONSTRAINTS = list(ConstraintType)
LINK_TYPES = list(LinkType)
DURATIONS = (0, 0, 1, 1, 2, 3, 5, 8, 13, 21)
LAGS = (0, 0, 0, 0, 1, 2, 5, -1, -3)


def random_day(rng: random.Random, start: date, spread_days: int = 200) -> date:
    return start + timedelta(days=rng.randint(-20, spread_days))


def random_task(rng: random.Random, task_id: int, start: date, status: date | None,
                parent_id: int | None = None) -> TaskInput:
    """A leaf task with random duration, constraint, progress and deadline."""
    duration = rng.choice(DURATIONS)
    constraint = rng.choice(CONSTRAINTS) if rng.random() < 0.35 else ConstraintType.ASAP
    dated = constraint not in (ConstraintType.ASAP, ConstraintType.ALAP)
    actual_start = actual_finish = None
    percent = 0.0
    if status is not None and rng.random() < 0.3:
        actual_start = status - timedelta(days=rng.randint(0, 60))
        percent = float(rng.choice((0, 10, 25, 50, 90, 100)))
        if rng.random() < 0.4:
            actual_finish = actual_start + timedelta(days=rng.randint(0, 20))
    elif rng.random() < 0.1:
        percent = float(rng.choice((10, 50)))
    return TaskInput(
        id=task_id, duration=duration, elapsed=rng.random() < 0.15, constraint=constraint,
        constraint_date=random_day(rng, start) if dated else None, actual_start=actual_start,
        actual_finish=actual_finish, percent_complete=percent, parent_id=parent_id,
        deadline=random_day(rng, start, 300) if rng.random() < 0.1 else None)


def random_link(rng: random.Random, ids: list[int]) -> LinkInput:
    pred, succ = rng.sample(ids, 2)
    return LinkInput(pred, succ, rng.choice(LINK_TYPES), rng.choice(LAGS))


def _ancestors(parents: dict[int, int | None], task_id: int) -> set[int]:
    found = set()
    node = parents.get(task_id)
    while node is not None:
        found.add(node)
        node = parents.get(node)
    return found


def random_plan(rng: random.Random, size: int | None = None):
    """(tasks, links, project start, status date or None): a plan with no loop."""
    size = size or rng.randint(2, 40)
    start = date(2025, 1, 1) + timedelta(days=rng.randint(0, 700))
    status = start + timedelta(days=rng.randint(0, 120)) if rng.random() < 0.5 else None
    ids = rng.sample(range(1, 10 * size + 10), size)
    parents: dict[int, int | None] = {}
    tasks = []
    for k, task_id in enumerate(ids):  # a parent is always an earlier task: no outline loop
        parent = rng.choice(ids[:k]) if k and rng.random() < 0.35 else None
        parents[task_id] = parent
        tasks.append(random_task(rng, task_id, start, status, parent))
    rank = {task_id: r for r, task_id in enumerate(rng.sample(ids, size))}
    links: list[LinkInput] = []
    seen = set()
    for _ in range(rng.randint(0, 2 * size)):
        link = random_link(rng, ids)
        a, b = link.pred_id, link.succ_id
        if rank[a] > rank[b]:
            link = link._replace(pred_id=b, succ_id=a)
            a, b = b, a
        related = a in _ancestors(parents, b) or b in _ancestors(parents, a)
        if related or (a, b) in seen:
            continue
        seen.add((a, b))
        links.append(link)
    rng.shuffle(tasks)
    return tasks, _without_loops(tasks, links, start, status), start, status


def _without_loops(tasks, links, start, status) -> list[LinkInput]:
    """Drop links until the plan schedules (through summaries, ordered links can still loop)."""
    links = list(links)
    while True:
        try:
            schedule(tasks, links, project_start=start, calendar=CALENDAR, status_date=status)
            return links
        except ScheduleLoopError as loop:
            on_loop = set(loop.task_ids)
            culprit = next((k for k, l in enumerate(links)
                            if l.pred_id in on_loop or l.succ_id in on_loop), None)
            if culprit is None:
                raise
            del links[culprit]


CALENDAR = WorkCalendar()


def leaf_ids(tasks: list[TaskInput]) -> list[int]:
    parents = {t.parent_id for t in tasks}
    return [t.id for t in tasks if t.id not in parents]
