"""Typed user settings (QSettings, IniFormat), each declared once with its default.

Project data lives in the database; these are the user's preferences on this computer.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from desktop.paths import APPLICATION, ORGANIZATION

DEFAULTS = {
    "ui/language": "ko",
    "ui/money_unit": "MILLION",
    "backup/keep": 14,
    "db/last_path": "",
    "db/recent": [],
}

RECENT_LIMIT = 8
"""Databases the File menu's recent list keeps, newest first."""


class Settings:
    """A thin typed wrapper; pass an explicit QSettings in tests."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self.q = qsettings or QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                                        ORGANIZATION, APPLICATION)

    def _get(self, key: str):
        default = DEFAULTS[key]
        value = self.q.value(key, default)
        if isinstance(default, list):  # IniFormat gives one string for a one-item list
            if value is None or value == "":
                return []
            return [str(v) for v in (value if isinstance(value, (list, tuple)) else [value]) if v]
        if isinstance(default, int):
            try:
                return int(value)
            except (TypeError, ValueError):
                return default
        return str(value) if value is not None else default

    def _set(self, key: str, value) -> None:
        if self.q.value(key) == value:
            return  # unchanged: no disk write (this runs at every start-up)
        self.q.setValue(key, value)
        self.q.sync()

    @property
    def language(self) -> str:
        return self._get("ui/language")

    @language.setter
    def language(self, value: str) -> None:
        self._set("ui/language", value)

    @property
    def money_unit(self) -> str:
        return self._get("ui/money_unit")

    @money_unit.setter
    def money_unit(self, value: str) -> None:
        self._set("ui/money_unit", value)

    @property
    def backup_keep(self) -> int:
        return max(1, self._get("backup/keep"))

    @property
    def last_db_path(self) -> str:
        return self._get("db/last_path")

    @last_db_path.setter
    def last_db_path(self, value: str) -> None:
        self._set("db/last_path", value)

    @property
    def recent_databases(self) -> list[str]:
        """Paths of the databases opened lately, newest first (at most RECENT_LIMIT)."""
        return self._get("db/recent")[:RECENT_LIMIT]

    def remember_database(self, path: str) -> None:
        """Put ``path`` first in the recent list (once)."""
        paths = [path] + [p for p in self.recent_databases if p != path]
        self._set("db/recent", paths[:RECENT_LIMIT])

    def forget_database(self, path: str) -> None:
        self._set("db/recent", [p for p in self.recent_databases if p != path])

    def window_state(self) -> tuple[QByteArray | None, QByteArray | None]:
        return self.q.value("window/geometry"), self.q.value("window/state")

    def save_window_state(self, geometry: QByteArray, state: QByteArray) -> None:
        self.q.setValue("window/geometry", geometry)
        self.q.setValue("window/state", state)
        self.q.sync()
