"""Menu actions on the database as a whole: example data, backups, open another file.

Each takes the main window; pickers and confirmations go through ``window.confirm`` and
``window.pick_*`` attributes so tests can answer them without dialogs.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from desktop.services.database_files import backups_of, make_backup, open_file, restore_file
from desktop.domain.errors import DomainError
from desktop.services.example_data import load_example_data, remove_example_data


def _t(text: str) -> str:
    """Translate an already-collected text of this module."""
    return QCoreApplication.translate("database_actions", text)


def load_example(window) -> None:
    db = window.db
    try:
        window.runner.run_pair(_t(QT_TRANSLATE_NOOP("database_actions", "Load example data")),
                               lambda: load_example_data(db, today=window.context.today()),
                               lambda: remove_example_data(db))
    except DomainError as error:
        window.show_domain_error(error)


def remove_example(window) -> None:
    if not window.confirm(_t(QT_TRANSLATE_NOOP("database_actions", "Remove example data")),
                          _t(QT_TRANSLATE_NOOP("database_actions", "Remove every example row? Figures you entered are kept."))):
        return
    db = window.db
    try:
        window.runner.run_pair(_t(QT_TRANSLATE_NOOP("database_actions", "Remove example data")), lambda: remove_example_data(db),
                               lambda: load_example_data(db, today=window.context.today()))
    except DomainError as error:
        window.show_domain_error(error)


def backup_now(window) -> None:
    try:
        target = make_backup(window.db, window.db_path, keep=window.settings.backup_keep)
    except DomainError as error:  # a full disk, a lock held by another user: said, not raised
        window.show_domain_error(error)
        return
    except OSError as error:
        window.show_error(_t(QT_TRANSLATE_NOOP("database_actions", "The backup could not be written: %1")).replace("%1", str(error)))
        return
    window.statusBar().showMessage(_t(QT_TRANSLATE_NOOP("database_actions", "Backup written: %1")).replace("%1", str(target)), 8000)


def pick_backup(window) -> Path | None:
    backups = backups_of(window.db_path)
    if not backups:
        QMessageBox.information(window, _t(QT_TRANSLATE_NOOP("database_actions", "Restore from backup")), _t(QT_TRANSLATE_NOOP("database_actions", "There is no backup yet.")))
        return None
    names = [b.name for b in backups]
    name, ok = QInputDialog.getItem(window, _t(QT_TRANSLATE_NOOP("database_actions", "Restore from backup")),
                                    _t(QT_TRANSLATE_NOOP("database_actions", "Backup to restore (newest first):")), names, 0, False)
    return backups[names.index(name)] if ok else None


def restore(window) -> None:
    picker = getattr(window, "pick_backup", None) or pick_backup
    backup = picker(window)
    if backup is None:
        return
    if not window.confirm(_t(QT_TRANSLATE_NOOP("database_actions", "Restore from backup")), _t(
            "Replace the current database with %1? The current one is kept beside it.")
            .replace("%1", backup.name)):
        return
    path = window.db_path
    window.db.close()
    try:
        restore_file(backup, path)
    except DomainError as error:
        window.show_domain_error(error)
    window.replace_database(open_file(path), path)


def pick_database(window) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(window, _t(QT_TRANSLATE_NOOP("database_actions", "Open database")), str(window.db_path.parent),
                                          _t(QT_TRANSLATE_NOOP("database_actions", "Databases (*.sqlite *.db);;All files (*)")))
    return Path(name) if name else None


def open_other(window) -> None:
    picker = getattr(window, "pick_database", None) or pick_database
    path = picker(window)
    if path is None:
        return
    try:
        db = open_file(path)
    except DomainError as error:
        window.show_domain_error(error)
        return
    window.db.close()
    window.replace_database(db, path)


def _pick_open(window, title: str, filters: str) -> Path | None:
    picker = getattr(window, "pick_import_file", None)
    if picker is not None:
        return picker()
    name, _ = QFileDialog.getOpenFileName(window, title, str(window.db_path.parent), filters)
    return Path(name) if name else None


def import_mspdi(window) -> None:
    from desktop.ui.dialogs.mspdi_dialog import import_mspdi_file

    path = _pick_open(window, _t(QT_TRANSLATE_NOOP("database_actions", "Import MS Project XML")),
                      _t(QT_TRANSLATE_NOOP("database_actions", "MS Project XML (*.xml);;All files (*)")))
    if path is not None:
        import_mspdi_file(window.context, path, parent=window,
                          run_dialog=getattr(window, "run_dialog", None))


def _import_sheet(window, kind: str) -> None:
    from desktop.ui.dialogs.sheet_import_dialog import import_sheet_file

    path = _pick_open(window, _t(QT_TRANSLATE_NOOP("database_actions", "Import a spreadsheet")),
                      _t(QT_TRANSLATE_NOOP("database_actions", "Spreadsheets (*.xlsx *.csv);;All files (*)")))
    if path is not None:
        import_sheet_file(window.context, path, kind, parent=window,
                          run_dialog=getattr(window, "run_dialog", None))


def import_costs(window) -> None:
    _import_sheet(window, "costs")


def import_payments(window) -> None:
    _import_sheet(window, "payments")


def import_parties(window) -> None:
    _import_sheet(window, "parties")


def export_mspdi(window) -> None:
    from desktop.services.exchange import export_mspdi as write

    picker = getattr(window, "pick_export_file", None)
    path = picker() if picker is not None else Path(QFileDialog.getSaveFileName(
        window, _t(QT_TRANSLATE_NOOP("database_actions", "Export MS Project XML")), "schedule.xml",
        _t(QT_TRANSLATE_NOOP("database_actions", "MS Project XML (*.xml)")))[0] or "")
    if not path or str(path) in ("", "."):
        return
    try:
        write(window.db, Path(path), window.context.today())
    except DomainError as error:
        window.show_domain_error(error)
        return
    window.statusBar().showMessage(_t(QT_TRANSLATE_NOOP("database_actions", "Written: %1")).replace(
        "%1", str(path)), 8000)


TABLE_LABELS = {  # the exportable tables, in the order offered
    "tasks": QT_TRANSLATE_NOOP("database_actions", "Schedule (tasks)"),
    "variance": QT_TRANSLATE_NOOP("database_actions", "Budget variance and earned value"),
    "funding": QT_TRANSLATE_NOOP("database_actions", "Funding commitments"),
    "effects": QT_TRANSLATE_NOOP("database_actions", "Expected effects"),
}


def _pick_table(window) -> tuple[str, Path] | None:
    """Which table and where; tests answer through ``window.pick_table_export``."""
    picker = getattr(window, "pick_table_export", None)
    if picker is not None:
        return picker()
    from PySide6.QtWidgets import QInputDialog

    names = list(TABLE_LABELS)
    labels = [_t(TABLE_LABELS[name]) for name in names]
    title = _t(QT_TRANSLATE_NOOP("database_actions", "Export a table"))
    label, ok = QInputDialog.getItem(window, title, _t(QT_TRANSLATE_NOOP(
        "database_actions", "Table:")), labels, 0, False)
    if not ok:
        return None
    name = names[labels.index(label)]
    path, _ = QFileDialog.getSaveFileName(
        window, title, str(window.db_path.parent / f"{name}.xlsx"),
        _t(QT_TRANSLATE_NOOP("database_actions", "Excel (*.xlsx);;CSV, UTF-8 (*.csv)")))
    return (name, Path(path)) if path else None


def export_table(window) -> None:
    """One of the tables to .xlsx or .csv (by the name's ending), exact won, Korean headers."""
    from desktop.interop.tables import write_table
    from desktop.services.table_exports import TABLES

    picked = _pick_table(window)
    if picked is None:
        return
    name, path = picked
    if path.suffix.lower() not in (".xlsx", ".csv"):
        path = path.with_suffix(".xlsx")
    try:
        write_table(TABLES[name](window.db, window.context.today()), path)
    except OSError as error:
        window.context.show_error(_t(QT_TRANSLATE_NOOP("database_actions", "Could not write %1: %2"))
                                  .replace("%1", str(path)).replace("%2", error.strerror or str(error)))
        return
    window.statusBar().showMessage(_t(QT_TRANSLATE_NOOP("database_actions", "Written: %1")).replace(
        "%1", str(path)), 8000)


def audit_trail(window) -> None:
    from desktop.ui.dialogs.audit_dialog import AuditDialog

    dialog = AuditDialog(window.db, window.db_path, window.context.today(), window)
    runner = getattr(window, "run_dialog", None)
    runner(dialog) if runner else dialog.exec()
