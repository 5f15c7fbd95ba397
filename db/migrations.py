"""Named migrations: one function per step, applied in order by sqlite-utils."""

from __future__ import annotations

from importlib import resources

from sqlite_utils import Database, Migrations

migrations = Migrations("tracker")


def _run_script(db: Database, name: str) -> None:
    """Run a .sql file of this package statement by statement inside the migration's transaction.

    ``executescript`` would commit on its own, so the statements are executed one by one.
    """
    text = resources.files("db").joinpath(name).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if not line.lstrip().startswith("--")]
    for statement in "\n".join(lines).split(";"):
        if statement.strip():
            db.execute(statement)


@migrations(name="0001_create_plan")
def create_plan(db: Database) -> None:
    _run_script(db, "schema_0001.sql")


def known_names() -> set[str]:
    return {m.name for m in migrations._migrations}
