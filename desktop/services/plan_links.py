"""What editing links needs of the whole plan, and the check of new links before they are written.

A predecessor typed in the Predecessors column is named by WBS code or by row number (the
outline order), and every change of links is checked by the engine's rules first (a loop, a
link to itself, into its own summary, to an unknown task is refused, naming the tasks).  A
:class:`PlanLinks` answers both:

* :class:`StoredLinks` reads the plan from the database at each edit (the command line,
  scripts) and checks with the engine's network and forward pass (desktop.domain.cpm_order);
* the window's live plan (desktop.services.live_schedule) answers from memory and checks new
  links on its live schedule, which refuses exactly what the full pass refuses.

Both are asked inside the service's transaction, so what they answer is what is stored.
"""

from __future__ import annotations

from datetime import date
from functools import cached_property

from db import schedule as schedule_repo
from db.engine import PROJECT_ID, Database
from desktop.domain.cpm import LinkInput, ScheduleInputError, ScheduleLoopError, TaskInput
from desktop.domain.cpm_order import check_links as check_plan_links
from desktop.domain.dates import from_iso
from desktop.domain.errors import ValidationError
from desktop.services.schedule import (
    LINK_TYPES, outline_order, predecessor_names, project_calendar,
)

Link = tuple[int, int, str, float]  # predecessor id, successor id, type, lag (days)
_ANY_START = date(2025, 1, 6)  # a Monday; for a project with neither an MOU nor a status date
_PLAN_COLUMNS = ("id", "parent_id", "sort_order", "wbs_code", "is_milestone", "name_ko")
_LINK_COLUMNS = ("id", "predecessor_id", "successor_id", "link_type", "lag_days")


class PlanLinks:
    """The outline order, how the Predecessors column names tasks, the links, and the check."""

    order: list[int]
    """Task ids in outline order (row number − 1 → id)."""
    named: dict[int, tuple[int, str]]
    """Task id → (0, its WBS code) when the code is usable, else (its row number, "")."""
    codes: set[str]
    """The usable WBS codes."""

    def links_into(self, task_id: int) -> list[dict]:
        """The stored links into ``task_id`` (id, predecessor_id, successor_id, link_type,
        lag_days), by id."""
        raise NotImplementedError

    def check(self, *, remove: list[dict], add: list[Link]) -> None:
        """Refuse (ValidationError naming the tasks) when the engine would not take the plan
        with the links ``remove`` taken out and ``add`` put in."""
        raise NotImplementedError

    @cached_property
    def by_code(self) -> dict[str, int]:
        return {code: task_id for task_id, (_row, code) in self.named.items() if code}


class StoredLinks(PlanLinks):
    """Read from the database when first asked."""

    def __init__(self, db: Database) -> None:
        self.db = db

    @cached_property
    def rows(self) -> list[dict]:
        return [dict(zip(_PLAN_COLUMNS, row)) for row in self.db.execute(
            f"SELECT {', '.join(_PLAN_COLUMNS)} FROM tasks WHERE project_id = ?", [PROJECT_ID])]

    @cached_property
    def _outline(self):
        ordered = outline_order(self.rows)
        return [row["id"] for row, _ in ordered], *predecessor_names(ordered)

    @property
    def order(self) -> list[int]:
        return self._outline[0]

    @property
    def named(self) -> dict[int, tuple[int, str]]:
        return self._outline[1]

    @property
    def codes(self) -> set[str]:
        return self._outline[2]

    @cached_property
    def links(self) -> list[dict]:
        return [dict(zip(_LINK_COLUMNS, row)) for row in self.db.execute(
            f"SELECT {', '.join(_LINK_COLUMNS)} FROM dependencies WHERE project_id = ? ORDER BY id",
            [PROJECT_ID])]

    def links_into(self, task_id: int) -> list[dict]:
        return [link for link in self.links if link["successor_id"] == task_id]

    def check(self, *, remove: list[dict], add: list[Link]) -> None:
        gone = {link["id"] for link in remove}
        check_links(self.db, [(l["predecessor_id"], l["successor_id"], l["link_type"], l["lag_days"])
                              for l in self.links if l["id"] not in gone] + list(add), self.rows)


def link_input(link: Link) -> LinkInput:
    pred, succ, kind, lag = link
    return LinkInput(pred, succ, LINK_TYPES[kind], int(round(lag)))


def check_links(db: Database, links: list[Link], rows: list[dict] | None = None) -> None:
    """Refuse links the engine cannot schedule (a loop, to itself, into a task's own summary):
    the engine's own checks and forward pass (desktop.domain.cpm_order).  ``rows``: the
    tasks (id, parent_id, is_milestone, name_ko) when already read."""
    rows = rows if rows is not None else StoredLinks(db).rows
    inputs = [TaskInput(r["id"], duration=0 if r["is_milestone"] else 1, parent_id=r["parent_id"])
              for r in rows]
    # any start will do for a check; the project's keeps the calendar's window near the plan
    # (a start years back made the cached calendar span decades)
    dates = schedule_repo.project_dates(db)
    start = from_iso(dates["mou_signed_on"]) or from_iso(dates["status_date_on"]) or _ANY_START
    try:
        check_plan_links(inputs, [link_input(l) for l in links], calendar=project_calendar(db),
                         project_start=start)
    except (ScheduleLoopError, ScheduleInputError) as error:
        refuse(error, {r["id"]: r["name_ko"] for r in rows})


def refuse(error: ScheduleLoopError | ScheduleInputError, names: dict) -> None:
    """A loop or a malformed link as a refusal that names the tasks."""
    if isinstance(error, ScheduleLoopError):
        path = [names.get(i, str(i)) for i in error.task_ids]
        raise ValidationError("schedule_loop", field="predecessors",
                              names=" → ".join(path + path[:1])) from None
    raise ValidationError(error.code, field="predecessors",
                          name=names.get(error.task_id, str(error.task_id))) from None
