"""Inputs, outputs and errors of the scheduling engine (see :mod:`desktop.domain.cpm`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from typing import Any, NamedTuple

from desktop.domain.errors import DomainError


class ConstraintType(str, Enum):
    """Date constraints, named as in MS Project."""

    ASAP = "ASAP"  # as soon as possible (default)
    ALAP = "ALAP"  # as late as possible without delaying any successor
    SNET = "SNET"  # start no earlier than
    SNLT = "SNLT"  # start no later than
    FNET = "FNET"  # finish no earlier than
    FNLT = "FNLT"  # finish no later than
    MSO = "MSO"    # must start on
    MFO = "MFO"    # must finish on


DATED_CONSTRAINTS = frozenset({ConstraintType.SNET, ConstraintType.SNLT, ConstraintType.FNET,
                               ConstraintType.FNLT, ConstraintType.MSO, ConstraintType.MFO})


class LinkType(str, Enum):
    """Dependency types: finish-to-start, start-to-start, finish-to-finish, start-to-finish."""

    FS = "FS"
    SS = "SS"
    FF = "FF"
    SF = "SF"


class TaskInput(NamedTuple):
    """One task as the engine sees it.

    ``duration`` counts working days (calendar days when ``elapsed``); 0 makes a milestone.
    Tasks named as ``parent_id`` by other tasks are summary tasks: their own duration,
    constraint and progress are ignored, everything rolls up from their children.
    """

    id: int
    duration: int = 0
    elapsed: bool = False
    constraint: ConstraintType = ConstraintType.ASAP
    constraint_date: date | None = None
    actual_start: date | None = None
    actual_finish: date | None = None
    percent_complete: float = 0
    parent_id: int | None = None
    deadline: date | None = None  # like MS Project's: limits late finish, moves nothing


def is_complete(task: TaskInput) -> bool:
    """Finished work (never critical, MS Project's rule): an actual finish, or 100 % begun."""
    return task.actual_finish is not None or (
        task.actual_start is not None and task.percent_complete >= 100)


class LinkInput(NamedTuple):
    """A dependency ``pred_id → succ_id``; ``lag`` in working days, negative = lead."""

    pred_id: int
    succ_id: int
    type: LinkType = LinkType.FS
    lag: int = 0


class TaskResult(NamedTuple):
    """Computed dates (first and last working day of the task) and floats in working days.

    A named tuple rather than a dataclass: ten thousand of them are made per schedule.
    """

    id: int
    early_start: date
    early_finish: date
    late_start: date
    late_finish: date
    total_float: int
    free_float: int
    is_critical: bool
    is_summary: bool = False
    is_milestone: bool = False
    constraint_violated: bool = False
    violated_constraint: ConstraintType | None = None
    percent_complete: float = 0.0
    deadline_missed: bool = False


class DrivingLink(NamedTuple):
    """One step of a driving chain: ``pred_id`` drives ``succ_id`` through this link."""

    pred_id: int
    succ_id: int
    type: LinkType
    lag: int


@dataclass
class ScheduleResult:
    """Everything :func:`desktop.domain.cpm.schedule` computed."""

    tasks: dict[int, TaskResult]
    start: date
    finish: date
    critical_ids: list[int]
    internals: Any = field(default=None, repr=False, compare=False)


class ScheduleInputError(DomainError):
    """The plan cannot be scheduled as given (link to itself, unknown task, ...).

    Codes: ``task_duplicate``, ``duration_negative``, ``percent_out_of_range``,
    ``constraint_date_missing``, ``actual_finish_before_start``, ``parent_unknown``,
    ``parent_loop``, ``link_to_self``, ``link_task_unknown``, ``link_summary_descendant``,
    ``task_unknown`` (asking :func:`driving_predecessors` or a live schedule about a task not
    scheduled) and ``link_unknown`` (a live schedule asked to remove a link it does not have).
    Every one carries ``task_id`` (the task at fault) among its params.
    """

    def __init__(self, code: str, task_id: int | None, **params: object) -> None:
        super().__init__(code, task_id=task_id, **params)
        self.task_id = task_id


class ScheduleLoopError(DomainError):
    """The links form a loop; ``task_ids`` names its tasks in link order."""

    def __init__(self, task_ids: list[int]) -> None:
        super().__init__("schedule_loop", task_ids=list(task_ids))
        self.task_ids = list(task_ids)
