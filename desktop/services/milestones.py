"""Milestone dates: a milestone starts and finishes on the same day, so both move together."""

from __future__ import annotations

from datetime import date

from db.engine import Database

from db.audit import append_audit
from desktop.domain.dates import past_date
from desktop.domain.errors import NotFoundError, ValidationError
from desktop.services.changes import Changes
from desktop.services.boundary import boundary

_FIELDS = {
    "actual": ("actual_start_on", "actual_finish_on"),
    "forecast": ("start_on", "finish_on"),
}


@boundary
def set_milestone_date(db: Database, *, task_id: int, which: str,
                       on: date | str | None, today: date) -> Changes:
    """Record a milestone's actual or forecast date (None clears it).

    An actual date in the future is refused: it has not happened yet.  Recording an actual
    sets the milestone 100 % complete; clearing it sets it back to 0 %.
    """
    if which not in _FIELDS:
        raise ValidationError("field_not_editable", field=which)
    parsed = past_date(on, which, today if which == "actual" else None, required=False)
    start_col, finish_col = _FIELDS[which]
    new = parsed.isoformat() if parsed else None
    with db.atomic():
        row = db.execute(f"SELECT is_milestone, {finish_col} FROM tasks WHERE id = ?",
                         [task_id]).fetchone()
        if row is None:
            raise NotFoundError("row_not_found", entity="tasks", id=task_id)
        if not row[0]:
            raise ValidationError("not_a_milestone", field=which, id=task_id)
        old = row[1]
        if old == new:
            return Changes.of("tasks", entity_id=task_id, field=which, old=old, new=new)
        values = {start_col: new, finish_col: new}
        if which == "actual":
            values["percent_complete"] = 100 if new else 0
        db["tasks"].update(task_id, values)
        append_audit(db, action="update", entity="tasks", entity_id=task_id, field=finish_col,
                     old_value=old, new_value=new)
    return Changes.of("tasks", entity_id=task_id, field=which, old=old, new=new)
