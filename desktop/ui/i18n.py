"""Translations: Korean by default, English on choice (QtCore only, so the CLI can use it).

Source strings are English; ``resources/i18n/tracker_ko.qm`` (built from tracker_ko.ts with
pyside6-lrelease) turns them into Korean, and ``qtbase_ko.qm`` translates Qt's own dialogs.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.domain.errors import DomainError
from desktop.domain.messages import FIELD_LABELS, MESSAGES
from desktop.paths import resources_dir

LANGUAGES = ("ko", "en")
_installed: list[QTranslator] = []
_current: list[str] = []


def install_translators(language: str) -> str:
    """Replace the installed translators with those of ``language``; returns it."""
    language = language if language in LANGUAGES else "ko"
    if _current and _current[0] == language:
        return language  # already in force: no LanguageChange for every widget again
    _current[:] = [language]
    from desktop.ui.labels import clear_cache

    clear_cache()
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(QLocale.Language.Korean if language == "ko"
                               else QLocale.Language.English, QLocale.Country.SouthKorea))
    if language == "ko":
        folder = resources_dir() / "i18n"
        for name, qt_own in (("tracker_ko.qm", False), ("qtbase_ko.qm", True)):
            translator = QTranslator()  # Qt's own catalogue from Qt's folder if not bundled
            if translator.load(str(folder / name)) or (qt_own and translator.load(
                    f"{QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)}/{name}")):
                QCoreApplication.installTranslator(translator)
                _installed.append(translator)
    return language


def translate(context: str, text: str) -> str:
    """Translate a runtime-chosen source text (lupdate collects these where they are declared)."""
    return QCoreApplication.translate(context, text)


def field_label(field: str) -> str:
    source = FIELD_LABELS.get(field)
    return translate("fields", source) if source else field


def moment_text(value: object) -> object:
    """An audit time (ISO, UTC) as the user reads it: local date and time to the minute."""
    from datetime import datetime

    try:
        return datetime.fromisoformat(str(value)).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return value


def explain(error: DomainError) -> str:
    """The user's message for a typed error, in the current language."""
    source = MESSAGES.get(error.code)
    if source is None:
        return f"{error.code}: {error.params}"
    params = {key: (field_label(value) if key == "field" else moment_text(value) if key == "when" else value)
              for key, value in error.params.items()}
    try:
        return translate("messages", source).format(**params)
    except (KeyError, IndexError):
        return translate("messages", source)
