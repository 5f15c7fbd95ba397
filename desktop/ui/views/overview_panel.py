"""개요: the deadline that matters, the money, the foreign share and the plan at a glance."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import (
    QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget,
)

from desktop.ui.labels import STATUS_COLORS, localized, number_text, share_text, won_text
from desktop.ui.models.overview_models import (
    KpiTableModel, MilestoneTableModel, ParticipantTableModel, PhaseTableModel,
)
from desktop.ui.style import set_panel_fill, set_role, set_text_color
from desktop.ui.views.panel import Panel, ViewContext
from desktop.ui.views.tables import fit_table, make_table, scroll_body
from desktop.ui.widgets.share_gauge import ShareGauge

log = logging.getLogger(__name__)


class Card(QFrame):
    """A titled figure with a line of detail."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        set_panel_fill(self, "#fafafa")
        layout = QVBoxLayout(self)
        self.caption, self.figure, self.detail = QLabel(), QLabel(), QLabel()
        set_role(self.caption, "caption")
        set_role(self.figure, "figure")
        self.detail.setWordWrap(True)
        for label in (self.caption, self.figure, self.detail):
            layout.addWidget(label)
        self.extra_layout = layout

    def set(self, caption: str, figure: str, detail: str, color: str | None = None) -> None:
        self.caption.setText(caption)
        self.figure.setText(figure)
        set_text_color(self.figure, color)
        self.detail.setText(detail)


def _head(label: QLabel, button: QPushButton) -> QWidget:
    """A section title with a button at its right (the participants' "manage")."""
    head = QWidget()
    row = QHBoxLayout(head)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(label)
    row.addStretch(1)
    row.addWidget(button)
    return head


def _top_left(table) -> QWidget:
    """The table at the top left of its grid cell (a fixed-size widget is centred in a larger
    cell; stretches instead of Qt.AlignmentFlag: see row_model's note on the Qt namespace)."""
    holder = QWidget()
    column = QVBoxLayout(holder)
    column.setContentsMargins(0, 0, 0, 0)
    row = QHBoxLayout()
    row.addWidget(table)
    row.addStretch(1)
    column.addLayout(row)
    column.addStretch(1)
    return holder


