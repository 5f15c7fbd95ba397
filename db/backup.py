"""Copies of the database: before each migration, a rotating daily backup, and restore.

Copies are made with SQLite's online backup API, so they are consistent even while the
application has the database open; the copy is switched out of WAL mode so it is one
self-contained file (ARCHITECTURE.md, known traps).  A copy is written to a temporary name and
renamed into place, so a failure (a full disk) leaves no partial file; copies are readable by
their owner only (0600 on POSIX).  Each backup first records the audit chain's head as an
anchor (db.audit), so the backup and the live database both carry it.

A restore needs the instance lock exclusively: it is refused (``db_in_use``) while another
instance has the database open.  The replaced file is kept beside it, and the restore is
audited in the restored database.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import date
from pathlib import Path

from db.engine import Database
from db.errors import storage_error
from desktop.clock import local_now

BACKUP_SUFFIX = ".sqlite"


def copy_database(source: sqlite3.Connection, target: Path) -> Path:
    """Write a consistent single-file copy of ``source`` to ``target`` (atomically)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    for leftover in (partial, Path(str(partial) + "-journal")):
        leftover.unlink(missing_ok=True)
    try:
        os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        dest = sqlite3.connect(str(partial))
        try:
            source.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
        os.replace(partial, target)
    except BaseException as error:
        for leftover in (partial, Path(str(partial) + "-journal")):
            leftover.unlink(missing_ok=True)
        typed = storage_error(error, str(target))
        if typed is None:
            raise
        raise typed from error
    return target


def anchor_before_backup(db: Database) -> None:
    """Record the chain's head in the live database (so the copy carries it too)."""
    if db.execute("SELECT 1 FROM sqlite_master WHERE name = 'audit_anchors'").fetchone():
        from db.audit import request_anchor

        with db.atomic():
            request_anchor(db, "backup")


def copy_before_migration(db: Database, path: Path, migration_name: str) -> Path:
    """Keep ``<name>.before-<migration>-<time>.sqlite`` beside the database."""
    stamp = local_now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.before-{migration_name}-{stamp}{BACKUP_SUFFIX}")
    return copy_database(db.conn, target)


def backup_folder_for(path: Path) -> Path:
    return path.parent / "backups"


def list_backups(folder: Path) -> list[Path]:
    """Daily backups in ``folder``, newest first."""
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"*-backup-*{BACKUP_SUFFIX}"), reverse=True)


def daily_backup(db: Database, path: Path, *, keep: int, today: date,
                 folder: Path | None = None) -> Path | None:
    """Make today's backup if there is none yet, then keep only the newest ``keep``.

    Returns the new backup, or None when today's already existed.
    """
    folder = folder or backup_folder_for(path)
    target = folder / f"{path.stem}-backup-{today.isoformat()}{BACKUP_SUFFIX}"
    made = None
    if not target.exists():
        anchor_before_backup(db)
        made = copy_database(db.conn, target)
    for old in list_backups(folder)[max(keep, 1):]:
        old.unlink(missing_ok=True)
    return made


def backup_now(db: Database, path: Path, *, keep: int, folder: Path | None = None) -> Path:
    """An extra backup on request, named with the time; rotation as for the daily one."""
    folder = folder or backup_folder_for(path)
    stamp = local_now().strftime("%Y-%m-%d-%H%M%S")
    anchor_before_backup(db)
    target = copy_database(db.conn, folder / f"{path.stem}-backup-{stamp}{BACKUP_SUFFIX}")
    for old in list_backups(folder)[max(keep, 1):]:
        old.unlink(missing_ok=True)
    return target
