"""일정 위험: how likely each deadline is, what drives it, and the register behind it.

The analysis runs in a worker thread (the plan is read first, on the window's thread) with a
progress dialog and a Cancel button; its results fill the milestone table, and the selected
milestone's finish-date distribution and tornado.  Editing the register or the estimates
marks the results as out of date until the next run.
"""

from __future__ import annotations

import time
from typing import Callable

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QSpinBox

from desktop.charts.risk import (
    DistributionChartData, TornadoData, TornadoItem, build_risk_distribution, build_tornado,
)
from desktop.domain.dates import from_iso
from desktop.domain.errors import DomainError
from desktop.domain.risk_model import RiskCancelled
from desktop.services.risk_analysis import DEFAULT_ITERATIONS, DEFAULT_SEED, analyse, risk_inputs, what_if
from desktop.ui.i18n import explain
from desktop.ui.labels import localized, share_text
from desktop.ui.models.risk_models import TargetModel
from desktop.ui.style import set_role
from desktop.ui.views.panel import Panel, ViewContext
from desktop.ui.views.risk_sections import EstimateSection, RegisterSection
from desktop.ui.views.tables import fit_table, make_table, scroll_body
from desktop.ui.widgets.background import BackgroundJob
from desktop.ui.widgets.chart_canvas import ChartCanvas


