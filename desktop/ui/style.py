"""Visual roles (heading, section, card, banner) set with fonts and palettes.

An application-wide style sheet would cost ~25 ms of every start-up (Qt's style-sheet style
polishes each widget), so the few roles are applied directly.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QFrame, QLabel, QWidget

_ROLES = {  # point-size factor, bold, colour
    "heading": (1.6, True, None),
    "section": (1.1, True, None),
    "caption": (1.0, False, "#555555"),
    "figure": (1.8, True, None),
}


def set_role(label: QLabel, role: str) -> None:
    factor, bold, color = _ROLES[role]
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    label.setFont(font)
    if color:
        set_text_color(label, color)


TEXT = "#202020"


def set_text_color(widget: QWidget, color: str | None) -> None:
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor(color or TEXT))
    widget.setPalette(palette)


def set_fill(widget: QWidget, background: str) -> None:
    """The widget's background filled with ``background``."""
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor(background))
    widget.setPalette(palette)
    widget.setAutoFillBackground(True)


def set_panel_fill(frame: QFrame, background: str) -> None:
    """A filled box with the style's panel outline (cards, the example-data banner)."""
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    set_fill(frame, background)
