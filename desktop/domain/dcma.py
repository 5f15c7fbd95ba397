"""The DCMA 14-point schedule assessment of a contractor's schedule.

``dcma_check(schedule, as_of=...) -> list[DcmaPoint]``, one point per check of the Defense
Contract Management Agency's 14-point assessment (the public standard for whether a schedule
can be trusted), each with its threshold, the count, what it was counted over and the failing
activities (or links).  Counted over the incomplete activities (not summaries, not level of
effort; milestones only where a milestone can fail the point); links between them.  The
status date is the file's (P6: its data date), else ``as_of``.  Floats are the producer's
where the file has them, else the engine's (:mod:`desktop.domain.schedule_engine`).

 1 logic        incomplete activities without a predecessor or a successor   ≤ 5 %
                (but the one that opens and the one that closes the schedule)
 2 leads        links with a negative lag                                    0
 3 lags         links with a positive lag                                    ≤ 5 %
 4 link types   links that are not finish-to-start                          ≤ 10 % (FS ≥ 90 %)
 5 hard constraints  MSO, MFO, SNLT, FNLT                                    ≤ 5 %
 6 high float   total float > 44 working days                                ≤ 5 %
 7 negative float   total float < 0                                          0
 8 high duration    duration > 44 working days (not milestones)              ≤ 5 %
 9 invalid dates    actual dates after the status date, forecasts before it  0
                    (P6's data date is the first day of remaining work: a forecast on it is valid)
10 resources    activities with a duration but no resource and no cost       0
11 missed tasks baseline finish by the status date, finished late or not    ≤ 5 %
12 critical path test  delaying the first critical activity by 600 days moves the finish
                (the activity that closes the schedule) by as much
13 CPLI         (critical path length + project float) / critical path length ≥ 0.95
14 BEI          finished / baseline-due by the status date                   ≥ 0.95

Points 11 and 14 need a baseline (MS Project's Baseline, number 0); without one they are not
applicable (``passed`` is ``None``), as is a point counted over nothing.
"""

from __future__ import annotations

import copy
from datetime import date
from typing import NamedTuple

from desktop.domain.cpm import ScheduleInputError, ScheduleLoopError
from desktop.domain.schedule_engine import schedule_file, work_calendar
from desktop.domain.schedule_file import FileTask, ScheduleFile

HIGH_DAYS = 44
CPT_DELAY = 600
HARD = ("mso", "mfo", "snlt", "fnlt")
POINTS = ("logic", "leads", "lags", "link_types", "hard_constraints", "high_float", "negative_float",
          "high_duration", "invalid_dates", "resources", "missed_tasks", "critical_path_test",
          "cpli", "bei")


class DcmaPoint(NamedTuple):
    number: int
    key: str  # one of POINTS
    threshold: str  # as the standard states it
    count: int  # failing items
    base: int  # what was counted over
    value: float | None  # the measure compared with the threshold (% or index)
    passed: bool | None  # None: not applicable
    failing: tuple[str, ...]  # activity ids ("A100") or links ("A100→A110 SS")


def _share(number: int, key: str, threshold: str, failing: list[str], base: int,
           limit_pct: float) -> DcmaPoint:
    if not base:
        return DcmaPoint(number, key, threshold, 0, 0, None, None, ())
    pct = 100.0 * len(failing) / base
    return DcmaPoint(number, key, threshold, len(failing), base, round(pct, 2), pct <= limit_pct,
                     tuple(failing))


def dcma_check(schedule: ScheduleFile, *, as_of: date) -> list[DcmaPoint]:
    status = schedule.status_date or as_of
    acts = [t for t in schedule.tasks if not t.is_summary and not t.is_level_of_effort]
    open_ = [t for t in acts if t.actual_finish is None]
    keys = {t.uid: t.key for t in acts}
    open_uids = {t.uid for t in open_}
    links = [l for l in schedule.links if l.pred_uid in open_uids and l.succ_uid in open_uids]
    label = lambda l: f"{keys[l.pred_uid]}→{keys[l.succ_uid]} {l.type}"  # noqa: E731
    has_pred = {l.succ_uid for l in schedule.links}
    has_succ = {l.pred_uid for l in schedule.links}
    floats = _floats(schedule, open_)
    working = [t for t in open_ if not t.is_milestone]
    points = [
        _share(1, "logic", "≤ 5 %", _missing_logic(open_, has_pred, has_succ), len(open_), 5),
        _share(2, "leads", "0", [label(l) for l in links if l.lag_days < 0], len(links), 0),
        _share(3, "lags", "≤ 5 %", [label(l) for l in links if l.lag_days > 0], len(links), 5),
        _share(4, "link_types", "FS ≥ 90 %", [label(l) for l in links if l.type != "FS"], len(links), 10),
        _share(5, "hard_constraints", "≤ 5 %", [t.key for t in open_ if t.constraint_type in HARD],
               len(open_), 5),
        _share(6, "high_float", "≤ 5 %", [t.key for t in open_ if floats.get(t.uid, 0) > HIGH_DAYS],
               len(open_), 5),
        _share(7, "negative_float", "0", [t.key for t in open_ if floats.get(t.uid, 0) < 0], len(open_), 0),
        _share(8, "high_duration", "≤ 5 %",
               [t.key for t in working if (t.duration_days or 0) > HIGH_DAYS], len(working), 5),
        _share(9, "invalid_dates", "0", [t.key for t in acts if _invalid_dates(t, status)], len(acts), 0),
        _share(10, "resources", "0", [t.key for t in working if (t.duration_days or 0) > 0
                                      and not t.resources and not t.cost_won], len(working), 0),
    ]
    points += _baseline_points(acts, status)
    points.append(_critical_path_test(schedule))
    points.append(_cpli(schedule, open_, floats, status))
    return sorted(points, key=lambda point: point.number)


