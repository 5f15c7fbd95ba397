"""Shared fixtures: offscreen Qt before anything loads it, a fresh database per test."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
TODAY = date(2026, 11, 24)


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "tracker.sqlite"


def _template(folder: Path, name: str, fill=None) -> Path:
    """A database made once per test session (the announced plan, optionally filled), in the
    journal mode a copy can be taken of by copying its one file."""
    from db import open_database

    path = folder / name
    database = open_database(path)
    if fill is not None:
        fill(database)
    database.execute("PRAGMA journal_mode = DELETE")
    database.close()
    return path


@pytest.fixture(scope="session")
def templates(tmp_path_factory) -> dict[str, Path]:
    """The bare plan and the plan with example data at TODAY, each built once."""
    from desktop.services.example_data import load_example_data

    folder = tmp_path_factory.mktemp("templates")
    return {"plan": _template(folder, "plan.sqlite"),
            "example": _template(folder, "example.sqlite",
                                 lambda database: load_example_data(database, today=TODAY))}


def _open_copy(template: Path, db_path: Path):
    """A private copy of a template, opened as the application opens any file."""
    import shutil

    from db import open_database

    shutil.copyfile(template, db_path)
    return open_database(db_path)


@pytest.fixture
def db(db_path, templates):
    database = _open_copy(templates["plan"], db_path)
    yield database
    database.close()


@pytest.fixture
def example_db(db_path, templates):
    database = _open_copy(templates["example"], db_path)
    yield database
    database.close()


def explain_late_milestones(db, month: str, today: date = TODAY) -> int:
    """Write a cause and a recovery plan for each late milestone of ``month`` (a month with a
    late milestone cannot be closed without them); returns how many were written."""
    from desktop.services.report_inputs import month_late_milestones, set_month_remedy

    late = month_late_milestones(db, month, today)
    for m in late:
        set_month_remedy(db, month=month, task_id=m["task_id"], cause="전력 인입 인허가 지연",
                         plan="인허가 병행 추진, 차월 착공 신고")
    return len(late)
