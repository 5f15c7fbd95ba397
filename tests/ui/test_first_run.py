"""First run: each empty panel says what to enter first, F1 opens the guide, recent databases."""

from pathlib import Path

from PySide6.QtGui import QKeySequence

from db import open_database
from desktop.ui.views.main_window import AREA_ORDER

AREAS = ("overview", "schedule", "funding", "capacity", "effects", "reports")


def panel(window, area):
    window.nav.setCurrentRow(AREA_ORDER.index(area))
    return window.panels[area]


def test_every_empty_panel_says_what_to_enter_first(make_window, db):
    window = make_window(db)
    for area in AREAS:
        empty = panel(window, area).empty
        assert empty.isVisibleTo(window), area
        assert empty.title.text() and empty.buttons and all(b.text() for b in empty.buttons), area
        assert not any(ch.isascii() and ch.isalpha() for ch in empty.title.text()), empty.title.text()


def test_the_hints_leave_once_there_is_data(make_window, example_db):
    window = make_window(example_db)
    for area in ("overview", "schedule", "funding", "capacity", "effects"):
        assert not panel(window, area).empty.isVisibleTo(window), area


def test_the_hints_buttons_lead_to_the_first_step(make_window, db):
    window = make_window(db)
    overview = panel(window, "overview")
    overview.empty.buttons[1].click()  # 약정 입력
    assert window.stack.currentWidget() is window.panels["funding"]
    funding = window.panels["funding"]
    shown = []
    funding.run_dialog = shown.append
    funding.empty.buttons[0].click()  # 약정 추가…
    assert shown and shown[0].windowTitle() == "투자 약정"
    overview.empty.buttons[3].click()  # 사용 안내 (F1)
    assert window._help_dialog.isVisible()


def test_f1_opens_the_korean_guide_and_the_english_one(make_window, db):
    window = make_window(db)
    action = window.actions_by_name["help"]
    assert action.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    action.trigger()
    text = window._help_dialog.browser.toPlainText()
    for words in ("매월 주기", "실적 입력", "검토", "월 마감", "보고서 인쇄"):
        assert words in text, words
    window._help_dialog.close()
    window.set_language("en")
    action.trigger()
    text = window._help_dialog.browser.toPlainText()
    assert "The monthly cycle" in text and "Close the month" in text
    window.set_language("ko")


def test_recent_databases(make_window, db, db_path, settings, tmp_path):
    window = make_window(db)
    assert settings.recent_databases == [str(db_path)]
    other_path = tmp_path / "other.sqlite"
    open_database(other_path).close()
    from desktop.ui.views.recent_menu import fill_recent_menu, open_recent

    assert open_recent(window, str(other_path))
    assert window.db_path == other_path and settings.recent_databases == [str(other_path), str(db_path)]
    fill_recent_menu(window, window.recent_menu)
    entries = [a.text() for a in window.recent_menu.actions()]
    assert entries == [f"&1 {db_path.name} — {db_path.parent}"]  # the open one is not offered
    window.recent_menu.actions()[0].trigger()
    assert window.db_path == db_path
    gone = tmp_path / "gone.sqlite"
    settings.remember_database(str(gone))
    assert not open_recent(window, str(gone))
    assert "파일이 없습니다" in window.errors[-1] and str(gone) not in settings.recent_databases
    assert not gone.exists() and window.db_path == db_path  # nothing created, nothing switched
    assert window.recent_menu.title() == "최근 데이터베이스"
    assert Path(settings.recent_databases[0]) == db_path
