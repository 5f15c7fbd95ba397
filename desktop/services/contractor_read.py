"""Reading contractors' schedules: the list, a version as its file had it, the monthly update
review between two versions, the DCMA check of a version or of the plan's own schedule, and
what a tie to a plan milestone means for that milestone.

A tie's *float against the deadline* is the milestone's deadline minus the schedule's finish
(its latest activity finish as the producer computed it), counted in working days of the
schedule's own calendar: how many of the contractor's working days can still slip before the
announced date is missed (negative: already beyond it).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date

from db import contractor as repo
from db.engine import Database
from desktop.domain.dates import from_iso
from desktop.domain.dcma import DcmaPoint, dcma_check
from desktop.domain.errors import NotFoundError, ValidationError
from desktop.domain.schedule_compare import ScheduleComparison, compare_schedules
from desktop.domain.schedule_engine import work_calendar
from desktop.domain.schedule_file import ScheduleFile
from desktop.domain.schedule_json import calendar_from_dict, schedule_from_json
from desktop.services.boundary import boundary


@dataclass(frozen=True)
class Tie:
    """A plan milestone forecast by a contractor's schedule (its latest version)."""

    task_id: int
    schedule_id: int
    schedule_name: str
    number: int
    file_name: str
    finish: date | None
    status_on: date | None
    deadline: date | None
    float_vs_deadline: int | None  # working days of the schedule's calendar


@dataclass
class ContractorReview:
    """Two versions of one schedule and what changed between them."""

    schedule: dict
    old: dict  # version rows (no file contents)
    new: dict
    comparison: ScheduleComparison
    ties_moved: list[dict] = field(default_factory=list)  # milestone, finishes and floats before/after
    names: dict[str, str] = field(default_factory=dict)  # activity key → name (either version)


def float_vs_deadline(calendar_json: str, finish: date | None, deadline: date | None) -> int | None:
    if finish is None or deadline is None:
        return None
    calendar = work_calendar(calendar_from_dict(json.loads(calendar_json)))
    return calendar.index_on_or_before(deadline) - calendar.index_on_or_before(finish)


@boundary
def milestone_ties(db: Database, *, task_id: int | None = None) -> list[Tie]:
    """The ties (of one milestone, or all), each with its schedule's latest version."""
    deadlines = {r["id"]: from_iso(r["deadline_on"]) for r in db.query(
        "SELECT t.id, t.deadline_on FROM tasks t JOIN contractor_ties c ON c.task_id = t.id")}
    ties = []
    for row in repo.tied_finishes(db):
        if task_id is not None and row["task_id"] != task_id:
            continue
        finish, deadline = from_iso(row["finish_on"]), deadlines.get(row["task_id"])
        ties.append(Tie(row["task_id"], row["schedule_id"], row["name"], row["number"], row["file_name"],
                        finish, from_iso(row["status_on"]), deadline,
                        float_vs_deadline(row["calendar_json"], finish, deadline)))
    return ties


def add_contractor_ties(db: Database, status: dict) -> dict:
    """The status figures with, on each milestone, the contractors' schedules that forecast it
    (``contractor``: schedule, version, file, finish, float against the deadline)."""
    by_task: dict[int, list[dict]] = {}
    for tie in milestone_ties(db):
        by_task.setdefault(tie.task_id, []).append({
            "schedule": tie.schedule_name, "version": tie.number, "file": tie.file_name,
            "finish": tie.finish.isoformat() if tie.finish else None,
            "status_date": tie.status_on.isoformat() if tie.status_on else None,
            "float_vs_deadline_days": tie.float_vs_deadline})
    for row in status["milestones"]:
        row["contractor"] = by_task.get(row["task_id"], [])
    return status


@boundary
def contractor_schedules(db: Database) -> list[dict]:
    """Every contractor schedule, its latest version and its tie (float against the deadline)."""
    floats = {t.schedule_id: t.float_vs_deadline for t in milestone_ties(db)}
    return [row | {"float_vs_deadline": floats.get(row["id"])} for row in repo.schedule_rows(db)]


@boundary
def contractor_versions(db: Database, *, schedule_id: int) -> list[dict]:
    """The versions of a schedule, newest first."""
    return repo.version_rows(db, schedule_id)


@boundary
def load_version(db: Database, *, version_id: int) -> ScheduleFile:
    """A stored version exactly as its file had it."""
    text = repo.version_json(db, version_id)
    if text is None:
        raise NotFoundError("row_not_found", entity="contractor_versions", id=version_id)
    return schedule_from_json(text)


