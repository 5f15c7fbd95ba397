"""The project's own schedule (the plan's tasks) in the format-neutral model of a schedule
file, so that what checks a contractor's file checks the office's plan the same way
(``python -m desktop check --db PATH``; the DCMA view of the plan in the window).

Every task of the plan becomes a task of the file with its id as UID and WBS as code, its
forecast dates, floats and critical flag as the application's engine computes them at the
status date (a tied milestone forecast by its contractors), its constraint, deadline, actual
dates and % complete (as recorded: an actual date after the status date, which the schedule's
view leaves out as not yet known then, is what the DCMA check's point 9 looks for), its budget
as cost and its responsible party as its one resource; the
current baseline is the file's Baseline (number 0); the links as stored.  The calendar is the
project's: Monday to Friday, its exceptions and the Korean public holidays of the years the
schedule spans (and one on either side), written out as exceptions.
"""

from __future__ import annotations

from datetime import date

from db import schedule as repo
from db.engine import Database
from db.project import load_project
from desktop.domain.calendar import public_holidays
from desktop.domain.dates import from_iso
from desktop.domain.schedule_file import CalendarException, FileBaseline, FileCalendar, FileLink, FileTask, ScheduleFile
from desktop.services.boundary import boundary
from desktop.services.schedule import contractor_finishes, load_schedule

PLAN_NAME = "프로젝트 자체 일정"  # the project's own schedule, as checks and reviews name it


def _calendar(db: Database, first: date, last: date) -> FileCalendar:
    non_working, working = repo.calendar_exceptions(db)
    days = {date.fromisoformat(d): CalendarException(date.fromisoformat(d), False, "") for d in non_working}
    for year in range(first.year - 1, last.year + 2):
        for day in public_holidays("KR", year):
            days.setdefault(day, CalendarException(day, False, "공휴일"))
    for d in working:
        days[date.fromisoformat(d)] = CalendarException(date.fromisoformat(d), True, "")
    return FileCalendar(name="프로젝트 달력", uid="project", minutes_per_day=480,
                        weekday_minutes={d: 480 for d in range(5)}, exceptions=sorted(days.values()))


@boundary
def plan_schedule_file(db: Database, *, as_of: date) -> ScheduleFile:
    """The plan as a :class:`ScheduleFile` at the status date (the project's, else ``as_of``)."""
    view = load_schedule(db, as_of=as_of)
    rows = {r["id"]: r for r in repo.task_rows(db)}
    tied = contractor_finishes(db)
    project = repo.project_dates(db)
    tasks = []
    for r in view.rows:
        row = rows[r.task_id]
        constraint, on = row["constraint_type"], from_iso(row["constraint_on"])
        if r.task_id in tied and tied[r.task_id] and not r.actual_finish and constraint in ("asap", "alap", "snet"):
            constraint, on = "snet", tied[r.task_id]
        base = (FileBaseline(0, r.baseline_start, r.baseline_finish),) \
            if r.baseline_start or r.baseline_finish else ()
        actual = from_iso(row["actual_start_on"]), from_iso(row["actual_finish_on"])
        percent = r.percent_complete if actual == (r.actual_start, r.actual_finish) \
            else row["percent_complete"]
        tasks.append(FileTask(
            uid=r.task_id, name=r.name_ko, name_en=r.name_en, code=r.wbs, wbs=r.wbs,
            outline_level=r.level + 1, parent_uid=r.parent_id, is_summary=r.is_summary,
            is_milestone=r.is_milestone, duration_days=0.0 if r.is_milestone else r.duration_days,
            duration_elapsed=bool(row["duration_elapsed"]), start=r.start, finish=r.finish,
            early_start=r.start, early_finish=r.finish, late_start=r.late_start, late_finish=r.late_finish,
            actual_start=actual[0], actual_finish=actual[1],
            percent_complete=percent, constraint_type=constraint, constraint_on=on,
            deadline_on=r.deadline, cost_won=row["budget_won"], baselines=base,
            total_float_days=None if r.total_float is None else float(r.total_float),
            free_float_days=None if r.free_float is None else float(r.free_float),
            is_critical=r.is_critical if r.start else None,
            resources=1 if row["responsible_party_id"] else 0))
    scheduled = {t.uid for t in tasks if t.start is not None}
    links = [FileLink(l["predecessor_id"], l["successor_id"], l["link_type"], float(l["lag_days"]),
                      None, "d")
             for l in repo.link_rows(db) if l["predecessor_id"] in scheduled and l["successor_id"] in scheduled]
    start = from_iso(project["mou_signed_on"]) or view.start or view.status_date
    calendar = _calendar(db, start, view.finish or start)
    return ScheduleFile(
        name=load_project(db).name_ko, file_name=PLAN_NAME, start=start, finish=view.finish,
        status_date=view.status_date, minutes_per_day=480, format="plan", producer="포항 사업관리",
        tasks=[t for t in tasks if t.uid in scheduled or t.is_summary], links=links,
        calendar=calendar, calendars={"project": calendar})
