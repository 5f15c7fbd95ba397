from tests.ui.conftest import qapp_ko  # noqa: F401 - the report paints with the app's font
