"""Contractors' schedules as sub-schedules: import a file as a new version, tie a schedule to a
plan milestone.  Nothing here touches the plan's own tasks.

``preview_contractor`` reads a file (.xml MS Project, .xer P6; ``project`` chooses one of an XER
file's projects) and says what an import would store, without writing: the schedule it joins
(by name, or a new one) and the version number, the counts, the file's own start, status date
and finish, what the file holds that is not modelled, and how many activities the
application's engine, fed the file on its own calendars, start and data date, places on the
producer's own dates (:func:`desktop.domain.schedule_faithful.faithful_dates`).  A file the
readers refuse, one without activities, one whose links loop, or the very file already stored
as a version of that schedule is refused with a typed error: nothing is written.

``import_contractor`` stores the preview all or nothing: the schedule (when new) and the
version, with the whole file in the neutral model, as one import record, so that undoing it
removes exactly that version (and the schedule when the import made it).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from db import contractor as repo
from db.audit import append_audit, os_user
from db.engine import PROJECT_ID, Database
from desktop.clock import utc_now
from desktop.domain.cpm import ScheduleInputError, ScheduleLoopError
from desktop.domain.dates import iso
from desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from desktop.domain.gc_pause import paused_gc
from desktop.domain.schedule_compare import schedule_finish
from desktop.domain.schedule_faithful import FaithfulReport, faithful_dates
from desktop.domain.schedule_file import ScheduleFile
from desktop.domain.schedule_json import calendar_to_dict, schedule_to_json
from desktop.services.boundary import boundary
from desktop.services.changes import Changes
from desktop.services.import_batches import add_rows, close_batch, import_changes, open_batch
from desktop.services.rows import require_party, require_row

MAX_NAME = 200


@dataclass
class ContractorPreview:
    path: Path
    file_name: str
    sha256: str
    schedule: ScheduleFile
    name: str  # the contractor schedule it joins
    schedule_id: int | None  # None: a new schedule
    number: int  # the version it becomes
    party_id: int | None
    activities: int = 0
    summaries: int = 0
    milestones: int = 0
    links: int = 0
    calendars: int = 0
    baselines: list[int] = field(default_factory=list)
    finish: date | None = None
    faithful: FaithfulReport | None = None

    @property
    def is_new(self) -> bool:
        return self.schedule_id is None


def _name(text: str | None, fallback: str) -> str:
    name = " ".join((text if text is not None else fallback).split())
    if not 1 <= len(name) <= MAX_NAME:
        raise ValidationError("contractor_name_invalid", limit=MAX_NAME)
    return name


def check_schedulable(p: ScheduleFile) -> FaithfulReport:
    """The engine's placement of the file against the producer's dates; a file the engine
    cannot schedule (a loop, a link to a summary's own child) is refused."""
    try:
        return faithful_dates(p)
    except ScheduleLoopError as error:
        codes = {t.uid: t.key for t in p.tasks}
        raise ValidationError("schedule_file_loop", path=p.file_name,
                              activities=" → ".join(codes.get(i, str(i)) for i in error.task_ids[:10])) from None
    except ScheduleInputError as error:
        codes = {t.uid: t.key for t in p.tasks}
        raise ValidationError("schedule_file_invalid", path=p.file_name,
                              activity=codes.get(error.task_id, str(error.task_id)), detail=error.code) from None


@boundary
def preview_contractor(db: Database, path: str | Path, *, name: str | None = None,
                       project: str | None = None, party_id: int | None = None) -> ContractorPreview:
    """Read ``path`` and describe the import as a version of the schedule ``name`` (default:
    the file's project name); nothing is written."""
    return retarget(db, read_contractor_file(path, project=project), name=name, party_id=party_id)


def file_projects(path: str | Path) -> list[tuple[str, str, int]]:
    """The projects of a P6 file that hold activities (code, name, activities); [] for others."""
    from desktop.interop.xer_read import list_xer_projects

    if Path(path).suffix.lower() != ".xer":
        return []
    return [(p.code, p.name, p.activities) for p in list_xer_projects(path) if p.activities]


@boundary
def read_contractor_file(path: str | Path, *, project: str | None = None) -> ContractorPreview:
    """The file read and checked (the slow part of a preview), for no schedule yet."""
    from desktop.interop.schedule_read import read_schedule_file

    path = Path(path)
    with paused_gc():
        p = read_schedule_file(path, project=project)
        activities = [t for t in p.tasks if not t.is_summary]
        if not activities:
            raise ValidationError("contractor_no_activities", path=path.name)
        report = check_schedulable(p)
    return ContractorPreview(
        path=path, file_name=path.name, sha256=hashlib.sha256(path.read_bytes()).hexdigest(),
        schedule=p, name="", schedule_id=None, number=1, party_id=None,
        activities=len(activities), summaries=len(p.tasks) - len(activities),
        milestones=sum(t.is_milestone for t in activities), links=len(p.links),
        calendars=len(p.calendars) or 1,
        baselines=sorted({b.number for t in p.tasks for b in t.baselines}),
        finish=schedule_finish(p), faithful=report)


@boundary
def retarget(db: Database, preview: ContractorPreview, *, name: str | None = None,
             party_id: int | None = None) -> ContractorPreview:
    """The same file as a version of the schedule ``name`` (an existing one, or a new one);
    the very file already stored as a version of it is refused."""
    if party_id is not None:
        require_party(db, party_id)
    chosen = _name(name, preview.schedule.name or preview.path.stem)
    existing = repo.schedule_by_name(db, chosen)
    schedule_id = existing["id"] if existing else None
    if schedule_id is not None:
        same = repo.version_with_file(db, schedule_id, preview.sha256)
        if same is not None:
            raise ConflictError("contractor_version_exists", path=preview.file_name, name=chosen, number=same)
    return replace(preview, name=chosen, schedule_id=schedule_id,
                   number=repo.next_number(db, schedule_id) if schedule_id else 1,
                   party_id=party_id if party_id is not None else (existing or {}).get("party_id"))


@boundary
def import_contractor(db: Database, preview: ContractorPreview) -> Changes:
    """Store ``preview`` as the next version of its schedule (a new schedule when none has its
    name): everything, or nothing when anything is refused."""
    p = preview.schedule
    with paused_gc(), db.atomic():
        import_id = open_batch(db, kind="contractor_schedule", source=preview.file_name)
        existing = repo.schedule_by_name(db, preview.name)
        now = utc_now().isoformat(timespec="seconds")
        if existing is None:
            schedule_id = db["contractor_schedules"].insert({
                "project_id": PROJECT_ID, "name": preview.name, "party_id": preview.party_id,
                "format": p.format, "created_at": now}).last_pk
            add_rows(db, import_id, "contractor_schedules", [schedule_id])
        else:
            schedule_id = existing["id"]
            same = repo.version_with_file(db, schedule_id, preview.sha256)
            if same is not None:  # stored since the preview was made
                raise ConflictError("contractor_version_exists", path=preview.file_name,
                                    name=preview.name, number=same)
        number = repo.next_number(db, schedule_id)
        version_id = db["contractor_versions"].insert({
            "schedule_id": schedule_id, "number": number, "file_name": preview.file_name[:260],
            "file_sha256": preview.sha256, "project_code": p.project_code[:200],
            "producer": p.producer[:200], "imported_at": now, "imported_by": os_user(),
            "start_on": iso(p.start), "status_on": iso(p.status_date), "finish_on": iso(preview.finish),
            "minutes_per_day": max(1, min(1440, int(p.minutes_per_day or 480))),
            "activities": preview.activities, "links": preview.links,
            "calendar_json": _calendar_json(p), "schedule_json": schedule_to_json(p)}).last_pk
        add_rows(db, import_id, "contractor_versions", [version_id])
        summary = {"file": preview.file_name, "as": "contractor", "schedule": preview.name,
                   "schedule_id": schedule_id, "version_id": version_id, "number": number,
                   "activities": preview.activities, "links": preview.links,
                   "finish": iso(preview.finish), "status_date": iso(p.status_date),
                   "new_schedule": existing is None}
        close_batch(db, import_id, summary)
        append_audit(db, action="import_contractor", entity="contractor_versions", entity_id=version_id,
                     new_value=summary | {"sha256": preview.sha256})
    return import_changes(db, import_id, new=import_id, extra=summary)


def _calendar_json(p: ScheduleFile) -> str:
    import json

    return json.dumps(calendar_to_dict(p.calendar), ensure_ascii=False, separators=(",", ":"))


# --------------------------------------------------------------------------- ties
@boundary
def tie_contractor_schedule(db: Database, *, schedule_id: int, task_id: int | None) -> Changes:
    """Tie the schedule to plan milestone ``task_id`` (None unties it): its latest finish is
    then that milestone's forecast.  ``Changes.old`` is the milestone it was tied to."""
    with db.atomic():
        require_row(db, "contractor_schedules", schedule_id)
        if task_id is not None:
            task = require_row(db, "tasks", task_id)
            if not task["is_milestone"]:
                raise ValidationError("not_a_milestone", field="milestone", id=task_id)
        tie = repo.tie_row(db, schedule_id)
        old = tie["task_id"] if tie else None
        if old == task_id:
            return Changes.of("contractor_ties", entity_id=tie["id"] if tie else None, old=old, new=task_id)
        if tie is not None:
            db.execute("DELETE FROM contractor_ties WHERE id = ?", [tie["id"]])
        tie_id = None
        if task_id is not None:
            tie_id = db["contractor_ties"].insert({"schedule_id": schedule_id, "task_id": task_id}).last_pk
        append_audit(db, action="tie_contractor", entity="contractor_schedules", entity_id=schedule_id,
                     field="milestone", old_value=old, new_value=task_id)
    ids = [i for i in (tie_id, tie["id"] if tie else None) if i is not None]
    return Changes.of("contractor_ties", "contractor_schedules", ids={"contractor_ties": ids,
                      "contractor_schedules": [schedule_id]}, entity_id=None, old=old, new=task_id)


def require_schedule(db: Database, name: str) -> dict:
    row = repo.schedule_by_name(db, " ".join(name.split()))
    if row is None:
        raise NotFoundError("contractor_schedule_unknown", name=name)
    return row
