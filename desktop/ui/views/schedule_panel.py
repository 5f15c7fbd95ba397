"""일정: the task table and the Gantt chart side by side, kept in step, every edit undoable."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from PySide6.QtCore import QModelIndex, QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QLabel, QSplitter, QToolBar, QVBoxLayout,
)

from desktop.domain.errors import DomainError
from desktop.domain.gantt_layout import Zoom
from desktop.domain.schedule_rows import ScheduleView
from desktop.services.live_schedule import PlanUpdate
from desktop.ui.i18n import explain
from desktop.paint.gantt_painter import header_height_for
from desktop.ui.models.schedule_model import COL, ScheduleTreeModel
from desktop.ui.views import schedule_edits
from desktop.ui.views.panel import Panel, ViewContext
from desktop.ui.widgets.cell_painter import CellDelegate, EditedTreeView
from desktop.ui.widgets.gantt_view import GanttView

ZOOMS = [(Zoom.WEEK, QT_TRANSLATE_NOOP("SchedulePanel", "Week")),
         (Zoom.MONTH, QT_TRANSLATE_NOOP("SchedulePanel", "Month")),
         (Zoom.QUARTER, QT_TRANSLATE_NOOP("SchedulePanel", "Quarter")),
         (Zoom.YEAR, QT_TRANSLATE_NOOP("SchedulePanel", "Year"))]


class SchedulePanel(Panel):
    WATCHES = frozenset({"tasks", "dependencies", "calendar_exceptions", "baselines",
                         "baseline_tasks", "phases", "project", "parties", "contractor_versions",
                         "contractor_ties"})

    def __init__(self, context: ViewContext, parent=None) -> None:
        super().__init__(context, parent)
        self.view: ScheduleView | None = None
        self._generation: int | None = None  # of the live plan, when last shown
        self._collapsed: set[int] = set()
        self._gantt_position: dict[int, int] = {}  # task id → its row in the Gantt
        self._columns_fitted = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.toolbar = QToolBar()
        layout.addWidget(self.toolbar)
        from desktop.ui.widgets.empty_state import EmptyState

        self.empty = EmptyState([lambda: context.act("import_mspdi"),
                                 lambda: self.actions_by_name["add_task"].trigger()])
        layout.addWidget(self.empty)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.tree = EditedTreeView()
        self.model = ScheduleTreeModel(self)
        self.model.on_edit = lambda task_id, field, text: schedule_edits.edit_cell(
            self, task_id, field, text)
        self.gantt = GanttView()
        self._setup_tree()
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(self.gantt)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([620, 900])
        layout.addWidget(self.splitter, 1)
        self._build_toolbar()
        self._wire()
        self.retranslate()

    def _setup_tree(self) -> None:
        tree = self.tree
        tree.setModel(self.model)
        tree.setTreePosition(COL["Name"])  # the outline's arrows on the names, the ID column first
        tree.setUniformRowHeights(True)  # the Gantt takes the table's row height (refresh)
        self.cells = CellDelegate(tree, self.model.cell_look, tree.fontMetrics().height() + 10)
        tree.setItemDelegate(self.cells)  # rows as tall as the overview's (the Gantt takes it)
        tree.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        tree.setAlternatingRowColors(True)
        tree.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        tree.header().setStretchLastSection(False)

    def _build_toolbar(self) -> None:
        self.actions_by_name = schedule_edits.build_actions(self)
        for name in ("add_task", "add_milestone", "delete", None, "indent", "outdent", "move_up",
                     "move_down", None, "why"):
            if name is None:
                self.toolbar.addSeparator()
            else:
                self.toolbar.addAction(self.actions_by_name[name])
        self.toolbar.addSeparator()
        self.zoom_label = QLabel()
        self.zoom_box = QComboBox()
        self.toolbar.addWidget(self.zoom_label)
        self.toolbar.addWidget(self.zoom_box)
        self.toolbar.addAction(self.actions_by_name["fit"])
        self.toolbar.addSeparator()
        self.baseline_label = QLabel()
        self.baseline_box = QComboBox()
        self.toolbar.addWidget(self.baseline_label)
        self.toolbar.addWidget(self.baseline_box)
        for name in ("save_baseline", None, "export_png", "export_pdf"):
            if name is None:
                self.toolbar.addSeparator()
            else:
                self.toolbar.addAction(self.actions_by_name[name])
        for name in ("add_task", "add_milestone", "delete", "indent", "outdent", "move_up",
                     "move_down", "why"):
            self.tree.addAction(self.actions_by_name[name])

    def _wire(self) -> None:
        tree_bar, gantt_bar = self.tree.verticalScrollBar(), self.gantt.verticalScrollBar()
        tree_bar.valueChanged.connect(gantt_bar.setValue)
        gantt_bar.valueChanged.connect(tree_bar.setValue)
        self.tree.expanded.connect(lambda index: self._on_expand(index, True))
        self.tree.collapsed.connect(lambda index: self._on_expand(index, False))
        self.zoom_box.activated.connect(lambda i: self.gantt.set_zoom(ZOOMS[i][0]))
        self.baseline_box.activated.connect(lambda i: schedule_edits.choose_baseline(
            self, self.baseline_box.itemData(i)))
        self.gantt.sig_move_requested.connect(lambda t, d: schedule_edits.move_start(self, t, d))
        self.gantt.sig_finish_requested.connect(lambda t, d: schedule_edits.move_finish(self, t, d))
        self.gantt.sig_link_requested.connect(lambda p, s: schedule_edits.draw_link(self, p, s))

    # -- data -----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Show the window's live schedule: only the rows an edit changed when it can."""
        view, update = self.context.live_plan().changes_since(self._generation)
        known = self._generation is not None and update.task_ids is not None
        self._generation = update.generation
        if known:
            self._update(view, update)
            return
        selected = self.selected_task_id()
        today = self.context.today()
        self.view = view
        self.model.set_view(self.view)
        self._restore_expansion()
        self.gantt.set_today(today)
        self._update_gantt()
        self._fill_baselines()
        self.empty.show_when(not any(not r.is_milestone and not r.is_summary for r in self.view.rows))
        if selected is not None:
            self.select_task(selected)
        if not self._columns_fitted and self.model.rows:
            self._fit_columns()
            self._columns_fitted = True  # afterwards the user's widths are kept
            self.gantt.scroll_to_date(today - timedelta(days=90))  # open on the months around today
        self._line_up()

    def _update(self, view: ScheduleView, update: PlanUpdate) -> None:
        """An edit's rows (same rows, same order): the table and the Gantt repaint those."""
        self.view = view
        if not update.task_ids and not update.links:
            return
        model_rows = sorted(self.model.position_of(i) for i in update.task_ids)
        self.model.update_rows(view, model_rows)
        shown = self._shown_view()
        positions = self._gantt_position
        self.gantt.update_rows(shown, sorted(positions[i] for i in update.task_ids if i in positions),
                               same_rows=True, link_edits=update.link_edits)

    def _fit_columns(self, sample: int = 60) -> None:
        """Columns as wide as their header and the texts of the first rows and the last (not
        of all 10,000: Qt's resize-to-contents formats every one)."""
        header, model = self.tree.header(), self.model
        rows = [*range(min(sample, len(model.rows))), len(model.rows) - 1]
        name, step = COL["Name"], self.tree.indentation()
        for column in range(model.columnCount()):
            width = header.sectionSizeHint(column)
            for position in rows:
                text, _color, bold, _right = model.cell_look(model.index_of(position, column))
                extra = step * (model.rows[position].level + 1) if column == name else 0
                width = max(width, self.cells.text_width(text, bold) + extra)
            header.resizeSection(column, min(width, 400))

    def _line_up(self) -> None:
        """Same header height and row height on both sides, so rows stay line for line."""
        if self.model.rows:
            height = self.tree.rowHeight(self.model.index_of(0))
            if height > 0 and height != self.gantt.row_height():
                self.gantt.set_row_height(height)
        header = max(self.tree.header().sizeHint().height(), header_height_for(self.tree.font()))
        self.tree.header().setFixedHeight(header)  # tall enough for the Gantt's two-tier scale
        self.gantt.set_header_height(header)

    def _restore_expansion(self) -> None:
        """Summaries open unless the user closed them (one call per summary, not per row)."""
        self.tree.blockSignals(True)
        for position, row in enumerate(self.model.rows):
            if row.is_summary:
                self.tree.setExpanded(self.model.index_of(position), row.task_id not in self._collapsed)
        self.tree.blockSignals(False)

    def _on_expand(self, index: QModelIndex, expanded: bool) -> None:
        task_id = self.model.rows[self.model.position(index)].task_id
        (self._collapsed.discard if expanded else self._collapsed.add)(task_id)
        self._update_gantt()

    def _update_gantt(self) -> None:
        """The Gantt shows the rows the table shows, in the same order."""
        if self.view is not None:
            self._shown_rows()
            self.gantt.set_view(self._shown_view())

    def _shown_rows(self) -> None:
        """Which rows the table shows (summaries the user closed hide their rows)."""
        shown: dict[int, int] = {}
        if self._collapsed:
            hidden_under: set[int] = set()
            for row in self.view.rows:
                if row.parent_id in hidden_under or row.parent_id in self._collapsed:
                    hidden_under.add(row.task_id)
                    continue
                shown[row.task_id] = len(shown)
        self._gantt_position = shown or self.model.positions

    def _shown_view(self) -> ScheduleView:
        if self._gantt_position is self.model.positions:
            return self.view
        rows = self.view.rows
        return replace(self.view, rows=[rows[self.model.position_of(i)] for i in self._gantt_position])

    def _fill_baselines(self) -> None:
        from desktop.services.lookups import baseline_rows

        self.baseline_box.clear()
        for row in baseline_rows(self.context.db):
            self.baseline_box.addItem(row["name"], row["id"])
            if row["is_current"]:
                self.baseline_box.setCurrentIndex(self.baseline_box.count() - 1)

    def selected_task_id(self) -> int | None:
        index = self.tree.currentIndex()
        if not index.isValid():
            return None
        return self.model.rows[self.model.position(index)].task_id

    def select_task(self, task_id: int) -> None:
        if task_id in self.model.positions:
            self.tree.setCurrentIndex(self.model.index_of(self.model.position_of(task_id)))

    def show_error(self, error: DomainError) -> None:
        self.context.show_error(explain(error))

    # -- language -------------------------------------------------------------------------
    def retranslate(self) -> None:
        schedule_edits.retranslate_actions(self.actions_by_name)
        self.zoom_label.setText(self.tr("Zoom") + " ")
        current = self.zoom_box.currentIndex()
        self.zoom_box.clear()
        self.zoom_box.addItems([self.tr(name) for _, name in ZOOMS])
        self.zoom_box.setCurrentIndex(current if current >= 0 else 1)
        self.baseline_label.setText(" " + self.tr("Compare with") + " ")
        self.empty.set_texts(
            self.tr("Only the announced milestones so far"),
            self.tr("Import the contractor's schedule (MS Project XML) under a phase, or add tasks here. "
                    "Predecessors are typed by WBS code (1.2, 2.1SS+5d) or by the row number of the ID "
                    "column."),
            [self.tr("Import MS Project XML…"), self.tr("Add task")])
        self.model.retranslate()
        if self.view is not None:
            self._update_gantt()

