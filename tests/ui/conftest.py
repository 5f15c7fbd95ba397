import pytest
from PySide6.QtCore import QSettings, Qt

from desktop.clock import Clock
from tests.conftest import TODAY


@pytest.fixture
def settings(tmp_path):
    from desktop.ui.settings import Settings

    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def qapp_ko(qapp):
    from desktop.ui.fonts import application_font, register_fonts
    from desktop.ui.i18n import install_translators

    qapp.setFont(application_font(register_fonts()))
    install_translators("ko")
    yield qapp
    install_translators("ko")


@pytest.fixture
def make_window(qtbot, qapp_ko, settings, db_path):
    from desktop.ui.views.main_window import MainWindow

    errors: list[str] = []
    answers: list[bool] = []
    choices: list[int | None] = []

    def build(db, **options):
        window = MainWindow(db=db, settings=settings, db_path=db_path, clock=Clock(TODAY), **options,
                            confirm=lambda title, text: answers.pop(0) if answers else True,
                            choose=lambda title, text, options: choices.pop(0) if choices else 0,
                            show_error=errors.append)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # gone after the test, not retranslated
        qtbot.addWidget(window)
        window.errors = errors
        window.answers = answers
        window.choices = choices
        return window

    return build
