"""The window's side of undo: the core's History runs every change; a QUndoStack mirrors it.

Panels call :class:`UndoRunner` (``context.undo``); it runs the change through
:class:`desktop.services.history.History`, broadcasts the ``Changes`` once, and pushes a
command that does nothing itself onto the ``QUndoStack``, which only keeps the menu's texts
and the enabled state in step.  Undo and redo go to the history first; the mirror moves only
when the history did, so a refused undo (the row changed since, the month was closed) leaves
history, data and menu where they were and the user is told why.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtGui import QUndoCommand, QUndoStack

from desktop.domain.errors import DomainError
from desktop.services.changes import Changes
from desktop.services.history import LIMIT, History

Apply = Callable[[object], Changes]
OnError = Callable[[DomainError], None]


class MirrorCommand(QUndoCommand):
    """A line of the mirror: its text only; the history does the work."""

    def redo(self) -> None:  # noqa: D102 - nothing to do, by design
        pass

    def undo(self) -> None:  # noqa: D102
        pass


class UndoRunner:
    def __init__(self, history: History, stack: QUndoStack, on_changes: Callable[[Changes], None],
                 on_error: OnError) -> None:
        self.history = history
        self.stack = stack
        self.stack.setUndoLimit(LIMIT)
        self.on_changes = on_changes
        self.on_error = on_error

    def _kept(self, text: str, changes: Changes) -> Changes:
        """The history kept a new operation: mirror it and tell the views."""
        self.stack.push(MirrorCommand(text))
        self.on_changes(changes)
        return changes

    def run(self, text: str, apply: Apply, new: object) -> Changes:
        """Set a value through a service; raise the service's DomainError untouched.
        Nothing is kept (or broadcast) when the value did not change."""
        changes = self.history.run_value(text, apply, new)
        return self._kept(text, changes) if changes.old != changes.new else changes

    def run_inverse(self, text: str, do: Callable[[], Changes],
                    undo_from: Callable[[Changes], Changes],
                    redo_from: Callable[[Changes], Changes]) -> Changes:
        """Run ``do``; undo calls ``undo_from(last changes)``, redo ``redo_from(...)``."""
        return self._kept(text, self.history.run(text, do, undo_from, redo_from))

    def run_insert(self, text: str, table: str, insert: Callable[[], Changes]) -> Changes:
        return self._kept(text, self.history.run_insert(text, table, insert))

    def run_delete(self, text: str, table: str, row_id: int) -> Changes:
        return self._kept(text, self.history.run_delete(text, table, row_id))

    def run_import(self, text: str, do: Callable[[], Changes]) -> Changes:
        return self._kept(text, self.history.run_import(text, do))

    def run_pair(self, text: str, do: Callable[[], Changes], undo: Callable[[], Changes]) -> Changes:
        return self._kept(text, self.history.run_pair(text, do, undo))

    # ------------------------------------------------------------------ undo / redo
    def undo(self) -> bool:
        """Undo through the history; True when done, False when refused (and shown)."""
        return self._move(self.history.undo, self.stack.undo)

    def redo(self) -> bool:
        return self._move(self.history.redo, self.stack.redo)

    def _move(self, step: Callable[[], Changes], mirror: Callable[[], None]) -> bool:
        try:
            changes = step()
        except IndexError:
            return False
        except DomainError as error:
            self.on_error(error)
            return False
        mirror()
        self.on_changes(changes)
        return True

    def clear(self, db=None) -> None:
        self.history.clear(db)
        self.stack.clear()
