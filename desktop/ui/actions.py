"""The action registry: every menu and toolbar entry declared once (Picard's pattern)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from PySide6.QtGui import QAction, QKeySequence


@dataclass(frozen=True)
class ActionSpec:
    name: str
    text: str  # English source, context "actions"
    shortcut: QKeySequence.StandardKey | None = None
    checkable: bool = False


SPECS = [
    ActionSpec("open_database", QT_TRANSLATE_NOOP("actions", "&Open database…"), QKeySequence.StandardKey.Open),
    ActionSpec("import_mspdi", QT_TRANSLATE_NOOP("actions", "Import MS Project XML…")),
    ActionSpec("import_costs", QT_TRANSLATE_NOOP("actions", "Import actual costs (Excel/CSV)…")),
    ActionSpec("import_payments", QT_TRANSLATE_NOOP("actions", "Import funding payments (Excel/CSV)…")),
    ActionSpec("import_parties", QT_TRANSLATE_NOOP("actions", "Import participants (Excel/CSV)…")),
    ActionSpec("export_mspdi", QT_TRANSLATE_NOOP("actions", "Export MS Project XML…")),
    ActionSpec("export_table", QT_TRANSLATE_NOOP("actions", "Export a table (Excel/CSV)…")),
    ActionSpec("backup_now", QT_TRANSLATE_NOOP("actions", "&Back up now")),
    ActionSpec("restore_backup", QT_TRANSLATE_NOOP("actions", "&Restore from backup…")),
    ActionSpec("quit", QT_TRANSLATE_NOOP("actions", "&Quit"), QKeySequence.StandardKey.Quit),
    ActionSpec("undo", QT_TRANSLATE_NOOP("actions", "&Undo"), QKeySequence.StandardKey.Undo),
    ActionSpec("redo", QT_TRANSLATE_NOOP("actions", "&Redo"), QKeySequence.StandardKey.Redo),
    ActionSpec("load_example", QT_TRANSLATE_NOOP("actions", "Load &example data")),
    ActionSpec("remove_example", QT_TRANSLATE_NOOP("actions", "Remove example &data")),
    ActionSpec("parties", QT_TRANSLATE_NOOP("actions", "&Participants…")),
    ActionSpec("refresh", QT_TRANSLATE_NOOP("actions", "Re&fresh"), QKeySequence.StandardKey.Refresh),
    ActionSpec("unit_WON", QT_TRANSLATE_NOOP("actions", "Amounts in won"), checkable=True),
    ActionSpec("unit_THOUSAND", QT_TRANSLATE_NOOP("actions", "Amounts in thousands of won"), checkable=True),
    ActionSpec("unit_MILLION", QT_TRANSLATE_NOOP("actions", "Amounts in millions of won"), checkable=True),
    ActionSpec("unit_HUNDRED_MILLION", QT_TRANSLATE_NOOP("actions", "Amounts in hundreds of millions of won"),
               checkable=True),
    ActionSpec("lang_ko", QT_TRANSLATE_NOOP("actions", "한국어"), checkable=True),
    ActionSpec("lang_en", QT_TRANSLATE_NOOP("actions", "English"), checkable=True),
    ActionSpec("help", QT_TRANSLATE_NOOP("actions", "User &guide"), QKeySequence.StandardKey.HelpContents),
    ActionSpec("audit_trail", QT_TRANSLATE_NOOP("actions", "Audit trail and &verification…")),
    ActionSpec("about", QT_TRANSLATE_NOOP("actions", "&About")),
]

SPEC_TEXT = {spec.name: spec.text for spec in SPECS}

MENUS = [
    (QT_TRANSLATE_NOOP("menus", "&File"), ["open_database", None, "import_mspdi", "import_costs",
                                           "import_payments", "import_parties", "export_mspdi",
                                           "export_table", None,
                                           "backup_now",
                                           "restore_backup", None, "quit"]),
    (QT_TRANSLATE_NOOP("menus", "&Edit"), ["undo", "redo"]),
    (QT_TRANSLATE_NOOP("menus", "&Data"), ["parties", None, "load_example", "remove_example", None,
                                           "refresh"]),
    (QT_TRANSLATE_NOOP("menus", "&View"), ["unit_WON", "unit_THOUSAND", "unit_MILLION",
                                           "unit_HUNDRED_MILLION", None, "lang_ko", "lang_en"]),
    (QT_TRANSLATE_NOOP("menus", "&Help"), ["help", None, "audit_trail", None, "about"]),
]


def build_actions(parent) -> dict[str, QAction]:
    actions = {}
    for spec in SPECS:
        action = QAction(parent)
        action.setObjectName(f"action_{spec.name}")
        if spec.shortcut is not None:
            action.setShortcuts(spec.shortcut)  # QKeySequence(key) would make Qt's namespace enums
        action.setCheckable(spec.checkable)
        actions[spec.name] = action
    retranslate_actions(actions)
    return actions


def retranslate_actions(actions: dict[str, QAction]) -> None:
    for spec in SPECS:
        actions[spec.name].setText(QCoreApplication.translate("actions", spec.text))


def menu_title(text: str) -> str:
    return QCoreApplication.translate("menus", text)
