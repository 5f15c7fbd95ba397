"""기대 효과: the three expected-effect targets with the latest reported values, the history
of reports (add with a required source, delete, undo) and the chart of % of target."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton

from desktop.services.lookups import kpi_report_rows, load_kpis
from desktop.charts.effects import EffectItem, EffectsData, build_effects, percent_of_target
from desktop.domain.errors import ValidationError
from desktop.domain.money import parse_money
from desktop.services.records import record_kpi_report
from desktop.ui.labels import localized, not_set, unit_label, won_text
from desktop.ui.models.row_model import Column, RowTableModel
from desktop.ui.style import set_role
from desktop.domain.numbers import parse_number
from desktop.ui.views.capacity_panel import attempt
from desktop.ui.views.panel import Panel, ViewContext
from desktop.ui.views.tables import fit_table, make_table, scroll_body
from desktop.ui.widgets.chart_canvas import ChartCanvas

TABLE = "kpi_reports"


def value_text(value: int | None, unit: str) -> str:
    """``1,200억원`` for won (``KRW 120 billion`` in English), ``640 persons`` for counts."""
    if value is None:
        return not_set()
    return won_text(value) if unit == "won" else f"{value:,} {unit_label(unit)}"


def parse_value(text: str, unit: str) -> int:
    """A typed value: money as public documents write it (1,200억), or a whole count."""
    if unit == "won":
        return parse_money(text)
    number = parse_number(text, "value", integer=True)
    if number is None:
        raise ValidationError("value_required", field="value")
    if not isinstance(number, int):
        raise ValidationError("count_invalid", field="value", value=text)
    return number


def _percent(row: dict) -> str:
    share = percent_of_target(EffectItem("", row["target"], row["reported"]))
    return "—" if share is None else f"{share:.1f}%"


class EffectTargetModel(RowTableModel):
    COLUMNS = [
        Column(QT_TRANSLATE_NOOP("columns", "Expected effect"), lambda r: r["name"]),
        Column(QT_TRANSLATE_NOOP("columns", "Target"), lambda r: value_text(r["target"], r["unit"]),
               align_right=True),
        Column(QT_TRANSLATE_NOOP("columns", "Reported"),
               lambda r: value_text(r["reported"], r["unit"]) if r["reported"] is not None else "—",
               align_right=True),
        Column(QT_TRANSLATE_NOOP("columns", "% of target"), _percent, align_right=True),
        Column(QT_TRANSLATE_NOOP("columns", "Reported on"), lambda r: r["reported_on"] or "—"),
        Column(QT_TRANSLATE_NOOP("columns", "Source"), lambda r: r["source"] or ""),
    ]


class EffectReportModel(RowTableModel):
    COLUMNS = [
        Column(QT_TRANSLATE_NOOP("columns", "Expected effect"), lambda r: r["name"]),
        Column(QT_TRANSLATE_NOOP("columns", "Reported on"), lambda r: r["reported_on"]),
        Column(QT_TRANSLATE_NOOP("columns", "Value"), lambda r: value_text(r["value"], r["unit"]),
               align_right=True),
        Column(QT_TRANSLATE_NOOP("columns", "Source"), lambda r: r["source"]),
    ]


class EffectsPanel(Panel):
    WATCHES = frozenset({"kpi_reports", "kpis"})

    def __init__(self, context: ViewContext, parent=None) -> None:
        super().__init__(context, parent)
        self.rows: list[dict] = []
        self.targets: list[dict] = []
        self.chart_data: EffectsData | None = None
        # injectable in tests: show the dialog, True when it was accepted
        self.run_dialog: Callable[[QDialog], bool] = lambda dialog: bool(dialog.exec())
        layout = scroll_body(self)
        self.heading, self.target_label, self.report_label = QLabel(), QLabel(), QLabel()
        set_role(self.heading, "heading")
        self.target_model, self.report_model = EffectTargetModel(self), EffectReportModel(self)
        self.target_table = make_table(self.target_model)
        self.report_table = make_table(self.report_model)
        buttons = QHBoxLayout()
        self.add_button, self.delete_button = QPushButton(), QPushButton()
        self.add_button.clicked.connect(self.add_report)
        self.delete_button.clicked.connect(self.delete_selected)
        for button in (self.add_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.chart = ChartCanvas(minimum_height=240, height=300)
        for label in (self.target_label, self.report_label):
            set_role(label, "section")
        from desktop.ui.widgets.empty_state import EmptyState

        self.empty = EmptyState([self.add_report])
        left = Qt.AlignmentFlag.AlignLeft
        for widget in (self.heading, self.empty, self.target_label, self.target_table, self.chart,
                       self.report_label):
            layout.addWidget(widget, 0, left if widget is self.target_table else Qt.AlignmentFlag(0))
        layout.addLayout(buttons)
        layout.addWidget(self.report_table, 0, left)
        layout.addStretch(1)
        self.retranslate()

    # -- data -----------------------------------------------------------------------------
    def refresh(self) -> None:
        db, today = self.context.db, self.context.today()
        kpis, _reports = load_kpis(db)
        self.rows = kpi_report_rows(db)
        self.targets = []
        for kpi in kpis:
            latest = next((r for r in self.rows if r["kpi_id"] == kpi.id
                           and r["reported_on"] <= today.isoformat()), None)
            self.targets.append({
                "id": kpi.id, "name_ko": kpi.name_ko, "name_en": kpi.name_en,
                "unit": kpi.unit.value, "target": kpi.target_value,
                "reported": latest["value"] if latest else None,
                "reported_on": latest["reported_on"] if latest else None,
                "source": latest["source"] if latest else None})
        self.empty.show_when(not self.rows)
        self._fill()

    def _fill(self) -> None:
        """Tables and chart in the current language."""
        targets = [{**t, "name": localized(t["name_ko"], t["name_en"])} for t in self.targets]
        self.target_model.set_rows(targets)
        self.report_model.set_rows([{**r, "name": localized(r["name_ko"], r["name_en"])}
                                    for r in self.rows])
        for table in (self.target_table, self.report_table):
            fit_table(table)
        self.chart_data = EffectsData(
            items=[EffectItem(t["name"], t["target"], t["reported"],
                              value_text(t["target"], t["unit"]),
                              value_text(t["reported"], t["unit"]), t["reported_on"])
                   for t in targets],
            labels={"title": self.tr("Reported against target"), "x": self.tr("% of target"),
                    "not_reported": self.tr("Not reported yet"), "target": self.tr("Target")})
        self.chart.show_chart(build_effects, self.chart_data)

    # -- editing --------------------------------------------------------------------------
    def add_report(self) -> None:
        from desktop.ui.dialogs.kpi_report_dialog import KpiReportDialog

        db, today = self.context.db, self.context.today()
        units = {t["id"]: t["unit"] for t in self.targets}
        dialog = KpiReportDialog([(t["id"], localized(t["name_ko"], t["name_en"]))
                                  for t in self.targets], today, self)
        selected = self._selected()
        if selected is not None:
            dialog.load({"kpi_id": selected["kpi_id"], "reported_on": today.isoformat()})

        def store(draft: dict) -> None:
            value = parse_value(draft["value"], units.get(draft["kpi_id"], "won"))
            self.context.undo.run_insert(
                self.tr("Add expected-effect report"), TABLE,
                lambda: record_kpi_report(db, kpi_id=draft["kpi_id"],
                                          reported_on=draft["reported_on"], value=value,
                                          source=draft["source"], today=today))

        dialog.submit = lambda draft: attempt(store, draft)
        self.run_dialog(dialog)

    def delete_selected(self) -> None:
        self.delete_row(self.tr("Delete expected-effect report"), TABLE, self._selected())

    def _selected(self) -> dict | None:
        index = self.report_table.currentIndex()
        return self.rows[index.row()] if index.isValid() and index.row() < len(self.rows) else None

    # -- language -------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.heading.setText(self.tr("Expected effects"))
        self.target_label.setText(self.tr("Targets and latest reports"))
        self.report_label.setText(self.tr("Reports"))
        self.add_button.setText(self.tr("Add report…"))
        self.delete_button.setText(self.tr("Delete"))
        self.empty.set_texts(
            self.tr("No report yet"),
            self.tr("Enter the value added, production inducement and jobs as they are reported "
                    "(by a study, the operator or the city), each with its date and source."),
            [self.tr("Add report…")])
        if self.targets:
            self._fill()
