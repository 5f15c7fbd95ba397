"""Two copies of the application on one database: the window notices the other's saves, an
undo never overwrites the other's later edit, and the audit trail can be read and verified."""

from __future__ import annotations

from PySide6.QtCore import Qt

from db import open_database
from desktop.services.fields import update_field
from desktop.ui.models.overview_models import PhaseTableModel


def overview(window):
    return window.panels["overview"]


def test_the_window_notices_another_copys_save(make_window, db, db_path):
    window = make_window(db)
    window.watch_other_writers(interval_ms=60_000)  # driven by hand below
    assert window.check_other_writers() is False
    other = open_database(db_path)  # the second copy of the app
    try:
        phase = other.execute("SELECT id FROM phases WHERE number = 2").fetchone()[0]
        update_field(other, entity="phases", entity_id=phase, field="target_gpus", value=45_000)
    finally:
        other.close()
    assert window.check_other_writers() is True
    model = overview(window).phase_model
    assert model.index(1, PhaseTableModel.COL_GPUS).data() == "45,000"
    assert window.check_other_writers() is False  # seen once


def test_an_undo_never_overwrites_the_other_users_later_edit(make_window, db, db_path):
    window = make_window(db)
    model = overview(window).phase_model
    assert model.setData(model.index(1, PhaseTableModel.COL_GPUS), "50,000", Qt.ItemDataRole.EditRole)
    other = open_database(db_path)
    try:
        phase = other.execute("SELECT id FROM phases WHERE number = 2").fetchone()[0]
        update_field(other, entity="phases", entity_id=phase, field="target_gpus", value=60_000)
    finally:
        other.close()
    assert window.undo() is False  # refused: it would put back 미정 over the other's 60,000
    assert db.execute("SELECT target_gpus FROM phases WHERE number = 2").fetchone()[0] == 60_000
    assert "변경했습니다" in window.errors[-1] and window.history.can_undo
    assert model.index(1, PhaseTableModel.COL_GPUS).data() == "60,000"  # the view shows the new value


def test_the_audit_trail_is_listed_filtered_exported_and_verified(make_window, db, tmp_path):
    from desktop.ui.dialogs.audit_dialog import AuditDialog

    window = make_window(db)
    model = overview(window).phase_model
    model.setData(model.index(1, PhaseTableModel.COL_GPUS), "50,000", Qt.ItemDataRole.EditRole)
    dialog = AuditDialog(db, window.db_path, window.context.today(), window)
    # Opened on the whole log, whatever the working date and the day the rows were written:
    assert dialog.table.rowCount() >= 2 and dialog.rows[0]["entity"] == "phases"
    dialog.entity.setCurrentIndex(dialog.entity.findData("phases"))
    assert {r["entity"] for r in dialog.rows} == {"phases"}
    assert "감사" in dialog.run_verify()[0] or "이상" in dialog.run_verify()[0]
    db.execute("UPDATE phases SET note_ko = 'x' WHERE number = 3")  # an edit outside the app
    findings = dialog.run_verify()
    assert any("phases" in line for line in findings)
    target = tmp_path / "audit.csv"
    dialog.pick_export_path = lambda: str(target)
    dialog.export()
    assert "target_gpus" in target.read_text(encoding="utf-8-sig")
