"""The per-user data folder (QStandardPaths AppDataLocation) under the application's names."""

from __future__ import annotations

from pathlib import Path

from desktop.paths import APPLICATION, DATABASE_NAME, ORGANIZATION


def set_application_names() -> None:
    from PySide6.QtCore import QCoreApplication

    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)


def default_database_path() -> Path:
    """The database in the per-user application data folder (QStandardPaths AppDataLocation)."""
    from PySide6.QtCore import QStandardPaths

    set_application_names()
    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    folder.mkdir(parents=True, exist_ok=True)
    return folder / DATABASE_NAME
