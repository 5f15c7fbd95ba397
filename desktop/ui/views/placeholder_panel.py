"""Areas whose panels the next issues fill: a heading and a line saying what will come."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout

from desktop.ui.style import set_role
from desktop.ui.views.panel import Panel, ViewContext

AREAS = {
    "budget": (QT_TRANSLATE_NOOP("areas", "Budget"),
               QT_TRANSLATE_NOOP("areas", "Budget variance and earned value will be shown here.")),
    "funding": (QT_TRANSLATE_NOOP("areas", "Funding"),
                QT_TRANSLATE_NOOP("areas", "Commitments, paid-in capital and the foreign share will be shown here.")),
    "capacity": (QT_TRANSLATE_NOOP("areas", "Capacity"),
                 QT_TRANSLATE_NOOP("areas", "Installed MW and GPUs against the phase targets will be shown here.")),
    "reports": (QT_TRANSLATE_NOOP("areas", "Reports"),
                QT_TRANSLATE_NOOP("areas", "The monthly status report will be produced here.")),
}


class PlaceholderPanel(Panel):
    def __init__(self, context: ViewContext, area: str, parent=None) -> None:
        super().__init__(context, parent)
        self.area = area
        layout = QVBoxLayout(self)
        self._heading = QLabel()
        set_role(self._heading, "heading")
        self._text = QLabel()
        self._text.setWordWrap(True)
        layout.addWidget(self._heading)
        layout.addWidget(self._text)
        layout.addStretch(1)
        self._text.setAlignment(Qt.AlignmentFlag.AlignLeft)
        self.retranslate()

    def title(self) -> str:
        return QCoreApplication.translate("areas", AREAS[self.area][0])

    def retranslate(self) -> None:
        self._heading.setText(self.title())
        self._text.setText(QCoreApplication.translate("areas", AREAS[self.area][1]))
