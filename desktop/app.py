"""Composition root of the window: QApplication, font, translators, settings, database."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from desktop.paths import resources_dir


def create_application(argv: list[str] | None = None, language: str | None = None, icon: bool = True):
    """The QApplication with the bundled font and the chosen language; ``icon=False`` leaves
    the window icon to :func:`set_window_icon` (after the first paint: QIcon's type costs)."""
    from PySide6.QtWidgets import QApplication

    from desktop.ui.appdata import set_application_names
    from desktop.ui.fonts import application_font, register_fonts
    from desktop.ui.i18n import install_translators

    set_application_names()
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    family = register_fonts()
    app.setFont(application_font(family))
    if icon:
        set_window_icon(app)
    install_translators(language or "ko")
    return app


def set_window_icon(app) -> None:
    from PySide6.QtGui import QIcon

    path = resources_dir() / "icons" / "app.png"
    if path.exists():
        app.setWindowIcon(QIcon(str(path)))


def open_database_interactively(path: Path, settings):
    """Open ``path``; on a problem, explain it and offer another file.  None = give up."""
    from PySide6.QtCore import QCoreApplication

    from db import open_database
    from desktop.domain.errors import DomainError
    from desktop.ui.i18n import explain

    allow_empty = False
    while True:
        try:
            return open_database(path, allow_empty=allow_empty), path
        except DomainError as error:
            from PySide6.QtWidgets import QFileDialog, QMessageBox  # only on a problem

            if error.code == "db_empty_file" and not allow_empty and QMessageBox.question(
                    None, QCoreApplication.translate("app", "Empty file"),
                    QCoreApplication.translate("app", "“%1” is an empty file (0 bytes). Make a new database of the "
                                                      "announced plan in it?").replace("%1", str(path))
            ) == QMessageBox.StandardButton.Yes:
                allow_empty = True
                continue
            box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("app", "Cannot open the database"),
                              explain(error))
            other = box.addButton(QCoreApplication.translate("app", "Open another file…"), QMessageBox.ButtonRole.AcceptRole)
            box.addButton(QCoreApplication.translate("app", "Quit"), QMessageBox.ButtonRole.RejectRole)
            box.exec()
            if box.clickedButton() is not other:
                return None, path
            name, _ = QFileDialog.getOpenFileName(None, QCoreApplication.translate("app", "Open database"), str(path.parent),
                                                  QCoreApplication.translate("app", "Databases (*.sqlite *.db);;All files (*)"))
            if not name:
                return None, path
            path = Path(name)


def run_gui(*, db_path: Path | None, language: str | None, clock, smoke_test: bool = False,
            exit_after_paint: bool = False, log_path: Path | None = None) -> int:
    """The window on ``db_path`` (default: the per-user database), working at ``clock``."""
    # The database's modules first: modules imported after PySide6 are each inspected by its
    # import hook.  The schedule's are not needed before the first paint (figure_cache.py).
    import db  # noqa: F401

    _start_logging(log_path)
    if smoke_test:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        return _smoke_test(db_path, clock)
    from PySide6.QtCore import QCoreApplication, QTimer

    from desktop.ui.appdata import cache_folder, default_database_path
    from desktop.ui.settings import Settings
    from desktop.ui.views.main_window import MainWindow

    app = create_application(icon=False)
    settings = Settings()
    from desktop.ui.i18n import install_translators

    settings.language = install_translators(language or settings.language)
    path = Path(db_path) if db_path else default_database_path()
    database, path = open_database_interactively(path, settings)
    if database is None:
        return 1
    window = MainWindow(db=database, settings=settings, db_path=path, clock=clock,
                        figure_cache=cache_folder() / "overview")
    window.show()
    if database.network_share:  # several writers at once are not safe there: say so once
        window.statusBar().showMessage(QCoreApplication.translate(
            "app", "This database is on a network drive: only one person should edit it at a time."), 0)
    if exit_after_paint:  # the start-up benchmark: report the first paint, then leave
        import time

        app.processEvents()
        window.grab()
        print("painted", time.time(), flush=True)
        return 0
    window.watch_other_writers()
    QTimer.singleShot(0, lambda: _after_first_paint(window, settings))
    return app.exec()


def _after_first_paint(window, settings) -> None:
    """Work that must not delay the first paint: the window icon, the daily backup, then
    garbage collection."""
    import gc

    from PySide6.QtWidgets import QApplication

    from db.backup import daily_backup

    set_window_icon(QApplication.instance())

    try:
        daily_backup(window.db, window.db_path, keep=settings.backup_keep, today=window.clock.today())
    except OSError as error:  # the day's work goes on; the status bar says why
        window.statusBar().showMessage(str(error), 10000)
    gc.enable()
    gc.freeze()  # the start-up objects live as long as the window: stop re-scanning them


def _smoke_test(db_path: Path | None, clock) -> int:
    """Every panel built and painted, fonts, translations, database, report PDF: see desktop.smoke."""
    from desktop.smoke import run_smoke_test

    return run_smoke_test(db_path, clock=clock, app=create_application(language="ko"))


def _start_logging(path: Path | None) -> None:
    """The log file (a windowed program has no console), Qt's own messages included."""
    import logging

    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    from desktop.logs import setup_logging
    from desktop.ui.appdata import log_path

    try:
        setup_logging(Path(path) if path else log_path())
    except OSError as error:  # a read-only profile: the program still runs, without a log
        if sys.stderr is not None:
            print(f"no log file: {error}", file=sys.stderr)
        return
    qt_log = logging.getLogger("qt")
    levels = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
              QtMsgType.QtWarningMsg: logging.WARNING, QtMsgType.QtCriticalMsg: logging.ERROR,
              QtMsgType.QtFatalMsg: logging.CRITICAL}

    def qt_message(kind, context, message) -> None:
        qt_log.log(levels.get(kind, logging.WARNING), message)
        if sys.stderr is not None and kind != QtMsgType.QtDebugMsg:
            print(message, file=sys.stderr)

    qInstallMessageHandler(qt_message)
