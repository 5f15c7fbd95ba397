"""The window's schedule: the stored plan held in memory, kept in step with the database.

    plan = LivePlan(db, as_of=today)   # the stored plan read once and scheduled once
    plan.view()                        # the ScheduleView load_schedule(db, as_of=today) gives
    plan.sync()                        # after a commit: follow the change log, reschedule
    view, changed = plan.changes_since(generation)

The plan follows the database's change log (db/tracking.py: every insert, update and delete
of a tracked table, by this window's services, their undo and redo, or another user), so it
needs no description of an edit: it reads the rows logged since it last looked and

* a task's row (duration, constraint, actual dates, name, phase …) or its measured progress:
  the task is given to the engine again (:func:`desktop.services.schedule.scheduled_input`, the
  full pass's own rule) and the live schedule (desktop.domain.cpm_incremental) reschedules
  only what it moves;
* links: removed and added in one edit of the live schedule; the successors' Predecessors
  texts are written again;
* baseline dates of the baseline compared with: those rows again;
* anything else the schedule is computed from (the outline — a task added, deleted, moved or
  renumbered —, the calendar, the project's dates, phases, parties, baselines, or a table this
  module does not know) reads and schedules the whole plan again, as load_schedule does.

:func:`desktop.services.schedule.load_schedule` stays the reference: after any sequence of
edits ``plan.view()`` equals it (tests/services/test_live_schedule.py drives random edits
through the services, tests/ui/test_schedule_live.py through the window).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from db import schedule as repo
from db.engine import Database
from db.project import current_baseline_id
from db.tracking import change_mark, changed_since
from desktop.domain.cpm import ScheduleInputError, ScheduleLoopError
from desktop.domain.cpm_incremental import LiveSchedule
from desktop.domain.dates import from_iso
from desktop.domain.gc_pause import paused_gc
from desktop.domain.predecessors import format_predecessors
from desktop.domain.schedule_rows import ScheduleRow, ScheduleView
from desktop.services.plan_links import Link, link_input, refuse
from desktop.services.view_links import LinkEdit, ViewLinks
from desktop.services.schedule import (
    contractor_finishes, engine_inputs, phase_bands, predecessor_names, predecessor_ref, project_calendar,
    rows_as_of, schedule_row, scheduled_input,
)

INCREMENTAL = frozenset({"tasks", "dependencies", "task_progress", "baseline_tasks"})
"""Tables whose changed rows are applied one by one."""

UNRELATED = frozenset({
    "project_settings", "capacity_measurements", "budget_categories", "budget_lines",
    "budget_plan_months", "commitments", "actual_costs", "funding_commitments", "funding_payments",
    "kpis", "kpi_reports", "month_notes", "month_closes", "month_remedies", "imports",
    "import_rows", "line_progress", "risk_groups", "task_estimates", "risks", "risk_impacts",
    "risk_results", "audit_log", "audit_anchors", "change_log",
})
"""Tables the schedule is not computed from: their changes are passed over.  Every other
table reloads the plan when it changes (a table added later is safe by default)."""

_OUTLINE = ("parent_id", "sort_order", "wbs_code", "project_id")  # a change moves rows or names
TASK_KEYS = ("id", "project_id", "parent_id", "sort_order", "wbs_code", "name_ko", "name_en",
             "is_milestone", "duration_days", "duration_elapsed", "constraint_type", "constraint_on",
             "actual_start_on", "actual_finish_on", "percent_complete", "deadline_on",
             "phase_number", "responsible_name")
"""What the schedule's rules and rows read of a stored task (the plan keeps no more of it:
10,000 whole rows cost ~10 MB more)."""
LINK_KEYS = ("id", "predecessor_id", "successor_id", "link_type", "lag_days")
HISTORY = 64  # updates remembered for views that look less often


@dataclass(frozen=True)
class PlanUpdate:
    """What one sync changed: the tasks whose rows differ (None: every row may have moved,
    e.g. the outline changed, and the links too) and the links removed and added, in order."""

    generation: int
    task_ids: frozenset[int] | None
    link_edits: tuple[LinkEdit, ...] = ()

    @property
    def links(self) -> bool:
        """Did the links change (None task ids: they may have)?"""
        return self.task_ids is None or bool(self.link_edits)


class LivePlan:
    """The schedule of the stored plan at ``as_of``, followed edit by edit."""

    def __init__(self, db: Database, *, as_of: date) -> None:
        self.db, self.as_of = db, as_of
        self.generation = 0
        self._updates: list[PlanUpdate] = []
        self._load()

    # ------------------------------------------------------------------ reading
    def view(self) -> ScheduleView:
        """The schedule as load_schedule gives it (rows in outline order)."""
        result = self.live.result
        scheduled = bool(self.live.tasks)
        return ScheduleView(
            rows=self._all_rows(), links=self._view_links.get(self._links, self._critical()),
            bands=self._bands(),
            status_date=self.status_date, start=result.start if scheduled else None,
            finish=result.finish if scheduled else None, baseline_name=self._baseline_name,
            critical_ids=list(result.critical_ids))

    def status_view(self) -> ScheduleView:
        """The rows the overview's figures read (desktop.domain.status.build_status): the
        milestones, the critical tasks and those holding the earliest and latest baseline date,
        in outline order, without the links — the same figures as from every row, without
        making 10,000 rows when the window opens (tests/services/test_live_schedule.py)."""
        self.sync()
        result = self.live.result
        wanted = {i for i, row in self._task.items() if row["is_milestone"]}
        wanted.update(i for i in result.critical_ids if i in self._position)
        dated = [(from_iso(b["start_on"]) or from_iso(b["finish_on"]),
                  from_iso(b["finish_on"]) or from_iso(b["start_on"]), i)
                 for i, b in self._base.items() if i in self._position]
        dated = [d for d in dated if d[0]]
        if dated:
            wanted.add(min(dated)[2])
            wanted.add(max(dated, key=lambda d: (d[1], -d[2]))[2])
        rows = [self._row_at(k) for k in sorted(self._position[i] for i in wanted)]
        scheduled = bool(self.live.tasks)
        return ScheduleView(
            rows=rows, links=[], bands=self._bands(), status_date=self.status_date,
            start=result.start if scheduled else None, finish=result.finish if scheduled else None,
            baseline_name=self._baseline_name, critical_ids=list(result.critical_ids))

    def current(self) -> ScheduleView:
        """The view after following what was committed since the last look."""
        self.sync()
        return self.view()

    def changes_since(self, generation: int | None) -> tuple[ScheduleView, PlanUpdate]:
        """The current view and what changed since ``generation`` (None, or too long ago:
        everything)."""
        self.sync()
        later = [u for u in self._updates if u.generation > (generation or 0)]
        complete = generation is not None and (
            generation == self.generation or (later and later[0].generation == generation + 1))
        if not complete or any(u.task_ids is None for u in later):
            return self.view(), PlanUpdate(self.generation, None)
        return self.view(), PlanUpdate(self.generation, frozenset().union(*(u.task_ids for u in later)),
                                       sum((u.link_edits for u in later), ()))

    # ------------------------------------------------------------------ what a link edit asks
    @property
    def order(self) -> list[int]:
        """Task ids in outline order (row numbers of the Predecessors column)."""
        return self._order

    @property
    def named(self) -> dict[int, tuple[int, str]]:
        return self._named

    @property
    def codes(self) -> set[str]:
        return self._codes

    def links_into(self, task_id: int) -> list[dict]:
        return [self._links[i] for i in sorted(self._into.get(task_id, ()))]

    def try_links(self, *, remove: list[dict], add: list[Link]) -> bool:
        """Put new links in the live schedule before a service writes them: refused as the full
        pass refuses (DomainError naming the tasks); False when the live schedule cannot tell
        (a task it is not given, or links still unwritten from an earlier trial)."""
        if self._trial is not None or any(end not in self._inputs for p, s, *_ in add for end in (p, s)):
            return False
        try:
            moved = self.live.edit_links(remove=[_pair(l) for l in remove],
                                         add=[link_input(link) for link in add])
        except (ScheduleLoopError, ScheduleInputError) as error:
            refuse(error, {task_id: row["name_ko"] for task_id, row in self._task.items()})
        self._trial = _Trial.of(remove, add, moved)
        return True

    # ------------------------------------------------------------------ following the database
    def sync(self) -> PlanUpdate | None:
        """Apply what was committed since the last look; the update (None: nothing that the
        schedule shows changed)."""
        mark, changed = changed_since(self.db, self._mark)
        if not changed:
            if change_mark(self.db) < self._mark or self._trial is not None:
                return self._reloaded()  # another file under the same handle; a link not written
            return None
        self._mark = mark
        tables = set(changed) - UNRELATED
        if not tables:
            return None
        if tables - INCREMENTAL:
            return self._reloaded()
        return self._apply(changed)

    def _reloaded(self) -> PlanUpdate:
        self._load()
        return self._record(None)

    def _load(self) -> None:
        with paused_gc():  # tens of thousands of small objects, no cycles
            self._read()

    def _record(self, task_ids: Iterable[int] | None, link_edits: tuple[LinkEdit, ...] = ()) -> PlanUpdate:
        self.generation += 1
        update = PlanUpdate(self.generation, None if task_ids is None else frozenset(task_ids),
                            link_edits)
        self._updates = [*self._updates[-(HISTORY - 1):], update]
        return update

    # ------------------------------------------------------------------ the whole plan
    def _read(self) -> None:
        db = self.db
        self._trial: _Trial | None = None  # links a service was cleared to write (try_links)
        self._mark = change_mark(db)
        status_date, ordered, links, parents, inputs, link_inputs, start = engine_inputs(db, self.as_of)
        self.status_date, self._parents = status_date, parents
        self._tied = contractor_finishes(db)  # contractors' tables changing reload the plan
        self._calendar = project_calendar(db)
        self._until = (self.as_of or status_date).isoformat()
        self._measured = repo.progress_as_of(db, self._until)
        self._resume_on = self._calendar.next_working_day(status_date) if status_date else None
        self.live = LiveSchedule(inputs, link_inputs, project_start=start, calendar=self._calendar,
                                 status_date=status_date)
        self._inputs = {task.id: task for task in inputs}
        self._task = {row["id"]: _slim(row, TASK_KEYS) for row, _ in ordered}
        self._level = {row["id"]: level for row, level in ordered}
        self._order = [row["id"] for row, _ in ordered]
        self._position = {task_id: k for k, task_id in enumerate(self._order)}
        self._named, self._codes = predecessor_names(ordered)
        self._links = {link["id"]: _slim(link, LINK_KEYS) for link in links}  # by id
        self._into: dict[int, list[int]] = {}
        self._touching: dict[int, list[int]] = {}
        for link in links:
            self._index_link(link)
        self._baseline_id = current_baseline_id(db)
        self._base = repo.baseline_dates(db, self._baseline_id)
        self._baseline_name = next((b["name"] for b in repo.baselines(db)
                                    if b["id"] == self._baseline_id), None)
        self._phases = repo.phase_rows(db)
        self._rows: list[ScheduleRow | None] = [None] * len(ordered)  # made when first shown
        self._view_links = ViewLinks()

    def _row_at(self, k: int) -> ScheduleRow:
        row = self._rows[k]
        if row is None:
            row = self._rows[k] = self._make_row(self._order[k])
        return row

    def _all_rows(self) -> list[ScheduleRow]:
        """Every row (those not made yet made at once, as _make_row makes each)."""
        rows = self._rows
        if None in rows:
            with paused_gc():
                self._make_rows()
        return list(rows)

    def _make_rows(self) -> None:
        rows, refs = self._rows, {}
        for link_id in sorted(self._links):
            link = self._links[link_id]
            refs.setdefault(link["successor_id"], []).append(predecessor_ref(link, self._named))
        results, base, codes, parents = self.live.result.tasks, self._base, self._codes, self._parents
        for k, task_id in enumerate(self._order):
            if rows[k] is None:
                rows[k] = schedule_row(
                    self._task[task_id], self._level[task_id], results.get(task_id),
                    base.get(task_id), format_predecessors(refs.get(task_id, ()), codes),
                    task_id in parents, self.status_date, self._resume_on)

    def _index_link(self, link: dict) -> None:
        link_id, pred, succ = link["id"], link["predecessor_id"], link["successor_id"]
        self._into.setdefault(succ, []).append(link_id)
        self._touching.setdefault(pred, []).append(link_id)
        self._touching.setdefault(succ, []).append(link_id)

    def _make_row(self, task_id: int) -> ScheduleRow:
        row = self._task[task_id]
        preds = [predecessor_ref(self._links[i], self._named)
                 for i in sorted(self._into.get(task_id, ()))]
        return schedule_row(row, self._level[task_id], self.live.result.tasks.get(task_id),
                            self._base.get(task_id), format_predecessors(preds, self._codes),
                            task_id in self._parents, self.status_date, self._resume_on)

    def _bands(self):
        last = None
        if any(p["planned_finish_on"] is None for p in self._phases):
            last = max((t.early_finish for t in self.live.result.tasks.values()), default=None)
        return phase_bands(self._phases, last)

    # ------------------------------------------------------------------ one edit at a time
    def _apply(self, changed: dict[str, set[str]]) -> PlanUpdate | None:
        task_ids = {int(key) for key in changed.get("tasks", ())}
        dirty: set[int] = set()  # rows to make again
        if "task_progress" in changed:
            measured = repo.progress_as_of(self.db, self._until)
            task_ids |= {i for i in measured.keys() | self._measured.keys()
                         if measured.get(i) != self._measured.get(i) and i in self._task}
            self._measured = measured
        if "baseline_tasks" in changed:
            dirty |= self._rebase(changed["baseline_tasks"])
        fresh = {row["id"]: row for row in repo.task_rows(self.db, task_ids)}
        for task_id in task_ids:
            old, new = self._task.get(task_id), fresh.get(task_id)
            if old is None or new is None or any(old[k] != new[k] for k in _OUTLINE):
                return self._reloaded()  # a task added, deleted, moved or renumbered
        link_ids = {int(key) for key in changed.get("dependencies", ())}
        removed = [self._links[i] for i in link_ids if i in self._links]
        added = [_slim(link, LINK_KEYS) for link in repo.link_rows(self.db, link_ids)]
        for task_id, row in fresh.items():
            if task_id in self._measured:
                row["percent_complete"] = self._measured[task_id]
            self._task[task_id] = _slim(rows_as_of([row], self.status_date)[0], TASK_KEYS)
        for link in removed:
            self._unindex_link(link)
        for link in added:
            self._links[link["id"]] = link
            self._index_link(link)
        ends = {l["predecessor_id"] for l in removed + added} | {l["successor_id"] for l in removed + added}
        inputs = {i: self._input(i) for i in task_ids | ends}
        if any((inputs[i] is None) != (i not in self._inputs) for i in inputs):
            return self._reloaded()  # a milestone placed by its first link, or no longer placed
        moved = self._reschedule(inputs, removed, added)
        if moved is None:
            return self._reloaded()
        dirty |= moved | task_ids | {l["successor_id"] for l in removed + added}
        edits = (self._view_links.edit(removed, added, self._critical()),) \
            if (added or removed) and self._view_links.made else ()
        self._recritical(moved)
        return self._remake(dirty, edits)

    def _input(self, task_id: int):
        linked = self._touching.get(task_id) and {task_id} or set()
        return scheduled_input(self._task[task_id], linked, self._parents, self._tied)

    def _reschedule(self, inputs: dict, removed: list[dict], added: list[dict]) -> set[int] | None:
        """Hand the live schedule the changed tasks and links; the ids whose results moved
        (None: the links written are not those a check put in the live schedule)."""
        moved: set[int] = set()
        trial, self._trial = self._trial, None
        if trial is not None:  # the live schedule has the links already: were they written?
            if trial != _Trial.of(removed, [_link(l) for l in added], trial.moved):
                return None
            moved |= trial.moved
        elif removed or added:
            moved |= self.live.edit_links(remove=[_pair(l) for l in removed],
                                          add=[link_input(_link(l)) for l in added])
        for task_id, task in inputs.items():
            if task is not None and task != self._inputs[task_id]:
                moved |= self.live.update_task(task)
                self._inputs[task_id] = task
        return moved

    def _unindex_link(self, link: dict) -> None:
        del self._links[link["id"]]
        self._into[link["successor_id"]].remove(link["id"])
        for end in (link["predecessor_id"], link["successor_id"]):
            self._touching[end].remove(link["id"])

    def _rebase(self, keys: set[str]) -> set[int]:
        """Baseline rows changed: those of the baseline compared with, read again."""
        ids = set()
        for key in keys:
            baseline_id, task_id = (int(part) for part in key.split("|"))
            if baseline_id == self._baseline_id:
                ids.add(task_id)
        fresh = repo.baseline_dates(self.db, self._baseline_id, ids)
        for task_id in ids:
            if task_id in fresh:
                self._base[task_id] = fresh[task_id]
            else:
                self._base.pop(task_id, None)
        return ids & self._task.keys()

    def _recritical(self, moved: set[int]) -> None:
        """Links of tasks whose results moved: their critical flag again (in place)."""
        touching = {j for task_id in moved for j in self._touching.get(task_id, ())}
        self._view_links.reflag(touching, self._links, self._critical())

    def _critical(self) -> set[int]:
        return set(self.live.result.critical_ids)

    def _remake(self, dirty: set[int], edits: tuple[LinkEdit, ...]) -> PlanUpdate | None:
        changed = []
        for task_id in dirty:
            k = self._position.get(task_id)
            if k is None or self._rows[k] is None:  # not shown yet: made when it is
                continue
            row = self._make_row(task_id)
            if row != self._rows[k]:
                self._rows[k] = row
                changed.append(task_id)
        if not changed and not edits:
            return None
        return self._record(changed, edits)


def _slim(row: dict, keys: tuple[str, ...]) -> dict:
    return {key: row[key] for key in keys}


def _link(row: dict) -> Link:
    return row["predecessor_id"], row["successor_id"], row["link_type"], row["lag_days"]


def _pair(row: dict) -> tuple[int, int]:
    return row["predecessor_id"], row["successor_id"]


@dataclass(frozen=True)
class _Trial:
    """Links a check put in the live schedule before the service wrote them."""

    removed: frozenset[tuple[int, int]]
    added: frozenset[tuple[int, int, str, int]]
    moved: frozenset[int]

    @classmethod
    def of(cls, removed: list[dict], added: list[Link], moved) -> _Trial:
        return cls(frozenset(map(_pair, removed)),
                   frozenset((p, s, kind, int(round(lag))) for p, s, kind, lag in added),
                   frozenset(moved))
