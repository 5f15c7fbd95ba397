"""The schedule of the stored plan: run the engine and hand the views a ScheduleView.

Tasks are put in outline order (parents before children, siblings by ``sort_order``).  A
milestone with no date of any kind — no actual, no constraint date, no link and no contractor
schedule tied to it — is left unscheduled ("not set") rather than placed at the project start.

A milestone tied to contractors' schedules (:mod:`desktop.services.contractor`) is forecast
by them: the engine is given it as "start no earlier than" the latest finish of their latest
versions, in place of its own undated or start-no-earlier-than constraint (the stored row is
not changed); its deadline and its links still hold.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from db import schedule as repo
from db.engine import Database
from desktop.domain.calendar import WorkCalendar
from desktop.domain.cpm import ConstraintType, LinkInput, LinkType, TaskInput, schedule
from desktop.domain.as_of import actuals_as_of
from desktop.domain.dates import from_iso, iso
from desktop.domain.milestones import delay_days
from desktop.domain.predecessors import PredecessorRef, format_predecessors, usable_codes
from desktop.domain.schedule_rows import PhaseBand, ScheduleLink, ScheduleRow, ScheduleView
from desktop.services.boundary import boundary


def contractor_finishes(db: Database) -> dict[int, date | None]:
    """Tied milestone → the latest finish of the latest versions of the schedules tied to it."""
    from db.contractor import tied_finishes

    found: dict[int, date | None] = {}
    for row in tied_finishes(db):
        finish = from_iso(row["finish_on"])
        known = found.get(row["task_id"])
        found[row["task_id"]] = max(known, finish) if known and finish else (known or finish)
    return found


@lru_cache(maxsize=4)
def _calendar(non_working: tuple[str, ...], extra_working: tuple[str, ...]) -> WorkCalendar:
    """Calendars are cached: building one loads the holiday tables (~0.1 s the first time)."""
    return WorkCalendar(non_working=[date.fromisoformat(d) for d in non_working],
                        extra_working=[date.fromisoformat(d) for d in extra_working])


def project_calendar(db: Database) -> WorkCalendar:
    non_working, extra = repo.calendar_exceptions(db)
    return _calendar(tuple(sorted(non_working)), tuple(sorted(extra)))


def outline_order(rows: list[dict]) -> list[tuple[dict, int]]:
    """(row, level) depth-first: parents before children, siblings by sort_order then id."""
    children: dict[int | None, list[dict]] = {}
    ids = {r["id"] for r in rows}
    for row in rows:
        parent = row["parent_id"] if row["parent_id"] in ids else None
        children.setdefault(parent, []).append(row)
    for siblings in children.values():
        siblings.sort(key=lambda r: (r["sort_order"], r["id"]))
    ordered: list[tuple[dict, int]] = []
    stack = [(r, 0) for r in reversed(children.get(None, []))]
    while stack:
        row, level = stack.pop()
        ordered.append((row, level))
        stack.extend((c, level + 1) for c in reversed(children.get(row["id"], [])))
    return ordered


_CONSTRAINT = {c.value.lower(): c for c in ConstraintType}
LINK_TYPES = {t.value: t for t in LinkType}
_UNDATED = (ConstraintType.ASAP, ConstraintType.ALAP)


def _task_input(row: dict) -> TaskInput:
    constraint = _CONSTRAINT[row["constraint_type"]]
    return TaskInput(
        id=row["id"],
        duration=0 if row["is_milestone"] else int(round(row["duration_days"] or 0)),
        elapsed=bool(row["duration_elapsed"]),
        constraint=constraint,
        constraint_date=None if constraint in _UNDATED else from_iso(row["constraint_on"]),
        actual_start=from_iso(row["actual_start_on"]),
        actual_finish=from_iso(row["actual_finish_on"]),
        percent_complete=row["percent_complete"],
        parent_id=row["parent_id"],
        deadline=from_iso(row["deadline_on"]),
    )


def _unscheduled(row: dict, linked: set[int], parents: set[int]) -> bool:
    """A milestone nothing places: no link, no constraint date, no actual (see module doc)."""
    return (bool(row["is_milestone"]) and row["id"] not in linked and row["id"] not in parents
            and not row["constraint_on"] and not row["actual_finish_on"])


_FORECAST_REPLACES = (ConstraintType.ASAP, ConstraintType.ALAP, ConstraintType.SNET)


def _forecast_by_contractor(task: TaskInput, finish: date | None) -> TaskInput:
    """A tied milestone not yet reached: no earlier than its contractors' finish."""
    if finish is None or task.actual_finish is not None or task.constraint not in _FORECAST_REPLACES:
        return task
    return task._replace(constraint=ConstraintType.SNET, constraint_date=finish)


