"""Exchange with MS Project (MSPDI XML): preview and import a file, export the schedule.

``preview_mspdi`` reads a file and says what an import would do, without writing: how many
tasks, milestones, links, baseline rows and calendar exceptions; what the file holds that the
application does not keep; and, as a check of the contractor's logic, the tasks whose dates in
the file differ from what the application's own engine computes from the same plan.

``import_mspdi`` applies a preview all or nothing, in one transaction with one audit row:

* ``as_what="schedule"``: the file's tasks go under a new summary task named after the file's
  project (or, with ``phase_id``, under that phase's summary task, taking that phase), with
  their UID kept in ``source_uid``, links, constraints, actuals, % complete, costs (into
  ``budget_won``) and the project calendar's exceptions (dates already in the calendar, or
  already non-working/working days by the base calendar, are skipped); the file's Baseline
  (number 0), when it has one, becomes the baseline "<file name> 기준".
* ``as_what="baseline"``: the file's tasks are matched to the stored ones by ``source_uid``
  (tasks that have one) or by WBS and name (tasks that have none) and the file's current
  dates, durations and costs are saved as the new baseline "<file name> 기준".

Durations and lags become whole working days (rounded half away from zero; a non-zero
duration is at least one day) because the engine counts whole days; everything approximated
is counted in ``ImportPreview.notices``.

The export (``export_mspdi``, ``export_project``) is in :mod:`desktop.services.exchange_export`,
``ImportPreview`` and ``DateDifference`` in :mod:`desktop.services.exchange_model`, the baseline
matching and rows in :mod:`desktop.services.exchange_baseline`; all are importable from here.
"""

from __future__ import annotations

from datetime import date
from functools import partial
from operator import attrgetter, itemgetter
from pathlib import Path

from db import schedule as repo
from db.audit import append_audit
from db.bulk import insert_rows
from db.engine import PROJECT_ID, Database
from db.errors import ConstraintError
from desktop.domain.calendar import WorkCalendar
from desktop.domain.cpm import ConstraintType, LinkInput, LinkType, TaskInput, early_dates
from desktop.domain.dates import from_iso, iso
from desktop.domain.errors import ValidationError
from desktop.domain.money import MAX_WON
from desktop.interop.mspdi_read import (
    MspdiCalendar, MspdiException, MspdiProject, MspdiTask, paused_gc, read_mspdi,
)
from desktop.services.changes import Changes
from desktop.services.exchange_baseline import free_baseline_name, file_baseline_rows, insert_baseline, match_tasks
from desktop.services.exchange_export import export_mspdi, export_project
from desktop.services.exchange_model import (
    DateDifference, ImportPreview, TaskRow, count_notice, whole_days,
)
from desktop.services.import_batches import add_rows, close_batch, import_changes, open_batch
from desktop.services.rows import require_phase
from desktop.services.schedule import project_calendar
from desktop.services.boundary import boundary
from desktop.services.tasks import schedule_or_refuse

AS_WHAT = ("schedule", "baseline")
_LINK_TYPES = {t.value: t for t in LinkType}
_CONSTRAINTS = {c.value.lower(): c for c in ConstraintType}
UNNAMED = "(이름 없음)"
_UNDATED = ("asap", "alap")
_TASK_COLUMNS = ("id", "project_id", "phase_id", "parent_id", "sort_order", "wbs_code", "name_ko",
                 "name_en", "is_milestone", "duration_days", "duration_elapsed", "start_on",
                 "finish_on", "actual_start_on", "actual_finish_on", "percent_complete",
                 "constraint_type", "constraint_on", "deadline_on", "responsible_party_id",
                 "budget_won", "source_uid", "notes")
assert TaskRow._fields[2:] == _TASK_COLUMNS[5:]  # the preview's rows after UID and parent UID
# NamedTuples made from one tuple at C speed (10,000 tasks, 20,000 links: no Python __new__ each)
_new_row, _new_input, _new_link = (partial(tuple.__new__, kind) for kind in (TaskRow, TaskInput, LinkInput))


# --------------------------------------------------------------------------- preview
@boundary
def preview_mspdi(db: Database, path: str | Path, *, as_what: str = "schedule",
                  phase_id: int | None = None, as_of: date) -> ImportPreview:
    """Read ``path`` and describe the import; nothing is written."""
    if as_what not in AS_WHAT:
        raise ValueError(f"as_what must be one of {AS_WHAT}: {as_what!r}")
    if phase_id is not None:
        require_phase(db, phase_id)
    with paused_gc():
        return _preview(db, Path(path), as_what, phase_id, as_of)


