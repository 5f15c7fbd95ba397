"""Thin dialogs of the risk panel: a register entry, and a spread applied to tasks.

``load(draft)`` / ``result_draft() -> draft``; the caller turns the draft into a service
call through ``submit`` and a refusal comes back as a message shown in the dialog, which
stays open (:class:`RecordDialog`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QListWidget, QListWidgetItem, QWidget

from desktop.ui.dialogs.capacity_dialog import RecordDialog
from desktop.ui.models.risk_models import DISTRIBUTIONS, days_text, distribution_label


class RiskDialog(RecordDialog):
    """Title, owner (담당), cause (원인), probability in %, impact in days on the checked
    tasks (영향), response plan (대응 계획)."""

    def __init__(self, choices: list[tuple[int, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Risk"))
        self.title, self.owner, self.cause = QLineEdit(), QLineEdit(), QLineEdit()
        self.probability, self.impact, self.response = QLineEdit(), QLineEdit(), QLineEdit()
        self.probability.setPlaceholderText("30")
        self.impact.setPlaceholderText("20")
        self.tasks = QListWidget()
        self.tasks.setMinimumHeight(self.fontMetrics().height() * 8)
        for task_id, name in choices:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, task_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.tasks.addItem(item)
        for label, widget in ((self.tr("Risk"), self.title), (self.tr("Owner"), self.owner),
                              (self.tr("Cause"), self.cause),
                              (self.tr("Probability (%)"), self.probability),
                              (self.tr("Delay if it occurs (days)"), self.impact),
                              (self.tr("Tasks it delays"), self.tasks),
                              (self.tr("Response plan"), self.response)):
            self.form.addRow(label, widget)
        self.finish_form()

    def _items(self) -> list[QListWidgetItem]:
        return [self.tasks.item(i) for i in range(self.tasks.count())]

    def load(self, draft: dict) -> None:
        for key in ("title", "owner", "cause", "response_plan"):
            getattr(self, "response" if key == "response_plan" else key).setText(draft.get(key) or "")
        if draft.get("probability") is not None:
            self.probability.setText(days_text(draft["probability"] * 100))
        impacts = draft.get("impacts") or {}
        if impacts:
            self.impact.setText(days_text(max(impacts.values())))
        for item in self._items():
            checked = item.data(Qt.ItemDataRole.UserRole) in impacts
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def check_task(self, task_id: int) -> None:
        for item in self._items():
            if item.data(Qt.ItemDataRole.UserRole) == task_id:
                item.setCheckState(Qt.CheckState.Checked)

    def result_draft(self) -> dict:
        return {"title": self.title.text(), "owner": self.owner.text(), "cause": self.cause.text(),
                "probability": self.probability.text(), "impact_days": self.impact.text(),
                "task_ids": [item.data(Qt.ItemDataRole.UserRole) for item in self._items()
                             if item.checkState() == Qt.CheckState.Checked],
                "response_plan": self.response.text()}


class SpreadDialog(RecordDialog):
    """Optimistic and pessimistic percentages around the planned duration, and the
    distribution, for the tasks the caller names in the title."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.optimistic, self.pessimistic = QLineEdit("10"), QLineEdit("30")
        self.distribution = QComboBox()
        for code in DISTRIBUTIONS:
            self.distribution.addItem(distribution_label(code), code)
        for label, widget in ((self.tr("Optimistic: shorter by (%)"), self.optimistic),
                              (self.tr("Pessimistic: longer by (%)"), self.pessimistic),
                              (self.tr("Distribution"), self.distribution)):
            self.form.addRow(label, widget)
        self.finish_form()

    def result_draft(self) -> dict:
        return {"optimistic_pct": self.optimistic.text(), "pessimistic_pct": self.pessimistic.text(),
                "distribution": self.distribution.currentData()}


class GroupDialog(RecordDialog):
    """A group's name (an existing one or a new one) and the rank correlation of its tasks."""

    def __init__(self, names: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Correlation group"))
        self.name = QComboBox()
        self.name.setEditable(True)
        self.name.addItems(names)
        self.correlation = QLineEdit()
        self.correlation.setPlaceholderText("0.5")
        for label, widget in ((self.tr("Group (e.g. civil works)"), self.name),
                              (self.tr("Rank correlation of its tasks (−1 to 1)"), self.correlation)):
            self.form.addRow(label, widget)
        self.finish_form()

    def load(self, draft: dict) -> None:
        self.name.setCurrentText(draft.get("name") or "")
        if draft.get("correlation") is not None:
            self.correlation.setText(f"{draft['correlation']:g}")

    def result_draft(self) -> dict:
        return {"name": self.name.currentText(), "correlation": self.correlation.text()}
