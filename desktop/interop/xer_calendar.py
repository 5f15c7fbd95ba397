"""P6 calendars: the ``clndr_data`` field of an XER ``CALENDAR`` row → :class:`FileCalendar`.

``clndr_data`` is a tree of nodes ``(0||NAME(ATTRIBUTES)(CHILDREN))``, attributes as
``key|value|key|value``, with spaces and 0x7F (P6's line break) between nodes::

    (0||CalendarData()(
      (0||DaysOfWeek()(
        (0||1()())                                   Sunday: no working period → non-working
        (0||2()((0||0(s|08:00|f|12:00)()) (0||1(s|13:00|f|17:00)())))   Monday 8 h
        ...))
      (0||Exceptions()(
        (0||0(d|36525)())                            serial day 36525 (2000-01-01) non-working
        (0||1(d|41000)((0||0(s|08:00|f|12:00)())))   a working day of 4 h
      ))))

Weekdays are numbered 1 = Sunday … 7 = Saturday; a day number counts days from
1899-12-30 (as spreadsheets do); ``f|00:00`` ends a period at midnight.  A calendar without
a weekday section takes its base calendar's weekdays (``base_clndr_id``).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from desktop.domain.errors import ValidationError
from desktop.domain.schedule_file import CalendarException, FileCalendar

SERIAL_ZERO = date(1899, 12, 30)
MAX_NODES = 200_000  # nodes in one calendar (about 50 years of daily exceptions)
MAX_DEPTH = 12
_OPEN = re.compile(r"[\s\x7f]*\(0\|\|([^()|]*)\(([^()]*)\)\(")
_CLOSE = re.compile(r"[\s\x7f]*\)\)")
_CLOCK = re.compile(r"(\d{1,2}):(\d{2})")
KINDS = {"CA_Base": "global", "CA_Project": "project", "CA_Rsrc": "resource"}


class _Node:
    __slots__ = ("name", "attributes", "children")

    def __init__(self, name: str, attributes: str) -> None:
        self.name = name.strip()
        parts = attributes.split("|") if attributes else []
        self.attributes = dict(zip(parts[::2], parts[1::2]))
        self.children: list[_Node] = []

    def child(self, name: str) -> "_Node | None":
        return next((c for c in self.children if c.name == name), None)


def parse_tree(text: str) -> _Node | None:
    """The node tree of ``clndr_data`` (``ValueError`` when it is not one)."""
    stack: list[_Node] = []
    root = None
    position, count = 0, 0
    while True:
        match = _OPEN.match(text, position)
        if match:
            node = _Node(match.group(1), match.group(2))
            count += 1
            if count > MAX_NODES or len(stack) >= MAX_DEPTH:
                raise ValueError("too many nodes")
            (stack[-1].children if stack else []).append(node)
            if root is None:
                root = node
            elif not stack:
                raise ValueError("two roots")
            stack.append(node)
            position = match.end()
            continue
        match = _CLOSE.match(text, position)
        if match and stack:
            stack.pop()
            position = match.end()
            continue
        if text[position:].strip(" \t\r\n\x7f") or stack:
            raise ValueError(f"unexpected text at {position}")
        return root


def _minutes(node: _Node) -> int:
    """Working minutes of a day node's periods (``s`` start, ``f`` finish)."""
    total = 0
    for period in node.children:
        start, finish = _clock(period.attributes.get("s")), _clock(period.attributes.get("f"))
        if start is None or finish is None:
            raise ValueError("period without start or finish")
        total += (finish - start) % 1440 or 1440
    return total


def _hours(node: _Node) -> tuple[int, int] | None:
    """The first and last working minute of a day node (from midnight; 1440 = the end)."""
    bounds = [(_clock(p.attributes.get("s")), _clock(p.attributes.get("f"))) for p in node.children]
    bounds = [(s, f or 1440) for s, f in bounds if s is not None and f is not None]
    return (min(s for s, _ in bounds), max(f for _, f in bounds)) if bounds else None


def _clock(text: str | None) -> int | None:
    match = _CLOCK.fullmatch((text or "").strip())
    return int(match.group(1)) * 60 + int(match.group(2)) if match else None


def read_calendar(row: dict[str, str], line: int, base: FileCalendar | None,
                  file_name: str) -> FileCalendar:
    """One ``CALENDAR`` row as a :class:`FileCalendar` (``base``: its base calendar, read first)."""
    uid = row.get("clndr_id", "")
    try:
        hours = float(row.get("day_hr_cnt") or 8)
        tree = parse_tree(row.get("clndr_data") or "")
        weekdays, minutes, day_hours = _weekdays(tree, base)
        exceptions = _exceptions(tree)
    except ValueError as error:
        raise ValidationError("xer_calendar_invalid", path=file_name, line=line,
                              calendar=row.get("clndr_name") or uid, detail=str(error)[:60]) from None
    if not 0 < hours <= 24:
        raise ValidationError("xer_value_invalid", path=file_name, line=line, table="CALENDAR",
                              field="day_hr_cnt", value=row.get("day_hr_cnt", ""))
    if base is not None:
        merged = {e.on: e for e in base.exceptions}
        merged.update((e.on, e) for e in exceptions)
        exceptions = sorted(merged.values())
    return FileCalendar(name=(row.get("clndr_name") or uid).strip(), working_weekdays=weekdays,
                        exceptions=exceptions, uid=uid, minutes_per_day=round(hours * 60),
                        weekday_minutes=minutes, day_hours=day_hours, kind=KINDS.get(row.get("clndr_type", ""), ""))


def _weekdays(tree: _Node | None, base: FileCalendar | None):
    """Working weekdays, their working minutes and their first and last working minute."""
    section = tree.child("DaysOfWeek") if tree is not None else None
    if section is None or not section.children:
        if base is not None:
            return base.working_weekdays, dict(base.weekday_minutes), dict(base.day_hours)
        return frozenset({0, 1, 2, 3, 4}), {d: 480 for d in range(5)}, {}
    minutes: dict[int, int] = {}
    hours: dict[int, tuple[int, int]] = {}
    for day in section.children:
        if not day.name.isdigit() or not 1 <= int(day.name) <= 7:
            raise ValueError(f"weekday {day.name[:10]}")
        worked = _minutes(day)
        if worked:
            weekday = (int(day.name) + 5) % 7  # 1 = Sunday → 6, 2 = Monday → 0
            minutes[weekday] = worked
            hours[weekday] = _hours(day)
    if not minutes:
        raise ValueError("no working weekday")
    return frozenset(minutes), dict(sorted(minutes.items())), dict(sorted(hours.items()))


def _exceptions(tree: _Node | None) -> list[CalendarException]:
    section = tree.child("Exceptions") if tree is not None else None
    found: dict[date, CalendarException] = {}
    for node in section.children if section is not None else ():
        serial = node.attributes.get("d", "").strip()
        if not serial.isdigit() or not 0 < int(serial) < 2_958_466:  # up to 9999-12-31
            raise ValueError(f"exception day {serial[:12]}")
        day = SERIAL_ZERO + timedelta(days=int(serial))
        worked = _minutes(node)
        found[day] = CalendarException(day, worked > 0, "", worked or None)
    return sorted(found.values())
