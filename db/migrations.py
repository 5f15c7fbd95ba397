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


# The steps run in the order listed; a step's name is its label in the migrations table.
# Tables added after 0005_safety install their own change-log triggers (db.tracking).
@step("0001_create_plan")
def create_plan(db) -> None:
    _run_script(db, "schema_0001.sql")


@step("0002_imports")
def record_imports(db) -> None:
    _run_script(db, "schema_0002_imports.sql")


@step("0003_progress")
def progress_history(db) -> None:
    _run_script(db, "schema_0003_progress.sql")


@step("0004_risk")
def create_risk(db) -> None:
    _run_script(db, "schema_0004_risk.sql")


@step("0005_safety")
def safety(db) -> None:
    """Row versions, the change log and its triggers, audit chain version 2, anchors."""
    from db.tracking import install_triggers

    _run_script(db, "schema_0005_safety.sql")
    install_triggers(db)


@step("0006_report")
def report_remedies(db) -> None:
    """The cause and recovery plan of late milestones per month (tracked like every table),
    and the month's suggestions beside its notes."""
    from db.tracking import install_triggers

    _run_script(db, "schema_0006_report.sql")
    install_triggers(db, ["month_remedies"])


@step("0007_parties")
def party_details(db) -> None:
    """Parties' country, usual currency and retirement (listed last: applied after 0006)."""
    _run_script(db, "schema_0007_parties.sql")


@step("0008_contractor")
def contractor_schedules(db) -> None:
    """Contractors' schedules beside the plan: versions as received, ties to milestones."""
    from db.tracking import install_triggers

    _run_script(db, "schema_0008_contractor.sql")
    install_triggers(db, ["contractor_schedules", "contractor_versions", "contractor_ties"])


@step("0009_change_log_lean")
def change_log_lean(db) -> None:
    """The change log without its unused index on audit_id (cheaper to write and to claim)."""
    _run_script(db, "schema_0009_change_log_lean.sql")


@step("0010_import_spans")
def import_spans(db) -> None:
    """Imports list the rows they added as spans of consecutive ids (import_rows.last_row_id)."""
    _run_script(db, "schema_0010_import_spans.sql")


@step("0011_change_log_checks")
def change_log_checks(db) -> None:
    """The change log rebuilt with its check of op as comparisons (cheaper to log each change).
    The triggers and views that name it are put back exactly as they were (a trigger switched
    off or altered outside the application stays so, for verify to report)."""
    dependants = db.execute("SELECT type, name, sql FROM sqlite_master WHERE type IN ('trigger', 'view')"
                            " AND sql LIKE '%change_log%' ORDER BY rowid").fetchall()
    for kind, name, _sql in dependants:
        db.execute(f"DROP {kind.upper()} [{name}]")
    # Rows are copied as they are, even one written outside the application that breaks the
    # check (refusing it would leave the database unopenable; verify reports it).
    checking = db.execute("PRAGMA ignore_check_constraints").fetchone()[0]
    db.execute("PRAGMA ignore_check_constraints = ON")
    try:
        _run_script(db, "schema_0011_change_log_checks.sql")
    finally:
        db.execute(f"PRAGMA ignore_check_constraints = {int(checking)}")
    for _kind, _name, sql in dependants:
        db.execute(sql)


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
    """Apply every pending step with sqlite-utils' Migrations (each in its own transaction).

    Once the change log exists each step is audited, and the rows of tables whose columns a
    step changed are recorded again (their hashes cover the new columns) when they were
    unchanged before it: see db.tracking.baseline."""
    from db.engine import sqlite_utils_module

    migrations = sqlite_utils_module().Migrations(MIGRATION_SET)
    for name, function in STEPS:
        migrations(name=name)(lambda _utils, name=name, function=function: _audited(db, name, function))
    migrations.apply(db.utils)


def _audited(db, name: str, function) -> None:
    from db.audit import append_audit
    from db.tracking import baseline, columns_of

    tracked_before = _has_change_log(db)
    columns = columns_of(db.conn) if tracked_before else None
    function(db)
    if not _has_change_log(db):
        return
    rows = baseline(db, previous_columns=columns)
    append_audit(db, action="migrate", entity="schema", field=name, new_value={"baseline_rows": rows})


def _has_change_log(db) -> bool:
    return db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'change_log'").fetchone() is not None
