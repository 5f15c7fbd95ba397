"""The reports panel: notes (undoable), closing and reopening, saving the PDF."""

from desktop.ui.views.main_window import AREA_ORDER


def panel_of(window):
    window.nav.setCurrentRow(AREA_ORDER.index("reports"))
    return window.panels["reports"]


def test_notes_close_reopen_and_pdf(make_window, example_db, tmp_path):
    window = make_window(example_db)
    panel = panel_of(window)
    assert panel.month() == "2026-11" and panel.month_box.count() == 18  # 2025-06 … 2026-11
    panel.month_box.setCurrentIndex(panel.month_box.findData("2026-10"))
    panel.notes.setPlainText("전력 인입 협의 완료")
    panel.save_notes_button.click()
    assert example_db.execute("SELECT notes FROM month_notes WHERE month = '2026-10'").fetchone()[0] == \
        "전력 인입 협의 완료"
    window.undo()
    assert panel.notes.toPlainText() == ""
    window.redo()
    panel.close_button.click()  # the test window answers "yes"
    assert panel.notes.isReadOnly() and "마감했습니다" in panel.state.text()
    assert panel.close_button.text() == "마감 해제…"
    target = tmp_path / "report.pdf"
    panel.pick_pdf_path = lambda: str(target)
    panel.pdf_button.click()
    assert target.read_bytes().startswith(b"%PDF")
    window.answers.append(True)
    panel.close_button.click()
    assert not panel.notes.isReadOnly() and "마감 해제됨" in panel.state.text()
    assert not window.errors


def test_unwritable_pdf_path_is_reported(make_window, db, tmp_path):
    window = make_window(db)
    panel = panel_of(window)
    panel.pick_pdf_path = lambda: str(tmp_path / "missing" / "r.pdf")
    panel.pdf_button.click()
    assert "보고서를" in window.errors[-1] and "쓸 수 없습니다" in window.errors[-1]
