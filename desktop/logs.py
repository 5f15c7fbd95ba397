"""The application's log file (no Qt here).

A windowed Windows program has no console: what goes wrong must be written somewhere a user
can send to the office's IT staff.  ``setup_logging`` sends Python's logging to a rotating
file (1 MB, three old files kept) and routes exceptions nobody caught, in the main thread,
in Qt slots (PySide6 hands those to ``sys.excepthook``) and in other threads, to it.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from pathlib import Path

LOG_NAME = "tracker.log"
MAX_BYTES = 1_000_000
BACKUPS = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

log = logging.getLogger("desktop")


class SizeLimitedFile(logging.FileHandler):
    """A log file of at most about MAX_BYTES: when full it becomes ``.1`` (``.1`` becomes ``.2``
    ..., BACKUPS kept).  logging.handlers.RotatingFileHandler does the same, but importing that
    module (socket, pickle, queue) costs about 13 ms of every start-up before the window shows."""

    def emit(self, record: logging.LogRecord) -> None:
        if self.stream is not None and self.stream.tell() >= MAX_BYTES:
            self._rotate()
        super().emit(record)

    def _rotate(self) -> None:
        self.acquire()
        try:
            self.stream.close()
            self.stream = None  # FileHandler.emit opens the file again
            name = self.baseFilename
            for n in range(BACKUPS - 1, 0, -1):
                if os.path.exists(f"{name}.{n}"):
                    os.replace(f"{name}.{n}", f"{name}.{n + 1}")
            os.replace(name, f"{name}.1")
        except OSError:  # another process holds a backup (Windows): keep writing where we are
            if self.stream is None:
                self.stream = self._open()
        finally:
            self.release()


def setup_logging(path: Path, *, level: int = logging.INFO) -> Path:
    """Log to ``path`` (its folder is made); called once at start-up, again replaces the file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "_tracker_log", False)]:
        root.removeHandler(old)
        old.close()
    handler = SizeLimitedFile(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter(FORMAT))
    handler._tracker_log = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
    logging.captureWarnings(True)
    _route_uncaught_exceptions()
    from desktop import __version__

    log.info("started: version %s, Python %s, %s%s", __version__, sys.version.split()[0], sys.platform,
             ", frozen" if getattr(sys, "frozen", False) else "")
    return path


def log_file() -> Path | None:
    """The file the log goes to, None when ``setup_logging`` was not called."""
    for handler in logging.getLogger().handlers:
        if getattr(handler, "_tracker_log", False):
            return Path(handler.baseFilename)
    return None


def _route_uncaught_exceptions() -> None:
    if getattr(sys.excepthook, "_tracker_log", False):
        return
    previous = sys.excepthook

    def excepthook(kind, value, traceback) -> None:
        log.critical("unexpected error", exc_info=(kind, value, traceback))
        if sys.stderr is not None:  # a windowed program has none
            previous(kind, value, traceback)

    def thread_hook(args) -> None:
        log.critical("unexpected error in thread %s", getattr(args.thread, "name", "?"),
                     exc_info=(args.exc_type, args.exc_value, args.exc_traceback))

    excepthook._tracker_log = True  # type: ignore[attr-defined]
    sys.excepthook = excepthook
    threading.excepthook = thread_hook
