"""예산: live budget variance and earned value by phase → category → line, the S-curve,
cost entry, filters and export.  Editing an actual updates every figure at once."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QFrame, QGridLayout, QHBoxLayout, QLabel, QMenu, QPushButton,
    QSplitter, QVBoxLayout, QWidget,
)
from PySide6.QtCore import Qt

from desktop.domain.dates import month_of
from desktop.domain.errors import ConflictError, DomainError
from desktop.domain.evm import EacMethod
from desktop.domain.money import parse_money
from desktop.services.budget import load_money_view
from desktop.services.budget_settings import set_eac_method
from desktop.services.costs import set_month_actual
from desktop.services.progress import restore_line_progress, set_line_etc, set_line_progress
from desktop.services.lookups import (
    budget_by_phase, budget_categories, budget_line_choices, budget_month_span, eac_method,
    month_actual_sums, phase_rows, total_investment,
)
from desktop.ui.i18n import explain
from desktop.ui.labels import unit_line_text
from desktop.ui.models.budget_model import BudgetTreeModel
from desktop.ui.style import set_panel_fill, set_text_color
from desktop.ui.views.panel import Panel, ViewContext
from desktop.ui.widgets.cell_painter import CellDelegate, EditedTreeView

EAC_METHODS = [EacMethod.CPI, EacMethod.ATYPICAL, EacMethod.CPI_SPI, EacMethod.BOTTOM_UP]
INCREMENTAL = {"actual_costs"}


class BudgetPanel(Panel):
    WATCHES = frozenset({"budget_lines", "budget_plan_months", "actual_costs", "commitments",
                         "budget_categories", "project", "project_settings", "month_closes",
                         "line_progress"})
    SHOWS_MONEY = True

    def __init__(self, context: ViewContext, parent=None) -> None:
        super().__init__(context, parent)
        self.view = None
        layout = QVBoxLayout(self)
        self.add_heading(layout)
        layout.addLayout(self._filters())
        layout.addLayout(self._line_buttons())
        self.total_label = QLabel()
        self.total_label.setWordWrap(True)
        layout.addWidget(self.total_label)
        self.empty = self._empty_state()
        layout.addWidget(self.empty)
        self.unit_label = QLabel()
        layout.addWidget(self.unit_label)
        self.splitter = splitter = QSplitter(Qt.Orientation.Vertical)
        self.tree = EditedTreeView()
        self.model = BudgetTreeModel(self)
        self.model.on_edit = self._edit
        self.tree.setModel(self.model)
        self.tree.setItemDelegate(CellDelegate(self.tree, self.model.cell_look))
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        splitter.addWidget(self.tree)
        bottom = QWidget()
        bottom_layout = QHBoxLayout(bottom)
        self.evm = QGridLayout()
        self.evm_labels: dict[str, QLabel] = {}
        evm_box = QWidget()
        evm_box.setLayout(self.evm)
        bottom_layout.addWidget(evm_box)
        self.chart_slot = QVBoxLayout()
        bottom_layout.addLayout(self.chart_slot, 1)
        splitter.addWidget(bottom)
        splitter.setSizes([520, 360])
        layout.addWidget(splitter, 1)
        layout.addStretch(0)  # takes the space only while the table is hidden (no lines yet)
        self.retranslate()

    def _line_buttons(self) -> QHBoxLayout:
        """Budget lines and contracts: add, edit, delete, import."""
        from desktop.ui.views import budget_lines

        row = QHBoxLayout()
        self.add_line_button, self.edit_line_button, self.delete_line_button = (
            QPushButton(), QPushButton(), QPushButton())
        self.contracts_button, self.import_button = QPushButton(), QPushButton()
        self.import_menu = QMenu(self)
        self.import_actions = {kind: self.import_menu.addAction("") for kind in ("budget", "contracts", "progress")}
        for kind, action in self.import_actions.items():
            action.triggered.connect(lambda _=False, k=kind: budget_lines.import_sheet(self, k))
        self.import_button.setMenu(self.import_menu)
        for button in (self.add_line_button, self.edit_line_button, self.delete_line_button,
                       self.contracts_button, self.import_button):
            row.addWidget(button)
        row.addStretch(1)
        self.add_line_button.clicked.connect(lambda: budget_lines.add_line(self))
        self.edit_line_button.clicked.connect(lambda: budget_lines.edit_line(self, self.selected_line_id()))
        self.delete_line_button.clicked.connect(lambda: budget_lines.delete_line(self, self.selected_line_id()))
        self.contracts_button.clicked.connect(lambda: budget_lines.contracts(self))
        return row

    def _empty_state(self) -> QFrame:
        """What a new office sees first: what to enter, and the buttons to do it."""
        from desktop.ui.views import budget_lines

        frame = QFrame()
        set_panel_fill(frame, "#eef4fb")
        box = QVBoxLayout(frame)
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        box.addWidget(self.empty_label)
        buttons = QHBoxLayout()
        self.empty_add, self.empty_import = QPushButton(), QPushButton()
        self.empty_add.clicked.connect(lambda: budget_lines.add_line(self))
        self.empty_import.clicked.connect(lambda: budget_lines.import_sheet(self, "budget"))
        buttons.addWidget(self.empty_add)
        buttons.addWidget(self.empty_import)
        buttons.addStretch(1)
        box.addLayout(buttons)
        return frame

    def selected_line_id(self) -> int | None:
        node = self.model.node(self.tree.currentIndex())
        return node.key if node is not None and node.level == "line" else None

    def _filters(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.phase_label, self.phase_box = QLabel(), QComboBox()
        self.from_label, self.from_box = QLabel(), QComboBox()
        self.to_label, self.to_box = QLabel(), QComboBox()
        self.method_label, self.method_box = QLabel(), QComboBox()
        self.cost_button, self.xlsx_button, self.csv_button = QPushButton(), QPushButton(), QPushButton()
        for widget in (self.phase_label, self.phase_box, self.from_label, self.from_box, self.to_label,
                       self.to_box, self.method_label, self.method_box):
            row.addWidget(widget)
        row.addStretch(1)
        for widget in (self.cost_button, self.xlsx_button, self.csv_button):
            row.addWidget(widget)
        for box in (self.phase_box, self.from_box, self.to_box):
            box.activated.connect(lambda _i: self.refresh())
        self.method_box.activated.connect(self._choose_method)
        from desktop.ui.views import budget_actions

        self.cost_button.clicked.connect(lambda: budget_actions.enter_cost(self))
        self.xlsx_button.clicked.connect(lambda: budget_actions.export(self, "xlsx"))
        self.csv_button.clicked.connect(lambda: budget_actions.export(self, "csv"))
        return row

    # -- data -----------------------------------------------------------------------------
    def as_of_month(self) -> str:
        return month_of(self.context.today())

    def refresh(self) -> None:
        db = self.context.db
        phase = self.phase_box.currentData()
        period = (self.from_box.currentData(), self.to_box.currentData())
        self.view = load_money_view(db, as_of=self.context.today(), phase=phase,
                                    period=period if any(period) else None)
        names = {r["code"]: (r["name_ko"] if self._korean() or not r["name_en"] else r["name_en"])
                 for r in budget_categories(db)}
        actuals = month_actual_sums(db, self.as_of_month())
        self.model.set_view(self.view, unit=self.context.money_unit(), category_names=names,
                            month_actuals=actuals)
        self._fill_filters()
        self._show_budget_total()
        self.tree.expandToDepth(0)
        self.tree.header().resizeSections(self.tree.header().ResizeMode.ResizeToContents)
        self._show_totals()

    def _show_budget_total(self) -> None:
        """The budget against the announced total investment, at all times, by phase."""
        from desktop.ui.labels import won_text

        db = self.context.db
        by_phase = budget_by_phase(db)
        total, planned = sum(by_phase.values()), total_investment(db)
        has_lines = self.view is not None and bool(self.view.lines)
        any_line = bool(budget_line_choices(db))
        self.empty.setVisible(not any_line)
        self.splitter.setVisible(has_lines or any_line)
        phases = " · ".join(self.tr("Phase %1 %2").replace("%1", str(n)).replace("%2", won_text(w))
                            for n, w in by_phase.items())
        if planned is None:
            text = self.tr("Budget %1 (the total investment is not set)").replace("%1", won_text(total))
        else:
            gap = total - planned
            state = (self.tr("%1 over the total investment").replace("%1", won_text(gap)) if gap > 0 else
                     self.tr("%1 not yet budgeted").replace("%1", won_text(-gap)) if gap < 0 else
                     self.tr("equal to the total investment"))
            text = self.tr("Budget %1 of the total investment %2: %3").replace("%1", won_text(total)) \
                .replace("%2", won_text(planned)).replace("%3", state)
        self.total_label.setText(f"{text}  ({phases})" if total else text)
        set_text_color(self.total_label, "#c62828" if planned is not None and total > planned else None)

    def _korean(self) -> bool:
        from desktop.ui.labels import is_korean

        return is_korean()

    def _fill_filters(self) -> None:
        from desktop.domain.spread import months_between

        db = self.context.db
        if self.phase_box.count() == 0:
            self.phase_box.addItem(self.tr("All phases"), None)
            for r in phase_rows(db):
                self.phase_box.addItem(self.tr("Phase %1").replace("%1", str(r["number"])), r["number"])
        span = budget_month_span(db)
        months = months_between(span[0], span[1]) if span[0] else []
        if self.from_box.count() != len(months) + 1 or self.from_box.itemData(1) != (months or [None])[0]:
            # the lines' months changed (the first line, or one reaching further): offer them all,
            # keeping what was chosen
            for box, label in ((self.from_box, self.tr("from the start")), (self.to_box, self.tr("to the end"))):
                chosen = box.currentData()
                box.blockSignals(True)
                box.clear()
                box.addItem(label, None)
                for month in months:
                    box.addItem(month, month)
                box.setCurrentIndex(max(0, box.findData(chosen)) if chosen else 0)
                box.blockSignals(False)
                box.setEnabled(bool(months))
        self.method_box.setCurrentIndex([m.value for m in EAC_METHODS].index(eac_method(db)))

    def _show_totals(self) -> None:
        from desktop.ui.views.budget_actions import show_evm, show_s_curve

        show_evm(self)
        show_s_curve(self)

    # -- edits ------------------------------------------------------------------------------
    def _edit(self, line_id: int, field: str, text: str) -> str | None:
        db, month, today = self.context.db, self.as_of_month(), self.context.today()
        try:
            if field == "month_actual":
                amount = parse_money(text, self.context.money_unit()) if text.strip() else 0
                self.context.undo.run(self.tr("Enter actual cost"),
                                      lambda v: set_month_actual(db, line_id=line_id, month=month, amount_won=v,
                                                                today=today),
                                      amount)
            elif field == "percent":
                self._record_progress(self.tr("Enter progress"), lambda allow: set_line_progress(
                    db, line_id=line_id, percent=text.strip() or None, on=None, today=today,
                    allow_decrease=allow))
            elif field == "etc":
                amount = parse_money(text, self.context.money_unit()) if text.strip() else None
                self._record_progress(self.tr("Enter estimate to complete"), lambda _allow: set_line_etc(
                    db, line_id=line_id, etc_won=amount, on=None, today=today))
        except DomainError as error:
            message = explain(error)
            self.context.show_error(message)
            return message
        return None

    def _record_progress(self, label: str, record) -> None:
        """This month's measurement of a line, undoable; less than last month's is asked about."""
        db = self.context.db

        def restore(last):
            return restore_line_progress(db, line_id=last.extra["line_id"], month=last.extra["month"],
                                         row=last.old)

        try:
            self.context.undo.run_inverse(label, lambda: record(False), restore, restore)
        except ConflictError as error:
            if error.code != "progress_backwards" or not self.ask(label, explain(error)):
                raise
            self.context.undo.run_inverse(label, lambda: record(True), restore, restore)

    def _choose_method(self, index: int) -> None:
        db = self.context.db
        self.run_edit(self.tr("EAC method"), lambda v: set_eac_method(db, method=v),
                      EAC_METHODS[index].value)

    def on_changes(self, changes) -> None:
        """An edited actual updates the open view in place; anything else reloads it."""
        extra = changes.extra or {}
        if (self.view is not None and changes.tables <= INCREMENTAL and "delta_won" in extra
                and self.isVisibleTo(self.window())):
            nodes = self.view.apply_actual(extra["line_id"], extra["month"], extra["delta_won"])
            if extra["month"] == self.as_of_month():
                actuals = self.model.month_actuals
                actuals[extra["line_id"]] = actuals.get(extra["line_id"], 0) + extra["delta_won"]
                nodes = nodes or tuple(n for n in [self.view.lines.get(extra["line_id"])] if n)
            self.model.refresh_nodes(nodes)
            self._show_totals()
            return
        super().on_changes(changes)

    # -- language -------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.heading.setText(self.tr("Budget variance and earned value"))
        self.phase_label.setText(self.tr("Phase"))
        self.from_label.setText(self.tr("Period"))
        self.to_label.setText("–")
        for box, text in ((self.from_box, self.tr("from the start")), (self.to_box, self.tr("to the end"))):
            if box.count():
                box.setItemText(0, text)
        self.method_label.setText(self.tr("EAC method"))
        index = max(0, self.method_box.currentIndex())
        self.method_box.clear()
        self.method_box.addItems(["BAC ÷ CPI", "AC + (BAC − EV)", "AC + (BAC − EV) ÷ (CPI × SPI)",
                                  self.tr("AC + ETC (bottom-up)")])
        self.method_box.setCurrentIndex(index)
        self.cost_button.setText(self.tr("Enter costs…"))
        self.add_line_button.setText(self.tr("Add budget line…"))
        self.edit_line_button.setText(self.tr("Edit line…"))
        self.delete_line_button.setText(self.tr("Delete line"))
        self.contracts_button.setText(self.tr("Contracts…"))
        self.import_button.setText(self.tr("Import from a sheet"))
        for kind, text in (("budget", self.tr("Budget lines (.xlsx/.csv)…")),
                           ("contracts", self.tr("Contracts (.xlsx/.csv)…")),
                           ("progress", self.tr("Progress (.xlsx/.csv)…"))):
            self.import_actions[kind].setText(text)
        self.empty_label.setText(self.tr(
            "No budget line yet. Enter the execution budget (실행예산) line by line — phase, category, "
            "amount and period — or import it from the office's sheet. Costs, progress and earned "
            "value build on these lines."))
        self.empty_add.setText(self.tr("Add the first budget line…"))
        self.empty_import.setText(self.tr("Import budget lines from a sheet…"))
        self.xlsx_button.setText(self.tr("Export Excel…"))
        self.csv_button.setText(self.tr("Export CSV…"))
        self.unit_label.setText(unit_line_text(self.context.money_unit()))
        self.model.retranslate()
        if self.view is not None:
            from desktop.ui.views.budget_actions import show_evm

            show_evm(self)
