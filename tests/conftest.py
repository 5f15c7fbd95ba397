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


@pytest.fixture
def db(db_path):
    from db import open_database

    database = open_database(db_path)
    yield database
    database.close()


@pytest.fixture
def example_db(db):
    from desktop.services.example_data import load_example_data

    load_example_data(db, today=TODAY)
    return db
