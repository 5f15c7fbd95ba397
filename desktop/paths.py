"""Where things live: the per-user data folder, bundled resources."""

from __future__ import annotations

import sys
from pathlib import Path

ORGANIZATION = "Pohang City"
APPLICATION = "PohangAITracker"
DATABASE_NAME = "tracker.sqlite"


def resources_dir() -> Path:
    """resources/ beside the packages, or inside a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


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
