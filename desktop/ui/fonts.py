"""The bundled Korean font (Pretendard GOV, SIL OFL): without it Hangul shows as boxes."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

from desktop.paths import resources_dir

FONT_FILES = ("PretendardGOV-Regular.otf", "PretendardGOV-Bold.otf")
FAMILY = "Pretendard GOV"


_registered: list[str] = []


def register_fonts() -> str:
    """Register the bundled fonts once; return the family name to use (Korean-capable)."""
    if _registered:
        return _registered[0]
    families: list[str] = []
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(resources_dir() / "fonts" / name))
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    _registered.append(families[0] if families else FAMILY)
    return _registered[0]


def application_font(family: str, point_size: float = 10.0) -> QFont:
    """The window's font.  PreferNoShaping: Hangul syllables and Latin need no shaping to be
    right (Qt still shapes the scripts that do), and HarfBuzz over this font's tables was about
    6 % of start-up (measured with callgrind); what is lost is the Latin pairs' kerning.  The
    report's PDF font is shaped (desktop/paint/gantt_render.pdf_font)."""
    font = QFont(family)
    font.setPointSizeF(point_size)
    font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias | QFont.StyleStrategy.PreferNoShaping)
    return font
