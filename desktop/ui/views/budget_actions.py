"""The budget panel's figures box, S-curve, cost-entry dialog and exports."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QLabel, QLineEdit,
)

from desktop.domain.errors import DomainError
from desktop.domain.money import MoneyUnit, parse_money, to_unit
from desktop.domain.dates import parse_month
from desktop.services.costs import (
    delete_actual_cost, record_actual_cost, replace_month_costs, restore_actual_cost, swap_costs,
)
from desktop.services.lookups import budget_line_choices, month_cost_rows
from desktop.ui.i18n import explain
from desktop.ui.style import set_text_color


def _t(text: str) -> str:
    return QCoreApplication.translate("budget", text)


EVM_ROWS = [("PV", "pv_won"), ("EV", "ev_won"), ("AC", "ac_won"), ("CV", "cv_won"), ("SV", "sv_won"),
            ("CPI", "cpi"), ("SPI", "spi"), ("SPI(t)", "spi_t"), ("EAC", "eac_won"), ("ETC", "etc_won"),
            ("VAC", "vac_won"), ("TCPI (BAC)", "tcpi_bac"), ("TCPI (EAC)", "tcpi_eac")]


def show_evm(panel) -> None:
    """The earned-value figures of the whole view, with the EAC method named beside EAC."""
    from desktop.services.budget import status_figures

    figures = status_figures(panel.view)
    unit = panel.context.money_unit()
    grid = panel.evm
    if not panel.evm_labels:
        for row, (name, key) in enumerate(EVM_ROWS):
            label, value = QLabel(name), QLabel()
            grid.addWidget(label, row, 0)
            grid.addWidget(value, row, 1)
            panel.evm_labels[key] = value
    for name, key in EVM_ROWS:
        value = figures[key]
        text = _t(QT_TRANSLATE_NOOP("budget", "not defined")) if value is None else (
            f"{value:.3f}" if isinstance(value, float) else to_unit(value, unit))
        if key == "eac_won" and value is not None:
            text += f"  ({panel.method_box.currentText()})"
        panel.evm_labels[key].setText(text)
        if key in ("cpi", "spi", "spi_t"):
            set_text_color(panel.evm_labels[key], None if value is None or value >= 1 else "#c62828")


def show_s_curve(panel) -> None:
    try:
        from desktop.charts.s_curve import SCurveData, build_s_curve, update_s_curve
        from desktop.ui.widgets.chart_canvas import ChartCanvas
    except ImportError:
        return
    series = panel.view.series
    if not series.months:
        return
    canvas = getattr(panel, "chart", None)
    if canvas is None:
        canvas = panel.chart = ChartCanvas()
        panel.chart_slot.addWidget(canvas)
    unit: MoneyUnit = panel.context.money_unit()
    from desktop.ui.labels import unit_line_text

    canvas.update_chart(update_s_curve, build_s_curve, SCurveData(
        months=series.months, pv=series.pv_cum, ev=series.ev_cum, ac=series.ac_cum,
        baseline=series.baseline_pv_cum, status_month=panel.as_of_month(), unit_divisor=unit.value,
        labels={"title": _t(QT_TRANSLATE_NOOP("budget", "S-curve (cumulative)")),
                "unit": unit_line_text(unit), "pv": _t(QT_TRANSLATE_NOOP("budget", "Planned value (PV)")),
                "ev": _t(QT_TRANSLATE_NOOP("budget", "Earned value (EV)")),
                "ac": _t(QT_TRANSLATE_NOOP("budget", "Actual cost (AC)")),
                "baseline": _t(QT_TRANSLATE_NOOP("budget", "Budget plan")),
                "status": _t(QT_TRANSLATE_NOOP("budget", "Status month"))},
        direct_labels=False))  # on screen a legend: an edit then moves the lines, not the chart


class CostDialog(QDialog):
    """Budget line, month, amount and note of one actual cost (load / result_draft)."""

    def __init__(self, lines: list[tuple[int, str]], month: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_t(QT_TRANSLATE_NOOP("budget", "Actual cost")))
        form = QFormLayout(self)
        self.line, self.month, self.amount, self.note = QComboBox(), QLineEdit(month), QLineEdit(), QLineEdit()
        for line_id, name in lines:
            self.line.addItem(name, line_id)
        self.amount.setPlaceholderText(_t(QT_TRANSLATE_NOOP("budget", "e.g. 12억 or 1,234,000")))
        for label, widget in ((_t(QT_TRANSLATE_NOOP("budget", "Budget line")), self.line),
                              (_t(QT_TRANSLATE_NOOP("budget", "Month")), self.month),
                              (_t(QT_TRANSLATE_NOOP("budget", "Amount (won)")), self.amount),
                              (_t(QT_TRANSLATE_NOOP("budget", "Note")), self.note)):
            form.addRow(label, widget)
        self.error = QLabel()
        self.error.setWordWrap(True)
        set_text_color(self.error, "#c62828")
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._on_ok)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.submit = None

    def load(self, draft: dict) -> None:
        self.line.setCurrentIndex(max(0, self.line.findData(draft.get("line_id"))))
        self.month.setText(draft.get("month", self.month.text()))
        self.amount.setText(str(draft.get("amount", "")))
        self.note.setText(draft.get("note", ""))

    def result_draft(self) -> dict:
        return {"line_id": self.line.currentData(), "month": self.month.text(),
                "amount": self.amount.text(), "note": self.note.text()}

    def _on_ok(self) -> None:
        message = self.submit(self.result_draft()) if self.submit else None
        if message:
            self.error.setText(message)
        else:
            self.accept()


def enter_cost(panel) -> None:
    db = panel.context.db
    names = panel.model.category_names
    phase = QCoreApplication.translate("labels", "Phase %1")
    lines = [(r["id"], f"{phase.replace('%1', str(r['number']))} · {names.get(r['code'], r['code'])}"
              + (f" · {r['name']}" if r["name"] else ""))
             for r in budget_line_choices(db)]
    if not lines:
        panel.context.show_error(_t(QT_TRANSLATE_NOOP("budget", "Add a budget line first.")))
        return
    dialog = CostDialog(lines, panel.as_of_month(), panel)

    def submit(draft: dict) -> str | None:
        try:
            book_cost(panel, draft["line_id"], draft["month"], parse_money(draft["amount"]),
                      draft["note"])
        except DomainError as error:
            return explain(error)
        except _Cancelled:
            return _t(QT_TRANSLATE_NOOP("budget", "Nothing was booked."))
        return None

    dialog.submit = submit
    runner = getattr(panel, "run_dialog", None)
    runner(dialog) if runner else dialog.exec()


class _Cancelled(Exception):
    """The user chose neither to replace nor to add."""


def book_cost(panel, line_id: int, month_text: str, amount: int, note: str = "") -> None:
    """Book a cost, undoably; when the line already has costs in that month, ask whether the
    new amount replaces them or is added to them (a second invoice)."""
    db, today = panel.context.db, panel.context.today()
    label = _t(QT_TRANSLATE_NOOP("budget", "Enter actual cost"))
    month = parse_month(month_text)
    booked = month_cost_rows(db, line_id, month)
    replace = False
    if booked:
        choice = panel.choose(label, _t(QT_TRANSLATE_NOOP(
            "budget", "%1 already has costs booked in %2 (%3 won in all). Replace them with this "
                      "amount, or add this amount to them?")).replace("%1", _line_name(panel, line_id))
            .replace("%2", month).replace("%3", f"{sum(r['amount_won'] for r in booked):,}"),
            [_t(QT_TRANSLATE_NOOP("budget", "Replace")), _t(QT_TRANSLATE_NOOP("budget", "Add"))])
        if choice is None:
            raise _Cancelled
        replace = choice == 0
    if replace:
        panel.context.undo.run_inverse(
            label, lambda: replace_month_costs(db, line_id=line_id, month=month, amount_won=amount,
                                               today=today, note=note),
            lambda last: swap_costs(db, remove=last.new, restore=last.old),
            lambda last: swap_costs(db, remove=last.new, restore=last.old))
        return
    panel.context.undo.run_inverse(
        label, lambda: record_actual_cost(db, line_id=line_id, month=month, amount_won=amount,
                                          note=note, today=today),
        lambda last: delete_actual_cost(db, cost_id=last.entity_id),
        lambda last: restore_actual_cost(db, row=last.old))


def _line_name(panel, line_id: int) -> str:
    node = panel.view.lines.get(line_id) if panel.view is not None else None
    if node is None:
        return str(line_id)
    phase = QCoreApplication.translate("labels", "Phase %1").replace("%1", str(node.phase))
    category = panel.model.category_names.get(node.category_code, node.category_code)
    return " · ".join(part for part in (phase, category, node.name) if part)


def variance_table(panel):
    """What the panel shows (its filters, headers in the UI language), in won exactly."""
    from desktop.interop.tables import TableExport
    from desktop.services.money_report import VARIANCE_COLUMNS, variance_rows

    model = panel.model
    shown = (0, 1, 2, 3, 4, 6, 7, 8, 9, 10, 11, 12)  # the table's columns but "this month" and ETC
    headers = [model.headerData(i, Qt.Orientation.Horizontal) for i in shown]
    columns = [(header, kind) for header, (_ko, kind) in zip(headers, VARIANCE_COLUMNS)]
    phase = QCoreApplication.translate("labels", "Phase %1")
    rows = variance_rows(panel.view, model.category_names, lambda n: phase.replace("%1", str(n)),
                         _t(QT_TRANSLATE_NOOP("budget", "Total")))
    return TableExport(title=panel.heading.text(), columns=columns, rows=rows,
                       notes=[_t(QT_TRANSLATE_NOOP("budget", "Unit: won")),
                              _t(QT_TRANSLATE_NOOP("budget", "As of %1")).replace("%1", panel.context.today().isoformat())])


def export(panel, kind: str) -> None:
    from desktop.interop.tables import write_table

    picker = getattr(panel, "pick_export_path", None)
    path = picker(kind) if picker else QFileDialog.getSaveFileName(
        panel, _t(QT_TRANSLATE_NOOP("budget", "Export the variance table")), f"variance.{kind}",
        "Excel (*.xlsx)" if kind == "xlsx" else "CSV (*.csv)")[0]
    if not path:
        return
    try:
        write_table(variance_table(panel), path)
    except OSError as error:
        panel.context.show_error(_t(QT_TRANSLATE_NOOP("budget", "Could not write %1: %2"))
                                 .replace("%1", str(path)).replace("%2", error.strerror or str(error)))
