"""Progress for work that may take more than half a second (large plans).

``with progress(parent, text, steps) as step: ...; step()`` shows a dialog only when Qt
estimates the whole will take longer than 500 ms, and keeps the window painting between
steps.  Work that finishes sooner shows nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

MINIMUM_MS = 500


@contextmanager
def progress(parent: QWidget | None, text: str, steps: int) -> Iterator[Callable[[], None]]:
    dialog = QProgressDialog(text, "", 0, steps, parent)
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(MINIMUM_MS)
    dialog.setAutoClose(False)
    dialog.setValue(0)

    def step() -> None:
        dialog.setValue(min(dialog.value() + 1, steps))
        if dialog.isVisible():
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)

    try:
        yield step
    finally:
        dialog.reset()
        dialog.hide()
        dialog.deleteLater()


@contextmanager
def busy() -> Iterator[None]:
    """A wait cursor over one blocking call that cannot report steps (reading a file, an
    import in one transaction); restored even when the call is refused."""
    from PySide6.QtGui import QGuiApplication

    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()
