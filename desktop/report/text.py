"""The report's language, chosen per report and independent of the window's."""

from __future__ import annotations

from PySide6.QtCore import QTranslator

from desktop.paths import resources_dir


class ReportText:
    """``tr(text, context)`` in the report's language (English sources, Korean from the .qm)."""

    def __init__(self, language: str) -> None:
        self.language = language if language in ("ko", "en") else "ko"
        self._translator = QTranslator()
        if self.language == "ko":
            self._translator.load(str(resources_dir() / "i18n" / "tracker_ko.qm"))

    @property
    def korean(self) -> bool:
        return self.language == "ko"

    def tr(self, text: str, context: str = "report") -> str:
        if not self.korean:
            return text
        return self._translator.translate(context, text) or text

    def name(self, ko: str, en: str | None) -> str:
        return ko if self.korean or not en else en