def _preview(db: Database, path: Path, as_what: str, phase_id: int | None, as_of: date) -> ImportPreview:
    project = read_mspdi(path)
    preview = ImportPreview(path=path, file_name=path.name, as_what=as_what,
                            phase_id=phase_id, as_of=as_of, project=project,
                            currency=project.currency, unsupported=dict(project.unsupported),
                            notices=dict(project.notices))
    preview.rows, preview.link_rows = _normalise(db, project, preview.notices)
    preview.tasks = len(project.tasks)
    preview.summaries = sum(t.is_summary for t in project.tasks)
    preview.milestones = sum(t.is_milestone for t in project.tasks)
    preview.links = len(project.links)
    preview.baseline_numbers = sorted({b.number for t in project.tasks for b in t.baselines})
    if as_what == "schedule":
        if phase_id is not None:
            _phase_summary(db, phase_id)
        new, skipped = _new_exceptions(db, project.calendar)
        preview.calendar_exceptions, preview.calendar_skipped = len(new), skipped
        preview.baseline_rows = len(file_baseline_rows(project, preview.notices))
        preview.differences = _check_logic(db, project, preview, new)
    else:
        preview.matched, preview.unmatched = match_tasks(db, project, phase_id)
        preview.baseline_rows = len(preview.matched)
        preview.differences = _against_app(db, project, preview)
    if preview.baseline_rows:
        preview.baseline_name = free_baseline_name(db, preview.file_name)
    return preview


def _normalise(db: Database, project: MspdiProject, notices: dict[str, int]):
    """Task rows as the database stores them (keyed by UID), and links in whole days."""
    parties = {}
    for r in db.query("SELECT id, name_ko, name_en FROM parties WHERE project_id = ?", [PROJECT_ID]):
        parties.setdefault(r["name_en"].casefold(), r["id"])
        parties[r["name_ko"].casefold()] = r["id"]
    parties.pop("", None)
    rows = []
    for t in project.tasks:
        start, finish = t.start, t.finish
        if start and finish and finish < start:
            start = finish = None
            count_notice(notices, "dates_inconsistent")
        party = parties.get(t.contact.casefold()) if t.contact else None
        if t.contact and party is None:
            count_notice(notices, "contacts_unmatched")
        if not t.name:
            count_notice(notices, "names_missing")
        cost = t.cost_won if not t.is_summary and t.cost_won else None
        if cost is not None and not 0 <= cost <= MAX_WON:
            count_notice(notices, "costs_out_of_range")
            cost = None
        rows.append(_new_row((
            t.uid, t.parent_uid, t.wbs, t.name or f"{UNNAMED} {t.uid}", t.name_en,
            int(t.is_milestone and not t.is_summary), _duration(t, notices), int(t.duration_elapsed),
            iso(start), iso(finish), iso(t.actual_start), iso(t.actual_finish), t.percent_complete,
            t.constraint_type, iso(t.constraint_on), iso(t.deadline_on), party, cost, str(t.uid),
            t.notes)))
    links = []
    pairs: set[tuple[int, int]] = set()
    for pred, succ, kind, lag_days, _elapsed, _unit in project.links:
        pair = (pred, succ)
        if pair in pairs:  # the plan keeps one link per pair
            count_notice(notices, "duplicate_links")
            continue
        pairs.add(pair)
        lag = whole_days(lag_days)
        if lag != lag_days:
            count_notice(notices, "lags_rounded")
        links.append((pred, succ, kind, float(lag) if -100_000 <= lag <= 100_000 else
                      float(max(-100_000, min(100_000, lag)))))
    return rows, links


def _duration(t: MspdiTask, notices: dict[str, int]) -> float | None:
    if t.is_summary:
        return None
    if t.is_milestone:
        if t.duration_days:
            count_notice(notices, "milestone_durations_dropped")
        return 0.0
    if t.duration_days is None:
        return None
    days = max(0, whole_days(t.duration_days))
    if t.duration_days > 0 and days == 0:
        days = 1
    if days != t.duration_days:
        count_notice(notices, "durations_rounded")
    return float(days)


def _check_logic(db: Database, project: MspdiProject, preview: ImportPreview,
                 new_exceptions: list[MspdiException]) -> list[DateDifference]:
    """Schedule the imported plan with the application's engine and calendar; list the
    tasks whose file dates differ.  A loop or an impossible link is refused here."""
    if new_exceptions:
        non_working, working = repo.calendar_exceptions(db)
        closed = [date.fromisoformat(d) for d in non_working]
        opened = [date.fromisoformat(d) for d in working]
        for e in new_exceptions:
            (opened if e.is_working else closed).append(e.on)
        calendar = WorkCalendar(non_working=closed, extra_working=opened)
    else:
        calendar = project_calendar(db)  # cached: the import's own check reuses it
    index, early = _schedule_file_plan(project, preview, calendar, note=True)
    preview.checked = _plan_shape(preview)
    differences = []
    for t in project.tasks:
        computed = early.get(index[t.uid])
        if t.is_summary or computed is None or (t.start is None and t.finish is None):
            continue
        if (t.start and t.start != computed[0]) or (t.finish and t.finish != computed[1]):
            differences.append(DateDifference(t.uid, t.name, t.start, t.finish, *computed))
    return differences


