"""Working calendar: Monday–Friday minus Korean public holidays and project closures.

A :class:`WorkCalendar` answers "is this a working day?" and does working-day arithmetic
without looping over days: it keeps, for a window of years, the sorted list of working
days and, for every calendar day of the window, how many working days come before it.
The window grows by whole years when a date or index outside it is asked for.

Working-day *indices* number the working days consecutively (index ``i + 1`` is the
working day after index ``i``).  They are stable for the lifetime of one calendar object
(growing the window never renumbers them) but mean nothing across two calendar objects;
the scheduling engine uses them internally and converts to dates at its boundary.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import accumulate, compress, repeat
from operator import add
from datetime import date

from desktop.domain.kr_holidays import KR_HOLIDAYS

_HOLIDAY_CACHE: dict[tuple[str, int], frozenset[date]] = {}
_GROW_YEARS = 5  # margin of years added around a date that falls outside the window
_ANCHOR_YEAR = 2025  # where an empty window starts when asked for an index before any date


def public_holidays(country: str, year: int) -> frozenset[date]:
    """Public holidays of ``country`` in ``year`` (lunar and substitute holidays included)."""
    key = (country, year)
    cached = _HOLIDAY_CACHE.get(key)
    if cached is None:
        if country == "KR" and year in KR_HOLIDAYS:
            cached = frozenset(date.fromisoformat(d) for d in KR_HOLIDAYS[year])
        else:
            cached = frozenset(holidays_from_package(country, year))
        _HOLIDAY_CACHE[key] = cached
    return cached


def holidays_from_package(country: str, year: int) -> list[date]:
    """The ``holidays`` package's public holidays (importing it costs ~75 ms, so the Korean
    years in use come from the table generated from it, :mod:`desktop.domain.kr_holidays`)."""
    import holidays

    return sorted(holidays.country_holidays(country, years=year).keys())


def write_kr_table(path, first: int = 2000, last: int = 2060) -> None:
    """Regenerate :mod:`desktop.domain.kr_holidays` from the installed ``holidays`` package."""
    import holidays

    lines = [f'"""Korean public holidays {first}–{last}, generated from holidays {holidays.__version__}',
             "by desktop.domain.calendar.write_kr_table; a test checks it against the installed",
             'package (regenerate after upgrading it)."""', "", "KR_HOLIDAYS = {"]
    for year in range(first, last + 1):
        days = ", ".join(f'"{d.isoformat()}"' for d in holidays_from_package("KR", year))
        lines.append(f"    {year}: ({days},),")
    lines.append("}")
    with open(path, "w", encoding="utf-8") as handle:
        handle.write("\n".join(lines) + "\n")


