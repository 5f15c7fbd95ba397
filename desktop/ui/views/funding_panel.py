"""재원: commitments and paid-in capital per party, the 30 % foreign-capital rule on both
bases, per phase and by month, and a what-if for a proposed commitment."""

from __future__ import annotations



from PySide6.QtWidgets import (
    QComboBox, QFrame, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout,
)

from desktop.domain.errors import DomainError
from desktop.domain.money import parse_money
from desktop.services.funding import load_funding, proposal_effect
from desktop.ui.i18n import explain
from desktop.ui.labels import share_text, unit_line_text, won_text
from desktop.ui.models.funding_models import (
    CommitmentModel, PaymentModel, PhaseShareModel, with_unit,
)
from desktop.ui.style import set_panel_fill, set_role, set_text_color
from desktop.ui.views.panel import Panel, ViewContext
from desktop.ui.views.tables import make_table, scroll_body
from desktop.ui.widgets.share_gauge import ShareGauge

RED, GREEN = "#c62828", "#2e7d32"


class _BasisCard(QFrame):
    def __init__(self) -> None:
        super().__init__()
        set_panel_fill(self, "#fafafa")
        layout = QVBoxLayout(self)
        self.caption, self.figure, self.detail = QLabel(), QLabel(), QLabel()
        set_role(self.caption, "caption")
        set_role(self.figure, "figure")
        self.gauge = ShareGauge()
        for widget in (self.caption, self.figure, self.gauge, self.detail):
            layout.addWidget(widget)


