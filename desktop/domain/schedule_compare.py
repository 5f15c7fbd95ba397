"""The monthly update review: what changed between two versions of a contractor's schedule.

``compare_schedules(old, new) -> ScheduleComparison`` matches activities by their key (P6
Activity ID, else the UID: :attr:`FileTask.key`; WBS summaries are not compared) and lists
added and deleted activities, changed durations, logic between activities in both versions
(links added, removed, type or lag changed; an added activity brings its own links),
constraints, calendars (an activity moved to another calendar; a calendar whose
weekdays, hours or exceptions changed), dates moved (start and finish variance in calendar
days), progress claimed this period, float eroded, the critical path before and after, the
project finish and each milestone moved.  Dates, floats and critical flags are the
producer's own (as in the file).  Pure: no database, no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple

from desktop.domain.schedule_file import FileCalendar, FileTask, ScheduleFile

EPSILON = 1e-6


class Ref(NamedTuple):
    key: str
    name: str


class ValueChange(NamedTuple):
    key: str
    name: str
    old: object
    new: object


class LinkRef(NamedTuple):
    pred: str
    succ: str
    type: str
    lag_days: float


class LinkChange(NamedTuple):
    pred: str
    succ: str
    old_type: str
    new_type: str
    old_lag_days: float
    new_lag_days: float


class DateMove(NamedTuple):
    key: str
    name: str
    old_start: date | None
    new_start: date | None
    start_days: int | None  # calendar days, + later
    old_finish: date | None
    new_finish: date | None
    finish_days: int | None


class Progress(NamedTuple):
    key: str
    name: str
    old_percent: float
    new_percent: float
    started: bool  # actual start first given in the new version
    finished: bool


@dataclass
class ScheduleComparison:
    added: list[Ref] = field(default_factory=list)
    deleted: list[Ref] = field(default_factory=list)
    durations: list[ValueChange] = field(default_factory=list)
    links_added: list[LinkRef] = field(default_factory=list)
    links_removed: list[LinkRef] = field(default_factory=list)
    links_changed: list[LinkChange] = field(default_factory=list)
    constraints: list[ValueChange] = field(default_factory=list)
    task_calendars: list[ValueChange] = field(default_factory=list)
    calendars_changed: list[str] = field(default_factory=list)  # names
    dates_moved: list[DateMove] = field(default_factory=list)
    progress: list[Progress] = field(default_factory=list)
    float_eroded: list[ValueChange] = field(default_factory=list)  # days, old → new
    critical_before: list[str] = field(default_factory=list)
    critical_after: list[str] = field(default_factory=list)
    old_finish: date | None = None
    new_finish: date | None = None
    finish_days: int | None = None
    milestones_moved: list[DateMove] = field(default_factory=list)

    def to_dict(self) -> dict:
        def plain(value):
            if isinstance(value, date):
                return value.isoformat()
            if isinstance(value, tuple) and hasattr(value, "_asdict"):
                return {k: plain(v) for k, v in value._asdict().items()}
            if isinstance(value, (list, tuple)):
                return [plain(v) for v in value]
            return value
        return {k: plain(getattr(self, k)) for k in self.__dataclass_fields__}


def _activities(schedule: ScheduleFile) -> dict[str, FileTask]:
    return {t.key: t for t in schedule.tasks if not t.is_summary}


def _days(old: date | None, new: date | None) -> int | None:
    return (new - old).days if old and new else None


def _same(a: float | None, b: float | None) -> bool:
    return (a is None and b is None) or (a is not None and b is not None and abs(a - b) < EPSILON)


def _calendar_shape(calendar: FileCalendar) -> tuple:
    return (calendar.working_weekdays, tuple(sorted(calendar.weekday_minutes.items())),
            calendar.minutes_per_day, tuple((e.on, e.is_working, e.minutes) for e in calendar.exceptions))


def _links(schedule: ScheduleFile, keys: dict[int, str]) -> dict[tuple[str, str], list[LinkRef]]:
    found: dict[tuple[str, str], list[LinkRef]] = {}
    for link in schedule.links:
        if link.pred_uid in keys and link.succ_uid in keys:
            pair = (keys[link.pred_uid], keys[link.succ_uid])
            found.setdefault(pair, []).append(LinkRef(*pair, link.type, round(link.lag_days, 4)))
    return found


def schedule_finish(schedule: ScheduleFile) -> date | None:
    """The schedule's finish as its producer computed it: its latest activity finish."""
    finishes = [t.finish for t in schedule.tasks if t.finish and not t.is_summary]
    return max(finishes, default=schedule.finish)


