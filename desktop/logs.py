"""The application's log file (no Qt here).

A windowed Windows program has no console: what goes wrong must be written somewhere a user
can send to the office's IT staff.  ``setup_logging`` sends Python's logging to a rotating
file (1 MB, three old files kept) and routes exceptions nobody caught, in the main thread,
in Qt slots (PySide6 hands those to ``sys.excepthook``) and in other threads, to it.
"""

from __future__ import annotations

import logging
import sys
import threading
from logging.handlers import RotatingFileHandler
from pathlib import Path

LOG_NAME = "tracker.log"
MAX_BYTES = 1_000_000
BACKUPS = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

log = logging.getLogger("desktop")


def setup_logging(path: Path, *, level: int = logging.INFO) -> Path:
    """Log to ``path`` (its folder is made); called once at start-up, again replaces the file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "_tracker_log", False)]:
        root.removeHandler(old)
        old.close()
    handler = RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
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
