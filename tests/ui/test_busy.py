import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from desktop.ui.progress import busy


def test_wait_cursor_is_shown_and_restored_even_when_refused(qtbot):
    assert QGuiApplication.overrideCursor() is None
    with pytest.raises(ValueError):
        with busy():
            assert QGuiApplication.overrideCursor().shape() == Qt.CursorShape.WaitCursor
            raise ValueError("refused")
    assert QGuiApplication.overrideCursor() is None