def compare_schedules(old: ScheduleFile, new: ScheduleFile) -> ScheduleComparison:
    result = ScheduleComparison()
    before, after = _activities(old), _activities(new)
    result.added = [Ref(k, t.name) for k, t in after.items() if k not in before]
    result.deleted = [Ref(k, t.name) for k, t in before.items() if k not in after]
    for key, task in after.items():
        was = before.get(key)
        if was is not None:
            _compare_task(result, old, new, was, task)
    _compare_logic(result, old, new)
    shared = {c.name for c in old.calendars.values()} & {c.name for c in new.calendars.values()}
    old_by_name = {c.name: c for c in old.calendars.values()}
    result.calendars_changed = sorted(
        c.name for c in new.calendars.values()
        if c.name in shared and _calendar_shape(c) != _calendar_shape(old_by_name[c.name]))
    result.critical_before = [k for k, t in before.items() if t.is_critical]
    result.critical_after = [k for k, t in after.items() if t.is_critical]
    result.old_finish, result.new_finish = schedule_finish(old), schedule_finish(new)
    result.finish_days = _days(result.old_finish, result.new_finish)
    result.milestones_moved = [m for m in result.dates_moved if after[m.key].is_milestone]
    return result


def _compare_task(result: ScheduleComparison, old: ScheduleFile, new: ScheduleFile,
                  was: FileTask, task: FileTask) -> None:
    key, name = task.key, task.name
    if not _same(was.duration_days, task.duration_days):
        result.durations.append(ValueChange(key, name, was.duration_days, task.duration_days))
    if (was.constraint_type, was.constraint_on) != (task.constraint_type, task.constraint_on):
        result.constraints.append(ValueChange(key, name, (was.constraint_type, was.constraint_on),
                                              (task.constraint_type, task.constraint_on)))
    old_calendar, new_calendar = old.calendar_of(was).name, new.calendar_of(task).name
    if old_calendar != new_calendar:
        result.task_calendars.append(ValueChange(key, name, old_calendar, new_calendar))
    if (was.start, was.finish) != (task.start, task.finish):
        result.dates_moved.append(DateMove(key, name, was.start, task.start, _days(was.start, task.start),
                                           was.finish, task.finish, _days(was.finish, task.finish)))
    started = was.actual_start is None and task.actual_start is not None
    finished = was.actual_finish is None and task.actual_finish is not None
    if task.percent_complete > was.percent_complete + EPSILON or started or finished:
        result.progress.append(Progress(key, name, was.percent_complete, task.percent_complete,
                                        started, finished))
    if was.total_float_days is not None and task.total_float_days is not None \
            and task.total_float_days < was.total_float_days - EPSILON:
        result.float_eroded.append(ValueChange(key, name, round(was.total_float_days, 4),
                                               round(task.total_float_days, 4)))


def _compare_logic(result: ScheduleComparison, old: ScheduleFile, new: ScheduleFile) -> None:
    """Links by activity keys; on a pair, equal links match first, then a link of the old
    version and one of the new are one link changed (type or lag), the rest added or removed."""
    common = set(_activities(old)) & set(_activities(new))
    old_keys = {t.uid: t.key for t in old.tasks if t.key in common and not t.is_summary}
    new_keys = {t.uid: t.key for t in new.tasks if t.key in common and not t.is_summary}
    before, after = _links(old, old_keys), _links(new, new_keys)
    for pair in sorted(set(before) | set(after)):
        was, now = list(before.get(pair, [])), list(after.get(pair, []))
        for link in list(now):
            if link in was:
                was.remove(link)
                now.remove(link)
        for link in list(now):  # the same type with another lag before other types
            twin = next((w for w in was if w.type == link.type), None) or (was[0] if was else None)
            if twin is None:
                break
            was.remove(twin)
            now.remove(link)
            result.links_changed.append(LinkChange(*pair, twin.type, link.type, twin.lag_days,
                                                   link.lag_days))
        result.links_added.extend(now)
        result.links_removed.extend(was)
