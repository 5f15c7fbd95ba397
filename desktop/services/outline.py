"""The task outline: indent, outdent, move up and down — each undone by restoring positions.

A position is (parent, sort order, phase): a task moved under another takes that parent's
phase, with its whole subtree.  Moves that would leave a link between a summary and one
of its own tasks are refused by the engine's check, with nothing changed.
"""

from __future__ import annotations

from db.audit import append_audit
from db.engine import Database
from desktop.domain.errors import ValidationError
from desktop.services.boundary import boundary
from desktop.services.changes import Changes
from desktop.services.rows import require_row
from desktop.services.plan_links import check_links
from desktop.services.tasks import sibling_ids, subtree_ids

Position = tuple[int, int | None, int, int | None]  # task id, parent id, sort order, phase id


def _positions(db: Database, ids: list[int]) -> list[Position]:
    marks = ",".join("?" * len(ids))
    return [(r["id"], r["parent_id"], r["sort_order"], r["phase_id"]) for r in db.query(
        f"SELECT id, parent_id, sort_order, phase_id FROM tasks WHERE id IN ({marks})", ids)]


@boundary
def set_positions(db: Database, *, positions: list[Position], action: str = "outline") -> Changes:
    """Put tasks at the given positions (the inverse of every outline change)."""
    with db.atomic():
        ids = [p[0] for p in positions]
        old = _positions(db, ids)
        for task_id, parent_id, sort_order, phase_id in positions:
            db.execute("UPDATE tasks SET parent_id = ?, sort_order = ?, phase_id = ? WHERE id = ?",
                       [parent_id, sort_order, phase_id, task_id])
        links = [(r["predecessor_id"], r["successor_id"], r["link_type"], r["lag_days"])
                 for r in db.query("SELECT * FROM dependencies")]
        check_links(db, links)
        append_audit(db, action=action, entity="tasks", entity_id=ids[0] if ids else None,
                     field="outline", old_value=old, new_value=positions)
    return Changes.of("tasks", entity_id=ids[0] if ids else None, field="outline", old=old,
                      new=positions)


def _move_under(db: Database, task_id: int, parent_id: int | None, siblings: list[int]) -> Changes:
    """Make ``siblings`` (which include ``task_id``) the ordered children of ``parent_id``;
    the task and its subtree take the new parent's phase (top level: they keep theirs)."""
    phase = _phase_of(db, parent_id) if parent_id else _phase_of(db, task_id)
    positions = [(sid, parent_id, (i + 1) * 10, phase if sid == task_id else _phase_of(db, sid))
                 for i, sid in enumerate(siblings)]
    positions += [(sid, parent, order, phase)
                  for sid, parent, order, _ in _positions(db, subtree_ids(db, task_id)[1:])]
    return set_positions(db, positions=positions)


def _phase_of(db: Database, task_id: int) -> int | None:
    return require_row(db, "tasks", task_id)["phase_id"]


@boundary
def indent_task(db: Database, *, task_id: int) -> Changes:
    """Under the sibling just above it, as its last child."""
    row = require_row(db, "tasks", task_id)
    siblings = sibling_ids(db, row["parent_id"])
    position = siblings.index(task_id)
    if position == 0:
        raise ValidationError("cannot_indent", field="outline")
    new_parent = siblings[position - 1]
    if require_row(db, "tasks", new_parent)["is_milestone"]:
        raise ValidationError("milestone_cannot_have_children", field="outline")
    return _move_under(db, task_id, new_parent, sibling_ids(db, new_parent) + [task_id])


@boundary
def outdent_task(db: Database, *, task_id: int) -> Changes:
    """Up one level, right after its former parent."""
    row = require_row(db, "tasks", task_id)
    if row["parent_id"] is None:
        raise ValidationError("cannot_outdent", field="outline")
    parent = require_row(db, "tasks", row["parent_id"])
    siblings = sibling_ids(db, parent["parent_id"])
    siblings.insert(siblings.index(parent["id"]) + 1, task_id)
    return _move_under(db, task_id, parent["parent_id"], siblings)


@boundary
def move_task(db: Database, *, task_id: int, delta: int) -> Changes:
    """Up (−1) or down (+1) among its siblings."""
    row = require_row(db, "tasks", task_id)
    siblings = sibling_ids(db, row["parent_id"])
    position = siblings.index(task_id)
    target = position + delta
    if not 0 <= target < len(siblings):
        raise ValidationError("cannot_move", field="outline")
    siblings.insert(target, siblings.pop(position))
    return set_positions(db, positions=[(sid, row["parent_id"], (i + 1) * 10, _phase_of(db, sid))
                                        for i, sid in enumerate(siblings)])