class OverviewPanel(Panel):
    SHOWS_MONEY = True

    def __init__(self, context: ViewContext, parent=None) -> None:
        super().__init__(context, parent)
        self.status: dict | None = None
        self._phase_ids: list[int] = []
        self._first, self._provisional = True, False
        layout = scroll_body(self)
        self.heading = QLabel()
        set_role(self.heading, "heading")
        self.subheading = QLabel()
        self.subheading.setWordWrap(True)
        layout.addWidget(self.heading)
        layout.addWidget(self.subheading)
        from desktop.ui.widgets.empty_state import EmptyState

        go, act = context.go_to, context.act
        self.empty = EmptyState([lambda: go("budget"), lambda: go("funding"),
                                 lambda: act("import_mspdi"), lambda: act("help")])
        layout.addWidget(self.empty)
        cards = QGridLayout()
        self.deadline_card, self.investment_card = Card(), Card()
        self.share_card, self.scale_card = Card(), Card()
        self.gauge = ShareGauge()
        self.share_card.extra_layout.insertWidget(2, self.gauge)
        for i, card in enumerate((self.deadline_card, self.investment_card,
                                  self.share_card, self.scale_card)):
            cards.addWidget(card, 0, i)
            cards.setColumnStretch(i, 1)
        layout.addLayout(cards)
        self.phase_model, self.milestone_model = PhaseTableModel(self), MilestoneTableModel(self)
        self.party_model, self.kpi_model = ParticipantTableModel(self), KpiTableModel(self)
        self.phase_model.on_edit = self._edit_phase
        self.milestone_model.on_edit = self._edit_milestone
        self.section_labels, self.section_heads, self.tables = [], [], []
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(16)
        self.parties_button = QPushButton()
        self.parties_button.clicked.connect(self.open_parties)
        for model, editable in ((self.phase_model, True), (self.kpi_model, False),
                                (self.milestone_model, True), (self.party_model, False)):
            label = QLabel()
            set_role(label, "section")
            self.section_labels.append(label)
            self.section_heads.append(_head(label, self.parties_button) if model is self.party_model
                                      else label)
            table = make_table(model, wraps=False, editable=editable, follows_contents=False)
            self.tables.append(table)
        self.holders = [_top_left(table) for table in self.tables]
        self.grid.setColumnStretch(2, 1)
        self._layout: tuple[bool, ...] | None = None
        layout.addLayout(self.grid)
        layout.addStretch(1)
        self._retranslate_texts()

    # data ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Compute the figures and show them.  The first time, when the figures last computed
        are of exactly this state and date (desktop/services/figure_cache.py), those are shown
        instead, and computed again once the window has painted."""
        cache, today = self.context.figures, self.context.today()
        key = cache.key(self.context.db, today) if cache is not None else None
        if self._first and cache is not None:
            self._first = False
            kept = cache.read(key)
            if kept is not None and self._show_kept(kept):
                self._provisional = True
                self.heading.installEventFilter(self)  # computed once the window has painted
                return
        self._first = self._provisional = False
        from desktop.services.status import overview_figures

        figures = overview_figures(self.context.db, today=today, plan=self.context.live_plan())
        self._show(figures)
        if cache is not None:
            cache.keep(key, figures)

    def _show_kept(self, kept: dict) -> bool:
        """Show kept figures; False when they do not fit this program (a file written by another
        version of it): a cache never stops the window, the figures are then computed."""
        try:
            self._show(kept)
        except (KeyError, TypeError, ValueError, IndexError, AttributeError) as error:
            log.warning("kept overview figures not shown: %r", error)
            return False
        return True

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        """The heading's first paint while kept figures are shown: compute them right after."""
        if watched is self.heading and event.type() == QEvent.Type.Paint and self._provisional:
            self.heading.removeEventFilter(self)
            QTimer.singleShot(0, self._confirm)
        return super().eventFilter(watched, event)

    def _confirm(self) -> None:
        if self._provisional:
            self.refresh()

    def _show(self, figures: dict) -> None:
        self.status = status = figures["status"]
        self._phase_ids = figures["phase_ids"]
        self.empty.show_when(figures["first_run"])
        self.phase_model.set_rows([{**row, "id": pid} for row, pid in zip(status["phases"], self._phase_ids)])
        self.milestone_model.set_rows([{**row, "id": row["task_id"]} for row in status["milestones"]])
        self.party_model.set_rows([{**row, "id": i} for i, row in enumerate(status["participants"])])
        self.kpi_model.set_rows([{**row, "id": k} for row, k in zip(status["kpis"], figures["kpi_ids"])])
        self._retranslate_texts()
        for table in self.tables:
            fit_table(table, most=None)
        self._arrange()

    def _arrange(self) -> None:
        """Each pair of tables side by side when the width allows, else one under the other."""
        items = list(zip(self.section_heads, self.holders))
        pairs = (items[0:2], items[2:4])
        room = self.width() - 40 - self.grid.horizontalSpacing()
        widths = [table.width() for table in self.tables]
        layout = (widths[0] + widths[1] <= room, widths[2] + widths[3] <= room)
        if layout == self._layout:
            return
        self._layout = layout
        for label, holder in items:
            self.grid.removeWidget(label)
            self.grid.removeWidget(holder)
        row = 0
        for side_by_side, pair in zip(layout, pairs):
            for column, (label, holder) in enumerate(pair):
                if column and not side_by_side:
                    row += 2
                self.grid.addWidget(label, row, column if side_by_side else 0)
                self.grid.addWidget(holder, row + 1, column if side_by_side else 0)
            row += 2

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._arrange()

    def _fill_cards(self) -> None:
        status = self.status
        if status is None:
            return
        project, funding = status["project"], status["funding"]
        days = project["days_to_construction_start_deadline"]
        started, delay = project["construction_started_on"], project["construction_start_delay_days"]
        if days is None:
            figure, color = number_text(None), None
        elif started and delay is not None and delay > 0:  # started, but after the deadline
            figure, color = self.tr("Started %1 days late").replace("%1", f"{delay:,d}"), STATUS_COLORS["late"]
        elif started:
            figure, color = self.tr("Started"), STATUS_COLORS["done"]
        else:
            figure = f"D-{days}" if days >= 0 else f"D+{-days}"
            color = "#c62828" if days < 0 else None
        detail = self.tr("Deadline %1").replace("%1", project["construction_start_deadline"] or "")
        detail += " · " + (self.tr("started on %1").replace("%1", started) if started
                           else self.tr("no actual start recorded"))
        self.deadline_card.set(self.tr("Construction start (within 2025)"), figure, detail, color)
        self.investment_card.set(self.tr("Total investment"), won_text(project["total_investment_won"]),
                                 self.tr("Site %1 m²").replace("%1", number_text(project["site_m2"])))
        committed, paid = funding["foreign_share_committed"], funding["foreign_share_paid_in"]
        recorded = committed is not None or paid is not None
        minimum = funding["min_foreign_share"]
        compliant = funding["compliant"]
        color = None if compliant is None else ("#2e7d32" if compliant else "#c62828")
        self.gauge.set_values(committed, minimum)
        self.share_card.set(
            self.tr("Foreign capital share"), share_text(committed),
            self.tr("committed %1 · paid-in %2 · minimum %3").replace("%1", share_text(committed))
            .replace("%2", share_text(paid)).replace("%3", share_text(minimum)) if recorded
            else self.tr("No commitment recorded yet · minimum %1").replace("%1", share_text(minimum)),
            color)
        self.scale_card.set(
            self.tr("Final scale"),
            f"{number_text(project['total_mw_target'])} MW",
            self.tr("about %1 GPUs in 4 phases").replace("%1", number_text(project["total_gpus_target"])))

    # editing ------------------------------------------------------------------------------

    def open_parties(self) -> None:
        from desktop.ui.dialogs.parties_dialog import open_parties

        open_parties(self)

    def _edit_phase(self, phase_id: int, field: str, text: str) -> str | None:
        from desktop.services.fields import update_field  # on first edit: keeps start-up short

        def apply(value):
            return update_field(self.context.db, entity="phases", entity_id=phase_id,
                                field=field, value=value)
        return self.run_edit(self.tr("Edit phase"), apply, text)

    def _edit_milestone(self, task_id: int, which: str, text: str) -> str | None:
        from desktop.services.milestones import set_milestone_date

        def apply(value):
            return set_milestone_date(self.context.db, task_id=task_id, which=which, on=value,
                                      today=self.context.today())
        return self.run_edit(self.tr("Edit milestone"), apply, text)

    # language -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self._retranslate_texts()
        for model in (self.phase_model, self.milestone_model, self.party_model, self.kpi_model):
            model.retranslate()
        for table in self.tables:
            fit_table(table, most=None)
        self._arrange()

    def _retranslate_texts(self) -> None:
        for label, text in zip(self.section_labels, (
                self.tr("Phases (capacity at the end of each phase)"), self.tr("Expected effects"),
                self.tr("Milestones"), self.tr("Participants"))):
            label.setText(text)
        self.parties_button.setText(self.tr("Manage participants…"))
        self.empty.set_texts(
            self.tr("Getting started"),
            self.tr("This database holds the announced plan only. Each month the office enters costs, "
                    "progress and measurements, reviews them, closes the month and prints the report. "
                    "Start with the budget lines and the parties' commitments; import the construction "
                    "schedule when it arrives."),
            [self.tr("Enter the budget"), self.tr("Enter commitments"), self.tr("Import a schedule…"),
             self.tr("User guide (F1)")])
        if self.status:
            project = self.status["project"]
            self.heading.setText(localized(project["name_ko"], project["name_en"]))
            self.subheading.setText(self.tr("%1 · %2 · as of %3")
                                    .replace("%1", localized(project["owner_ko"], project["owner_en"]))
                                    .replace("%2", localized(project["site_ko"], project["site_en"]))
                                    .replace("%3", project["as_of"]))
            self._fill_cards()
