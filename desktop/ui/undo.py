"""Undo is the service's inverse (ARCHITECTURE rule 9).

``UndoRunner.run`` calls a service with the new value; only when it succeeds is a command
pushed on the QUndoStack.  Undo calls the same service with the old value, so undo is
validated and audited like any edit.  Every result is broadcast once through ``on_changes``.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtGui import QUndoCommand, QUndoStack

from desktop.domain.errors import DomainError
from desktop.services.changes import Changes

Apply = Callable[[object], Changes]
OnError = Callable[[DomainError], None]


def _guarded(call: Callable[[], Changes], on_changes, on_error: OnError) -> None:
    """Run an undo or redo step; a refusal (the data changed meanwhile) is shown, not raised
    into Qt, and the stack stays where it was in the user's eyes."""
    try:
        on_changes(call())
    except DomainError as error:
        on_error(error)


class ServiceCommand(QUndoCommand):
    def __init__(self, text: str, apply: Apply, old: object, new: object,
                 on_changes: Callable[[Changes], None], on_error: OnError) -> None:
        super().__init__(text)
        self._apply, self._old, self._new = apply, old, new
        self._on_changes, self._on_error = on_changes, on_error
        self._done_once = True  # the runner already applied it

    def redo(self) -> None:
        if self._done_once:
            self._done_once = False
            return
        _guarded(lambda: self._apply(self._new), self._on_changes, self._on_error)

    def undo(self) -> None:
        _guarded(lambda: self._apply(self._old), self._on_changes, self._on_error)


class InverseCommand(QUndoCommand):
    """A change undone by another service fed with what the last step returned: add a task
    ↔ delete it (keeping its rows) ↔ restore those rows with the same ids, and so on."""

    def __init__(self, text: str, first: Changes, undo_from: Callable[[Changes], Changes],
                 redo_from: Callable[[Changes], Changes], on_changes: Callable[[Changes], None],
                 on_error: OnError) -> None:
        super().__init__(text)
        self._last, self._undo_from, self._redo_from = first, undo_from, redo_from
        self._on_changes, self._on_error = on_changes, on_error
        self._done_once = True

    def _step(self, function: Callable[[Changes], Changes]) -> None:
        try:
            self._last = function(self._last)
        except DomainError as error:
            self._on_error(error)
            return
        self._on_changes(self._last)

    def redo(self) -> None:
        if self._done_once:
            self._done_once = False
            return
        self._step(self._redo_from)

    def undo(self) -> None:
        self._step(self._undo_from)


class UndoRunner:
    def __init__(self, stack: QUndoStack, on_changes: Callable[[Changes], None],
                 on_error: OnError) -> None:
        self.stack = stack
        self.on_changes = on_changes
        self.on_error = on_error

    def run(self, text: str, apply: Apply, new: object) -> Changes:
        """Apply ``new``; raise the service's DomainError untouched when it refuses."""
        changes = apply(new)
        if changes.old != changes.new:
            self.stack.push(ServiceCommand(text, apply, changes.old, new, self.on_changes,
                                           self.on_error))
            self.on_changes(changes)
        return changes

    def run_inverse(self, text: str, do: Callable[[], Changes],
                    undo_from: Callable[[Changes], Changes],
                    redo_from: Callable[[Changes], Changes]) -> Changes:
        """Run ``do``; undo calls ``undo_from(last changes)``, redo ``redo_from(...)``."""
        changes = do()
        self.stack.push(InverseCommand(text, changes, undo_from, redo_from, self.on_changes,
                                       self.on_error))
        self.on_changes(changes)
        return changes

    def run_insert(self, text: str, db, table: str, insert: Callable[[], Changes]) -> Changes:
        """A service that adds one audited row: undo deletes it, redo restores it as it was."""
        from desktop.services.rows import delete_audited, restore_audited  # not needed to start

        return self.run_inverse(text, insert,
                                lambda last: delete_audited(db, table, last.entity_id),
                                lambda last: restore_audited(db, table, last.old))

    def run_delete(self, text: str, db, table: str, row_id: int) -> Changes:
        """Delete one audited row: undo restores it, redo deletes it again."""
        from desktop.services.rows import delete_audited, restore_audited  # not needed to start

        return self.run_inverse(text, lambda: delete_audited(db, table, row_id),
                                lambda last: restore_audited(db, table, last.old),
                                lambda last: delete_audited(db, table, last.entity_id))

    def run_pair(self, text: str, do: Callable[[], Changes], undo: Callable[[], Changes]) -> Changes:
        """A change and its inverse that need nothing from each other."""
        return self.run_inverse(text, do, lambda _last: undo(), lambda _last: do())
