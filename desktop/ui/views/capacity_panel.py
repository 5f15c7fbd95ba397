"""용량: the phases' MW and GPU targets, the dated measurements (add, delete, undo), the
totals against the target due now (the current phase's end-of-phase scale, 40 MW by 2027
during phase 1; the final 1 GW / ≈170,000 GPUs beside it), GPUs per MW and the chart."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QCheckBox, QDialog, QGridLayout, QHBoxLayout, QLabel, QPushButton

from desktop.services.lookups import load_capacity, load_phases, load_project, measurement_rows
from desktop.charts.capacity import CapacityChartData, PhaseTarget, build_capacity
from desktop.domain.capacity import facility_totals, phase_due
from desktop.domain.errors import DomainError
from desktop.domain.status import latest_capacity
from desktop.ui.i18n import explain
from desktop.ui.labels import date_text, localized, not_set, number_text
from desktop.ui.models.row_model import Column, RowTableModel
from desktop.ui.style import set_role
from desktop.ui.views.overview_panel import Card
from desktop.ui.views.panel import Panel, ViewContext
from desktop.ui.views.tables import fit_table, make_table, scroll_body
from desktop.ui.widgets.chart_canvas import ChartCanvas

TABLE = "capacity_measurements"


def _mw(value: float | None) -> str:
    return "—" if value is None else f"{value:,.1f}"


def _count(value: float | None) -> str:
    return "—" if value is None else f"{value:,.0f}"


def ratio(gpus: float | None, mw: float | None) -> float | None:
    return gpus / mw if gpus is not None and mw else None


class PhaseCapacityModel(RowTableModel):
    COLUMNS = [
        Column(QT_TRANSLATE_NOOP("columns", "Phase"), lambda r: r["name"]),
        Column(QT_TRANSLATE_NOOP("columns", "Planned finish"), lambda r: date_text(r["finish"])),
        Column(QT_TRANSLATE_NOOP("columns", "Target MW"), lambda r: number_text(r["target_mw"]),
               align_right=True),
        Column(QT_TRANSLATE_NOOP("columns", "Target GPUs"), lambda r: number_text(r["target_gpus"]),
               align_right=True),
        Column(QT_TRANSLATE_NOOP("columns", "GPUs per MW"),
               lambda r: number_text(ratio(r["target_gpus"], r["target_mw"])), align_right=True),
        Column(QT_TRANSLATE_NOOP("columns", "Installed MW"), lambda r: _mw(r["installed_mw"]),
               align_right=True),
        Column(QT_TRANSLATE_NOOP("columns", "Installed GPUs"), lambda r: _count(r["installed_gpus"]),
               align_right=True),
        Column(QT_TRANSLATE_NOOP("columns", "Measured on"), lambda r: r["measured_on"] or "—"),
    ]


class MeasurementModel(RowTableModel):
    COLUMNS = [
        Column(QT_TRANSLATE_NOOP("columns", "Phase"), lambda r: r["phase"]),
        Column(QT_TRANSLATE_NOOP("columns", "Measured on"), lambda r: r["measured_on"]),
        Column(QT_TRANSLATE_NOOP("columns", "Installed MW"), lambda r: _mw(r["installed_mw"]),
               align_right=True),
        Column(QT_TRANSLATE_NOOP("columns", "Energised MW"), lambda r: _mw(r["energised_mw"]),
               align_right=True),
        Column(QT_TRANSLATE_NOOP("columns", "Installed GPUs"), lambda r: _count(r["installed_gpus"]),
               align_right=True),
        Column(QT_TRANSLATE_NOOP("columns", "Source"), lambda r: r["source"]),
    ]


class CapacityPanel(Panel):
    WATCHES = frozenset({"capacity_measurements", "phases", "project"})

    def __init__(self, context: ViewContext, parent=None) -> None:
        super().__init__(context, parent)
        self.rows: list[dict] = []
        self.chart_data: CapacityChartData | None = None
        # injectable in tests: show the dialog, True when it was accepted
        self.run_dialog: Callable[[QDialog], bool] = lambda dialog: bool(dialog.exec())
        layout = scroll_body(self)
        self.add_heading(layout)
        from desktop.ui.widgets.empty_state import EmptyState

        self.empty = EmptyState([self.add_measurement])
        layout.addWidget(self.empty)
        cards = QGridLayout()
        self.mw_card, self.gpu_card, self.ratio_card = Card(), Card(), Card()
        for i, card in enumerate((self.mw_card, self.gpu_card, self.ratio_card)):
            cards.addWidget(card, 0, i)
            cards.setColumnStretch(i, 1)
        layout.addLayout(cards)
        self.phase_label, self.measure_label = QLabel(), QLabel()
        self.phase_model, self.measure_model = PhaseCapacityModel(self), MeasurementModel(self)
        self.phase_table, self.measure_table = make_table(self.phase_model), make_table(self.measure_model)
        buttons = QHBoxLayout()
        self.add_button, self.delete_button = QPushButton(), QPushButton()
        self.add_button.clicked.connect(self.add_measurement)
        self.delete_button.clicked.connect(self.delete_selected)
        for button in (self.add_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.log_box = QCheckBox()
        self.log_box.setChecked(False)  # linear: the phases' targets read as steps; log on request
        self.log_box.toggled.connect(lambda _on: self._show_chart())
        self.chart = ChartCanvas(minimum_height=420, height=480)
        for label in (self.phase_label, self.measure_label):
            set_role(label, "section")
        layout.addWidget(self.log_box)
        layout.addWidget(self.chart)
        left = Qt.AlignmentFlag.AlignLeft
        layout.addWidget(self.phase_label)
        layout.addWidget(self.phase_table, 0, left)
        layout.addWidget(self.measure_label)
        layout.addLayout(buttons)
        layout.addWidget(self.measure_table, 0, left)
        layout.addStretch(1)
        self.retranslate()

    # -- data -----------------------------------------------------------------------------
    def refresh(self) -> None:
        db, today = self.context.db, self.context.today()
        project, phases = load_project(db), load_phases(db)
        measurements = load_capacity(db)
        names = {p.id: localized(p.name_ko, p.name_en) for p in phases}
        phase_rows = []
        for phase in phases:
            latest = latest_capacity(measurements, phase.id, today)
            phase_rows.append({
                "id": phase.id, "name": names[phase.id], "finish": phase.planned_finish_on,
                "target_mw": phase.target_mw, "target_gpus": phase.target_gpus,
                "installed_mw": latest.installed_mw if latest else None,
                "installed_gpus": latest.installed_gpus if latest else None,
                "measured_on": latest.measured_on.isoformat() if latest else None})
        self.phase_model.set_rows(phase_rows)
        self.phase_choices = [(p.id, names[p.id]) for p in phases]
        self.rows = [{**r, "phase": localized(r["name_ko"], r["name_en"])}
                     for r in measurement_rows(db)]
        self.measure_model.set_rows(self.rows)
        totals = facility_totals(m for m in measurements if m.measured_on <= today)
        self.total = totals[-1] if totals else None
        self.goal_mw, self.goal_gpus = project.total_mw_target, project.total_gpus_target
        self.due = phase_due(phases, today)
        self.due_name = names[self.due.id] if self.due else ""
        self.empty.show_when(not self.rows)
        self._targets = [PhaseTarget(names[p.id], p.planned_start_on, p.planned_finish_on,
                                     p.target_mw, p.target_gpus) for p in phases]
        self._actual = facility_totals(measurements)
        for table in (self.phase_table, self.measure_table):
            fit_table(table)
        self._retranslate_texts()

    def _fill_cards(self) -> None:
        total = self.total
        mw = total.installed_mw if total else None
        gpus = total.installed_gpus if total else None
        due = self.due
        self.mw_card.set(self.tr("Installed power"), "—" if mw is None else f"{mw:,.1f} MW",
                         self._of_target(mw, due.target_mw if due else None, self.goal_mw, "MW"))
        self.gpu_card.set(self.tr("Installed GPUs"), _count(gpus),
                          self._of_target(gpus, due.target_gpus if due else None, self.goal_gpus, "GPU"))
        goal_ratio = ratio(self.goal_gpus, self.goal_mw)
        self.ratio_card.set(self.tr("GPUs per MW"), number_text(ratio(gpus, mw)) if mw else "—",
                            self.tr("goal %1").replace("%1", number_text(goal_ratio))
                            + (" · " + self.tr("measured %1").replace("%1", total.on.isoformat())
                               if total else ""))

    def _of_target(self, value: float | None, target: float | None, goal: float | None,
                   unit: str) -> str:
        """Against the target due now (the current phase's scale, by its planned finish);
        the final goal named after it."""
        due = self.due
        figure = not_set() if not target else f"{target:,.0f} {unit}"
        text = self.tr("%1 target %2 by %3").replace("%1", self.due_name).replace("%2", figure).replace(
            "%3", date_text(due.planned_finish_on) if due else not_set())
        if value is None:
            text += " · " + self.tr("no measurement yet")
        elif target:
            text += f" · {value / target * 100:.1f}%"
        final = not_set() if not goal else f"{goal:,.0f} {unit}"
        return text + " · " + self.tr("final goal %1").replace("%1", final)

    def _show_chart(self) -> None:
        if not hasattr(self, "_targets"):
            return
        self.chart_data = CapacityChartData(
            phases=self._targets, actual=self._actual, goal_mw=self.goal_mw,
            goal_gpus=self.goal_gpus, status_date=self.context.today(),
            log_scale=self.log_box.isChecked(),
            labels={"title": self.tr("Planned scale and installed capacity"), "mw": self.tr("Power (MW)"),
                    "gpus": self.tr("GPUs"), "planned": self.tr("Planned (end of phase)"),
                    "installed": self.tr("Installed"), "energised": self.tr("Energised"),
                    "installed_gpus": self.tr("Installed"), "goal": self.tr("Goal"), "today": self.tr("Today"),
                    "gpus_per_mw": self.tr("GPUs per MW"), "target": self.tr("Goal")})
        self.chart.show_chart(build_capacity, self.chart_data)

    # -- editing --------------------------------------------------------------------------
    def add_measurement(self) -> None:
        from desktop.ui.views.capacity_actions import add_measurement

        add_measurement(self)

    def delete_selected(self) -> None:
        self.delete_row(self.tr("Delete capacity measurement"), TABLE, self.selected_measurement())

    def selected_measurement(self) -> dict | None:
        index = self.measure_table.currentIndex()
        return self.rows[index.row()] if index.isValid() and index.row() < len(self.rows) else None

    # -- language -------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.phase_model.retranslate()
        self.measure_model.retranslate()
        self._retranslate_texts()

    def _retranslate_texts(self) -> None:
        self.heading.setText(self.tr("Capacity"))
        self.phase_label.setText(self.tr("Phase targets (scale at the end of each phase)"))
        self.measure_label.setText(self.tr("Measurements"))
        self.add_button.setText(self.tr("Add measurement…"))
        self.delete_button.setText(self.tr("Delete"))
        self.log_box.setText(self.tr("Logarithmic scale"))
        self.empty.set_texts(
            self.tr("No measurement yet"),
            self.tr("Each month, enter the capacity installed (and energised) in each phase as the "
                    "contractor or the operator reports it, with its source. The figures are judged "
                    "against the current phase's target."),
            [self.tr("Add measurement…")])
        if hasattr(self, "total"):
            self._fill_cards()
            self._show_chart()


def attempt(store: Callable[[dict], None], draft: dict) -> str | None:
    """Run ``store``; a refusal becomes the user's message (the dialog shows it)."""
    try:
        store(draft)
    except DomainError as error:
        return explain(error)
    return None
