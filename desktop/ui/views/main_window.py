"""The main window: navigation of the areas, menus from the action registry, wiring only."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QCoreApplication, QEvent, QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QFrame, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow, QPushButton,
    QSplitter, QStackedWidget, QVBoxLayout, QWidget,
)

from desktop import __version__
from desktop.clock import Clock
from desktop.domain.errors import DomainError
from desktop.domain.money import MoneyUnit
from desktop.services.changes import Changes
from desktop.services.history import History
from desktop.ui.actions import MENUS, SPEC_TEXT, build_actions, menu_title, retranslate_actions
from desktop.ui.appdata import log_link
from desktop.ui.i18n import explain, install_translators
from desktop.ui.settings import Settings
from desktop.ui.style import set_panel_fill
from desktop.ui.undo import UndoRunner
from desktop.ui.views.overview_panel import OverviewPanel
from desktop.ui.views.panel import Panel, ViewContext

if TYPE_CHECKING:  # the type only; the window never imports db
    from desktop.services.database_files import Database

AREA_ORDER = ("overview", "schedule", "contractor", "risk", "budget", "funding", "capacity", "effects",
              "reports")
AREA_TITLES = {
    "overview": QT_TRANSLATE_NOOP("areas", "Overview"),
    "schedule": QT_TRANSLATE_NOOP("areas", "Schedule"),
    "contractor": QT_TRANSLATE_NOOP("areas", "Contractor schedules"),
    "risk": QT_TRANSLATE_NOOP("areas", "Schedule risk"),
    "budget": QT_TRANSLATE_NOOP("areas", "Budget"),
    "funding": QT_TRANSLATE_NOOP("areas", "Funding"),
    "capacity": QT_TRANSLATE_NOOP("areas", "Capacity"),
    "effects": QT_TRANSLATE_NOOP("areas", "Expected effects"),
    "reports": QT_TRANSLATE_NOOP("areas", "Reports"),
}


PANELS = {  # area → (module, class), imported when the area is first shown
    "schedule": ("desktop.ui.views.schedule_panel", "SchedulePanel"),
    "contractor": ("desktop.ui.views.contractor_panel", "ContractorPanel"),
    "risk": ("desktop.ui.views.risk_panel", "RiskPanel"),
    "budget": ("desktop.ui.views.budget_panel", "BudgetPanel"),
    "funding": ("desktop.ui.views.funding_panel", "FundingPanel"),
    "capacity": ("desktop.ui.views.capacity_panel", "CapacityPanel"),
    "effects": ("desktop.ui.views.effects_panel", "EffectsPanel"),
    "reports": ("desktop.ui.views.reports_panel", "ReportsPanel"),
}


def _make_panel(area: str, context: ViewContext) -> Panel:
    """Panels are built when first shown: start-up pays only for the overview."""
    if area == "overview":
        return OverviewPanel(context)
    import importlib

    module, name = PANELS[area]
    return getattr(importlib.import_module(module), name)(context)


class MainWindow(QMainWindow):
    sig_changes = Signal(object)
    """Emitted once per service call with the ``Changes`` it returned."""

    sig_display_changed = Signal()
    """Emitted when how figures are shown changed (the unit of money), not the data."""

    def __init__(self, *, db: Database, settings: Settings, db_path: Path, clock: Clock,
                 confirm=None, choose=None, show_error: Callable[[str], None] | None = None,
                 figure_cache: Path | None = None) -> None:
        """``figure_cache``: the folder where the overview keeps its last figures, to show them
        at once when the window opens again on the same state (desktop/services/figure_cache.py);
        None keeps nothing."""
        super().__init__()
        self.setObjectName("MainWindow")
        self.db, self.settings, self.db_path, self.clock = db, settings, Path(db_path), clock
        self.confirm = confirm or self._confirm
        self.choose = choose or self._choose
        if show_error is not None:
            self.show_error = show_error
        self.history = History(db)
        self.runner = UndoRunner(self.history, QUndoStack(self), self.broadcast,
                                 lambda error: self.show_domain_error(error))
        self.context = ViewContext(db=db, undo=self.runner, today=clock.today, show_error=self.show_error,
                                   money_unit=lambda: MoneyUnit.from_key(self.settings.money_unit),
                                   go_to=self.go_to_area,
                                   act=lambda name: self.actions_by_name[name].trigger())
        self._figure_folder = figure_cache
        self._keep_figures_of(self.db_path)
        self.actions_by_name = build_actions(self)
        self._build_menus()
        self.settings.remember_database(str(self.db_path))
        self._build_body()
        self._wire()
        self.retranslate(panels=False)
        self._update_banner()
        geometry, state = settings.window_state()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 820)
        if state is not None:
            self.restoreState(state)

    # construction ------------------------------------------------------------------------

    def _keep_figures_of(self, path: Path) -> None:
        if self._figure_folder is not None:
            from desktop.services.figure_cache import FigureCache

            self.context.figures = FigureCache(Path(self._figure_folder), path)

    def _build_menus(self) -> None:
        self._menus = []
        for title, names in MENUS:
            menu = self.menuBar().addMenu("")
            self._menus.append((menu, title))
            for name in names:
                if name is None:
                    menu.addSeparator()
                else:
                    menu.addAction(self.actions_by_name[name])
        from desktop.ui.views.recent_menu import install_recent_menu

        self.recent_menu = install_recent_menu(self, self._menus[0][0], self.actions_by_name["open_database"])

    def _build_body(self) -> None:
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(6, 6, 6, 6)
        self.banner = QFrame()
        set_panel_fill(self.banner, "#fff3cd")
        banner_layout = QHBoxLayout(self.banner)
        self.banner_label = QLabel()
        self.banner_label.setWordWrap(True)
        self.banner_button = QPushButton()
        banner_layout.addWidget(self.banner_label, 1)
        banner_layout.addWidget(self.banner_button)
        outer.addWidget(self.banner)
        splitter = QSplitter()  # horizontal (Qt.Orientation: see row_model's note)
        self.nav = QListWidget()
        self.nav.setSpacing(4)
        nav_font = self.nav.font()
        nav_font.setPointSizeF(nav_font.pointSizeF() * 1.1)
        self.nav.setFont(nav_font)
        self.stack = QStackedWidget()
        self.panels: dict[str, Panel] = {}
        for area in AREA_ORDER:
            self.nav.addItem(QListWidgetItem())
            self.stack.addWidget(QWidget())  # replaced by the panel when first shown
        self.panel("overview")
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([180, 1100])
        outer.addWidget(splitter, 1)
        self.setCentralWidget(central)
        self.db_label = QLabel()
        self.statusBar().addPermanentWidget(self.db_label)

    def panel(self, area: str) -> Panel:
        """The area's panel, built (and filled) on first use."""
        if area not in self.panels:
            panel = _make_panel(area, self.context)
            index = AREA_ORDER.index(area)
            old = self.stack.widget(index)
            self.stack.insertWidget(index, panel)
            self.stack.removeWidget(old)
            old.deleteLater()
            self.panels[area] = panel
            self.sig_changes.connect(panel.on_changes)
            self.sig_display_changed.connect(panel.on_display_changed)
            panel.refresh()
        return self.panels[area]

    def go_to_area(self, area: str) -> None:
        self.nav.setCurrentRow(AREA_ORDER.index(area))

    def show_area(self, row: int) -> None:
        if row >= 0:
            self.panel(AREA_ORDER[row])
            self.stack.setCurrentIndex(row)

    def _wire(self) -> None:
        a = self.actions_by_name
        self.nav.currentRowChanged.connect(self.show_area)
        self.nav.setCurrentRow(0)
        a["undo"].triggered.connect(self.undo)
        a["redo"].triggered.connect(self.redo)
        stack = self.runner.stack
        stack.canUndoChanged.connect(a["undo"].setEnabled)
        stack.canRedoChanged.connect(a["redo"].setEnabled)
        stack.undoTextChanged.connect(lambda _text: self._name_undo_actions())
        stack.redoTextChanged.connect(lambda _text: self._name_undo_actions())
        a["undo"].setEnabled(False)
        a["redo"].setEnabled(False)
        a["quit"].triggered.connect(self.close)
        a["refresh"].triggered.connect(self.refresh_all)
        a["about"].triggered.connect(self.show_about)
        a["audit_trail"].triggered.connect(lambda: self.run_database_action("audit_trail"))
        a["help"].triggered.connect(self.show_help)
        a["parties"].triggered.connect(self.open_parties)
        for unit in MoneyUnit:
            a[f"unit_{unit.name}"].triggered.connect(lambda _=False, u=unit: self.set_money_unit(u))
        a["lang_ko"].triggered.connect(lambda: self.set_language("ko"))
        a["lang_en"].triggered.connect(lambda: self.set_language("en"))
        for name, handler in (("load_example", "load_example"), ("remove_example", "remove_example"),
                              ("backup_now", "backup_now"), ("restore_backup", "restore"),
                              ("open_database", "open_other"), ("import_mspdi", "import_mspdi"),
                              ("import_costs", "import_costs"), ("import_payments", "import_payments"),
                              ("import_parties", "import_parties"),
                              ("export_mspdi", "export_mspdi"), ("export_table", "export_table")):
            a[name].triggered.connect(lambda _=False, h=handler: self.run_database_action(h))
        self.banner_button.clicked.connect(lambda: self.run_database_action("remove_example"))
        self.sig_changes.connect(self._on_changes)

    def undo(self) -> bool:
        """Undo the last change (through the core's history); False when refused."""
        return self.runner.undo()

    def redo(self) -> bool:
        return self.runner.redo()

    def _name_undo_actions(self) -> None:
        """Undo and redo name what they would undo: "실행 취소: 실적 입력"."""
        a = self.actions_by_name
        for name, label in (("undo", self.history.undo_label), ("redo", self.history.redo_label)):
            plain = QCoreApplication.translate("actions", SPEC_TEXT[name])
            a[name].setText(self.tr("%1: %2").replace("%1", plain).replace("%2", label) if label else plain)

    def run_database_action(self, name: str) -> None:
        """Menu actions on the whole database, imported on first use to keep start-up short."""
        from desktop.ui.views import database_actions

        getattr(database_actions, name)(self)

    # data -------------------------------------------------------------------------------

    def broadcast(self, changes: Changes) -> None:
        self.sig_changes.emit(changes)

    def refresh_all(self, *, reload: bool = True) -> None:
        """Every panel shows the database again (``reload``: the schedule computed afresh
        too, not only followed)."""
        if reload:
            self.context.forget_plan()
        for panel in self.panels.values():
            panel.refresh()
        self._update_banner()

    def _on_changes(self, changes: Changes) -> None:
        self._update_banner(changes)

    def _update_banner(self, changes: Changes | None = None) -> None:
        """The example-data banner: after a change, only the tables the change log names since
        the last look are asked again (one without example rows only about those rows)."""
        from desktop.services import lookups  # its names load when used: start-up asks two

        held = getattr(self, "_examples", None)
        if changes is None or held is None:
            self._example_mark = lookups.change_mark(self.db)
            held = self._examples = lookups.example_tables(self.db)
        else:
            self._example_mark, changed = lookups.changed_since(self.db, self._example_mark)
            for table in changed.keys() & set(lookups.EXAMPLE_TABLES):
                held.update(lookups.example_tables(self.db, [table], None if held[table] else
                                           [int(k) for k in changed[table]]))
        rows = sum(held.values())
        self.banner.setVisible(rows > 0)
        self.actions_by_name["load_example"].setEnabled(rows == 0)
        self.actions_by_name["remove_example"].setEnabled(rows > 0)

    def replace_database(self, db: Database, path: Path) -> None:
        """Work on another database from now on (after open or restore)."""
        self.db, self.db_path = db, Path(path)
        self.context.db = db
        self._keep_figures_of(self.db_path)
        self.runner.clear(db)
        self._data_version = db.data_version()
        self.settings.last_db_path = str(path)
        self.settings.remember_database(str(path))
        self.retranslate()
        self.refresh_all()

    def set_money_unit(self, unit: MoneyUnit) -> None:
        """The unit of money tables (원/천원/백만원/억원), remembered in the settings."""
        self.settings.money_unit = unit.name
        self._check_unit()
        self.sig_display_changed.emit()

    def _check_unit(self) -> None:
        current = self.settings.money_unit
        for unit in MoneyUnit:
            self.actions_by_name[f"unit_{unit.name}"].setChecked(unit.name == current)

    # language ---------------------------------------------------------------------------

    def set_language(self, language: str) -> None:
        self.settings.language = install_translators(language)
        self.retranslate()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self, panels: bool = True) -> None:
        self.setWindowTitle(self.tr("Pohang Global AI Computing Center — project control"))
        retranslate_actions(self.actions_by_name)
        from desktop.ui.views.recent_menu import retranslate_recent_menu

        retranslate_recent_menu(self.recent_menu)
        self._name_undo_actions()
        for menu, title in self._menus:
            menu.setTitle(menu_title(title))
        for row, area in enumerate(AREA_ORDER):
            if panels and area in self.panels:
                self.panels[area].retranslate()
            self.nav.item(row).setText(QCoreApplication.translate("areas", AREA_TITLES[area]))
        self.banner_label.setText(self.tr(
            "Example data is loaded: figures marked 예시 are illustrative, not the plan's."))
        self.banner_button.setText(self.tr("Remove example data"))
        self.db_label.setText(self.tr("Database: %1").replace("%1", str(self.db_path)))
        self._check_unit()
        language = self.settings.language
        self.actions_by_name["lang_ko"].setChecked(language == "ko")
        self.actions_by_name["lang_en"].setChecked(language == "en")

    # dialogs ----------------------------------------------------------------------------

    def show_error(self, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox  # made when first needed, not at start-up

        QMessageBox.warning(self, self.tr("Cannot do that"), message)

    def show_domain_error(self, error: DomainError) -> None:
        self.show_error(explain(error))
        if error.code in ("row_changed", "row_changed_outside"):  # another edit came first: show it
            self.refresh_all()

    # other copies of the application ---------------------------------------------------

    def watch_other_writers(self, interval_ms: int = 2000) -> None:
        """Notice commits of other processes (PRAGMA data_version, cheap) and refresh."""
        from PySide6.QtCore import QTimer

        self._data_version = self.db.data_version()
        self._watch = QTimer(self)
        self._watch.timeout.connect(self.check_other_writers)
        self._watch.start(interval_ms)

    def check_other_writers(self) -> bool:
        """Refresh what is shown when another process committed since the last look."""
        version = self.db.data_version()
        if version == getattr(self, "_data_version", version):
            return False
        self._data_version = version
        self.refresh_all(reload=False)  # the live schedule follows their changes
        self.statusBar().showMessage(self.tr("Updated with changes saved by another user."), 5000)
        return True

    def _confirm(self, title: str, text: str) -> bool:
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def _choose(self, title: str, text: str, options: list[str]) -> int | None:
        """One of ``options`` (buttons, the first the default) or None for Cancel."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self)
        buttons = [box.addButton(option, QMessageBox.ButtonRole.AcceptRole) for option in options]
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(buttons[0])
        box.exec()
        return buttons.index(box.clickedButton()) if box.clickedButton() in buttons else None

    def show_help(self) -> None:
        from desktop.ui.dialogs.help_dialog import show_help

        show_help(self)

    def open_parties(self) -> None:
        from desktop.ui.dialogs.parties_dialog import open_parties

        open_parties(self)

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(self, self.tr("About"), self.tr(
            "<b>Pohang Global AI Computing Center — project control</b><br>Version %1<br>"
            "Database: %2<br><br>Font: Pretendard GOV (SIL Open Font License 1.1)")
            .replace("%1", __version__).replace("%2", str(self.db_path)) + "<br>" + log_link(self.tr("Log: %1")))

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.settings.save_window_state(self.saveGeometry(), self.saveState())
        super().closeEvent(event)