class FundingPanel(Panel):
    WATCHES = frozenset({"funding_commitments", "funding_payments", "parties", "project", "phases"})
    SHOWS_MONEY = True

    def __init__(self, context: ViewContext, parent=None) -> None:
        super().__init__(context, parent)
        self.summary = None
        self.commitment_rows: list[dict] = []
        layout = scroll_body(self)
        self.add_heading(layout)
        from desktop.ui.views import funding_actions
        from desktop.ui.widgets.empty_state import EmptyState

        self.empty = EmptyState([lambda: funding_actions.add_commitment(self), self.open_parties])
        layout.addWidget(self.empty)
        cards = QHBoxLayout()
        self.committed_card, self.paid_card = _BasisCard(), _BasisCard()
        cards.addWidget(self.committed_card)
        cards.addWidget(self.paid_card)
        layout.addLayout(cards)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        set_text_color(self.warning, RED)
        layout.addWidget(self.warning)
        self._build_what_if(layout)
        self.unit_label = QLabel()
        layout.addWidget(self.unit_label)
        self.phase_model, self.commitment_model = PhaseShareModel(self), CommitmentModel(self)
        self.payment_model = PaymentModel(self)
        self.sections, self.tables = [], []
        for model in (self.phase_model, self.commitment_model, self.payment_model):
            label = QLabel()
            set_role(label, "section")
            table = make_table(model, wraps=False)
            self.sections.append(label)
            self.tables.append(table)
            layout.addWidget(label)
            if model is self.commitment_model:
                layout.addLayout(self._buttons())
            layout.addWidget(table)
        self.chart_slot = QVBoxLayout()
        layout.addLayout(self.chart_slot)
        layout.addStretch(1)
        self.retranslate()

    def _build_what_if(self, layout: QVBoxLayout) -> None:
        box = QFrame()
        set_panel_fill(box, "#f3f6fb")
        grid = QGridLayout(box)
        self.what_if_title = QLabel()
        set_role(self.what_if_title, "section")
        self.what_if_amount = QLineEdit()
        self.what_if_kind = QComboBox()
        self.what_if_result = QLabel()
        self.what_if_result.setWordWrap(True)
        self.restore_label = QLabel()
        self.restore_label.setWordWrap(True)
        grid.addWidget(self.what_if_title, 0, 0, 1, 3)
        grid.addWidget(self.what_if_amount, 1, 0)
        grid.addWidget(self.what_if_kind, 1, 1)
        grid.addWidget(self.what_if_result, 2, 0, 1, 3)
        grid.addWidget(self.restore_label, 3, 0, 1, 3)
        grid.setColumnStretch(2, 1)
        self.what_if_amount.textChanged.connect(lambda _t: self._update_what_if())
        self.what_if_kind.currentIndexChanged.connect(lambda _i: self._update_what_if())
        layout.addWidget(box)

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.add_commitment_button, self.add_payment_button = QPushButton(), QPushButton()
        self.delete_button, self.parties_button = QPushButton(), QPushButton()
        for button in (self.add_commitment_button, self.add_payment_button, self.delete_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.parties_button)
        from desktop.ui.views import funding_actions

        self.add_commitment_button.clicked.connect(lambda: funding_actions.add_commitment(self))
        self.add_payment_button.clicked.connect(lambda: funding_actions.add_payment(self))
        self.delete_button.clicked.connect(lambda: funding_actions.delete_selected(self))
        self.parties_button.clicked.connect(self.open_parties)
        return row

    def open_parties(self) -> None:
        """The participants: add a new investor, edit, retire (desktop/ui/dialogs/parties_dialog.py)."""
        from desktop.ui.dialogs.parties_dialog import open_parties

        open_parties(self)

    # -- data -----------------------------------------------------------------------------
    def refresh(self) -> None:
        commitments, payments, self.summary = load_funding(self.context.db, as_of=self.context.today())
        self.commitment_rows, self.payment_rows = commitments, payments
        unit = self.context.money_unit()
        self.commitment_model.set_rows(with_unit(commitments, unit))
        self.payment_model.set_rows(with_unit(payments, unit))
        self.phase_model.set_rows(with_unit([{
            "id": i, "phase_number": p.phase_number, "minimum": self.summary.minimum,
            "committed_won": p.committed.total_won, "foreign_committed_won": p.committed.foreign_won,
            "share_committed": p.committed.share, "paid_won": p.paid_in.total_won,
            "foreign_paid_won": p.paid_in.foreign_won, "share_paid": p.paid_in.share,
        } for i, p in enumerate(self.summary.by_phase)], unit))
        for table in self.tables:
            table.resizeColumnsToContents()
            rows = sum(table.rowHeight(r) for r in range(table.model().rowCount()))
            table.setFixedHeight(min(420, table.horizontalHeader().height() + 2 * table.frameWidth()
                                     + rows + 2))
        self.empty.show_when(not commitments)
        self._retranslate_texts()
        self._show_chart()

    def _show_chart(self) -> None:
        """The share history by month (matplotlib, loaded when this panel is first filled)."""
        from desktop.ui.views.funding_chart import show_share_history

        show_share_history(self)

    def _fill_cards(self) -> None:
        s = self.summary
        if s is None:
            return
        for card, share, compliant, caption in (
                (self.committed_card, s.committed, s.compliant_committed, self.tr("Committed basis")),
                (self.paid_card, s.paid_in, s.compliant_paid_in, self.tr("Paid-in basis"))):
            card.caption.setText(caption)
            card.figure.setText(share_text(share.share))
            set_text_color(card.figure, None if compliant is None else (GREEN if compliant else RED))
            card.gauge.set_values(share.share, s.minimum)
            card.detail.setText(self.tr("total %1 · foreign %2 · minimum %3")
                                .replace("%1", won_text(share.total_won if share.total_won else None))
                                .replace("%2", won_text(share.foreign_won if share.total_won else None))
                                .replace("%3", share_text(s.minimum)))
        warnings = []
        if s.compliant_committed is False:
            warnings.append(self.tr("The committed foreign share is below the minimum."))
        if s.compliant_paid_in is False:
            warnings.append(self.tr("The paid-in foreign share is below the minimum."))
        if s.planned_breaks_rule:
            warnings.append(self.tr("The planned commitments would take the committed share to %1, "
                                    "below the minimum.").replace("%1", share_text(s.with_planned.share)))
        self.warning.setText(" ".join(warnings))
        self.warning.setVisible(bool(warnings))
        self.restore_label.setText(self._rule_text(s))

    def _rule_text(self, s) -> str:
        """Whether the rule is met — never "met" while a share is not defined (no commitment)."""
        if s.compliant_committed is None and s.compliant_paid_in is None:
            return self.tr("Not set: no commitment is recorded yet, so the foreign share is not "
                           "defined and the %1 rule cannot be judged.").replace("%1", share_text(s.minimum))
        if s.restore_committed_won or s.restore_paid_in_won:
            return (self.tr("Foreign capital needed to restore the minimum: committed %1 · paid-in %2")
                    .replace("%1", won_text(s.restore_committed_won, smallest=1_0000))
                    .replace("%2", won_text(s.restore_paid_in_won, smallest=1_0000)))
        if s.compliant_paid_in is None:
            return self.tr("The committed basis meets the minimum now; nothing is paid in yet.")
        return self.tr("Both bases meet the minimum now.")

    def _update_what_if(self) -> None:
        if self.summary is None:
            return
        text = self.what_if_amount.text().strip()
        if not text:
            self.what_if_result.setText(self.tr("Type an amount in won (e.g. 500억) to see its effect."))
            set_text_color(self.what_if_result, None)
            return
        try:
            amount = parse_money(text)
        except DomainError as error:
            self.what_if_result.setText(explain(error))
            set_text_color(self.what_if_result, RED)
            return
        effect = proposal_effect(self.summary, amount, self.what_if_kind.currentIndex() == 0)
        self.what_if_result.setText(self.tr("Committed share %1 → %2").replace(
            "%1", share_text(effect.share_before)).replace("%2", share_text(effect.share_after)))
        set_text_color(self.what_if_result, None if effect.compliant_after is None
                       else GREEN if effect.compliant_after else RED)

    def selected_row(self) -> tuple[str, dict] | None:
        """The selected commitment or payment."""
        for kind, table, rows in (("commitment", self.tables[1], self.commitment_rows),
                                  ("payment", self.tables[2], self.payment_rows)):
            selected = table.selectionModel().selectedRows()
            if selected:
                return kind, rows[selected[0].row()]
        return None

    # -- language -------------------------------------------------------------------------
    def retranslate(self) -> None:
        self._retranslate_texts()
        for model in (self.phase_model, self.commitment_model, self.payment_model):
            model.retranslate()

    def _retranslate_texts(self) -> None:
        self.heading.setText(self.tr("Funding and the foreign-capital rule"))
        for label, text in zip(self.sections, (self.tr("Foreign share by phase"),
                                               self.tr("Commitments"), self.tr("Paid-in capital"))):
            label.setText(text)
        self.what_if_title.setText(self.tr("What if a new commitment is signed?"))
        self.what_if_amount.setPlaceholderText(self.tr("Amount in won, e.g. 500억"))
        index = max(0, self.what_if_kind.currentIndex())
        self.what_if_kind.clear()
        self.what_if_kind.addItems([self.tr("foreign"), self.tr("domestic")])
        self.what_if_kind.setCurrentIndex(index)
        self.add_commitment_button.setText(self.tr("Add commitment…"))
        self.add_payment_button.setText(self.tr("Record payment…"))
        self.delete_button.setText(self.tr("Delete selected"))
        self.parties_button.setText(self.tr("Participants…"))
        self.empty.set_texts(
            self.tr("No commitment yet"),
            self.tr("Enter each party's signed commitment first: the foreign-capital share and its "
                    "minimum are judged on commitments, then on what is paid in. A new investor is "
                    "added under Participants."),
            [self.tr("Add commitment…"), self.tr("Participants…")])
        self.unit_label.setText(unit_line_text(self.context.money_unit()))
        self._fill_cards()
        self._update_what_if()

