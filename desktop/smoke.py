"""``--smoke-test``: start offscreen and prove that this copy of the application works.

Run by the Windows build on the frozen, the installed and the upgraded program, and by the
tests.  Each check that fails is a line on stderr and in the log, and the exit code is 1:

- the bundled Korean font files are there, Qt registered them and they cover Hangul, and
  matplotlib finds the same family (else charts show boxes);
- both Korean translations (ours and Qt's ``qtbase_ko``) load and are in force;
- a database can be created (or the one given with ``--db`` opened) and, for a new one,
  filled with the example data;
- every panel is built and paints something, and no exception escaped meanwhile: PySide6
  passes an exception raised in a slot to ``sys.excepthook`` and goes on, so a hook set for
  the run collects them (before, a panel that failed to import still gave "ok");
- the monthly report is written as a PDF and read back: a PDF header and trailer, as many
  pages as were painted; and as .hwpx (한글), which needs python-hwpx's data files;
- the log file, when one is set up (the application always does), is written.
"""

from __future__ import annotations

import logging
import re
import sys
import tempfile
import traceback
import uuid
from datetime import date
from pathlib import Path

from desktop.clock import Clock

log = logging.getLogger("desktop.smoke")
TRANSLATIONS = ("tracker_ko.qm", "qtbase_ko.qm")
PAGE = re.compile(rb"/Type\s*/Page(?![A-Za-z])")


class SmokeFailure(Exception):
    """One check failed: the message says which and why."""


def run_smoke_test(db_path: Path | None, *, clock: Clock, app) -> int:
    """0 when every check passes; else 1, with one line per failure on stderr and in the log.

    ``app`` is the QApplication as desktop.app.create_application made it (Korean)."""
    errors: list[str] = []
    previous_hook = sys.excepthook

    def collect(kind, value, tb) -> None:
        errors.append("".join(traceback.format_exception(kind, value, tb)).rstrip())

    sys.excepthook = collect
    try:
        with tempfile.TemporaryDirectory() as folder:
            summary = _checks(app, Path(folder), db_path, clock, errors)
    except SmokeFailure as failure:
        errors.append(str(failure))
    except Exception:  # noqa: BLE001 - any error is the smoke test's finding
        errors.append(traceback.format_exc().rstrip())
    finally:
        sys.excepthook = previous_hook
    if errors:
        for error in errors:
            log.error("smoke test: %s", error)
            _print(f"smoke test: FAILED: {error}", sys.stderr)
        return 1
    log.info("smoke test: ok (%s)", summary)
    _print(f"smoke test: ok ({summary})", sys.stdout)
    return 0


def _print(text: str, stream) -> None:
    if stream is not None:  # a windowed program has no console: the log has it
        print(text, file=stream, flush=True)


def _checks(app, folder: Path, db_path: Path | None, clock: Clock, errors: list[str]) -> str:
    log_file = _log_file()
    family = check_fonts()
    check_translations()
    db, path = _open_database(folder, db_path, clock.today())
    try:
        panels = _check_panels(app, db, path, folder, clock, errors)
        pages = check_report(db, folder / "smoke-report.pdf", clock.today())
        check_hwpx(db, folder / "smoke-report.hwpx", clock.today())
    finally:
        db.close()
    if log_file is not None:
        _check_log_written(log_file)
    return f"font {family}, {len(TRANSLATIONS)} translations, {panels} panels, report {pages} pages"


def check_fonts() -> str:
    """The bundled font is registered with Qt, covers Korean, and matplotlib finds it."""
    from PySide6.QtGui import QFont, QFontDatabase, QRawFont

    from desktop.paths import resources_dir
    from desktop.ui.fonts import FONT_FILES, register_fonts

    missing = [name for name in FONT_FILES if not (resources_dir() / "fonts" / name).is_file()]
    if missing:
        raise SmokeFailure(f"font files missing: {', '.join(missing)} in {resources_dir() / 'fonts'}")
    family = register_fonts()
    if family not in QFontDatabase.families():
        raise SmokeFailure(f"font {family} is not registered with Qt")
    raw = QRawFont.fromFont(QFont(family))
    if raw.familyName() != family or not all(raw.supportsCharacter(ord(c)) for c in "포항시"):
        raise SmokeFailure(f"font {family} does not cover Korean (Qt uses {raw.familyName()!r})")
    from matplotlib import font_manager

    from desktop.charts.fonts import korean_font_family

    try:
        font_manager.findfont(font_manager.FontProperties(family=korean_font_family()),
                              fallback_to_default=False)
    except ValueError as error:
        raise SmokeFailure(f"matplotlib cannot find the Korean font: {error}") from None
    return family