class RiskPanel(Panel):
    WATCHES = frozenset({"risks", "risk_impacts", "risk_groups", "task_estimates", "tasks",
                         "dependencies", "project", "calendar_exceptions"})

    def __init__(self, context: ViewContext, parent=None) -> None:
        super().__init__(context, parent)
        self.figures: dict | None = None
        self.what_if_found: tuple[str, list[dict]] | None = None
        self.stale = False
        # injectable in tests: show the dialog, True when it was accepted
        self.run_dialog: Callable[[QDialog], bool] = lambda dialog: bool(dialog.exec())
        self.job = BackgroundJob(self)
        layout = scroll_body(self)
        self.add_heading(layout, intro=True)
        controls = QHBoxLayout()
        self.iterations_label, self.seed_label = QLabel(), QLabel()
        self.iterations, self.seed = QSpinBox(), QSpinBox()
        self.iterations.setRange(100, 200_000)
        self.iterations.setSingleStep(1000)
        self.iterations.setGroupSeparatorShown(True)
        self.iterations.setValue(DEFAULT_ITERATIONS)
        self.seed.setRange(0, 2_000_000_000)
        self.seed.setValue(DEFAULT_SEED)
        self.run_button = QPushButton()
        self.run_button.clicked.connect(lambda _=False: self.run_analysis())
        for widget in (self.iterations_label, self.iterations, self.seed_label, self.seed,
                       self.run_button):
            controls.addWidget(widget)
        controls.addStretch(1)
        layout.addLayout(controls)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.results_label = QLabel()
        set_role(self.results_label, "section")
        self.model = TargetModel(self)
        self.table = make_table(self.model)
        self.table.selectionModel().currentRowChanged.connect(lambda current, _old: self.show_target())
        layout.addWidget(self.results_label)
        layout.addWidget(self.table, 0, Qt.AlignmentFlag.AlignLeft)
        charts = QHBoxLayout()
        self.distribution = ChartCanvas(minimum_height=360, height=400)
        self.tornado = ChartCanvas(minimum_height=360, height=400)
        charts.addWidget(self.distribution, 3)
        charts.addWidget(self.tornado, 2)
        layout.addLayout(charts)
        self.result_widgets = (self.results_label, self.table, self.distribution, self.tornado)
        self.notes, self.what_if_label = QLabel(), QLabel()
        for label in (self.notes, self.what_if_label):
            label.setWordWrap(True)
            label.hide()  # shown with something to say
            layout.addWidget(label)
        self.register = RegisterSection(context, lambda dialog: self.run_dialog(dialog))
        self.register.sig_what_if.connect(self.run_what_if)
        self.estimates = EstimateSection(context, lambda dialog: self.run_dialog(dialog))
        layout.addWidget(self.register)
        layout.addWidget(self.estimates)
        layout.addStretch(1)
        self.retranslate()

    # -- data -----------------------------------------------------------------------------
    def refresh(self) -> None:
        self.register.refresh()
        self.estimates.refresh()
        if self.figures is not None:
            self.stale = True
        self._show_status()

    def run_analysis(self) -> None:
        """Read the plan here, compute in the worker thread."""
        today = self.context.today()
        try:
            inputs = risk_inputs(self.context.db, as_of=today)
        except DomainError as error:
            self.context.show_error(explain(error))
            return
        iterations, seed = self.iterations.value(), self.seed.value()
        started = time.perf_counter()

        def job(progress, cancel):
            figures = analyse(inputs, as_of=today, iterations=iterations, seed=seed,
                              progress=progress, cancel=cancel)
            return {**figures, "seconds": time.perf_counter() - started}

        self.job.start(self.tr("Running %1 iterations…").replace("%1", f"{iterations:,}"),
                       self.tr("Cancel"), job, self.show_results, self.on_failed)

    def run_what_if(self, risk_id: int) -> None:
        try:
            inputs = risk_inputs(self.context.db, as_of=self.context.today())
        except DomainError as error:
            self.context.show_error(explain(error))
            return
        iterations, seed = self.iterations.value(), self.seed.value()
        title = inputs.risk_titles.get(risk_id, "")

        def job(_progress, cancel):
            return title, what_if(inputs, iterations=iterations, seed=seed,
                                  removed_risks=frozenset({risk_id}), cancel=cancel)

        self.job.start(self.tr("Comparing with and without the risk…"), self.tr("Cancel"), job,
                       self.show_what_if, self.on_failed)

    def on_failed(self, error: BaseException) -> None:
        if isinstance(error, RiskCancelled):
            self.status.setText(explain(error))
        elif isinstance(error, DomainError):
            self.context.show_error(explain(error))
        else:
            raise error

    def show_results(self, figures: dict) -> None:
        self.figures, self.stale = figures, False
        rows = figures["milestones"] + [figures["project_finish"]]
        self.model.set_rows(rows)
        fit_table(self.table, most=None)
        focus = next((i for i, r in enumerate(rows) if r["id"] == figures["focus"]["id"]), len(rows) - 1)
        self.table.selectionModel().setCurrentIndex(
            self.model.index(focus, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.show_target()
        self._show_status()

    def show_what_if(self, found: tuple[str, list[dict]]) -> None:
        title, rows = found
        changed = [r for r in rows if r["before"] != r["after"]]
        lines = [self.tr("Without “%1”:").replace("%1", title)]
        if not changed:
            lines.append(self.tr("no deadline's chance changes."))
        for row in changed:
            lines.append(self.tr("%1: %2 → %3").replace("%1", localized(row["name"], row["name_en"]))
                         .replace("%2", share_text(row["before"])).replace("%3", share_text(row["after"])))
        self.what_if_found = found
        self.what_if_label.setText("\n".join(lines))
        self.what_if_label.show()

    def current_target(self) -> dict | None:
        if self.figures is None:
            return None
        index = self.table.currentIndex()
        rows = self.model.rowCount()
        return self.model.row(index.row()) if index.isValid() and index.row() < rows else None

    def show_target(self) -> None:
        target = self.current_target()
        if target is None:
            return
        name = localized(target["name"], target.get("name_en"))
        probability = target["probability_meet_deadline"]
        line = "" if probability is None else self.tr("Chance of finishing by the deadline (%1): %2").replace(
            "%1", target["deadline"]).replace("%2", share_text(probability))
        self.distribution.show_chart(build_risk_distribution, DistributionChartData(
            dates=[from_iso(d) for d, _ in target["distribution"]],
            counts=[c for _, c in target["distribution"]], deadline=from_iso(target["deadline"]),
            planned=from_iso(target["deterministic"]), p80=from_iso(target["p80"]),
            labels={"title": self.tr("When “%1” finishes").replace("%1", name),
                    "share": self.tr("Share of iterations"), "bin": self.tr("per %1 days"),
                    "cumulative": self.tr("Cumulative probability"), "deadline": self.tr("Deadline"),
                    "planned": self.tr("Planned"), "p80": "P80", "probability": line}))
        self.tornado.show_chart(build_tornado, self._tornado(target, name))

    def _tornado(self, target: dict, name: str) -> TornadoData:
        key = str(target["id"])
        by_task = self.figures["sensitivity_by_target"].get(key, {})
        by_risk = self.figures["risk_sensitivity_by_target"].get(key, {})
        names = {str(t["id"]): localized(t["name"], t["name_en"]) for t in self.figures["tasks"]}
        titles = {str(r["id"]): r["title"] for r in self.figures["risks"]}
        items = [TornadoItem(names.get(i, i), v) for i, v in by_task.items()]
        items += [TornadoItem(titles.get(i, i), v, True) for i, v in by_risk.items()]
        return TornadoData(items, {"title": self.tr("What drives “%1”").replace("%1", name),
                                   "axis": self.tr("Rank correlation with the date (Spearman)"),
                                   "risk": self.tr("Risk:"),
                                   "empty": self.tr("Nothing varies: enter estimates or risks.")})

    # -- language -------------------------------------------------------------------------
    def _show_status(self) -> None:
        for widget in self.result_widgets:  # no empty table and blank charts before a first run
            widget.setVisible(self.figures is not None)
        if self.figures is None:
            self.status.setText(self.tr("Not run yet. Press “Run analysis”."))
            return
        f = self.figures
        text = self.tr("%1 iterations, status date %2, seed %3, %4 s.").replace(
            "%1", f"{f['iterations']:,}").replace("%2", f["status_date"]).replace(
            "%3", str(f["seed"])).replace("%4", f"{f.get('seconds', 0):.1f}")
        if self.stale:
            text += " " + self.tr("The plan or the risks changed since: run it again.")
        self.status.setText(text)
        notes = []
        if f["ignored"]:
            notes.append(self.tr("Left out (finished, a summary or not scheduled): %1").replace(
                "%1", ", ".join(f["ignored"])))
        if f["rescaled"]:
            notes.append(self.tr("Estimates scaled to a changed duration: %1").replace(
                "%1", ", ".join(f["rescaled"])))
        self.notes.setText("\n".join(notes))
        self.notes.setVisible(bool(notes))

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Schedule risk"))
        self.intro.setText(self.tr(
            "How likely each deadline is: the schedule is computed many times over, each duration "
            "drawn from its three-point estimate and each risk occurring with its probability. "
            "P80 is the date met in 80 % of the iterations."))
        self.iterations_label.setText(self.tr("Iterations"))
        self.seed_label.setText(self.tr("Seed"))
        self.run_button.setText(self.tr("Run analysis"))
        self.results_label.setText(self.tr("Milestones and deadlines"))
        self.model.retranslate()
        self.register.retranslate()
        self.estimates.retranslate()
        self._show_status()
        if self.figures is not None:
            self.show_target()
        if self.what_if_found is not None:
            self.show_what_if(self.what_if_found)
