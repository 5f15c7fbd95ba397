"""The reports panel: notes and suggestions, the cause and plan of late milestones (required
to close, undoable), the report form, closing and reopening, saving the PDF and the .hwpx."""

import zipfile

from desktop.ui.views.main_window import AREA_ORDER


def panel_of(window):
    window.nav.setCurrentRow(AREA_ORDER.index("reports"))
    return window.panels["reports"]


def test_notes_remedies_close_reopen_and_files(make_window, example_db, tmp_path):
    window = make_window(example_db)
    panel = panel_of(window)
    assert panel.month() == "2026-11" and panel.month_box.count() == 18  # 2025-06 … 2026-11
    panel.month_box.setCurrentIndex(panel.month_box.findData("2026-10"))
    notes = panel.notes_editor
    notes.edits["notes"].setPlainText("전력 인입 협의 완료")
    notes.edits["suggestions"].setPlainText("도 협조 요청")
    notes.save_button.click()
    assert example_db.execute("SELECT notes, suggestions FROM month_notes WHERE month = '2026-10'"
                              ).fetchone() == ("전력 인입 협의 완료", "도 협조 요청")
    window.undo()
    assert notes.edits["notes"].toPlainText() == "" and notes.edits["suggestions"].toPlainText() == ""
    window.redo()
    # a late milestone without its cause and plan: the close is refused and the tab shown
    remedies = panel.remedies_editor
    assert remedies.milestone_box.count() == 1 and "착공" in remedies.milestone_box.itemText(0)
    panel.close_button.click()
    assert "착공 (연내 착공)" in window.errors[-1] and "원인과 대책" in window.errors[-1]
    assert panel.tabs.currentWidget() is remedies and not panel._closed()
    remedies.cause.setPlainText("한전 전력 인입 협의 지연")
    remedies.plan.setPlainText("11월 착공 신고")
    remedies.save_button.click()
    assert remedies.missing() == 0 and remedies.milestone_box.itemText(0).startswith("✓")
    window.undo()  # the cause and plan are undone like any edit
    assert remedies.missing() == 1 and remedies.cause.toPlainText() == ""
    window.redo()
    errors = len(window.errors)
    panel.close_button.click()  # the test window answers "yes"
    assert len(window.errors) == errors and panel._closed()
    assert notes.edits["notes"].isReadOnly() and remedies.cause.isReadOnly()
    assert "마감했습니다" in panel.state.text() and panel.close_button.text() == "마감 해제…"
    target = tmp_path / "report.pdf"
    panel.pick_pdf_path = lambda: str(target)
    panel.pdf_button.click()
    assert target.read_bytes().startswith(b"%PDF")
    hwpx = tmp_path / "report.hwpx"
    panel.pick_hwpx_path = lambda: str(hwpx)
    panel.hwpx_button.click()
    with zipfile.ZipFile(hwpx) as package:
        section = package.read("Contents/section0.xml").decode("utf-8")
    assert "한전 전력 인입 협의 지연" in section and "도 협조 요청" in section
    window.answers.append(True)
    panel.close_button.click()
    assert not notes.edits["notes"].isReadOnly() and "마감 해제됨" in panel.state.text()
    assert len(window.errors) == errors


def test_report_form_settings_are_saved_undone_and_refused(make_window, db):
    window = make_window(db)
    panel = panel_of(window)
    form = panel.form_editor
    assert form.edits["signoff"].placeholderText() == "담당, 팀장, 과장, 국장"
    form.edits["signoff"].setText("담당, 팀장, 과장, 국장, 부시장")
    form.edits["doc_number"].setText("AI컴퓨팅팀-7")
    form.save_button.click()
    stored = dict(db.execute("SELECT key, value FROM project_settings WHERE key LIKE 'report_%'").fetchall())
    assert stored == {"report_signoff": "담당, 팀장, 과장, 국장, 부시장", "report_doc_number": "AI컴퓨팅팀-7"}
    window.undo()
    assert form.edits["doc_number"].text() == ""
    form.edits["signoff"].setText("가, 나, 다, 라, 마, 바, 사")
    form.save_button.click()
    assert "결재란" in window.errors[-1] and "6칸" in window.errors[-1]


def test_unwritable_pdf_path_is_reported(make_window, db, tmp_path):
    window = make_window(db)
    panel = panel_of(window)
    panel.pick_pdf_path = lambda: str(tmp_path / "missing" / "r.pdf")
    panel.pdf_button.click()
    assert "보고서를" in window.errors[-1] and "쓸 수 없습니다" in window.errors[-1]


def test_panel_looks_right(make_window, example_db, tmp_path):
    """Rendered for a look (tmp_path/reports_panel.png); the texts fit their widgets."""
    window = make_window(example_db)
    window.resize(1280, 860)
    panel = panel_of(window)
    window.show()
    for index in range(panel.tabs.count()):
        panel.tabs.setCurrentIndex(index)
        assert panel.grab().save(str(tmp_path / f"reports_panel_{index}.png"))
    for button in (panel.close_button, panel.pdf_button, panel.hwpx_button):
        assert button.sizeHint().width() <= button.width() + 1, button.text()
