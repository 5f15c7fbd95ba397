"""Restore the database from a backup: refused while another instance has it open, the
replaced file kept aside, the restore audited and anchored in the restored database."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from db import open_database
from db.audit import append_audit, request_anchor
from db.backup import BACKUP_SUFFIX, copy_database
from db.checks import check_file
from db.errors import DatabaseOpenError
from db.instance_lock import InstanceLock
from desktop.clock import local_now


def restore_backup(backup: Path, path: Path) -> Path:
    """Replace the database at ``path`` with ``backup``; the current file is kept aside first.

    The caller must have closed its connection to ``path``; the restore is refused
    (``db_in_use``) while another instance has it open.  The backup is opened and checked
    before anything is replaced.  Returns where the replaced database was kept.
    """
    check_file(backup, writable=False)
    lock = InstanceLock(path, exclusive=True)
    if not lock.acquire():
        raise DatabaseOpenError("db_in_use", path=str(path))
    try:
        kept, replaced_head = _replace_with(backup, path)
    finally:
        lock.release()
    _audit_restore(path, backup, kept, replaced_head)
    return kept


def _replace_with(backup: Path, path: Path) -> tuple[Path, list | None]:
    stamp = local_now().strftime("%Y%m%d-%H%M%S")
    kept = path.with_name(f"{path.stem}.before-restore-{stamp}{BACKUP_SUFFIX}")
    replaced_head = None
    if path.exists():
        current = sqlite3.connect(str(path))
        try:
            copy_database(current, kept)
            replaced_head = current.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
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
    return kept, list(replaced_head) if replaced_head else None


def _audit_restore(path: Path, backup: Path, kept: Path, replaced_head: list | None) -> None:
    db = open_database(path, seed=False)
    try:
        with db.atomic():
            append_audit(db, action="restore_backup", entity="database", new_value={
                "backup": backup.name, "kept": kept.name, "replaced_head": replaced_head})
            request_anchor(db, "restore")
    finally:
        db.close()