def _schedule_file_plan(project: MspdiProject, preview: ImportPreview, calendar: WorkCalendar,
                        *, note: bool):
    """(UID → engine id, the engine's early dates of the tasks that are not summaries) of the
    file's tasks and links on their own; a loop or an impossible link is refused
    (ValidationError naming the tasks)."""
    index = {row.uid: i + 1 for i, row in enumerate(preview.rows)}
    linked = {*map(itemgetter(0), preview.link_rows), *map(itemgetter(1), preview.link_rows)}
    parents = {*map(attrgetter("parent_uid"), preview.rows)}
    inputs = []
    for row in preview.rows:
        if row.is_milestone and row.uid not in linked and row.uid not in parents \
                and not row.constraint_on and not row.actual_finish_on:
            if note:
                count_notice(preview.notices, "milestones_unscheduled")  # nothing places it: "not set"
            continue
        inputs.append(_task_input(index[row.uid], row, index.get(row.parent_uid)))
    links = [_new_link((index[p], index[s], _LINK_TYPES[k], int(lag))) for p, s, k, lag in preview.link_rows]
    names = {index[row.uid]: row.name_ko for row in preview.rows}
    start = project.start or min((t.start for t in project.tasks if t.start), default=None) or preview.as_of
    return index, schedule_or_refuse(inputs, links, names, project_start=start, calendar=calendar,
                                     status_date=project.status_date, run=early_dates)


def _plan_shape(preview: ImportPreview) -> tuple:
    """What the engine's check depends on: the tasks' outline and the links."""
    return tuple(map(itemgetter(0, 1), preview.rows)), tuple(preview.link_rows)


def _task_input(task_id: int, row: TaskRow, parent: int | None) -> TaskInput:
    return _new_input((
        task_id, 0 if row.is_milestone else int(row.duration_days or 0), bool(row.duration_elapsed),
        _CONSTRAINTS[row.constraint_type],
        None if row.constraint_type in _UNDATED else from_iso(row.constraint_on),
        from_iso(row.actual_start_on), from_iso(row.actual_finish_on), row.percent_complete, parent,
        from_iso(row.deadline_on)))


def _against_app(db: Database, project: MspdiProject, preview: ImportPreview) -> list[DateDifference]:
    """Baseline import: matched tasks whose file dates differ from the application's forecast."""
    from desktop.services.schedule import load_schedule

    rows = {r.task_id: r for r in load_schedule(db, as_of=preview.as_of).rows}
    differences = []
    for t in project.tasks:
        row = rows.get(preview.matched.get(t.uid))
        if row is None or t.is_summary:
            continue
        if (t.start, t.finish) != (row.start, row.finish):
            differences.append(DateDifference(t.uid, t.name, t.start, t.finish, row.start, row.finish))
    return differences


# --------------------------------------------------------------------------- calendar
def _new_exceptions(db: Database, calendar: MspdiCalendar) -> tuple[list[MspdiException], int]:
    """The file's exceptions that change the project calendar, and how many are skipped."""
    stored = {r[0] for r in db.execute("SELECT on_date FROM calendar_exceptions WHERE project_id = ?",
                                       [PROJECT_ID])}
    base = WorkCalendar()
    new = [e for e in calendar.exceptions
           if e.on.isoformat() not in stored and base.is_working(e.on) != e.is_working]
    return new, len(calendar.exceptions) - len(new)


# --------------------------------------------------------------------------- import
@boundary
def import_mspdi(db: Database, preview: ImportPreview) -> Changes:
    """Apply ``preview``: everything or, when anything is refused, nothing."""
    if not preview.project.tasks:
        raise ValidationError("mspdi_no_tasks", path=preview.file_name)
    try:
        with paused_gc(), db.atomic():
            import_id = open_batch(db, kind=f"mspdi_{preview.as_what}", source=preview.file_name)
            if preview.as_what == "schedule":
                summary = _import_schedule(db, preview, import_id)
            else:
                summary = _import_baseline(db, preview, import_id)
            close_batch(db, import_id, summary)
    except ConstraintError as error:  # a value the schema refuses: nothing was written
        raise ValidationError("mspdi_import_refused", path=preview.file_name, detail=str(error)) from None
    return import_changes(db, import_id, new=import_id, extra=summary)


