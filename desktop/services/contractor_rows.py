"""Removing and putting back a contractor schedule an import made (the undo and redo of that
import, :mod:`desktop.services.import_batches`), with its tie to a milestone."""

from __future__ import annotations

from db import contractor as repo
from db.audit import append_audit
from db.engine import Database
from desktop.domain.errors import ConflictError
from desktop.services.changes import Changes
from desktop.services.rows import require_row


def delete_contractor_schedule(db: Database, *, schedule_id: int) -> Changes:
    """Remove a schedule an import made (its undo), with its tie; refused while it still has
    versions (imported since: they must be undone first).  ``Changes.old`` puts it back."""
    with db.atomic():
        row = require_row(db, "contractor_schedules", schedule_id)
        left = db.execute("SELECT count(*) FROM contractor_versions WHERE schedule_id = ?",
                          [schedule_id]).fetchone()[0]
        if left:
            raise ConflictError("contractor_has_later_versions", name=row["name"], count=left)
        tie = repo.tie_row(db, schedule_id)
        if tie is not None:
            db.execute("DELETE FROM contractor_ties WHERE id = ?", [tie["id"]])
        db.execute("DELETE FROM contractor_schedules WHERE id = ?", [schedule_id])
        append_audit(db, action="delete", entity="contractor_schedules", entity_id=schedule_id,
                     old_value=row | {"tie": tie})
    return Changes.of("contractor_schedules", "contractor_ties", entity_id=schedule_id,
                      old={"row": row, "tie": tie})


def restore_contractor_schedule(db: Database, *, snapshot: dict) -> Changes:
    """Put back what :func:`delete_contractor_schedule` removed, with the same ids."""
    with db.atomic():
        db["contractor_schedules"].insert(snapshot["row"])
        if snapshot["tie"] is not None:
            db["contractor_ties"].insert(snapshot["tie"])
        append_audit(db, action="restore", entity="contractor_schedules",
                     entity_id=snapshot["row"]["id"], new_value=snapshot)
    return Changes.of("contractor_schedules", "contractor_ties", entity_id=snapshot["row"]["id"],
                      new=snapshot)
