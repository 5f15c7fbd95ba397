"""Export the schedule to MS Project (MSPDI XML).

``export_mspdi`` writes the whole schedule (the engine's dates) with the current baseline as
Baseline 0, the others as Baseline 1..10, and the calendar's exceptions plus the Korean public
holidays of the project's years (MS Project does not know them), atomically.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from db import schedule as repo
from db.engine import PROJECT_ID, Database
from desktop.domain.calendar import public_holidays
from desktop.domain.dates import from_iso
from desktop.domain.errors import ValidationError
from desktop.interop.mspdi_model import (
    MspdiBaseline, MspdiCalendar, MspdiException, MspdiLink, MspdiProject, MspdiTask,
)
from desktop.interop.mspdi_write import write_mspdi
from desktop.services.boundary import boundary

HOLIDAY_NAME = "공휴일"


# --------------------------------------------------------------------------- export
@boundary
def export_mspdi(db: Database, path: str | Path, as_of: date) -> MspdiProject:
    """Write the whole schedule to ``path`` (a temporary file renamed into place: the file is
    whole or not there); returns what was written."""
    project = export_project(db, as_of=as_of, file_name=Path(path).name)
    try:
        write_mspdi(project, path)
    except OSError as error:
        raise ValidationError("export_failed", path=str(path), detail=error.strerror or str(error)) from None
    return project


@boundary
def export_project(db: Database, *, as_of: date, file_name: str = "") -> MspdiProject:
    """The stored plan with the engine's dates, as :func:`write_mspdi` takes it."""
    from db.project import current_baseline_id
    from desktop.services.schedule import load_schedule

    view = load_schedule(db, as_of=as_of)
    stored = {r["id"]: r for r in repo.task_rows(db)}
    current = current_baseline_id(db)
    others = [b["id"] for b in repo.baselines(db) if b["id"] != current][:10]
    saved = {number: repo.baseline_dates(db, baseline_id)
             for number, baseline_id in ([(0, current)] if current else []) + list(enumerate(others, 1))}
    tasks = []
    for row in view.rows:
        r = stored[row.task_id]
        baselines = tuple(
            MspdiBaseline(number, from_iso(b["start_on"]), from_iso(b["finish_on"]), b["duration_days"],
                          b["cost_won"])
            for number, rows in saved.items() if (b := rows.get(row.task_id)))
        tasks.append(MspdiTask(
            uid=row.task_id, name=r["name_ko"], outline_level=row.level + 1, wbs=r["wbs_code"],
            is_summary=row.is_summary, is_milestone=bool(r["is_milestone"]),
            duration_days=r["duration_days"], duration_elapsed=bool(r["duration_elapsed"]),
            start=row.start, finish=row.finish, actual_start=from_iso(r["actual_start_on"]),
            actual_finish=from_iso(r["actual_finish_on"]), percent_complete=r["percent_complete"],
            constraint_type=r["constraint_type"], constraint_on=from_iso(r["constraint_on"]),
            deadline_on=from_iso(r["deadline_on"]), cost_won=r["budget_won"], notes=r["notes"],
            contact=r["responsible_name"] or "", name_en=r["name_en"], baselines=baselines))
    links = [MspdiLink(l["predecessor_id"], l["successor_id"], l["link_type"], l["lag_days"],
                       l["lag_days"] if l["lag_elapsed"] else None) for l in repo.link_rows(db)]
    project = next(db.query("SELECT name_ko, mou_signed_on, status_date_on FROM project WHERE id = ?",
                            [PROJECT_ID]))
    return MspdiProject(
        name=project["name_ko"], file_name=file_name,
        start=from_iso(project["mou_signed_on"]) or view.start, finish=view.finish,
        status_date=view.status_date, currency="KRW", tasks=tasks, links=links,
        calendar=_export_calendar(db, view.start or as_of, view.finish or as_of))


def _export_calendar(db: Database, start: date, finish: date) -> MspdiCalendar:
    """The project's exceptions, and the Korean public holidays of the years the plan spans."""
    exceptions = {date.fromisoformat(r["on_date"]): MspdiException(
        date.fromisoformat(r["on_date"]), bool(r["is_working"]), r["name"])
        for r in db.query("SELECT on_date, is_working, name FROM calendar_exceptions WHERE project_id = ?",
                          [PROJECT_ID])}
    for year in range(start.year - 1, finish.year + 2):
        for day in public_holidays("KR", year):
            if day.weekday() < 5 and day not in exceptions:
                exceptions[day] = MspdiException(day, False, HOLIDAY_NAME)
    return MspdiCalendar("Standard", exceptions=sorted(exceptions.values(), key=lambda e: e.on))