def _import_schedule(db: Database, preview: ImportPreview, import_id: int) -> dict:
    project = preview.project
    if preview.phase_id is not None:
        root_id = _phase_summary(db, preview.phase_id)
        phase_id = preview.phase_id
        first_order = (db.execute("SELECT max(sort_order) FROM tasks WHERE parent_id = ?",
                                  [root_id]).fetchone()[0] or 0) + 10
    else:
        phase_id = None
        top = db.execute("SELECT max(sort_order) FROM tasks WHERE project_id = ? AND parent_id IS NULL",
                         [PROJECT_ID]).fetchone()[0] or 0
        root_id = db["tasks"].insert({
            "project_id": PROJECT_ID, "sort_order": top + 10,
            "name_ko": project.name or Path(preview.file_name).stem or preview.file_name,
            "notes": f"MS Project 파일 {preview.file_name}에서 가져옴"}).last_pk
        first_order = 10
    next_id = db.execute("SELECT max(id) FROM tasks").fetchone()[0] + 1
    ids = {row.uid: next_id + i for i, row in enumerate(preview.rows)}
    counters: dict[int, int] = {}
    values = []
    for row in preview.rows:
        parent = ids[row.parent_uid] if row.parent_uid is not None else root_id
        position = counters.get(parent, 0)
        counters[parent] = position + 1
        order = (first_order if parent == root_id else 10) + 10 * position
        values.append((ids[row.uid], PROJECT_ID, phase_id, parent, order) + row[2:])
    insert_rows(db.conn, "tasks", _TASK_COLUMNS, values)
    # The preview's schedule of the file is the engine's check of its links (done again only
    # when the preview changed since); they join only the new tasks, so with the stored
    # (already checked) links they can close no loop.
    if preview.checked != _plan_shape(preview):
        _schedule_file_plan(project, preview, project_calendar(db), note=False)
    insert_rows(db.conn, "dependencies", ("project_id", "predecessor_id", "successor_id", "link_type", "lag_days"),
                [(PROJECT_ID, ids[p], ids[s], kind, lag) for p, s, kind, lag in preview.link_rows])
    new, _skipped = _new_exceptions(db, project.calendar)
    days = [db.execute("INSERT INTO calendar_exceptions (project_id, on_date, is_working, name)"
                       " VALUES (?, ?, ?, ?)", (PROJECT_ID, e.on.isoformat(), int(e.is_working),
                                                e.name)).lastrowid for e in new]
    baseline_id = None
    rows = file_baseline_rows(project, {})
    if rows:
        baseline_id = insert_baseline(db, preview, [(ids[uid], *values) for uid, *values in rows])
    add_rows(db, import_id, "tasks", ([] if phase_id is not None else [root_id]) + list(ids.values()))
    add_rows(db, import_id, "calendar_exceptions", days)
    add_rows(db, import_id, "baselines", [baseline_id] if baseline_id else [])
    summary = {"file": preview.file_name, "as": "schedule", "tasks": len(values),
               "links": len(preview.link_rows), "calendar_exceptions": len(new),
               "baseline": preview.baseline_name if baseline_id else None,
               "phase_id": phase_id}
    append_audit(db, action="import_mspdi", entity="imports", entity_id=import_id, new_value=summary)
    return dict(summary, root_id=root_id, baseline_id=baseline_id, task_ids=ids)


def _import_baseline(db: Database, preview: ImportPreview, import_id: int) -> dict:
    matched, _unmatched = match_tasks(db, preview.project, preview.phase_id)
    if not matched:
        raise ValidationError("mspdi_baseline_no_match", path=preview.file_name)
    durations = {row.uid: row.duration_days for row in preview.rows}
    rows = []
    for t in preview.project.tasks:
        if t.uid not in matched:
            continue
        start, finish = t.start, t.finish
        if start and finish and finish < start:
            start = finish = None
        cost = t.cost_won if not t.is_summary and t.cost_won and 0 <= t.cost_won <= MAX_WON else None
        rows.append((matched[t.uid], iso(start), iso(finish), durations[t.uid], cost))
    baseline_id = insert_baseline(db, preview, rows)
    add_rows(db, import_id, "baselines", [baseline_id])
    summary = {"file": preview.file_name, "as": "baseline", "tasks": len(rows),
               "unmatched": len(preview.project.tasks) - len(rows),
               "baseline": preview.baseline_name}
    append_audit(db, action="import_mspdi_baseline", entity="imports", entity_id=import_id,
                 new_value=summary)
    return dict(summary, baseline_id=baseline_id)


def _phase_summary(db: Database, phase_id: int) -> int:
    row = db.execute("SELECT id FROM tasks WHERE project_id = ? AND phase_id = ? AND parent_id IS NULL"
                     " AND is_milestone = 0 ORDER BY sort_order, id LIMIT 1",
                     [PROJECT_ID, phase_id]).fetchone()
    if row is None:
        number = require_phase(db, phase_id)["number"]
        raise ValidationError("mspdi_phase_no_summary", phase=number)
    return row[0]


__all__ = ["DateDifference", "ImportPreview", "export_mspdi", "export_project", "import_mspdi",
           "preview_mspdi"]
