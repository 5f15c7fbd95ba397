"""Long computations off the window's thread, with a progress dialog and a cancel button.

``BackgroundJob.start(job, on_done, on_failed)`` runs ``job(progress, cancel)`` in a QThread:
``progress(done, total)`` moves the dialog, ``cancel()`` is what the job checks between its
chunks (it turns True when the user presses Cancel).  The job must not touch the database
(SQLite connections belong to the thread that opened them): read first, compute here.
``on_done(result)`` and ``on_failed(error)`` run on the window's thread.  The dialog appears
only when the job takes longer than half a second.
"""

from __future__ import annotations

import threading
from typing import Callable

from PySide6.QtCore import QCoreApplication, QObject, QThread, Qt, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

Job = Callable[[Callable[[int, int], None], Callable[[], bool]], object]


class _Worker(QObject):
    sig_progress = Signal(int, int)
    """(done, total) from the job."""
    sig_done = Signal(object)
    """The job's result."""
    sig_failed = Signal(object)
    """The exception the job raised."""

    def __init__(self, job: Job, cancelled: threading.Event) -> None:
        super().__init__()
        self._job, self._cancelled = job, cancelled

    @Slot()
    def run(self) -> None:
        try:
            result = self._job(lambda done, total: self.sig_progress.emit(done, total),
                               self._cancelled.is_set)
        except Exception as error:  # noqa: BLE001 - handed to the window's thread to explain
            self.sig_failed.emit(error)
        else:
            self.sig_done.emit(result)


class BackgroundJob(QObject):
    """One job at a time, owned by a panel."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self._thread: QThread | None = None
        self._worker: _Worker | None = None
        self._cancelled = threading.Event()
        self._handlers: tuple = (None, None)
        self.dialog: QProgressDialog | None = None
        app = QCoreApplication.instance()
        if app is not None:  # never leave a thread running when the application quits
            app.aboutToQuit.connect(self.stop)

    def is_running(self) -> bool:
        return self._thread is not None

    def start(self, text: str, cancel_text: str, job: Job, on_done: Callable[[object], None],
              on_failed: Callable[[BaseException], None]) -> None:
        if self.is_running():
            return
        self._cancelled.clear()
        self.dialog = QProgressDialog(text, cancel_text, 0, 100, self._parent)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(500)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel)
        self.dialog.setValue(0)
        self._thread = QThread()
        self._worker = _Worker(job, self._cancelled)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._handlers = (on_done, on_failed)
        # bound slots of this object (the window's thread): queued, never run in the worker's
        self._worker.sig_progress.connect(self._on_progress)
        self._worker.sig_done.connect(self._on_done)
        self._worker.sig_failed.connect(self._on_failed)
        self._thread.start()

    def cancel(self) -> None:
        self._cancelled.set()

    def stop(self) -> None:
        """Cancel a running job and wait for its thread to end."""
        self.cancel()
        self.wait(30_000)

    def wait(self, ms: int = 60_000) -> None:
        """Block until the thread has ended (tests, closing the window)."""
        if self._thread is not None:
            self._thread.wait(ms)

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        if self.dialog is not None and total:
            self.dialog.setValue(int(100 * done / total))

    @Slot(object)
    def _on_done(self, result: object) -> None:
        self._finish(self._handlers[0], result)

    @Slot(object)
    def _on_failed(self, error: object) -> None:
        self._finish(self._handlers[1], error)

    def _finish(self, handler: Callable[[object], None], value: object) -> None:
        thread, self._thread, self._worker = self._thread, None, None
        if thread is not None:
            thread.quit()
            thread.wait()
            thread.deleteLater()
        if self.dialog is not None:
            self.dialog.reset()
            self.dialog.hide()
            self.dialog.deleteLater()
            self.dialog = None
        handler(value)
