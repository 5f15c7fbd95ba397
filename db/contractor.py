"""Rows of contractors' schedules: the schedules, their versions (the files as received) and
the milestones they are tied to."""

from __future__ import annotations

from db.engine import PROJECT_ID, Database

_VERSION_COLUMNS = ("id", "schedule_id", "number", "file_name", "file_sha256", "project_code",
                    "producer", "imported_at", "imported_by", "start_on", "status_on", "finish_on",
                    "minutes_per_day", "activities", "links")
_SUMMARY = ", ".join(f"v.{c}" for c in _VERSION_COLUMNS)


def schedule_rows(db: Database) -> list[dict]:
    """Every contractor schedule with its party, tie and latest version (no file contents)."""
    return list(db.query("""
        SELECT s.id, s.name, s.party_id, s.format, s.created_at, s.version,
               p.name_ko AS party_name, p.name_en AS party_name_en,
               ti.task_id AS tied_task_id, t.name_ko AS tied_name, t.name_en AS tied_name_en,
               t.deadline_on AS tied_deadline_on,
               (SELECT count(*) FROM contractor_versions x WHERE x.schedule_id = s.id) AS versions,
               v.id AS latest_id, v.number AS latest_number, v.file_name AS latest_file,
               v.status_on AS latest_status_on, v.finish_on AS latest_finish_on,
               v.imported_at AS latest_imported_at
        FROM contractor_schedules s
        LEFT JOIN parties p ON p.id = s.party_id
        LEFT JOIN contractor_ties ti ON ti.schedule_id = s.id
        LEFT JOIN tasks t ON t.id = ti.task_id
        LEFT JOIN contractor_versions v ON v.id = (
            SELECT id FROM contractor_versions WHERE schedule_id = s.id ORDER BY number DESC LIMIT 1)
        WHERE s.project_id = ? ORDER BY s.name""", [PROJECT_ID]))


def schedule_row(db: Database, schedule_id: int) -> dict | None:
    return next((r for r in schedule_rows(db) if r["id"] == schedule_id), None)


def schedule_by_name(db: Database, name: str) -> dict | None:
    return next(db.query("SELECT * FROM contractor_schedules WHERE project_id = ? AND name = ?",
                         [PROJECT_ID, name]), None)


def version_rows(db: Database, schedule_id: int) -> list[dict]:
    """The versions of a schedule, newest first (no file contents)."""
    return list(db.query(f"SELECT {_SUMMARY} FROM contractor_versions v WHERE v.schedule_id = ?"
                         " ORDER BY v.number DESC", [schedule_id]))


def version_row(db: Database, version_id: int) -> dict | None:
    return next(db.query(f"SELECT {_SUMMARY} FROM contractor_versions v WHERE v.id = ?",
                         [version_id]), None)


def version_json(db: Database, version_id: int) -> str | None:
    row = db.execute("SELECT schedule_json FROM contractor_versions WHERE id = ?", [version_id]).fetchone()
    return row[0] if row else None


def version_with_file(db: Database, schedule_id: int, sha256: str) -> int | None:
    """The number of the schedule's version that is this very file, if any."""
    row = db.execute("SELECT number FROM contractor_versions WHERE schedule_id = ? AND file_sha256 = ?",
                     [schedule_id, sha256]).fetchone()
    return row[0] if row else None


def next_number(db: Database, schedule_id: int) -> int:
    row = db.execute("SELECT max(number) FROM contractor_versions WHERE schedule_id = ?",
                     [schedule_id]).fetchone()
    return (row[0] or 0) + 1


def tied_finishes(db: Database) -> list[dict]:
    """Each tie with its schedule's latest version: task, schedule, number, finish, calendar."""
    return list(db.query("""
        SELECT ti.task_id, s.id AS schedule_id, s.name, v.id AS version_id, v.number, v.file_name,
               v.finish_on, v.status_on, v.calendar_json
        FROM contractor_ties ti JOIN contractor_schedules s ON s.id = ti.schedule_id
        JOIN contractor_versions v ON v.id = (
            SELECT id FROM contractor_versions WHERE schedule_id = s.id ORDER BY number DESC LIMIT 1)
        WHERE s.project_id = ? ORDER BY ti.task_id, s.name""", [PROJECT_ID]))


def tie_row(db: Database, schedule_id: int) -> dict | None:
    return next(db.query("SELECT * FROM contractor_ties WHERE schedule_id = ?", [schedule_id]), None)
