"""Why a database file could not be opened.  The file is never modified when one is raised."""

from __future__ import annotations

from desktop.domain.errors import DomainError


class DatabaseOpenError(DomainError):
    """Codes: db_not_a_file, db_not_sqlite, db_truncated, db_corrupt, db_read_only,
    db_locked, db_too_new, db_folder_missing.  ``params['path']`` names the file."""
