"""The per-user data folder (QStandardPaths AppDataLocation) under the application's names."""

from __future__ import annotations

from pathlib import Path

from desktop.paths import APPLICATION, DATABASE_NAME, ORGANIZATION


def set_application_names() -> None:
    from PySide6.QtCore import QCoreApplication

    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)


def data_folder() -> Path:
    """The per-user application data folder (QStandardPaths AppDataLocation); not created here."""
    from PySide6.QtCore import QStandardPaths

    set_application_names()
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))


def cache_folder() -> Path:
    """The per-user cache folder (QStandardPaths CacheLocation: on Windows under %LOCALAPPDATA%,
    which does not roam and which the uninstaller removes); not created here."""
    from PySide6.QtCore import QStandardPaths

    set_application_names()
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation))


def default_database_path() -> Path:
    """The database in the per-user application data folder."""
    folder = data_folder()
    folder.mkdir(parents=True, exist_ok=True)
    return folder / DATABASE_NAME


def log_path() -> Path:
    """The application's log file, in the data folder's logs/ (see desktop.logs)."""
    from desktop.logs import LOG_NAME

    return data_folder() / "logs" / LOG_NAME


def log_link(text: str) -> str:
    """``text`` with %1 replaced by the log file's path, linked to its folder (rich text)."""
    import html

    from PySide6.QtCore import QUrl

    from desktop.logs import log_file

    path = log_file() or log_path()
    url = bytes(QUrl.fromLocalFile(str(path.parent)).toEncoded()).decode("ascii")
    return text.replace("%1", f'<a href="{html.escape(url)}">{html.escape(str(path))}</a>')
