"""What to enter first: a box a panel shows while it has nothing of its own to show.

A title, a sentence or two, and the buttons that do the first step (each a callable the
panel gives).  The panel sets the texts on every language change and shows the box only
while its data is empty (``show_when``).
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.ui.style import set_panel_fill, set_role


class EmptyState(QFrame):
    """A light-blue box: title, text, one button per first step."""

    def __init__(self, actions: list[Callable[[], None]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("empty_state")
        set_panel_fill(self, "#eef4fb")
        layout = QVBoxLayout(self)
        self.title, self.text = QLabel(), QLabel()
        set_role(self.title, "section")
        self.text.setWordWrap(True)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        row = QHBoxLayout()
        self.buttons: list[QPushButton] = []
        for action in actions:
            button = QPushButton()
            button.clicked.connect(lambda _checked=False, a=action: a())
            row.addWidget(button)
            self.buttons.append(button)
        row.addStretch(1)
        layout.addLayout(row)

    def set_texts(self, title: str, text: str, buttons: list[str]) -> None:
        self.title.setText(title)
        self.text.setText(text)
        for button, label in zip(self.buttons, buttons):
            button.setText(label)

    def show_when(self, empty: bool) -> None:
        self.setVisible(empty)
