"""Refuse a plan the engine cannot schedule: the checks of :func:`build_network`.

Each check first runs over whole columns at C speed (``map`` over the tuples); only when a
column holds a bad value does the task-by-task loop run, so the error names the first task
at fault exactly as a plain loop would.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import repeat
from operator import and_, eq, is_not, itemgetter

from desktop.domain.cpm_model import (
    DATED_CONSTRAINTS, ConstraintType, LinkInput, ScheduleInputError, TaskInput,
)

ID, DURATION, CONSTRAINT, CONSTRAINT_DATE = itemgetter(0), itemgetter(1), itemgetter(3), itemgetter(4)
ACTUAL_START, ACTUAL_FINISH, PERCENT, PARENT = itemgetter(5), itemgetter(6), itemgetter(7), itemgetter(8)
PRED, SUCC = itemgetter(0), itemgetter(1)
_ZERO, _HUNDRED = 0.0, 100.0


def check_task(task: TaskInput) -> None:
    """The refusals that concern one task alone."""
    if task.duration < 0:
        raise ScheduleInputError("duration_negative", task.id, duration=task.duration)
    if not 0 <= task.percent_complete <= 100:
        raise ScheduleInputError("percent_out_of_range", task.id, percent=task.percent_complete)
    if task.constraint in DATED_CONSTRAINTS and task.constraint_date is None:
        raise ScheduleInputError("constraint_date_missing", task.id,
                                 constraint=task.constraint.value)
    if task.actual_start and task.actual_finish and task.actual_finish < task.actual_start:
        raise ScheduleInputError("actual_finish_before_start", task.id)


def index_tasks(tasks: Sequence[TaskInput]) -> tuple[dict[int, int], list[int]]:
    """Task id → position, refusing duplicates and impossible values; and the positions of
    the tasks that are not plain (a constraint, actual dates, elapsed, a deadline), which
    :class:`desktop.domain.cpm_bases.Bases` handles one by one.  One pass over the tasks."""
    pos: dict[int, int] = {}
    special: list[int] = []
    asap = ConstraintType.ASAP
    for k, task in enumerate(tasks):
        task_id, duration, elapsed, constraint, _, start, finish, percent, _, deadline = task
        if task_id in pos or duration < 0 or not 0 <= percent <= 100:
            break
        pos[task_id] = k
        if constraint is not asap or start is not None or finish is not None or elapsed \
                or deadline is not None:
            if constraint in DATED_CONSTRAINTS and task.constraint_date is None:
                break
            if start is not None and finish is not None and finish < start:
                break
            special.append(k)
    else:
        return pos, special
    pos = {}
    for k, task in enumerate(tasks):  # name the first task at fault, and what is wrong
        if task.id in pos:
            raise ScheduleInputError("task_duplicate", task.id)
        pos[task.id] = k
        check_task(task)
    raise AssertionError("a task was refused but no fault was found")  # pragma: no cover


def parents(tasks: Sequence[TaskInput], pos: dict[int, int]) -> list[int]:
    """Position of each task's parent (−1 at the top), refusing unknown parents and loops."""
    ids = list(map(PARENT, tasks))
    parent = list(map(pos.get, ids, repeat(-1)))
    unknown = any(map(and_, map(is_not, ids, repeat(None)), map(eq, parent, repeat(-1))))
    if not unknown and _reach_the_top(parent):
        return parent
    for k, parent_id in enumerate(ids):
        if parent_id is not None and parent_id not in pos:
            raise ScheduleInputError("parent_unknown", tasks[k].id, parent_id=parent_id)
    state = [0] * len(tasks)  # 0 unseen, 1 on the current walk, 2 known to reach the top
    for k in range(len(tasks)):
        walk = []
        node = k
        while node >= 0 and state[node] == 0:
            state[node] = 1
            walk.append(node)
            node = parent[node]
        if node >= 0 and state[node] == 1:
            raise ScheduleInputError("parent_loop", tasks[node].id)
        for visited in walk:
            state[visited] = 2
    return parent


def _reach_the_top(parent: list[int]) -> bool:
    """True when every task's chain of parents ends, climbing all tasks a level at a time.

    After ``k`` steps the tasks at the top are those less than ``k`` levels deep; every depth
    below the deepest is someone's, so their number grows at each step until all are at
    the top, and stops growing only on a loop.
    """
    step = parent + [-1]  # step[-1]: above the top is the top
    above, done = parent, -1
    while True:
        at_top = above.count(-1)
        if at_top == len(above):
            return True
        if at_top == done:
            return False
        done = at_top
        above = list(map(step.__getitem__, above))


def is_ancestor(parent: list[int], ancestor: int, node: int) -> bool:
    node = parent[node]
    while node >= 0:
        if node == ancestor:
            return True
        node = parent[node]
    return False


def check_link(link: LinkInput, p: int, s: int, parent: list[int], is_summary: list[bool]) -> None:
    """Refuse a link to itself or between a summary and one of its own descendants."""
    if p == s:
        raise ScheduleInputError("link_to_self", link.pred_id)
    if (is_summary[p] and is_ancestor(parent, p, s)) or (is_summary[s] and is_ancestor(parent, s, p)):
        raise ScheduleInputError("link_summary_descendant", link.succ_id,
                                 pred_id=link.pred_id, succ_id=link.succ_id)