def scheduled_input(row: dict, linked: set[int], parents: set[int],
                    tied: dict[int, date | None]) -> TaskInput | None:
    """What the engine is given for one task row (as of the status date), None when the
    task is left unscheduled; ``tied``: the contractors' finishes (contractor_finishes).  The
    one rule for the full pass and the window's live schedule
    (desktop.services.live_schedule), which applies it to the rows an edit changed."""
    if row["id"] not in tied and _unscheduled(row, linked, parents):
        return None
    return _forecast_by_contractor(_task_input(row), tied.get(row["id"]))


def status_date_of(stored: date | None, as_of: date | None) -> date | None:
    """The schedule's status date: the project's, but never later than the view's as-of date."""
    if stored is None or as_of is None:
        return stored or as_of
    return min(stored, as_of)


def rows_as_of(rows: list[dict], as_of: date | None) -> list[dict]:
    """Task rows as they stood at ``as_of``: actual dates after it are not known yet
    (desktop.domain.as_of).  Rows with nothing later are passed through untouched."""
    if as_of is None:
        return rows
    day = as_of.isoformat()
    out = []
    for row in rows:
        if (row["actual_start_on"] or "") > day or (row["actual_finish_on"] or "") > day:
            start, finish, percent = actuals_as_of(
                from_iso(row["actual_start_on"]), from_iso(row["actual_finish_on"]),
                row["percent_complete"], bool(row["is_milestone"]), as_of)
            row = {**row, "actual_start_on": iso(start), "actual_finish_on": iso(finish),
                   "percent_complete": percent}
        out.append(row)
    return out


def engine_inputs(db: Database, as_of: date):
    """What the engine is given for the stored plan: (status date, outline, links, parents,
    task inputs, link inputs, project start)."""
    project = repo.project_dates(db)
    status_date = status_date_of(from_iso(project["status_date_on"]), as_of)
    rows = repo.task_rows(db)
    measured = repo.progress_as_of(db, (as_of or status_date).isoformat())
    for row in rows:  # progress as it stood on the date asked for (its history)
        if row["id"] in measured:
            row["percent_complete"] = measured[row["id"]]
    ordered = outline_order(rows_as_of(rows, status_date))
    links = repo.link_rows(db)
    linked = {link["successor_id"] for link in links} | {link["predecessor_id"] for link in links}
    parents = {row["parent_id"] for row, _ in ordered if row["parent_id"]}
    tied = contractor_finishes(db)
    inputs = [task for row, _ in ordered
              if (task := scheduled_input(row, linked, parents, tied)) is not None]
    link_inputs = [LinkInput(l["predecessor_id"], l["successor_id"], LINK_TYPES[l["link_type"]],
                             int(round(l["lag_days"]))) for l in links]
    project_start = from_iso(project["mou_signed_on"]) or status_date
    return status_date, ordered, links, parents, inputs, link_inputs, project_start


