"""The log file: a windowed program's only witness of what went wrong."""

from __future__ import annotations

import logging
import sys
import threading

import pytest


@pytest.fixture
def logs(tmp_path, monkeypatch):
    from desktop import logs

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    root = logging.getLogger()
    monkeypatch.setattr(root, "handlers", list(root.handlers))
    monkeypatch.setattr(root, "level", root.level)
    path = logs.setup_logging(tmp_path / "logs" / "tracker.log")
    yield path
    for handler in root.handlers:
        handler.close()


def test_start_line_names_the_version(logs):
    from desktop import __version__
    from desktop.logs import log_file

    assert log_file() == logs
    assert f"started: version {__version__}" in logs.read_text(encoding="utf-8")


def test_uncaught_exceptions_are_written_with_their_traceback(logs, monkeypatch):
    monkeypatch.setattr(sys, "stderr", None)  # as in a windowed program
    try:
        raise ValueError("나쁜 값")
    except ValueError:
        sys.excepthook(*sys.exc_info())
    thread = threading.Thread(target=lambda: 1 / 0, name="worker")
    thread.start()
    thread.join()
    text = logs.read_text(encoding="utf-8")
    assert "CRITICAL desktop: unexpected error" in text and "ValueError: 나쁜 값" in text
    assert "unexpected error in thread worker" in text and "ZeroDivisionError" in text


def test_a_second_setup_replaces_the_file_and_the_file_rotates(logs, tmp_path):
    from desktop import logs as module

    other = module.setup_logging(tmp_path / "other.log")
    ours = [h for h in logging.getLogger().handlers if getattr(h, "_tracker_log", False)]
    assert [h.baseFilename for h in ours] == [str(other)]
    for _ in range(5 * module.MAX_BYTES // 1000):
        logging.getLogger("desktop.test").info("x" * 1000)
    kept = [tmp_path / f"other.log.{n}" for n in range(1, module.BACKUPS + 1)]
    assert all(p.is_file() for p in kept) and not (tmp_path / "other.log.4").exists()
    assert all(p.stat().st_size <= module.MAX_BYTES + 2000 for p in [other, *kept])
