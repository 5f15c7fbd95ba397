"""The About box names the version and links the log file's folder."""

from PySide6.QtWidgets import QMessageBox


def test_about_shows_version_database_and_log_link(make_window, db, monkeypatch):
    from desktop import __version__
    from desktop.ui.appdata import log_path

    shown = []
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: shown.append((title, text)))
    window = make_window(db)
    window.show_about()
    title, text = shown[0]
    assert title == "프로그램 정보"
    assert f"버전 {__version__}" in text and str(window.db_path) in text
    path = log_path()
    assert f"로그 파일: <a href=\"{path.parent.as_uri()}\">{path}</a>" in text