def check_translations() -> None:
    """Both Korean translation files load, and the window's language is Korean."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    from desktop.paths import resources_dir

    for name in TRANSLATIONS:
        path = resources_dir() / "i18n" / name
        translator = QTranslator()
        if not path.is_file() or not translator.load(str(path)) or translator.isEmpty():
            raise SmokeFailure(f"translation missing or unreadable: {path}")
    for context, source in (("areas", "Overview"), ("QPlatformTheme", "Cancel")):
        if QCoreApplication.translate(context, source) == source:
            raise SmokeFailure(f"translation not in force: {context} '{source}' is not translated")


def _open_database(folder: Path, db_path: Path | None, today: date):
    import sqlite3

    from db import open_database
    from desktop.domain.errors import DomainError
    from desktop.services.example_data import load_example_data

    path = Path(db_path) if db_path else folder / "smoke.sqlite"
    try:
        db = open_database(path)
    except (DomainError, OSError, sqlite3.Error) as error:
        raise SmokeFailure(f"cannot create or open the database {path}: {error!r}") from None
    if db_path is None:
        load_example_data(db, today=today)
    return db, path


def _check_panels(app, db, path: Path, folder: Path, clock: Clock, errors: list[str]) -> int:
    from PySide6.QtCore import QSettings, Qt

    from desktop.ui.settings import Settings
    from desktop.ui.views.main_window import AREA_ORDER, MainWindow

    settings = Settings(QSettings(str(folder / "smoke.ini"), QSettings.Format.IniFormat))
    window = MainWindow(db=db, settings=settings, db_path=path, clock=clock,
                        confirm=lambda title, text: False,
                        show_error=lambda message: errors.append(f"error shown: {message}"))
    try:
        window.show()
        for row, area in enumerate(AREA_ORDER):
            before = len(errors)
            window.nav.setCurrentRow(row)
            app.processEvents()
            panel = window.panels.get(area)
            if len(errors) > before:
                raise SmokeFailure(f"panel {area}: {errors.pop()}")
            if panel is None or window.stack.currentWidget() is not panel:
                raise SmokeFailure(f"panel {area} was not built")
            if window.grab().isNull() or _blank(panel.grab().toImage()):
                raise SmokeFailure(f"panel {area} did not paint")
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        return len(AREA_ORDER)
    finally:
        window.close()
        app.processEvents()


def _blank(image) -> bool:
    """No picture, or one colour only: nothing was painted."""
    if image.isNull():
        return True
    small = image.scaled(32, 32)
    first = small.pixel(0, 0)
    return all(small.pixel(x, y) == first for x in range(32) for y in range(32))


def check_report(db, pdf: Path, today: date) -> int:
    """Write this month's report and read the file back; returns its page count."""
    from desktop.report.monthly import write_report_pdf
    from desktop.services.month_close import report_figures

    figures, digest, closed = report_figures(db, today.strftime("%Y-%m"), today)
    pages = write_report_pdf(pdf, figures, digest, closed, language="ko", issued_on=today)
    return check_pdf(pdf, pages)


def check_hwpx(db, path: Path, today: date) -> None:
    """Write this month's report as .hwpx (한글; python-hwpx reads its skeleton from its data
    files, which a frozen build must carry) and check the file is an OWPML package."""
    import zipfile

    from desktop.report.hwpx import write_report_hwpx
    from desktop.services.month_close import report_figures

    figures, digest, closed = report_figures(db, today.strftime("%Y-%m"), today)
    write_report_hwpx(path, figures, digest, closed, language="ko", issued_on=today)
    try:
        with zipfile.ZipFile(path) as package:
            names = package.namelist()
            text = b"".join(package.read(n) for n in names if n.startswith("Contents/section"))
    except (OSError, zipfile.BadZipFile) as error:
        raise SmokeFailure(f"report {path} is not a .hwpx package: {error}") from None
    if "mimetype" not in names or "포항".encode() not in text:
        raise SmokeFailure(f"report {path} has no Korean text in its sections ({len(names)} parts)")


def check_pdf(pdf: Path, expected_pages: int) -> int:
    """A complete PDF file with ``expected_pages`` (> 0) page objects; returns the count."""
    data = pdf.read_bytes() if pdf.is_file() else b""
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:]:
        raise SmokeFailure(f"report {pdf} is not a complete PDF ({len(data)} bytes)")
    found = len(PAGE.findall(data))
    if found == 0 or found != expected_pages:
        raise SmokeFailure(f"report {pdf} has {found} pages, {expected_pages} were painted")
    return found


def _log_file() -> Path | None:
    from desktop.logs import log_file

    return log_file()


def _check_log_written(path: Path) -> None:
    mark = f"smoke test: log check {uuid.uuid4().hex}"
    log.info(mark)
    for handler in logging.getLogger().handlers:
        handler.flush()
    tail = path.read_bytes()[-4096:].decode("utf-8", "replace") if path.is_file() else ""
    if mark not in tail:
        raise SmokeFailure(f"the log file {path} is not written")
