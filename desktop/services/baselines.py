"""Named baselines: save the current schedule under a name, choose which one views compare to."""

from __future__ import annotations

from datetime import date

from db.audit import append_audit
from db.engine import PROJECT_ID, Database
from desktop.clock import utc_now
from desktop.domain.errors import ConflictError, ValidationError
from desktop.services.changes import Changes
from desktop.services.rows import require_row
from desktop.services.schedule import load_schedule
from desktop.services.boundary import Row, Rows, Shape, boundary


@boundary
def save_baseline(db: Database, *, name: str, as_of: date,
                  make_current: bool = True) -> Changes:
    """Freeze every task's forecast dates, duration and budget under ``name``."""
    name = name.strip()
    if not name:
        raise ValidationError("value_required", field="baseline_name")
    if db.execute("SELECT 1 FROM baselines WHERE project_id = ? AND name = ?", [PROJECT_ID, name]).fetchone():
        raise ConflictError("baseline_exists", name=name)
    view = load_schedule(db, as_of=as_of)
    budgets = {r[0]: r[1] for r in db.execute("SELECT id, budget_won FROM tasks")}
    with db.atomic():
        old_current = _current(db)
        baseline_id = db["baselines"].insert({
            "project_id": PROJECT_ID, "name": name, "is_current": 0,
            "saved_at": utc_now().isoformat(timespec="seconds")}).last_pk
        db["baseline_tasks"].insert_all({
            "baseline_id": baseline_id, "task_id": row.task_id,
            "start_on": row.start.isoformat() if row.start else None,
            "finish_on": row.finish.isoformat() if row.finish else None,
            "duration_days": row.duration_days, "cost_won": budgets.get(row.task_id)}
            for row in view.rows)
        if make_current:
            _make_current(db, baseline_id)
        append_audit(db, action="save_baseline", entity="baselines", entity_id=baseline_id,
                     new_value={"name": name, "tasks": len(view.rows)})
    return Changes.of("baselines", "baseline_tasks", entity_id=baseline_id, old=old_current,
                      new=baseline_id)


@boundary
def delete_baseline(db: Database, *, baseline_id: int, current_after: int | None = None) -> Changes:
    """Remove a baseline (the undo of saving one); the announced plan's cannot be removed.
    ``Changes.old`` holds its rows for :func:`restore_baseline`."""
    with db.atomic():
        row = require_row(db, "baselines", baseline_id)
        if baseline_id == _first(db):
            raise ConflictError("baseline_protected", name=row["name"])
        snapshot = {"baseline": row, "current": _current(db), "tasks": list(db.query(
            "SELECT * FROM baseline_tasks WHERE baseline_id = ?", [baseline_id]))}
        db.execute("DELETE FROM baselines WHERE id = ?", [baseline_id])
        if current_after is not None or row["is_current"]:
            _make_current(db, current_after or _first(db))
        append_audit(db, action="delete_baseline", entity="baselines", entity_id=baseline_id,
                     old_value=row)
    return Changes.of("baselines", "baseline_tasks", entity_id=baseline_id, old=snapshot)


@boundary(shapes={"snapshot": Shape({"baseline": Row("baselines"), "current": int | None, "tasks": Rows("baseline_tasks")})})
def restore_baseline(db: Database, *, snapshot: dict) -> Changes:
    """Put back a deleted baseline with its id and task dates."""
    with db.atomic():
        db["baselines"].insert(snapshot["baseline"])
        if snapshot["tasks"]:
            db["baseline_tasks"].insert_all(snapshot["tasks"])
        if snapshot["current"] is not None:
            _make_current(db, snapshot["current"])
        baseline_id = snapshot["baseline"]["id"]
        append_audit(db, action="restore_baseline", entity="baselines", entity_id=baseline_id,
                     new_value=snapshot["baseline"])
    return Changes.of("baselines", "baseline_tasks", entity_id=baseline_id,
                      old=snapshot["current"], new=baseline_id)


@boundary
def set_current_baseline(db: Database, *, baseline_id: int) -> Changes:
    """The baseline every view compares against."""
    with db.atomic():
        require_row(db, "baselines", baseline_id)
        old = _current(db)
        if old == baseline_id:
            return Changes.of("baselines", entity_id=baseline_id, old=old, new=old)
        _make_current(db, baseline_id)
        append_audit(db, action="update", entity="baselines", entity_id=baseline_id,
                     field="is_current", old_value=old, new_value=baseline_id)
    return Changes.of("baselines", entity_id=baseline_id, field="current", old=old, new=baseline_id)


def _current(db: Database) -> int | None:
    row = db.execute("SELECT id FROM baselines WHERE project_id = ? AND is_current = 1",
                     [PROJECT_ID]).fetchone()
    return row[0] if row else None


def _first(db: Database) -> int | None:
    row = db.execute("SELECT min(id) FROM baselines WHERE project_id = ?", [PROJECT_ID]).fetchone()
    return row[0]


def _make_current(db: Database, baseline_id: int) -> None:
    db.execute("UPDATE baselines SET is_current = (id = ?) WHERE project_id = ?", [baseline_id, PROJECT_ID])