def _missing_logic(open_: list[FileTask], has_pred: set[int], has_succ: set[int]) -> list[str]:
    """Activities without a predecessor or a successor, but for the one that opens the schedule
    (the earliest without a predecessor) and the one that closes it (the latest without a
    successor): a schedule has one start and one finish."""
    no_pred = [t for t in open_ if t.uid not in has_pred]
    no_succ = [t for t in open_ if t.uid not in has_succ]
    first = min(no_pred, key=lambda t: (t.start or date.max, t.uid), default=None)
    last = max(no_succ, key=lambda t: (t.finish or date.min, -t.uid), default=None)
    return [t.key for t in open_ if (t in no_pred and t is not first) or (t in no_succ and t is not last)]


def _floats(schedule: ScheduleFile, open_: list[FileTask]) -> dict[int, float]:
    if all(t.total_float_days is not None for t in open_):
        return {t.uid: t.total_float_days for t in open_}
    run = schedule_file(schedule)
    return {t.uid: run.by_uid[t.uid].total_float for t in open_ if t.uid in run.by_uid}


def _invalid_dates(task: FileTask, status: date) -> bool:
    actual_late = any(d is not None and d > status for d in (task.actual_start, task.actual_finish))
    forecast_early = (task.actual_start is None and task.start is not None and task.start < status) or \
        (task.actual_finish is None and task.finish is not None and task.finish < status)
    return actual_late or forecast_early


def _baseline_points(acts: list[FileTask], status: date) -> list[DcmaPoint]:
    due = [t for t in acts if t.baseline(0) and t.baseline(0).finish and t.baseline(0).finish <= status]
    if not any(t.baseline(0) for t in acts):
        return [DcmaPoint(11, "missed_tasks", "≤ 5 %", 0, 0, None, None, ()),
                DcmaPoint(14, "bei", "≥ 0.95", 0, 0, None, None, ())]
    missed = [t.key for t in due if t.actual_finish is None or t.actual_finish > t.baseline(0).finish]
    finished = sum(t.actual_finish is not None and t.actual_finish <= status for t in acts)
    bei = finished / len(due) if due else None
    late = [t.key for t in due if t.actual_finish is None]
    return [_share(11, "missed_tasks", "≤ 5 %", missed, len(due), 5),
            DcmaPoint(14, "bei", "≥ 0.95", len(late), len(due), None if bei is None else round(bei, 3),
                      None if bei is None else bei >= 0.95, tuple(late))]


def _critical_path_test(schedule: ScheduleFile) -> DcmaPoint:
    """Delay the first incomplete critical activity by 600 working days: the activity that
    closes the schedule must move as much (a critical path broken by a constraint or a
    missing link does not carry the delay to the finish)."""
    try:
        run = schedule_file(schedule)
    except (ScheduleInputError, ScheduleLoopError):
        return DcmaPoint(12, "critical_path_test", f"≥ {CPT_DELAY}", 1, 1, None, False, ())
    by_uid = {t.uid: t for t in schedule.tasks}
    critical = sorted((r.early_start, r.id) for r in run.by_uid.values()
                      if r.is_critical and not r.is_summary and by_uid[r.id].actual_finish is None)
    if not critical:
        return DcmaPoint(12, "critical_path_test", f"≥ {CPT_DELAY}", 0, 0, None, None, ())
    uid = critical[0][1]
    delayed = copy.deepcopy(schedule)
    task = next(t for t in delayed.tasks if t.uid == uid)
    task.is_milestone = False
    task.duration_days = (task.duration_days or 0) + CPT_DELAY
    task.remaining_days = None if task.remaining_days is None else task.remaining_days + CPT_DELAY
    closing = max((r.early_finish, r.id) for r in run.by_uid.values() if not r.is_summary)[1]
    moved = schedule_file(delayed).by_uid[closing].early_finish
    calendar = work_calendar(schedule.calendar)
    slip = calendar.working_days_between(run.by_uid[closing].early_finish, moved)
    passed = slip >= CPT_DELAY
    return DcmaPoint(12, "critical_path_test", f"≥ {CPT_DELAY}", 0 if passed else 1, 1, float(slip), passed,
                     (by_uid[uid].key,))


def _cpli(schedule: ScheduleFile, open_: list[FileTask], floats: dict[int, float],
          status: date) -> DcmaPoint:
    finish = max((t.finish for t in open_ if t.finish), default=None)
    if finish is None or not open_:
        return DcmaPoint(13, "cpli", "≥ 0.95", 0, 0, None, None, ())
    calendar = work_calendar(schedule.calendar)
    length = calendar.count_working_days(max(status, schedule.start or status), finish)
    project_float = min(floats.get(t.uid, 0) for t in open_)
    if length <= 0:
        return DcmaPoint(13, "cpli", "≥ 0.95", 0, 0, None, None, ())
    index = (length + project_float) / length
    failing = tuple(t.key for t in open_ if floats.get(t.uid, 0) == project_float) if index < 0.95 else ()
    return DcmaPoint(13, "cpli", "≥ 0.95", len(failing), length, round(index, 3), index >= 0.95, failing)