class WorkCalendar:
    """Working days: weekdays, minus public holidays and project non-working days.

    ``non_working`` adds project closures (e.g. a site shutdown); ``extra_working`` turns
    otherwise non-working days (a Saturday, a holiday) into working days and wins over
    every other rule.  ``country=None`` ignores public holidays and ``weekend=()`` makes
    every day a working day (handy for textbook examples counted in plain days).
    """

    def __init__(self, non_working: Iterable[date] = (), extra_working: Iterable[date] = (),
                 *, country: str | None = "KR", weekend: Iterable[int] = (5, 6)) -> None:
        self.country = country
        self.weekend = frozenset(weekend)
        self.non_working = frozenset(non_working)
        self.extra_working = frozenset(extra_working)
        if len(self.weekend) >= 7 and not self.extra_working:
            raise ValueError("a calendar needs at least one working weekday")
        self._first_year = 0
        self._last_year = -1
        self._first = 0                  # ordinal of the window's first day
        self._days: list[date] = []      # working days of the window, ascending
        self._ords: list[int] = []       # their ordinals
        self._before: list[int] = []     # [o - _first] = working days of the window before o
        self._zero = 0                   # position in _days of working-day index 0
        self._halves: list[date] | None = None  # _days from index 0, each twice

    # ------------------------------------------------------------------ window upkeep
    def _build(self, first_year: int, last_year: int) -> None:
        """(Re)build the index for the years ``first_year..last_year`` inclusive.

        Works on day ordinals (plain ints) rather than date objects: it runs at start-up.
        """
        old_first_day = self._days[0] if self._days else None
        start = date(first_year, 1, 1)
        first_o, end_o = start.toordinal(), date(last_year + 1, 1, 1).toordinal()
        working = self.working_flags(first_year, last_year)
        before = list(accumulate(working, initial=0))  # working days before each day
        ords = list(compress(range(first_o, end_o), working))
        days = list(map(date.fromordinal, ords))
        if not days:
            raise ValueError("the calendar has no working day in its window")
        if old_first_day is not None:
            # keep indices stable: the old index 0 stays index 0
            self._zero = self._zero + before[old_first_day.toordinal() - start.toordinal()]
        self._first_year, self._last_year = first_year, last_year
        self._halves = None
        self._first = first_o
        self._days = days
        self._ords = ords
        self._before = before

    def working_flags(self, first_year: int, last_year: int) -> bytearray:
        """One byte per day of the years ``first_year..last_year``: 1 = a working day."""
        first_o = date(first_year, 1, 1).toordinal()
        end_o = date(last_year + 1, 1, 1).toordinal()
        closed = {d.toordinal() for d in self.non_working}
        if self.country:
            for year in range(first_year, last_year + 1):
                closed.update(d.toordinal() for d in public_holidays(self.country, year))
        opened = {d.toordinal() for d in self.extra_working}
        n = end_o - first_o
        working = bytearray(n)  # filled a weekday at a time, then the exceptions
        for weekday in set(range(7)) - self.weekend:
            offset = (weekday - (first_o - 1)) % 7  # ordinal 1 (0001-01-01) is a Monday
            working[offset::7] = b"\x01" * len(range(offset, n, 7))
        for o in closed:
            if first_o <= o < end_o:
                working[o - first_o] = 0
        for o in opened:
            if first_o <= o < end_o:
                working[o - first_o] = 1
        return working

    def _cover_year(self, year: int) -> None:
        if self._last_year < self._first_year:
            self._build(year - 1, year + _GROW_YEARS)
        elif year < self._first_year:
            self._build(year - _GROW_YEARS, self._last_year)
        elif year > self._last_year:
            self._build(self._first_year, year + _GROW_YEARS)

    def _cover_ordinal(self, ordinal: int) -> int:
        """Make sure the window holds ``ordinal`` (and the day after); return its offset."""
        offset = ordinal - self._first
        if offset < 0 or offset + 1 >= len(self._before):
            self._cover_year(date.fromordinal(ordinal).year)
            offset = ordinal - self._first
            if offset + 1 >= len(self._before):
                self._cover_year(date.fromordinal(ordinal + 1).year)
                offset = ordinal - self._first
        return offset

    def _cover_index(self, index: int) -> int:
        """Make sure working-day ``index`` exists in the window; return its position."""
        if not self._days:
            self._cover_year(_ANCHOR_YEAR)
        position = index + self._zero
        while position < 0:
            self._build(self._first_year - _GROW_YEARS, self._last_year)
            position = index + self._zero
        while position >= len(self._days):
            self._build(self._first_year, self._last_year + _GROW_YEARS)
            position = index + self._zero
        return position

    def ensure_indices(self, low: int, high: int) -> None:
        """Grow the window so that every index in ``low..high`` can be turned into a date."""
        self._cover_index(low)
        self._cover_index(high)

    # ------------------------------------------------------------------ index API
    def index_on_or_after(self, d: date) -> int:
        """Index of ``d`` if it is a working day, else of the next working day."""
        offset = self._cover_ordinal(d.toordinal())  # may rebuild the lists first
        return self._before[offset] - self._zero

    def index_on_or_before(self, d: date) -> int:
        """Index of ``d`` if it is a working day, else of the previous working day."""
        offset = self._cover_ordinal(d.toordinal())
        return self._before[offset + 1] - 1 - self._zero

    def date_of(self, index: int) -> date:
        """The working day numbered ``index``."""
        position = self._cover_index(index)  # may rebuild (and replace) the lists
        return self._days[position]

    def dates_of(self, indices: list[int]) -> list[date]:
        """Many :meth:`date_of` at once (one window check, then plain list look-ups)."""
        if not indices:
            return []
        self.ensure_indices(min(indices), max(indices))
        return list(map(self._days.__getitem__, map(add, indices, repeat(self._zero))))

    def dates_of_halves(self, times: list[int]) -> list[date]:
        """The working day of each half-day time ``t`` (day ``t >> 1``, as the scheduling
        engine counts), at C speed: a list of every day twice, from index 0."""
        if not times:
            return []
        low, high = min(times), max(times)
        self.ensure_indices(low >> 1, high >> 1)
        if low < 0:
            return self.dates_of([t >> 1 for t in times])
        if self._halves is None:
            self._halves = [d for d in self._days[self._zero:] for _ in (0, 1)]
        return list(map(self._halves.__getitem__, times))

    # ------------------------------------------------------------------ date API
    def is_working(self, d: date) -> bool:
        """True when ``d`` is a working day."""
        offset = self._cover_ordinal(d.toordinal())
        return self._before[offset + 1] != self._before[offset]

    def next_working_day(self, d: date) -> date:
        """First working day strictly after ``d``."""
        return self.date_of(self.index_on_or_before(d) + 1)

    def prev_working_day(self, d: date) -> date:
        """Last working day strictly before ``d``."""
        return self.date_of(self.index_on_or_after(d) - 1)

    def add_working_days(self, d: date, n: int) -> date:
        """The working day ``n`` working days after ``d`` (before it when ``n`` < 0).

        ``n == 0`` gives ``d`` itself when it is a working day, else the next working day.
        A non-working ``d`` counts as lying just before the next working day, so Saturday
        + 1 is Monday and Saturday − 1 is Friday.
        """
        if n > 0:
            return self.date_of(self.index_on_or_before(d) + n)
        if n < 0:
            return self.date_of(self.index_on_or_after(d) + n)
        return self.date_of(self.index_on_or_after(d))

    def working_days_between(self, a: date, b: date) -> int:
        """Working days in ``[a, b)`` — negative when ``b`` is before ``a``.

        For a working day ``a``: ``working_days_between(a, add_working_days(a, n)) == n``.
        """
        return self.index_on_or_after(b) - self.index_on_or_after(a)

    def count_working_days(self, first: date, last: date) -> int:
        """Working days from ``first`` to ``last``, both included (0 if ``last`` < ``first``)."""
        if last < first:
            return 0
        return self.index_on_or_before(last) - self.index_on_or_after(first) + 1
