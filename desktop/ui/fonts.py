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
    font = QFont(family)
    font.setPointSizeF(point_size)
    font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
    return font
