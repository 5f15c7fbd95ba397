"""Copies of the database: before each migration, a rotating daily backup, and restore.

Copies are made with SQLite's online backup API, so they are consistent even while the
application has the database open; the copy is switched out of WAL mode so it is one
self-contained file (ARCHITECTURE.md, known traps).
"""

from __future__ import annotations

import os
import sqlite3
from datetime import date
from pathlib import Path

from db.engine import Database
from desktop.clock import local_now

BACKUP_SUFFIX = ".sqlite"


def copy_database(source: sqlite3.Connection, target: Path) -> Path:
    """Write a consistent single-file copy of ``source`` to ``target`` (atomically)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    if partial.exists():
        partial.unlink()
    dest = sqlite3.connect(str(partial))
    try:
        source.backup(dest)
        dest.execute("PRAGMA journal_mode = DELETE")
    finally:
        dest.close()
    os.replace(partial, target)
    return target


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
        made = copy_database(db.conn, target)
    for old in list_backups(folder)[max(keep, 1):]:
        old.unlink(missing_ok=True)
    return made


def restore_backup(backup: Path, path: Path) -> Path:
    """Replace the database at ``path`` with ``backup``; the current file is kept aside first.

    The caller must have closed its connection to ``path``.  The backup is opened and
    checked before anything is replaced.  Returns where the replaced database was kept.
    """
    from db import check_file  # late import: db/__init__ uses this module

    check_file(backup, writable=False)
    stamp = local_now().strftime("%Y%m%d-%H%M%S")
    kept = path.with_name(f"{path.stem}.before-restore-{stamp}{BACKUP_SUFFIX}")
    if path.exists():
        current = sqlite3.connect(str(path))
        try:
            copy_database(current, kept)
        finally:
            current.close()
    source = sqlite3.connect(backup.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        staged = copy_database(source, path.with_name(path.name + ".restore"))
    finally:
        source.close()
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    os.replace(staged, path)
    return kept


def backup_now(db: Database, path: Path, *, keep: int, folder: Path | None = None) -> Path:
    """An extra backup on request, named with the time; rotation as for the daily one."""
    folder = folder or backup_folder_for(path)
    stamp = local_now().strftime("%Y-%m-%d-%H%M%S")
    target = copy_database(db.conn, folder / f"{path.stem}-backup-{stamp}{BACKUP_SUFFIX}")
    for old in list_backups(folder)[max(keep, 1):]:
        old.unlink(missing_ok=True)
    return target
