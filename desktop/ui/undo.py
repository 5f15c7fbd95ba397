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


class PairCommand(QUndoCommand):
    """A change whose inverse is a different service (load / remove example data)."""

    def __init__(self, text: str, do: Callable[[], Changes], undo: Callable[[], Changes],
                 on_changes: Callable[[Changes], None], on_error: OnError) -> None:
        super().__init__(text)
        self._do, self._undo = do, undo
        self._on_changes, self._on_error = on_changes, on_error
        self._done_once = True

    def redo(self) -> None:
        if self._done_once:
            self._done_once = False
            return
        _guarded(self._do, self._on_changes, self._on_error)

    def undo(self) -> None:
        _guarded(self._undo, self._on_changes, self._on_error)


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

    def run_pair(self, text: str, do: Callable[[], Changes], undo: Callable[[], Changes]) -> Changes:
        changes = do()
        self.stack.push(PairCommand(text, do, undo, self.on_changes, self.on_error))
        self.on_changes(changes)
        return changes
