"""Editing the schedule's tasks: add, delete (and restore), durations, dates, links.

Every change that touches links is checked by the scheduling engine before anything is
written: a loop is refused with its tasks named, and nothing changes.
"""

from __future__ import annotations

from datetime import date

from db.audit import append_audit
from db.engine import PROJECT_ID, Database
from desktop.domain.cpm import ScheduleInputError, ScheduleLoopError, schedule
from desktop.domain.dates import parse_date
from desktop.domain.durations import parse_duration
from desktop.domain.errors import ValidationError
from desktop.domain.predecessors import format_predecessors, parse_predecessors
from desktop.services.changes import Changes
from desktop.services.rows import require_row
from desktop.services.plan_links import PlanLinks, StoredLinks, refuse
from desktop.services.schedule import project_calendar
from desktop.services.boundary import Row, Rows, Shape, boundary

TASK_TABLES = ("tasks", "dependencies", "baseline_tasks")


# --------------------------------------------------------------------------- add / delete
@boundary
def add_task(db: Database, *, name_ko: str, after_id: int | None = None,
             parent_id: int | None = None, duration: str | int = "5d",
             is_milestone: bool = False, name_en: str = "") -> Changes:
    """A new task (or milestone) right after ``after_id`` among its siblings, or last under
    ``parent_id``; it inherits the parent's phase."""
    if not name_ko.strip():
        raise ValidationError("value_required", field="name_ko")
    days, elapsed = (0, False) if is_milestone else parse_duration(duration)
    with db.atomic():
        if after_id is not None:
            parent_id = require_row(db, "tasks", after_id)["parent_id"]
        phase_id = require_row(db, "tasks", parent_id)["phase_id"] if parent_id else None
        siblings = sibling_ids(db, parent_id)
        position = siblings.index(after_id) + 1 if after_id in siblings else len(siblings)
        row = {"project_id": PROJECT_ID, "parent_id": parent_id, "phase_id": phase_id,
               "name_ko": name_ko.strip(), "name_en": name_en.strip(), "is_milestone": int(is_milestone),
               "duration_days": days, "duration_elapsed": int(elapsed), "sort_order": 0}
        task_id = db["tasks"].insert(row).last_pk
        siblings.insert(position, task_id)
        _renumber(db, siblings)
        append_audit(db, action="insert", entity="tasks", entity_id=task_id, new_value=row)
    return Changes.of(*TASK_TABLES, entity_id=task_id, new=task_id)


@boundary
def delete_task(db: Database, *, task_id: int) -> Changes:
    """Delete a task with its subtree and their links; ``Changes.old`` restores them."""
    with db.atomic():
        require_row(db, "tasks", task_id)
        ids = subtree_ids(db, task_id)
        marks = ",".join("?" * len(ids))
        snapshot = {
            "tasks": list(db.query(f"SELECT * FROM tasks WHERE id IN ({marks})", ids)),
            "dependencies": list(db.query(
                f"SELECT * FROM dependencies WHERE predecessor_id IN ({marks})"
                f" OR successor_id IN ({marks})", ids + ids)),
            "baseline_tasks": list(db.query(
                f"SELECT * FROM baseline_tasks WHERE task_id IN ({marks})", ids)),
        }
        db.execute(f"DELETE FROM tasks WHERE id IN ({marks})", ids)
        append_audit(db, action="delete", entity="tasks", entity_id=task_id, old_value=snapshot)
    return Changes.of(*TASK_TABLES, entity_id=task_id, old=snapshot)


@boundary(shapes={"snapshot": Shape({"tasks": Rows("tasks"), "dependencies": Rows("dependencies"), "baseline_tasks": Rows("baseline_tasks")})})
def restore_tasks(db: Database, *, snapshot: dict) -> Changes:
    """Put back what ``delete_task`` removed, with the same ids (its undo)."""
    with db.atomic():
        tasks = sorted(snapshot["tasks"], key=lambda r: (r["parent_id"] is not None, r["id"]))
        pending = {r["id"]: r for r in tasks}
        while pending:  # parents before children
            ready = [r for r in pending.values() if r["parent_id"] not in pending]
            for row in ready:
                db["tasks"].insert(row)
                del pending[row["id"]]
        for table in ("dependencies", "baseline_tasks"):
            if snapshot[table]:
                db[table].insert_all(snapshot[table])
        root = snapshot["tasks"][0]["id"] if snapshot["tasks"] else None
        append_audit(db, action="restore", entity="tasks", entity_id=root, new_value=snapshot)
    return Changes.of(*TASK_TABLES, entity_id=root)


