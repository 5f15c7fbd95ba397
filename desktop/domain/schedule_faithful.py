"""Does the engine, fed a contractor's file, give the dates the file's producer computed?

``faithful_dates(schedule) -> FaithfulReport``: every task the producer scheduled (not a
summary, with a start and a finish in the file) is scheduled by the application's engine on
the file's own calendar, start and data date (:mod:`desktop.domain.schedule_engine`), and its
computed first and last working day are compared with the file's.  Each difference carries
the reason the engine cannot reproduce it, the first that applies:

``manual`` (MS Project: manually scheduled), ``levelled`` (a resource-levelling delay; P6:
remaining dates that are not the early dates),
``level_of_effort`` / ``wbs_summary_activity`` (P6: dates span other activities),
``mandatory_constraint`` (P6 ignores logic for it; the engine does not),
``secondary_constraint`` (P6 keeps two constraints, the engine one), ``time_of_day`` (P6
counts hours: the task, or a predecessor, starts or ends inside a working day, e.g. work
resumed at a data date of 09:40 or after a calendar of other hours), ``task_calendar`` (the
task, or a predecessor, is on a calendar whose weekdays have different hours: the engine
counts whole days), ``rounded`` (its duration or a lag is not whole days),
``start_milestone`` (after a P6 start milestone on another calendar, which P6 places at the
start of its own calendar's next working day), ``inherited`` (one of its
predecessors already differs, or is manually scheduled), ``external_link`` (P6: driven from
another project), ``resource_driven`` (MS Project: a task with assignments, whose dates follow
the resources' calendars and work contours), else ``unexplained``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from desktop.domain.schedule_engine import schedule_file
from desktop.domain.schedule_file import ScheduleFile

REASONS = ("manual", "levelled", "external_link", "level_of_effort", "wbs_summary_activity",
           "mandatory_constraint", "secondary_constraint", "time_of_day", "task_calendar", "rounded", "start_milestone",
           "inherited", "resource_driven", "unexplained")


@dataclass(frozen=True)
class DateDifference:
    uid: int
    code: str
    name: str
    file_start: date | None
    file_finish: date | None
    engine_start: date
    engine_finish: date
    reason: str


@dataclass
class FaithfulReport:
    file_name: str
    compared: int = 0  # tasks the producer scheduled
    starts_equal: int = 0
    finishes_equal: int = 0
    both_equal: int = 0
    differences: list[DateDifference] = field(default_factory=list)

    def by_reason(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for d in self.differences:
            counts[d.reason] = counts.get(d.reason, 0) + 1
        return {r: counts[r] for r in REASONS if r in counts}


def faithful_dates(schedule: ScheduleFile) -> FaithfulReport:
    run = schedule_file(schedule)
    report = FaithfulReport(schedule.file_name)
    preds: dict[int, list[int]] = {}
    for link in schedule.links:
        preds.setdefault(link.succ_uid, []).append(link.pred_uid)
    differing: set[int] = set()
    manual = {t.uid for t in schedule.tasks if t.is_manual}
    mid_day = {t.uid for t in schedule.tasks if "time_of_day" in t.approximations}
    starting = {t.uid for t in schedule.tasks if t.is_start_milestone}
    ordered = [t for t in schedule.tasks if not t.is_summary and t.start and t.finish
               and t.uid in run.by_uid]
    computed = {t.uid: run.by_uid[t.uid] for t in ordered}
    for task in ordered:
        result = computed[task.uid]
        start_ok, finish_ok = result.early_start == task.start, result.early_finish == task.finish
        report.compared += 1
        report.starts_equal += start_ok
        report.finishes_equal += finish_ok
        if start_ok and finish_ok:
            report.both_equal += 1
            continue
        differing.add(task.uid)
    for task in ordered:
        if task.uid not in differing:
            continue
        result = computed[task.uid]
        reason = _reason(task, preds.get(task.uid, []), run, differing, manual, schedule.format,
                         mid_day, starting)
        report.differences.append(DateDifference(task.uid, task.code, task.name, task.start, task.finish,
                                                 result.early_start, result.early_finish, reason))
    return report


def _reason(task, preds: list[int], run, differing: set[int], manual: set[int], fmt: str,
            mid_day: set[int], starting: set[int]) -> str:
    if task.is_manual:
        return "manual"
    if task.leveling_delay_days or "levelled" in task.approximations:
        return "levelled"
    for reason in ("external_link", "level_of_effort", "wbs_summary_activity",
                   "mandatory_constraint", "secondary_constraint"):
        if reason in task.approximations:
            return reason
    if task.uid in mid_day or any(p in mid_day for p in preds):
        return "time_of_day"
    if task.uid in run.other_calendar or any(p in run.other_calendar for p in preds):
        return "task_calendar"
    if task.uid in run.rounded:
        return "rounded"
    if any(p in starting for p in preds):
        return "start_milestone"  # P6 places it at its own calendar's next working start
    if any(p in differing or p in manual for p in preds):
        return "inherited"
    if task.resources and fmt == "mspdi":
        return "resource_driven"  # MS Project: the assignments' calendars and contours
    return "unexplained"
