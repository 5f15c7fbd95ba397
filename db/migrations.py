"""Named migrations: one function per step, applied in order by sqlite-utils' Migrations.

The steps are listed here as plain functions so that opening an up-to-date database (the
common case) needs no sqlite-utils import at all: pending steps are found with one query.
"""

from __future__ import annotations

MIGRATION_SET = "tracker"
MIGRATIONS_TABLE = "_sqlite_migrations"
STEPS = []


def step(name: str):
    def register(function):
        STEPS.append((name, function))
        return function
    return register


def _run_script(db, name: str) -> None:
    """Run a .sql file of this package statement by statement inside the migration's transaction.

    ``executescript`` would commit on its own, so the statements are executed one by one.
    """
    from importlib import resources

    text = resources.files("db").joinpath(name).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if not line.lstrip().startswith("--")]
    for statement in "\n".join(lines).split(";"):
        if statement.strip():
            db.execute(statement)


@step("0001_create_plan")
def create_plan(db) -> None:
    _run_script(db, "schema_0001.sql")


@step("0002_imports")
def record_imports(db) -> None:
    _run_script(db, "schema_0002_imports.sql")


@step("0003_report")
def report_remedies(db) -> None:
    _run_script(db, "schema_0003_report.sql")


def known_names() -> set[str]:
    return {name for name, _ in STEPS}


def applied_names(conn) -> list[str]:
    """Names of the applied steps of this set, in order (reads only)."""
    exists = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                          [MIGRATIONS_TABLE]).fetchone()
    if not exists:
        return []
    return [r[0] for r in conn.execute(
        f"SELECT name FROM {MIGRATIONS_TABLE} WHERE migration_set = ? ORDER BY rowid",
        [MIGRATION_SET])]


def pending_names(conn) -> list[str]:
    applied = set(applied_names(conn))
    return [name for name, _ in STEPS if name not in applied]


def apply_pending(db) -> None:
    """Apply every pending step with sqlite-utils' Migrations (each in its own transaction)."""
    from db.engine import sqlite_utils_module

    migrations = sqlite_utils_module().Migrations(MIGRATION_SET)
    for name, function in STEPS:
        migrations(name=name)(function)
    migrations.apply(db.utils)