def subtree_ids(db: Database, task_id: int) -> list[int]:
    ids, frontier = [task_id], [task_id]
    while frontier:
        marks = ",".join("?" * len(frontier))
        frontier = [r[0] for r in db.execute(f"SELECT id FROM tasks WHERE parent_id IN ({marks})", frontier)]
        ids.extend(frontier)
    return ids


def sibling_ids(db: Database, parent_id: int | None) -> list[int]:
    where = "parent_id IS NULL" if parent_id is None else "parent_id = ?"
    params = [] if parent_id is None else [parent_id]
    return [r[0] for r in db.execute(
        f"SELECT id FROM tasks WHERE project_id = {PROJECT_ID} AND {where} ORDER BY sort_order, id", params)]


def _renumber(db: Database, ordered_ids: list[int]) -> None:
    """Sort orders 10, 20, 30, ... in the given order."""
    for position, task_id in enumerate(ordered_ids):
        db.execute("UPDATE tasks SET sort_order = ? WHERE id = ?", [(position + 1) * 10, task_id])


# --------------------------------------------------------------------------- durations and dates
@boundary
def set_duration(db: Database, *, task_id: int, text: str | int) -> Changes:
    """Duration as typed (``5d``, ``2w``, ``10ed``); milestones stay at 0."""
    days, elapsed = parse_duration(text)
    with db.atomic():
        row = require_row(db, "tasks", task_id)
        if row["is_milestone"] and days:
            raise ValidationError("milestone_has_no_duration", field="duration_days")
        old = _duration_text(row)
        db.execute("UPDATE tasks SET duration_days = ?, duration_elapsed = ? WHERE id = ?",
                   [days, int(elapsed), task_id])
        new = _duration_text({"duration_days": days, "duration_elapsed": elapsed})
        append_audit(db, action="update", entity="tasks", entity_id=task_id, field="duration",
                     old_value=old, new_value=new)
    return Changes.of("tasks", entity_id=task_id, field="duration", old=old, new=new)


def _duration_text(row: dict) -> str:
    return f"{int(row['duration_days'] or 0)}{'ed' if row['duration_elapsed'] else 'd'}"


@boundary
def set_finish(db: Database, *, task_id: int, finish: date | str, start: date) -> Changes:
    """A new finish for a task starting on ``start`` (dragging the bar's end): the duration
    becomes the working days from start to finish; its undo is :func:`set_duration`."""
    parsed = finish if isinstance(finish, date) else parse_date(finish, "finish_on")
    if parsed is None or parsed < start:
        raise ValidationError("finish_before_start", field="finish_on", start=start.isoformat(),
                              finish=parsed.isoformat() if parsed else "")
    days = project_calendar(db).count_working_days(start, parsed)
    return set_duration(db, task_id=task_id, text=f"{max(days, 1)}d")


@boundary
def set_start_constraint(db: Database, *, task_id: int, start: date | str | None) -> Changes:
    """Start no earlier than ``start`` (what dragging a bar means, as in MS Project);
    None returns the task to "as soon as possible".  ``Changes.old`` is the previous
    (type, date) pair for undo through :func:`restore_constraint`."""
    parsed = start if isinstance(start, date) or start is None else parse_date(start, "start_on")
    return restore_constraint(db, task_id=task_id,
                              constraint=("snet", parsed.isoformat()) if parsed else ("asap", None))


@boundary
def restore_constraint(db: Database, *, task_id: int, constraint: tuple[str, str | None]) -> Changes:
    kind, on = constraint
    with db.atomic():
        row = require_row(db, "tasks", task_id)
        old = (row["constraint_type"], row["constraint_on"])
        db.execute("UPDATE tasks SET constraint_type = ?, constraint_on = ? WHERE id = ?",
                   [kind, on, task_id])
        append_audit(db, action="update", entity="tasks", entity_id=task_id, field="constraint",
                     old_value=list(old), new_value=[kind, on])
    return Changes.of("tasks", entity_id=task_id, field="constraint", old=old, new=(kind, on))


