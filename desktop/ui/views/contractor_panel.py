"""협력사 일정: contractors' schedules kept beside the plan, one version per monthly update.

The list of schedules (each with its latest version, the plan milestone it is tied to and the
float its finish leaves before that milestone's deadline), the versions of the one selected,
and two pages: the update review between the selected version and the one before it, and the
DCMA 14-point check of the selected version (or of the project's own schedule).  Importing a
version and tying a schedule to a milestone are undoable; a refusal is explained.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QHBoxLayout, QLabel, QPushButton, QTabWidget

from desktop.domain.errors import DomainError
from desktop.services.contractor import file_projects, tie_contractor_schedule
from desktop.services.contractor_read import (
    contractor_schedules, contractor_versions, review_versions, version_quality,
)
from desktop.ui.i18n import explain
from desktop.ui.labels import localized
from desktop.ui.models.contractor_models import ScheduleListModel, VersionModel
from desktop.ui.progress import busy
from desktop.ui.style import set_role
from desktop.ui.views.contractor_pages import DcmaPage, ReviewPage
from desktop.ui.views.panel import Panel, ViewContext
from desktop.ui.views.tables import fit_table, make_table, scroll_body


class ContractorPanel(Panel):
    WATCHES = frozenset({"contractor_schedules", "contractor_versions", "contractor_ties", "tasks",
                         "parties", "imports"})

    def __init__(self, context: ViewContext, parent=None) -> None:
        super().__init__(context, parent)
        # injectable in tests: the file to import (None: cancelled), how a dialog is shown
        self.pick_file: Callable[[], Path | None] = self._pick_file
        self.run_dialog: Callable[[QDialog], object] = lambda dialog: dialog.exec()
        self.schedules: list[dict] = []
        self.versions: list[dict] = []
        self.plan_checked = False
        self._cache: dict[tuple, object] = {}
        layout = scroll_body(self)
        self.add_heading(layout, intro=True)
        bar = QHBoxLayout()
        self.import_button, self.tie_button, self.plan_button = QPushButton(), QPushButton(), QPushButton()
        self.import_button.clicked.connect(lambda _=False: self.import_version())
        self.tie_button.clicked.connect(lambda _=False: self.tie())
        self.plan_button.clicked.connect(lambda _=False: self.check_plan())
        for button in (self.import_button, self.tie_button, self.plan_button):
            bar.addWidget(button)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        self.model = ScheduleListModel(self)
        self.table = make_table(self.model)
        self.table.selectionModel().currentRowChanged.connect(lambda _c, _o: self.show_versions())
        layout.addWidget(self.table, 0, Qt.AlignmentFlag.AlignLeft)
        self.versions_label = QLabel()
        set_role(self.versions_label, "section")
        layout.addWidget(self.versions_label)
        self.version_model = VersionModel(self)
        self.version_table = make_table(self.version_model)
        self.version_table.selectionModel().currentRowChanged.connect(lambda _c, _o: self.show_pages())
        layout.addWidget(self.version_table, 0, Qt.AlignmentFlag.AlignLeft)
        self.tabs = QTabWidget()
        self.review_page, self.dcma_page = ReviewPage(), DcmaPage()
        self.tabs.addTab(self.review_page, "")
        self.tabs.addTab(self.dcma_page, "")
        self.tabs.currentChanged.connect(lambda _i: self.show_pages())
        layout.addWidget(self.tabs)
        layout.addStretch(1)
        self.retranslate()

    # -- data -----------------------------------------------------------------------------
    def refresh(self) -> None:
        selected = self.current_schedule()
        self._cache.clear()
        self.schedules = contractor_schedules(self.context.db)
        self.model.set_rows(self.schedules)
        fit_table(self.table, most=300)
        self.empty.setVisible(not self.schedules)
        row = next((i for i, s in enumerate(self.schedules) if selected and s["id"] == selected["id"]), 0)
        if self.schedules:
            self.table.selectRow(row)
        self.show_versions()

    def current_schedule(self) -> dict | None:
        index = self.table.currentIndex()
        return self.schedules[index.row()] if index.isValid() and index.row() < len(self.schedules) else None

    def current_version(self) -> dict | None:
        index = self.version_table.currentIndex()
        return self.versions[index.row()] if index.isValid() and index.row() < len(self.versions) else None

    def show_versions(self) -> None:
        schedule = self.current_schedule()
        self.versions = contractor_versions(self.context.db, schedule_id=schedule["id"]) if schedule else []
        self.version_model.set_rows(self.versions)
        fit_table(self.version_table, most=240)
        self.versions_label.setText(self.tr("Versions of “%1”").replace("%1", schedule["name"]) if schedule
                                    else self.tr("Versions"))
        self.plan_checked = False
        if self.versions:
            self.version_table.selectRow(0)
        self.show_pages()

    def _cached(self, key: tuple, compute):
        if key not in self._cache:
            with busy():
                self._cache[key] = compute()
        return self._cache[key]

    def show_pages(self) -> None:
        """The page shown, for the version selected (computed once per version)."""
        schedule, version = self.current_schedule(), self.current_version()
        try:
            if self.tabs.currentWidget() is self.review_page:
                self._show_review(schedule, version)
            elif self.plan_checked:
                self._show_plan_check()
            elif version is not None:
                points = self._cached(("dcma", version["id"]), lambda: version_quality(
                    self.context.db, version_id=version["id"], as_of=self.context.today()))
                self.dcma_page.show_points(self.tr("%1, version %2 (%3)").replace("%1", schedule["name"])
                                           .replace("%2", str(version["number"]))
                                           .replace("%3", version["file_name"]), points)
            else:
                self.dcma_page.show_points(self.tr("No version to check."), [])
        except DomainError as error:
            self.context.show_error(explain(error))

    def _show_review(self, schedule: dict | None, version: dict | None) -> None:
        position = self.versions.index(version) if version in self.versions else -1
        if schedule is None or position < 0 or position + 1 >= len(self.versions):
            self.review_page.show_review(None, self.tr(
                "The review compares a version with the one before it: import the next monthly "
                "update to see what changed."))
            return
        older = self.versions[position + 1]
        review = self._cached(("review", older["id"], version["id"]), lambda: review_versions(
            self.context.db, schedule_id=schedule["id"], old_id=older["id"], new_id=version["id"]))
        self.review_page.show_review(review)

    def check_plan(self) -> None:
        """The DCMA check of the project's own schedule (the plan's tasks)."""
        self.plan_checked = True
        self.tabs.setCurrentWidget(self.dcma_page)
        self.show_pages()

    def _show_plan_check(self) -> None:
        from desktop.domain.dcma import dcma_check
        from desktop.services.plan_file import plan_schedule_file

        today = self.context.today()
        points = self._cached(("plan", today), lambda: dcma_check(
            plan_schedule_file(self.context.db, as_of=today), as_of=today))
        self.dcma_page.show_points(self.tr("The project's own schedule"), points)

    # -- actions --------------------------------------------------------------------------
    def _pick_file(self) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import a contractor's schedule"), "",
            self.tr("Schedules (*.xml *.xer);;MS Project XML (*.xml);;Primavera P6 (*.xer)"))
        return Path(path) if path else None

    def import_version(self) -> None:
        from desktop.ui.dialogs.contractor_dialog import import_contractor_file

        path = self.pick_file()
        if path is None:
            return
        project = None
        try:
            projects = file_projects(path)
        except DomainError as error:
            self.context.show_error(explain(error))
            return
        if len(projects) > 1:
            options = [f"{code} — {name} ({count:,})" for code, name, count in projects]
            chosen = self.choose(self.tr("Import a contractor's schedule"),
                                 self.tr("The file holds several projects. Which one?"), options)
            if chosen is None:
                return
            project = projects[chosen][0]
        selected = self.current_schedule()
        import_contractor_file(self.context, path, project=project, parent=self, run_dialog=self.run_dialog,
                               name=selected["name"] if selected else None)

    def tie(self) -> None:
        from desktop.services.schedule import load_schedule

        schedule = self.current_schedule()
        if schedule is None:
            return
        rows = [r for r in load_schedule(self.context.db, as_of=self.context.today()).rows if r.is_milestone]
        options = [self.tr("(not tied)")] + [
            f"{r.wbs} {localized(r.name_ko, r.name_en)}" + (f" — {r.deadline.isoformat()}" if r.deadline else "")
            for r in rows]
        chosen = self.choose(self.tr("Tie to a milestone"), self.tr(
            "The latest finish of “%1” becomes the forecast of the milestone chosen; its deadline "
            "then bounds the schedule's float.").replace("%1", schedule["name"]), options)
        if chosen is None:
            return
        task_id = rows[chosen - 1].task_id if chosen else None
        self.run_edit(self.tr("Tie a contractor's schedule"), lambda value: tie_contractor_schedule(
            self.context.db, schedule_id=schedule["id"], task_id=value), task_id)

    # -- language -------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.heading.setText(self.tr("Contractor schedules"))
        self.intro.setText(self.tr(
            "Contractors' schedules as they sent them, one version per monthly update, beside the "
            "plan (never merged into its tasks). Each version keeps the file's own calendars, dates, "
            "floats and critical path. A schedule tied to a plan milestone forecasts it: the "
            "milestone's deadline minus the schedule's finish, in the schedule's working days, is "
            "the float left."))
        self.import_button.setText(self.tr("Import a version…"))
        self.tie_button.setText(self.tr("Tie to a milestone…"))
        self.plan_button.setText(self.tr("Check the project's own schedule"))
        self.empty.setText(self.tr("No contractor's schedule yet: import an MS Project XML (.xml) or "
                                   "Primavera P6 (.xer) file."))
        self.tabs.setTabText(0, self.tr("Update review"))
        self.tabs.setTabText(1, self.tr("Quality check (DCMA 14 points)"))
        for model in (self.model, self.version_model):
            model.retranslate()
        self.review_page.retranslate()
        self.dcma_page.retranslate()
        schedule = self.current_schedule()
        self.versions_label.setText(self.tr("Versions of “%1”").replace("%1", schedule["name"]) if schedule
                                    else self.tr("Versions"))