def _compute(db: Database, as_of: date):
    """Run the engine over the stored plan: (status date, outline, links, parents, inputs, result)."""
    status_date, ordered, links, parents, inputs, link_inputs, project_start = engine_inputs(db, as_of)
    result = schedule(inputs, link_inputs, project_start=project_start,
                      calendar=project_calendar(db), status_date=status_date)
    return status_date, ordered, links, parents, inputs, result


@boundary
def driving_chain(db: Database, *, task_id: int, as_of: date) -> list[dict]:
    """Why a task is where it is: the chain of predecessors that sets its date, nearest
    first (empty when its own constraint, the status date or the project start does)."""
    from desktop.domain.cpm import driving_predecessors

    *_, result = _compute(db, as_of)
    if task_id not in result.tasks:
        return []
    names = {r["id"]: (r["name_ko"], r["name_en"]) for r in repo.task_rows(db)}
    return [{"pred_id": link.pred_id, "succ_id": link.succ_id, "type": link.type.value,
             "lag_days": link.lag, "pred_name": names[link.pred_id][0],
             "pred_name_en": names[link.pred_id][1], "succ_name": names[link.succ_id][0],
             "succ_name_en": names[link.succ_id][1],
             "pred_finish": result.tasks[link.pred_id].early_finish}
            for link in driving_predecessors(result, task_id)]


@boundary
def load_schedule(db: Database, *, as_of: date,
                  baseline_id: int | None = None) -> ScheduleView:
    """Compute the schedule at the status date (the project's, else ``as_of``)."""
    from db.project import current_baseline_id

    status_date, ordered, links, parents, inputs, result = _compute(db, as_of)
    chosen = baseline_id if baseline_id is not None else current_baseline_id(db)
    base = repo.baseline_dates(db, chosen)
    preds, codes = predecessor_refs(ordered, links)
    resume_on = project_calendar(db).next_working_day(status_date) if status_date else None
    rows = [schedule_row(row, level, result.tasks.get(row["id"]), base.get(row["id"]),
                         format_predecessors(preds.get(row["id"], []), codes), row["id"] in parents,
                         status_date, resume_on)
            for row, level in ordered]
    critical = set(result.critical_ids)
    view_links = [schedule_link(l, critical) for l in links]
    names = {b["id"]: b["name"] for b in repo.baselines(db)}
    return ScheduleView(rows=rows, links=view_links, bands=phase_bands(repo.phase_rows(db), max((r.finish for r in rows if r.finish), default=None)),
                        status_date=status_date,
                        start=result.start if inputs else None,
                        finish=result.finish if inputs else None,
                        baseline_name=names.get(chosen), critical_ids=list(result.critical_ids))


def predecessor_refs(ordered: list[tuple[dict, int]], links: list[dict]
                     ) -> tuple[dict[int, list[PredecessorRef]], set[str]]:
    """Each successor's predecessors as the column names them (by WBS code where the task has
    a usable one, else by row number), and the usable codes (desktop.domain.predecessors)."""
    named, codes = predecessor_names(ordered)
    preds: dict[int, list[PredecessorRef]] = {}
    for link in links:
        preds.setdefault(link["successor_id"], []).append(predecessor_ref(link, named))
    return preds, codes


def predecessor_names(ordered: list[tuple[dict, int]]) -> tuple[dict[int, tuple[int, str]], set[str]]:
    """How the Predecessors column names each task — (0, its WBS code) when the code is
    usable, else (its row number, "") — and the usable codes."""
    codes = usable_codes(row["wbs_code"] for row, _ in ordered)
    named = {}
    for number, (row, _) in enumerate(ordered, start=1):
        code = row["wbs_code"]
        named[row["id"]] = (0, code) if code in codes else (number, "")
    return named, codes


def predecessor_ref(link: dict, named: dict[int, tuple[int, str]]) -> PredecessorRef:
    row_number, code = named[link["predecessor_id"]]
    return PredecessorRef(row_number, link["link_type"], int(round(link["lag_days"])), code)