# --------------------------------------------------------------------------- links
@boundary
def set_predecessors(db: Database, *, task_id: int, text: str,
                     links: PlanLinks | None = None) -> Changes:
    """Replace the task's predecessors with those typed (``1.2FS+5d, 7SS``: WBS codes, or row
    numbers — desktop.domain.predecessors).  ``links``: the plan as the window keeps it (by
    default read from the database; desktop.services.plan_links)."""
    from desktop.services.schedule import predecessor_ref

    with db.atomic():
        require_row(db, "tasks", task_id)
        plan = links or StoredLinks(db)
        order, codes = plan.order, plan.codes
        refs = parse_predecessors(text, codes)
        new_links = []
        for ref in refs:
            if not ref.wbs and ref.row > len(order):
                raise ValidationError("predecessor_row_unknown", field="predecessors", row=ref.row)
            new_links.append((plan.by_code[ref.wbs] if ref.wbs else order[ref.row - 1], ref.type,
                              ref.lag_days))
        if len({pred for pred, _kind, _lag in new_links}) != len(new_links):
            raise ValidationError("predecessor_duplicate", field="predecessors", text=text)
        current = plan.links_into(task_id)
        old_text = format_predecessors([predecessor_ref(link, plan.named) for link in current], codes)
        plan.check(remove=current, add=[(pred, task_id, kind, lag) for pred, kind, lag in new_links])
        db.execute("DELETE FROM dependencies WHERE successor_id = ?", [task_id])
        for pred, kind, lag in new_links:
            db["dependencies"].insert({"project_id": PROJECT_ID, "predecessor_id": pred,
                                       "successor_id": task_id, "link_type": kind, "lag_days": lag})
        new_text = format_predecessors(refs, codes)
        append_audit(db, action="update", entity="tasks", entity_id=task_id, field="predecessors",
                     old_value=old_text, new_value=new_text)
    return Changes.of("tasks", "dependencies", entity_id=task_id, field="predecessors",
                      old=old_text, new=new_text)


@boundary
def add_link(db: Database, *, pred_id: int, succ_id: int, link_type: str = "FS",
             lag_days: int = 0, links: PlanLinks | None = None) -> Changes:
    """One link (drawn on the Gantt); its undo is :func:`remove_link`."""
    if link_type not in ("FS", "SS", "FF", "SF"):
        raise ValidationError("link_type_invalid", field="link_type", value=link_type)
    with db.atomic():
        require_row(db, "tasks", pred_id)
        require_row(db, "tasks", succ_id)
        if db.execute("SELECT 1 FROM dependencies WHERE predecessor_id = ? AND successor_id = ?",
                      [pred_id, succ_id]).fetchone():
            raise ValidationError("link_exists", field="predecessors")
        (links or StoredLinks(db)).check(remove=[], add=[(pred_id, succ_id, link_type, lag_days)])
        link_id = db["dependencies"].insert({"project_id": PROJECT_ID, "predecessor_id": pred_id,
                                             "successor_id": succ_id, "link_type": link_type,
                                             "lag_days": lag_days}).last_pk
        append_audit(db, action="insert", entity="dependencies", entity_id=link_id,
                     new_value=[pred_id, succ_id, link_type, lag_days])
    return Changes.of("dependencies", "tasks", entity_id=link_id, new=link_id)


@boundary(shapes={"row": Row("dependencies")})
def restore_link(db: Database, *, row: dict, links: PlanLinks | None = None) -> Changes:
    """Put back a removed link with its id (the redo of drawing it)."""
    with db.atomic():
        (links or StoredLinks(db)).check(remove=[], add=[
            (row["predecessor_id"], row["successor_id"], row["link_type"], row["lag_days"])])
        db["dependencies"].insert(row)
        append_audit(db, action="restore", entity="dependencies", entity_id=row["id"], new_value=row)
    return Changes.of("dependencies", "tasks", entity_id=row["id"], new=row["id"])


@boundary
def remove_link(db: Database, *, link_id: int) -> Changes:
    with db.atomic():
        row = require_row(db, "dependencies", link_id)
        db.execute("DELETE FROM dependencies WHERE id = ?", [link_id])
        append_audit(db, action="delete", entity="dependencies", entity_id=link_id, old_value=row)
    return Changes.of("dependencies", "tasks", entity_id=link_id, old=row)


def schedule_or_refuse(inputs, links, names: dict, *, run=schedule, **options):
    """Run the engine (``run``: ``schedule`` or ``early_dates``); a loop or a malformed link
    becomes a refusal that names the tasks."""
    try:
        return run(inputs, links, **options)
    except (ScheduleLoopError, ScheduleInputError) as error:
        refuse(error, names)
