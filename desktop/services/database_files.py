"""The database as a file: open another, back it up, list the backups, restore one.

The window works on files through these (it never imports db); each refusal is the
typed ``DatabaseOpenError`` of :mod:`db.errors`, explained in the user's language.
"""

from __future__ import annotations

from pathlib import Path

from db import open_database
from db.backup import backup_folder_for, backup_now, list_backups
from db.restore import restore_backup
from db.engine import Database


def open_file(path: Path) -> Database:
    """Open (or create) the database at ``path``, checked and brought up to date."""
    return open_database(path)


def make_backup(db: Database, path: Path, *, keep: int) -> Path:
    """A backup now, named with the time, beside the database (rotation: ``keep``)."""
    return backup_now(db, path, keep=keep)


def backups_of(path: Path) -> list[Path]:
    """The backups of the database at ``path``, newest first."""
    return list_backups(backup_folder_for(path))


def restore_file(backup: Path, path: Path) -> Path:
    """Replace the database at ``path`` with ``backup``; returns where the old one was kept."""
    return restore_backup(backup, path)
