"""Composition root of the window: QApplication, font, translators, settings, database."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from desktop.paths import resources_dir

STYLE = """
QLabel#heading { font-size: 16pt; font-weight: bold; }
QLabel#section { font-size: 11pt; font-weight: bold; margin-top: 10px; }
QLabel#cardCaption { color: #555555; }
QLabel#cardFigure { font-size: 18pt; font-weight: bold; }
QFrame#card { background: #fafafa; border: 1px solid #d0d0d0; border-radius: 6px; }
QWidget#exampleBanner { background: #fff3cd; border: 1px solid #e0b100; border-radius: 4px; }
QListWidget#navigation { font-size: 11pt; }
QListWidget#navigation::item { padding: 8px 6px; }
QTableView::item { padding: 0px 6px; }
"""


def create_application(argv: list[str] | None = None, language: str | None = None):
    """The QApplication with the bundled font and the chosen language."""
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from desktop.paths import set_application_names
    from desktop.ui.fonts import application_font, register_fonts
    from desktop.ui.i18n import install_translators

    set_application_names()
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    family = register_fonts()
    app.setFont(application_font(family))
    app.setStyleSheet(STYLE)
    icon = resources_dir() / "icons" / "app.png"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    install_translators(language or "ko")
    return app


def open_database_interactively(path: Path, settings):
    """Open ``path``; on a problem, explain it and offer another file.  None = give up."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from db import open_database
    from desktop.domain.errors import DomainError
    from PySide6.QtCore import QCoreApplication

    from desktop.ui.i18n import explain


    while True:
        try:
            return open_database(path), path
        except DomainError as error:
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


def run_gui(*, db_path: Path | None, language: str | None, smoke_test: bool = False,
            exit_after_paint: bool = False) -> int:
    if smoke_test:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        return _smoke_test(db_path)
    from db.backup import daily_backup
    from desktop.paths import default_database_path
    from desktop.ui.settings import Settings
    from desktop.ui.views.main_window import MainWindow

    app = create_application()
    settings = Settings()
    from desktop.ui.i18n import install_translators

    settings.language = install_translators(language or settings.language)
    path = Path(db_path) if db_path else default_database_path()
    db, path = open_database_interactively(path, settings)
    if db is None:
        return 1
    try:
        daily_backup(db, path, keep=settings.backup_keep)
    except OSError:
        pass  # a missing backup must not stop the day's work; "Back up now" reports errors
    window = MainWindow(db=db, settings=settings, db_path=path)
    window.show()
    if exit_after_paint:  # the startup benchmark: first paint, then leave
        app.processEvents()
        window.grab()
        return 0
    return app.exec()


def _smoke_test(db_path: Path | None) -> int:
    """Build every panel on the plan (plus example data when no --db), paint, exit 0."""
    from PySide6.QtCore import QSettings

    from db import open_database
    from desktop.services.example_data import load_example_data
    from desktop.ui.settings import Settings
    from desktop.ui.views.main_window import MainWindow

    app = create_application(language="ko")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(db_path) if db_path else Path(folder) / "smoke.sqlite"
        db = open_database(path)
        if db_path is None:
            load_example_data(db)
        settings = Settings(QSettings(str(Path(folder) / "smoke.ini"), QSettings.Format.IniFormat))
        window = MainWindow(db=db, settings=settings, db_path=path)
        window.show()
        for row in range(window.nav.count()):
            window.nav.setCurrentRow(row)
            app.processEvents()
            if window.grab().isNull():
                print(f"smoke test: panel {row} did not paint", file=sys.stderr)
                return 1
        window.close()
        db.close()
    print("smoke test: ok")
    return 0
