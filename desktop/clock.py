"""The application's one clock (no Qt here: the core and the command line use it too).

"Today" — the date the application works at — comes from one :class:`Clock`, made at
start-up (by ``--as-of`` on the command line, or by a test) and handed to whatever needs it;
services take ``today`` as a required argument and never read the system clock.  This module
is the only place that does: :func:`system_date` for the date the clock follows when nothing
fixes it, :func:`utc_now` and :func:`local_now` for the instants stamped on audit rows, month
closes and backup files (real time, whatever date the application works at).
"""

from __future__ import annotations

from datetime import date, datetime, timezone


def system_date() -> date:
    """The computer's date (the one read of it)."""
    return date.today()


def utc_now() -> datetime:
    """This instant in UTC, for timestamps (audit rows, closes, saved baselines)."""
    return datetime.now(timezone.utc)


def local_now() -> datetime:
    """This instant in local time, for names of files the user sees (backups)."""
    return datetime.now()


class Clock:
    """The date the application works at: fixed (``--as-of``, a test) or the computer's."""

    def __init__(self, today: date | None = None) -> None:
        self._fixed = today

    def today(self) -> date:
        return self._fixed if self._fixed is not None else system_date()

    @property
    def fixed(self) -> date | None:
        """The date set at start-up, or None when the clock follows the computer's date."""
        return self._fixed

    def __repr__(self) -> str:
        return f"Clock({self._fixed!r})" if self._fixed else "Clock(system)"