def _two_latest(db: Database, schedule: dict) -> tuple[dict, dict]:
    versions = repo.version_rows(db, schedule["id"])
    if len(versions) < 2:
        raise ValidationError("contractor_versions_too_few", name=schedule["name"], count=len(versions))
    return versions[1], versions[0]


@boundary
def review_versions(db: Database, *, schedule_id: int, old_id: int | None = None,
                    new_id: int | None = None) -> ContractorReview:
    """The monthly update review between two versions (default: the latest two)."""
    schedule = repo.schedule_row(db, schedule_id)
    if schedule is None:
        raise NotFoundError("row_not_found", entity="contractor_schedules", id=schedule_id)
    if old_id is None or new_id is None:
        old, new = _two_latest(db, schedule)
    else:
        old, new = repo.version_row(db, old_id), repo.version_row(db, new_id)
        if old is None or new is None or {old["schedule_id"], new["schedule_id"]} != {schedule_id}:
            raise NotFoundError("row_not_found", entity="contractor_versions", id=old_id if old is None else new_id)
    before, after = load_version(db, version_id=old["id"]), load_version(db, version_id=new["id"])
    review = ContractorReview(schedule, old, new, compare_schedules(before, after),
                              names={t.key: t.name for t in before.tasks + after.tasks if not t.is_summary})
    if schedule["tied_task_id"] is not None:
        deadline = from_iso(schedule["tied_deadline_on"])
        calendars = {v["id"]: repo_calendar(db, v["id"]) for v in (old, new)}
        review.ties_moved.append({
            "task_id": schedule["tied_task_id"], "name": schedule["tied_name"],
            "name_en": schedule["tied_name_en"], "deadline": deadline,
            "old_finish": from_iso(old["finish_on"]), "new_finish": from_iso(new["finish_on"]),
            "old_float": float_vs_deadline(calendars[old["id"]], from_iso(old["finish_on"]), deadline),
            "new_float": float_vs_deadline(calendars[new["id"]], from_iso(new["finish_on"]), deadline)})
    return review


def repo_calendar(db: Database, version_id: int) -> str:
    return db.execute("SELECT calendar_json FROM contractor_versions WHERE id = ?", [version_id]).fetchone()[0]


@boundary
def version_quality(db: Database, *, version_id: int, as_of: date) -> list[DcmaPoint]:
    """The DCMA 14-point check of a stored version (its status date, else ``as_of``)."""
    return dcma_check(load_version(db, version_id=version_id), as_of=as_of)


TOP_MOVES = 3  # the activities whose finish moved most, named in the report


@boundary
def contractor_review_figures(db: Database, *, as_of: date) -> list[dict]:
    """Each contractor schedule's latest update review as of ``as_of`` (its versions whose
    status date is not after it: a month's report shows the updates of that month, whenever
    they were imported), JSON-ready for the month's figures: versions compared, changes
    counted by kind, finish and critical path before and after, the tied milestone, the
    largest moves."""
    from desktop.domain.review_rows import counts_by_kind, review_rows

    found = []
    for schedule in repo.schedule_rows(db):
        versions = [v for v in repo.version_rows(db, schedule["id"])
                    if v["status_on"] is None or v["status_on"] <= as_of.isoformat()]
        if not versions:
            continue
        entry = {"name": schedule["name"], "party": schedule["party_name"], "party_en": schedule["party_name_en"],
                 "new": _version_figures(versions[0]), "old": None}
        if len(versions) >= 2:
            review = review_versions(db, schedule_id=schedule["id"], old_id=versions[1]["id"],
                                     new_id=versions[0]["id"])
            r = review.comparison
            moves = sorted((m for m in r.dates_moved if m.finish_days), key=lambda m: (-m.finish_days, m.key))
            entry |= {"old": _version_figures(versions[1]),
                      "counts": counts_by_kind(review_rows(r)),
                      "finish_old": _iso(r.old_finish), "finish_new": _iso(r.new_finish), "finish_days": r.finish_days,
                      "critical_before": len(r.critical_before), "critical_after": len(r.critical_after),
                      "ties": [{k: _iso(v) for k, v in tie.items()} for tie in review.ties_moved],
                      "largest_moves": [{"key": m.key, "name": m.name, "days": m.finish_days,
                                         "finish": _iso(m.new_finish)} for m in moves[:TOP_MOVES] if m.finish_days > 0]}
        found.append(entry)
    return found


def _iso(value):
    return value.isoformat() if isinstance(value, date) else value


def _version_figures(v: dict) -> dict:
    return {"number": v["number"], "file": v["file_name"], "status_date": v["status_on"], "finish": v["finish_on"]}