def schedule_link(link: dict, critical: set[int]) -> ScheduleLink:
    """A stored link as the views show it (critical when both its tasks are)."""
    return ScheduleLink(link["predecessor_id"], link["successor_id"], link["link_type"],
                        int(round(link["lag_days"])),
                        link["predecessor_id"] in critical and link["successor_id"] in critical)


def schedule_row(row: dict, level: int, computed, base: dict | None, predecessors: str,
                 is_summary: bool, status_date: date | None, resume_on: date | None) -> ScheduleRow:
    """One task row (as of the status date) with its computed results (None: unscheduled)."""
    finish = computed.early_finish if computed else None
    baseline_finish = from_iso(base["finish_on"]) if base else None
    actual_finish = from_iso(row["actual_finish_on"])
    delay = delay_days(due=baseline_finish, reached=actual_finish, forecast=finish, as_of=status_date,
                       resume_on=resume_on) if status_date and baseline_finish else None
    return ScheduleRow(
        task_id=row["id"], wbs=row["wbs_code"], name_ko=row["name_ko"], name_en=row["name_en"],
        level=level, is_summary=is_summary, is_milestone=bool(row["is_milestone"]),
        start=computed.early_start if computed else None,
        finish=computed.early_finish if computed else None,
        late_start=computed.late_start if computed else None,
        late_finish=computed.late_finish if computed else None,
        baseline_start=from_iso(base["start_on"]) if base else None,
        baseline_finish=from_iso(base["finish_on"]) if base else None,
        actual_start=from_iso(row["actual_start_on"]), actual_finish=from_iso(row["actual_finish_on"]),
        percent_complete=computed.percent_complete if computed and is_summary else row["percent_complete"],
        duration_days=row["duration_days"],
        total_float=computed.total_float if computed else None,
        free_float=computed.free_float if computed else None,
        is_critical=bool(computed and computed.is_critical),
        constraint_violated=bool(computed and computed.constraint_violated),
        deadline=from_iso(row["deadline_on"]),
        deadline_missed=bool(computed and computed.deadline_missed),
        phase_number=row["phase_number"], parent_id=row["parent_id"],
        responsible=row["responsible_name"] or "", predecessors=predecessors, delay_days=delay,
    )


def phase_bands(phases: list[dict], last_finish: date | None) -> list[PhaseBand]:
    """A band per phase over its planned period (to ``last_finish``, the end of the last task,
    when open-ended)."""
    return [PhaseBand(p["number"], p["name_ko"], p["name_en"], from_iso(p["planned_start_on"]),
                      from_iso(p["planned_finish_on"]) or last_finish)
            for p in phases]


def schedule_dict(view: ScheduleView) -> dict:
    """The schedule as JSON-ready data (``schedule --json``)."""
    from desktop.domain.dates import iso

    return {
        "status_date": iso(view.status_date), "baseline": view.baseline_name,
        "start": iso(view.start), "finish": iso(view.finish),
        "tasks": [{
            "row": i + 1, "id": r.task_id, "wbs": r.wbs, "name": r.name_ko, "name_en": r.name_en,
            "level": r.level, "summary": r.is_summary, "milestone": r.is_milestone,
            "duration_days": r.duration_days, "early_start": iso(r.start), "early_finish": iso(r.finish),
            "late_start": iso(r.late_start), "late_finish": iso(r.late_finish),
            "total_float_days": r.total_float, "free_float_days": r.free_float,
            "critical": r.is_critical, "baseline_start": iso(r.baseline_start),
            "baseline_finish": iso(r.baseline_finish), "slip_days": r.slip_days,
            "actual_start": iso(r.actual_start), "actual_finish": iso(r.actual_finish),
            "percent_complete": r.percent_complete, "predecessors": r.predecessors,
            "constraint_violated": r.constraint_violated, "deadline": iso(r.deadline),
            "deadline_missed": r.deadline_missed,
        } for i, r in enumerate(view.rows)],
    }
