"""Undo and redo, owned by the core (as Anki's collection keeps its undo): no Qt here.

Every change the user makes runs through :meth:`History.run`: a service call (``do``) and
how to undo and redo it, both built from what the last step returned (``Changes``).  The
history keeps one :class:`Operation` per change with the label the menu shows, when it ran,
what it changed (tables and row ids) and which audit rows it wrote.

A refused undo or redo — the row changed since, the month was closed, another user deleted
it — raises the service's :class:`DomainError` and leaves everything as it was: the data (the
services write in one transaction) and the history (the position does not move), so the same
undo can be tried again after the cause is removed.  The window's ``QUndoStack`` only mirrors
this history (desktop/ui/undo.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from db.engine import Database
from db.errors import RowChangedError
from db.versions import last_change, row_version
from desktop.clock import utc_now
from desktop.services.changes import Changes

Step = Callable[[Changes], Changes]
Listener = Callable[["History"], None]
LIMIT = 500  # operations kept; the oldest are forgotten (their data stays, of course)


@dataclass
class Operation:
    """One undoable change: what produced it, and how to go back and forth."""

    label: str
    undo_from: Step
    redo_from: Step
    last: Changes
    at: datetime
    audit_ids: list[int] = field(default_factory=list)
    """Audit rows written by this operation: its first run, then each undo and redo."""
    rows: set[tuple[str, int]] = field(default_factory=set)
    """The rows it changed (table, id): an undo or redo is refused when another user changed
    one of them since this window last did (no edit of someone else is overwritten)."""


class History:
    """A line of operations with a position: undo goes back one, redo forward one."""

    def __init__(self, db: Database, *, limit: int = LIMIT) -> None:
        self.db = db
        self.limit = limit
        self._ops: list[Operation] = []
        self._index = 0  # operations before it are done, from it on undone
        self._listeners: list[Listener] = []
        self._seen: dict[tuple[str, int], int | None] = {}  # row → version as this window left it

    # --------------------------------------------------------------- running changes
    def run(self, label: str, do: Callable[[], Changes], undo_from: Step, redo_from: Step, *,
            keep: Callable[[Changes], bool] = lambda _changes: True) -> Changes:
        """Run ``do`` and keep it (when ``keep`` says so); a refusal propagates, nothing kept."""
        from db.audit import collect_audit_ids  # at the first edit: the window opens without it

        with collect_audit_ids(self.db) as ids:
            changes = do()
        if keep(changes):
            del self._ops[self._index:]  # a new change forgets what was undone
            self._ops.append(Operation(label, undo_from, redo_from, changes, utc_now(), list(ids),
                                       self._saw(changes)))
            if len(self._ops) > self.limit:
                del self._ops[: len(self._ops) - self.limit]
            self._index = len(self._ops)
            self._notify()
        return changes

    def run_value(self, label: str, apply: Callable[[object], Changes], new: object) -> Changes:
        """A service that sets a value and returns the one it replaced in ``Changes.old``: undo
        sets that back, redo ``new`` again.  Kept only when the value really changed."""
        first: list[Changes] = []

        def do() -> Changes:
            first.append(apply(new))
            return first[0]

        return self.run(label, do, lambda _last: apply(first[0].old), lambda _last: apply(new),
                        keep=lambda changes: changes.old != changes.new)

    def run_insert(self, label: str, table: str, insert: Callable[[], Changes]) -> Changes:
        """A service that adds one audited row: undo deletes it, redo restores it as it was."""
        from desktop.services.rows import delete_audited, restore_audited

        return self.run(label, insert, lambda last: delete_audited(self.db, table, last.entity_id),
                        lambda last: restore_audited(self.db, table, last.old))

    def run_delete(self, label: str, table: str, row_id: int) -> Changes:
        """Delete one audited row: undo restores it, redo deletes it again."""
        from desktop.services.rows import delete_audited, restore_audited

        return self.run(label, lambda: delete_audited(self.db, table, row_id),
                        lambda last: restore_audited(self.db, table, last.old),
                        lambda last: delete_audited(self.db, table, last.entity_id))

    def run_import(self, label: str, do: Callable[[], Changes]) -> Changes:
        """An import service (its ``Changes.entity_id`` is the import's id): undo removes
        exactly the rows that import added, redo puts the same rows back."""
        from desktop.services.import_batches import remove_import, restore_import

        return self.run(label, do, lambda last: remove_import(self.db, import_id=last.entity_id),
                        lambda last: restore_import(self.db, import_id=last.entity_id,
                                                    snapshot=last.old))

    def run_pair(self, label: str, do: Callable[[], Changes], undo: Callable[[], Changes]) -> Changes:
        """A change and its inverse that need nothing from each other."""
        return self.run(label, do, lambda _last: undo(), lambda _last: do())

    # --------------------------------------------------------------- undo / redo
    def undo(self) -> Changes:
        """Undo the last done operation; a refusal leaves data and position unchanged."""
        if not self.can_undo:
            raise IndexError("nothing to undo")
        op = self._ops[self._index - 1]
        op.last = self._step(op, op.undo_from)
        self._index -= 1
        self._notify()
        return op.last

    def redo(self) -> Changes:
        if not self.can_redo:
            raise IndexError("nothing to redo")
        op = self._ops[self._index]
        op.last = self._step(op, op.redo_from)
        self._index += 1
        self._notify()
        return op.last

    def _step(self, op: Operation, function: Step) -> Changes:
        from db.audit import collect_audit_ids

        with self.db.atomic(), collect_audit_ids(self.db) as ids:
            # inside the write lock: nobody can slip in between the check and the step
            check_row_versions(self.db, {row: self._seen.get(row) for row in op.rows})
            changes = function(op.last)
        op.audit_ids.extend(ids)
        op.rows |= self._saw(changes)
        return changes

    def _saw(self, changes: Changes) -> set[tuple[str, int]]:
        """Note the versions of the rows ``changes`` names, as this window leaves them."""
        versions = row_versions(self.db, changes)
        self._seen.update(versions)
        return set(versions)

    # --------------------------------------------------------------- state
    @property
    def can_undo(self) -> bool:
        return self._index > 0

    @property
    def can_redo(self) -> bool:
        return self._index < len(self._ops)

    @property
    def undo_label(self) -> str:
        return self._ops[self._index - 1].label if self.can_undo else ""

    @property
    def redo_label(self) -> str:
        return self._ops[self._index].label if self.can_redo else ""

    @property
    def index(self) -> int:
        return self._index

    @property
    def operations(self) -> tuple[Operation, ...]:
        return tuple(self._ops)

    def operation_of_audit(self, audit_id: int) -> Operation | None:
        """The operation that wrote audit row ``audit_id`` in this session, if any."""
        return next((op for op in self._ops if audit_id in op.audit_ids), None)

    def clear(self, db: Database | None = None) -> None:
        """Forget every operation (another database was opened)."""
        if db is not None:
            self.db = db
        self._ops.clear()
        self._seen.clear()
        self._index = 0
        self._notify()

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def _notify(self) -> None:
        for listener in self._listeners:
            listener(self)


def row_versions(db: Database, changes: Changes) -> dict[tuple[str, int], int | None]:
    """The versions of the rows ``changes`` names one by one (None: the row is gone)."""
    from db.tracking import VERSIONED

    return {(table, row_id): row_version(db, table, row_id)
            for table, ids in changes.rows.items() if ids and table in VERSIONED
            for row_id in ids}


def _unaudited(db: Database, table: str, row_id: int, version: int) -> bool:
    """Whether the row's latest change has no audit record (made outside the application):
    the change log holds a change of it that no audit row claims."""
    try:
        row = db.execute("SELECT audit_id FROM change_log WHERE tbl = ? AND row_key = ?"
                         " ORDER BY id DESC LIMIT 1", [table, str(row_id)]).fetchone()
    except Exception:  # noqa: BLE001 - a database without a change log: say nothing more
        return False
    return row is not None and row[0] is None


def check_row_versions(db: Database, versions: dict[tuple[str, int], int | None]) -> None:
    """Refuse (RowChangedError naming who and when) when a row is not as the operation left it."""
    for (table, row_id), version in versions.items():
        if version is None:
            continue  # removed by the operation: its undo puts it back (or finds it there)
        current = row_version(db, table, row_id)
        if current != version:  # changed, or removed, by someone else since
            who, when = last_change(db, table, row_id)
            outside = not who or (current is not None and _unaudited(db, table, row_id, current))
            raise RowChangedError("row_changed_outside" if outside else "row_changed", entity=table,
                                  id=row_id, expected=version, current=current, who=who, when=when)
