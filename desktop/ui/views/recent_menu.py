"""File › Recent databases: the files opened lately (typed settings), opened again with a
click; one that cannot be opened any more is explained and taken off the list."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QMenu

TITLE = QT_TRANSLATE_NOOP("recent", "Recent databases")


def install_recent_menu(window, file_menu: QMenu, after) -> QMenu:
    """A submenu of ``file_menu`` placed after the action ``after``; filled when shown."""
    menu = QMenu(file_menu)
    menu.setObjectName("recent_menu")
    actions = file_menu.actions()
    position = actions.index(after) + 1 if after in actions else len(actions)
    before = actions[position] if position < len(actions) else None
    file_menu.insertMenu(before, menu) if before is not None else file_menu.addMenu(menu)
    menu.aboutToShow.connect(lambda: fill_recent_menu(window, menu))
    retranslate_recent_menu(menu)
    fill_recent_menu(window, menu)
    return menu


def retranslate_recent_menu(menu: QMenu) -> None:
    menu.setTitle(QCoreApplication.translate("recent", TITLE))


def fill_recent_menu(window, menu: QMenu) -> None:
    menu.clear()
    current = str(window.db_path)
    paths = [p for p in window.settings.recent_databases if p != current]
    for number, path in enumerate(paths, start=1):
        action = menu.addAction(f"&{number} {Path(path).name} — {Path(path).parent}")
        action.setToolTip(path)
        action.triggered.connect(lambda _checked=False, p=path: open_recent(window, p))
    if not paths:
        empty = menu.addAction(QCoreApplication.translate("recent", "No other database opened yet"))
        empty.setEnabled(False)


def open_recent(window, path: str) -> bool:
    """Open ``path`` in the window; a file that cannot be opened is explained and forgotten."""
    from desktop.domain.errors import DomainError, ValidationError
    from desktop.services.database_files import open_file

    try:
        if not Path(path).is_file():  # gone since: say so (opening would create a new file)
            raise ValidationError("file_missing", path=path)
        db = open_file(Path(path))
    except DomainError as error:
        window.settings.forget_database(path)
        window.show_domain_error(error)
        return False
    window.db.close()
    window.replace_database(db, Path(path))
    return True
