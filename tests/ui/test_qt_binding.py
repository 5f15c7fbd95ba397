"""Guard against a broken Qt binding: PySide6 6.12.0 drops a reference to None on every call
of a method returning void, which aborts Python 3.11 after a few thousand calls."""

import sys

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel


def test_void_calls_keep_none_alive(qtbot):
    label = QLabel("x")
    qtbot.addWidget(label)
    palette = label.palette()
    before = sys.getrefcount(None)
    for _ in range(2_000):
        label.setText("포항")
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#202020"))
        label.setPalette(palette)
    assert abs(sys.getrefcount(None) - before) < 100
