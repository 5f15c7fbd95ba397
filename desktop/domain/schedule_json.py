"""A :class:`ScheduleFile` as JSON and back, field for field (a stored contractor version).

``schedule_to_json(p) -> str`` and ``schedule_from_json(text) -> ScheduleFile``:
``schedule_from_json(schedule_to_json(p)) == p`` for every schedule either reader produces
(dates as ISO text, weekday sets as sorted lists, the schedule's own calendar by its uid when
it is one of the file's calendars, so it stays the same object as there).  ``FORMAT`` is the
layout's version: a stored text of another layout is refused, never guessed at.
"""

from __future__ import annotations

import json
from dataclasses import fields
from datetime import date

from desktop.domain.errors import ValidationError
from desktop.domain.schedule_file import (
    CalendarException, FileBaseline, FileCalendar, FileLink, FileTask, ScheduleFile,
)

FORMAT = 1
_TASK_DATES = frozenset(f.name for f in fields(FileTask) if f.type in ("date | None",))


def _day(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _undate(value: str | None) -> date | None:
    return date.fromisoformat(value) if value is not None else None


def calendar_to_dict(c: FileCalendar) -> dict:
    return {"name": c.name, "uid": c.uid, "kind": c.kind, "minutes_per_day": c.minutes_per_day,
            "working_weekdays": sorted(c.working_weekdays),
            "weekday_minutes": [[d, m] for d, m in c.weekday_minutes.items()],
            "day_hours": [[d, a, b] for d, (a, b) in c.day_hours.items()],
            "exceptions": [[e.on.isoformat(), e.is_working, e.name, e.minutes] for e in c.exceptions]}


def calendar_from_dict(d: dict) -> FileCalendar:
    return FileCalendar(
        name=d["name"], uid=d["uid"], kind=d["kind"], minutes_per_day=d["minutes_per_day"],
        working_weekdays=frozenset(d["working_weekdays"]),
        weekday_minutes={day: minutes for day, minutes in d["weekday_minutes"]},
        day_hours={day: (first, last) for day, first, last in d["day_hours"]},
        exceptions=[CalendarException(date.fromisoformat(on), working, name, minutes)
                    for on, working, name, minutes in d["exceptions"]])


def _task(t: FileTask) -> dict:
    out = {}
    for f in fields(FileTask):
        value = getattr(t, f.name)
        if f.name in _TASK_DATES:
            value = _day(value)
        elif f.name == "baselines":
            value = [[b.number, _day(b.start), _day(b.finish), b.duration_days, b.cost_won] for b in value]
        elif f.name == "approximations":
            value = list(value)
        out[f.name] = value
    return out


def _untask(d: dict) -> FileTask:
    values = dict(d)
    for name in _TASK_DATES:
        values[name] = _undate(values[name])
    values["baselines"] = tuple(FileBaseline(n, _undate(s), _undate(f), days, cost)
                                for n, s, f, days, cost in values["baselines"])
    values["approximations"] = tuple(values["approximations"])
    return FileTask(**values)


def schedule_to_json(p: ScheduleFile) -> str:
    own = next((uid for uid, c in p.calendars.items() if c is p.calendar), None)
    data = {
        "format": FORMAT, "name": p.name, "file_name": p.file_name, "start": _day(p.start),
        "finish": _day(p.finish), "status_date": _day(p.status_date), "minutes_per_day": p.minutes_per_day,
        "currency": p.currency, "save_version": p.save_version, "format_name": p.format,
        "producer": p.producer, "project_code": p.project_code, "retained_logic": p.retained_logic,
        "lag_calendar": p.lag_calendar, "unsupported": p.unsupported, "notices": p.notices,
        "calendar_uid": own, "calendar": None if own is not None else calendar_to_dict(p.calendar),
        "calendars": [calendar_to_dict(c) | {"key": uid} for uid, c in p.calendars.items()],
        "tasks": [_task(t) for t in p.tasks],
        "links": [[l.pred_uid, l.succ_uid, l.type, l.lag_days, l.elapsed_days, l.lag_unit] for l in p.links],
    }
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def schedule_from_json(text: str) -> ScheduleFile:
    data = json.loads(text)
    if data.get("format") != FORMAT:
        raise ValidationError("contractor_version_format", format=data.get("format"))
    calendars = {c["key"]: calendar_from_dict(c) for c in data["calendars"]}
    own = data["calendar_uid"]
    return ScheduleFile(
        name=data["name"], file_name=data["file_name"], start=_undate(data["start"]),
        finish=_undate(data["finish"]), status_date=_undate(data["status_date"]),
        minutes_per_day=data["minutes_per_day"], currency=data["currency"],
        save_version=data["save_version"], format=data["format_name"], producer=data["producer"],
        project_code=data["project_code"], retained_logic=data["retained_logic"],
        lag_calendar=data["lag_calendar"], unsupported=data["unsupported"], notices=data["notices"],
        calendars=calendars,
        calendar=calendars[own] if own is not None else calendar_from_dict(data["calendar"]),
        tasks=[_untask(t) for t in data["tasks"]],
        links=[FileLink(*link) for link in data["links"]])
