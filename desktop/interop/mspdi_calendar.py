"""The project calendar of an MSPDI file: weekday pattern and exceptions, and working days.

The calendar sections are kept by the reader as small element trees
(:class:`desktop.interop.mspdi_tree.MspdiReader`); this module reads them.
"""

from __future__ import annotations

from datetime import date, timedelta

from desktop.interop.mspdi_model import MON_TO_FRI, MspdiCalendar, MspdiException, MspdiProject
from desktop.interop.mspdi_values import datetime_date, int_value, safe_date

MAX_CALENDAR_DATES = 200_000


# --------------------------------------------------------------------------- calendars
class Calendars:
    """The project calendar: weekday pattern and exceptions, its base calendar's first."""

    def __init__(self, reader, project: MspdiProject, calendar_uid: str,
                 task_uids: frozenset[str] = frozenset()) -> None:
        self.reader = reader
        self.task_uids = task_uids
        self.project = project
        self.by_uid: dict[str, object] = {}
        section = reader.sections.get("Calendars")
        self.order = list(section) if section is not None else []
        for calendar in self.order:
            self.by_uid[self._text(calendar, "UID") or ""] = calendar
        self.uid = calendar_uid if calendar_uid in self.by_uid else self._fallback()

    def _fallback(self) -> str | None:
        for calendar in self.order:
            if self._text(calendar, "Name") == "Standard":
                return self._text(calendar, "UID")
        return self._text(self.order[0], "UID") if self.order else None

    def _child(self, elem, name: str):
        return next((c for c in elem if self.reader.local(c.tag) == name), None)

    def _text(self, elem, name: str) -> str | None:
        child = self._child(elem, name)
        return child.text.strip() if child is not None and child.text else None

    def project_calendar(self) -> MspdiCalendar:
        if self.uid is None:
            return MspdiCalendar()
        calendar = self.calendar(self.uid, count=True)
        if calendar.working_weekdays != MON_TO_FRI:
            self.project.count("unsupported", "weekly_pattern")
        return calendar

    def all_calendars(self) -> dict[str, MspdiCalendar]:
        """Every base and task calendar of the file by UID (resource calendars left out)."""
        found = {}
        for elem in self.order:
            uid = self._text(elem, "UID")
            if uid and (self._text(elem, "IsBaseCalendar") == "1" or uid in self.task_uids
                        or uid == self.uid):
                found[uid] = self.calendar(uid)
        return found

    def calendar(self, uid: str, *, count: bool = False) -> MspdiCalendar:
        """A calendar with its base calendars' weekdays, hours and exceptions applied."""
        chain = []
        while uid in self.by_uid and uid not in [self._text(c, "UID") for c in chain]:
            chain.append(self.by_uid[uid])
            uid = self._text(self.by_uid[uid], "BaseCalendarUID")
        weekdays = set(MON_TO_FRI)
        minutes: dict[int, int] = {}
        exceptions: dict[date, MspdiException] = {}
        for calendar in reversed(chain):  # base first, then what derives from it
            self._weekdays(calendar, weekdays, minutes, count)
            for exception in self._exceptions(calendar):
                exceptions[exception.on] = exception
        name = self._text(chain[0], "Name") or "Standard" if chain else "Standard"
        own_uid = self._text(chain[0], "UID") or "" if chain else ""
        return MspdiCalendar(name, frozenset(weekdays), sorted(exceptions.values(), key=lambda e: e.on),
                             uid=own_uid, minutes_per_day=self.project.minutes_per_day,
                             weekday_minutes={d: m for d, m in sorted(minutes.items()) if d in weekdays})

    def _weekdays(self, calendar, weekdays: set[int], minutes: dict[int, int], count: bool) -> None:
        days = self._child(calendar, "WeekDays")
        for day in days if days is not None else ():
            day_type = int_value(self._text(day, "DayType"), "DayType")
            if day_type and 1 <= day_type <= 7:
                weekday = (day_type + 5) % 7  # 1 = Sunday → 6, 2 = Monday → 0
                if self._text(day, "DayWorking") == "1":
                    weekdays.add(weekday)
                    worked = self._working_minutes(day)
                    if worked:
                        minutes[weekday] = worked
                else:
                    weekdays.discard(weekday)
                    minutes.pop(weekday, None)
        if count:
            weeks = self._child(calendar, "WorkWeeks")
            self.project.count("unsupported", "work_weeks", len(weeks) if weeks is not None else 0)

    def _working_minutes(self, day) -> int:
        """Minutes of the day's working times (``FromTime``–``ToTime`` pairs)."""
        times = self._child(day, "WorkingTimes")
        total = 0
        for period in times if times is not None else ():
            first, last = _clock_minutes(self._text(period, "FromTime")), \
                _clock_minutes(self._text(period, "ToTime"))
            if first is not None and last is not None:
                total += (last - first) % 1440 or (1440 if last == first else 0)
        return total

    def _exceptions(self, calendar) -> list[MspdiException]:
        found: list[MspdiException] = []
        modern = self._child(calendar, "Exceptions")
        if modern is not None and len(modern):
            for exception in modern:
                found.extend(self._expand(exception, modern=True))
        else:
            days = self._child(calendar, "WeekDays")
            for day in days if days is not None else ():
                if self._text(day, "DayType") == "0":
                    found.extend(self._expand(day, modern=False))
        return found

    def _expand(self, elem, *, modern: bool) -> list[MspdiException]:
        period = self._child(elem, "TimePeriod")
        if period is None:
            return []
        first = datetime_date(self._text(period, "FromDate"))
        last_text = self._text(period, "ToDate")
        last = datetime_date(last_text)
        if first is None or last is None or last < first:
            return []
        if last > first and last_text and last_text[11:19] == "00:00:00":
            last -= timedelta(days=1)  # an end at midnight excludes that day
        working = self._text(elem, "DayWorking") == "1"
        name = (self._text(elem, "Name") or "") if modern else ""
        kind = int_value(self._text(elem, "Type"), "Type") if modern else 1
        every = max(1, int_value(self._text(elem, "Period"), "Period") or 1) if modern else 1
        days = self._days(elem, kind or 1, first, last, every)
        if days is None:
            self.project.count("unsupported", "recurring_exceptions")
            return []
        if len(days) > MAX_CALENDAR_DATES:
            self.project.count("unsupported", "calendar_ranges_too_long")
            return []
        return [MspdiException(d, working, name) for d in days]

    def _days(self, elem, kind: int, first: date, last: date, every: int) -> list[date] | None:
        span = (last - first).days
        if span > MAX_CALENDAR_DATES:
            return [first] * (MAX_CALENDAR_DATES + 1)  # refused by the caller
        if kind in (1, 7):  # daily, every n days
            return [first + timedelta(days=i) for i in range(0, span + 1, every)]
        if kind == 6:  # weekly on some weekdays, every n weeks
            mask = int_value(self._text(elem, "DaysOfWeek"), "DaysOfWeek") or 0
            week0 = first - timedelta(days=(first.weekday() + 1) % 7)  # its Sunday
            return [d for d in (first + timedelta(days=i) for i in range(span + 1))
                    if mask & (1 << ((d.weekday() + 1) % 7)) and ((d - week0).days // 7) % every == 0]
        month_day = int_value(self._text(elem, "MonthDay"), "MonthDay")
        if kind == 2 and month_day:  # yearly on a date
            month = (int_value(self._text(elem, "Month"), "Month") or 0) + 1
            return [d for d in (safe_date(y, month, month_day) for y in range(first.year, last.year + 1))
                    if d and first <= d <= last]
        if kind == 4 and month_day:  # monthly on a day, every n months
            result, y, m = [], first.year, first.month
            while date(y, m, 1) <= last:
                d = safe_date(y, m, month_day)
                if d and first <= d <= last:
                    result.append(d)
                y, m = y + (m - 1 + every) // 12, (m - 1 + every) % 12 + 1
            return result
        return None  # relative recurrences ("the second Monday"): not supported


def _clock_minutes(text: str | None) -> int | None:
    """``08:30:00`` → 510; ``None`` for anything else."""
    if not text or len(text) < 5 or text[2] != ":" or not (text[:2] + text[3:5]).isdigit():
        return None
    return int(text[:2]) * 60 + int(text[3:5])


class WorkingDays:
    """Working days by the file's project calendar (weekday pattern and exceptions)."""

    def __init__(self, calendar: MspdiCalendar) -> None:
        self.weekdays = calendar.working_weekdays or MON_TO_FRI
        self.exceptions = {e.on: e.is_working for e in calendar.exceptions}

    def is_working(self, day: date) -> bool:
        return self.exceptions.get(day, day.weekday() in self.weekdays)

    def before(self, day: date, floor: date) -> date:
        """The last working day before ``day``, not before ``floor``."""
        for _ in range(366):
            day -= timedelta(days=1)
            if day <= floor or self.is_working(day):
                return max(day, floor)
        return floor

    def after(self, day: date, ceiling: date) -> date:
        """The first working day after ``day``, not after ``ceiling``."""
        for _ in range(366):
            day += timedelta(days=1)
            if day >= ceiling or self.is_working(day):
                return min(day, ceiling)
        return ceiling
