"""What every area panel shares: the context it works in and how it refreshes."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QLayout, QWidget

from desktop.domain.errors import DomainError
from desktop.domain.money import MoneyUnit
from desktop.services.changes import Changes
from desktop.ui.i18n import explain
from desktop.ui.style import set_role
from desktop.ui.undo import UndoRunner

if TYPE_CHECKING:  # the type only; the window never imports db
    from desktop.services.database_files import Database
    from desktop.services.figure_cache import FigureCache
    from desktop.services.live_schedule import LivePlan


@dataclass
class ViewContext:
    """Handed to each panel by the main window."""

    db: Database
    undo: UndoRunner
    today: Callable[[], date]
    show_error: Callable[[str], None]
    money_unit: Callable[[], MoneyUnit] = lambda: MoneyUnit.MILLION
    go_to: Callable[[str], None] = lambda area: None
    """Show another area's panel ("funding", ...): the first-run hints' buttons."""
    act: Callable[[str], None] = lambda name: None
    """Trigger a menu action of the window by its name ("import_mspdi", "help", ...)."""
    figures: FigureCache | None = None
    """Where the overview keeps its last figures (the window's; None: nothing kept, as in tests)."""
    _plan: LivePlan | None = field(default=None, repr=False)

    def live_plan(self) -> LivePlan:
        """The schedule of the stored plan at today's date, one for every panel: computed on
        first use, afterwards following the database's changes edit by edit
        (desktop.services.live_schedule); made again for another database or another day."""
        from desktop.services.live_schedule import LivePlan

        today, plan = self.today(), self._plan
        if plan is None or plan.db is not self.db or plan.as_of != today:
            plan = self._plan = LivePlan(self.db, as_of=today)
        return plan

    def forget_plan(self) -> None:
        """Compute the schedule again from the database when next asked (Refresh)."""
        self._plan = None


class Panel(QWidget):
    """Base of the area panels: refresh on relevant changes and on language change."""

    #: entities whose change makes this panel reload; empty = every change
    WATCHES: frozenset[str] = frozenset()
    #: whether the panel shows amounts of money (refreshed when the unit changes)
    SHOWS_MONEY = False

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context

    def add_heading(self, layout: QLayout, *, intro: bool = False) -> None:
        """The panel's title (``self.heading``) at the top of ``layout``, and with ``intro`` a
        wrapped line of explanation under it (``self.intro``); their texts are set by
        retranslate."""
        self.heading = QLabel()
        set_role(self.heading, "heading")
        layout.addWidget(self.heading)
        if intro:
            self.intro = QLabel()
            self.intro.setWordWrap(True)
            layout.addWidget(self.intro)

    def refresh(self) -> None:
        """Reload what the panel shows from the services."""

    def retranslate(self) -> None:
        """Set every visible text again (after a language switch)."""

    def run_edit(self, label: str, apply, value) -> str | None:
        """An undoable edit through a service: ``apply(value)`` now, ``apply(old)`` on undo.
        A refusal is shown and returned (for an editor that stays open), never raised."""
        try:
            self.context.undo.run(label, apply, value)
        except DomainError as error:
            message = explain(error)
            self.context.show_error(message)
            return message
        return None

    def ask(self, title: str, text: str) -> bool:
        """A yes/no question through the window (tests answer it); no window: no."""
        confirm = getattr(self.window(), "confirm", None)
        return bool(confirm and confirm(title, text))

    def choose(self, title: str, text: str, options: list[str]) -> int | None:
        """One of ``options`` through the window (tests answer it); None: cancelled."""
        choose = getattr(self.window(), "choose", None)
        return choose(title, text, options) if choose else None

    def delete_row(self, text: str, table: str, row: dict | None) -> None:
        """Delete the selected audited row, undoably; a refusal is shown, nothing raised."""
        if row is None:
            return
        try:
            self.context.undo.run_delete(text, table, row["id"])
        except DomainError as error:
            self.context.show_error(explain(error))

    def on_display_changed(self) -> None:
        """How figures are shown changed (the unit of money): show them again."""
        if not self.SHOWS_MONEY:
            return
        if self.isVisibleTo(self.window()):
            self.refresh()
        else:
            self._stale = True

    def on_changes(self, changes: Changes) -> None:
        """Refresh now when shown; a hidden panel refreshes when it is next shown."""
        if self.WATCHES and not changes.touches(*self.WATCHES):
            return
        if self.isVisibleTo(self.window()):  # the current page (even of a window not yet shown)
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        if getattr(self, "_stale", False):
            self._stale = False
            self.refresh()
        super().showEvent(event)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
