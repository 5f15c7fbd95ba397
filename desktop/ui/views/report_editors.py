"""The reports panel's editors for what the office writes into the report: the month's notes
and suggestions, the cause and recovery plan of each late milestone (문제점 및 대책), and the
report form (결재란 boxes, document number, department, contact).  They show and collect
values; the panel runs the services (undoable, audited)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QVBoxLayout,
    QWidget,
)

from desktop.ui.labels import localized
from desktop.ui.style import set_role, set_text_color

NOTE_KEYS = ("notes", "issues", "risks", "suggestions")


class NotesEditor(QWidget):
    """The month's notes, issues, risks and suggestions (건의사항)."""

    sig_save = Signal()
    """The user asked to store the notes shown."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.edits = {key: QPlainTextEdit() for key in NOTE_KEYS}
        self.labels = {key: QLabel() for key in NOTE_KEYS}
        for key in NOTE_KEYS:
            set_role(self.labels[key], "section")
            self.edits[key].setMaximumHeight(80)
            layout.addWidget(self.labels[key])
            layout.addWidget(self.edits[key])
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.sig_save.emit)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.retranslate()

    def load(self, notes: dict, read_only: bool) -> None:
        for key, edit in self.edits.items():
            edit.setPlainText(notes.get(key, ""))
            edit.setReadOnly(read_only)
        self.save_button.setEnabled(not read_only)

    def value(self) -> dict:
        return {key: edit.toPlainText() for key, edit in self.edits.items()}

    def retranslate(self) -> None:
        texts = {"notes": self.tr("Manager's notes (one point per line)"), "issues": self.tr("Issues"),
                 "risks": self.tr("Risks"), "suggestions": self.tr("Suggestions to superiors")}
        for key, label in self.labels.items():
            label.setText(texts[key])
        self.save_button.setText(self.tr("Save notes"))


class RemediesEditor(QWidget):
    """Cause and recovery plan of each late milestone of the month."""

    sig_save = Signal()
    """The user asked to store the cause and plan shown for the chosen milestone."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        layout.addWidget(self.explanation)
        self.milestone_box = QComboBox()
        layout.addWidget(self.milestone_box)
        self.cause_label, self.plan_label = QLabel(), QLabel()
        self.cause, self.plan = QPlainTextEdit(), QPlainTextEdit()
        for label, edit in ((self.cause_label, self.cause), (self.plan_label, self.plan)):
            set_role(label, "section")
            edit.setMaximumHeight(90)
            layout.addWidget(label)
            layout.addWidget(edit)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.sig_save.emit)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        self._rows: list[dict] = []
        self._read_only = False
        self.milestone_box.currentIndexChanged.connect(lambda _i: self._show_current())
        self.retranslate()

    def load(self, rows: list[dict], read_only: bool) -> None:
        """``rows``: the month's late milestones with their written cause and plan."""
        current = self.task_id()
        self._rows, self._read_only = rows, read_only
        self.milestone_box.blockSignals(True)
        self.milestone_box.clear()
        for row in rows:
            mark = "✓ " if row["cause"] and row["plan"] else "✗ "
            self.milestone_box.addItem(mark + f"{row['wbs']} {localized(row['name'], row.get('name_en'))}",
                                       row["task_id"])
        index = self.milestone_box.findData(current)
        self.milestone_box.setCurrentIndex(index if index >= 0 else 0)
        self.milestone_box.blockSignals(False)
        self._show_current()
        self.retranslate()

    def task_id(self) -> int | None:
        return self.milestone_box.currentData()

    def _show_current(self) -> None:
        row = next((r for r in self._rows if r["task_id"] == self.task_id()), None)
        self.cause.setPlainText(row["cause"] if row else "")
        self.plan.setPlainText(row["plan"] if row else "")
        editable = row is not None and not self._read_only
        for widget in (self.cause, self.plan):
            widget.setReadOnly(not editable)
        self.save_button.setEnabled(editable)

    def value(self) -> dict:
        return {"cause": self.cause.toPlainText(), "plan": self.plan.toPlainText()}

    def missing(self) -> int:
        return sum(1 for r in self._rows if not r["cause"] or not r["plan"])

    def retranslate(self) -> None:
        if not self._rows:
            self.explanation.setText(self.tr("No milestone is late this month."))
            set_text_color(self.explanation, None)
        else:
            self.explanation.setText(self.tr("%1 milestone(s) are late. The month can be closed once each has "
                                             "its cause and recovery plan (%2 missing).")
                                     .replace("%1", str(len(self._rows))).replace("%2", str(self.missing())))
            set_text_color(self.explanation, "#c62828" if self.missing() else "#2e7d32")
        self.cause_label.setText(self.tr("Cause"))
        self.plan_label.setText(self.tr("Recovery plan"))
        self.save_button.setText(self.tr("Save cause and plan"))


class ReportFormEditor(QWidget):
    """The report form: 결재란 boxes, document number, department, contact."""

    sig_save = Signal()
    """The user asked to store the form's settings shown."""

    FIELDS = ("signoff", "doc_number", "department", "contact")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.form = QFormLayout()
        self.edits = {key: QLineEdit() for key in self.FIELDS}
        self.labels = {key: QLabel() for key in self.FIELDS}
        for key in self.FIELDS:
            self.form.addRow(self.labels[key], self.edits[key])
        layout.addLayout(self.form)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.sig_save.emit)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        self.retranslate()

    def load(self, values: dict) -> None:
        for key, edit in self.edits.items():
            edit.setText(values.get(key, ""))

    def value(self) -> dict:
        return {key: edit.text() for key, edit in self.edits.items()}

    def retranslate(self) -> None:
        texts = {"signoff": self.tr("Sign-off boxes"), "doc_number": self.tr("Document number"),
                 "department": self.tr("Department"), "contact": self.tr("Contact (name, telephone)")}
        for key, label in self.labels.items():
            label.setText(texts[key])
        self.edits["signoff"].setPlaceholderText(self.tr("Officer, Team leader, Section chief, Director"))
        self.hint.setText(self.tr("Boxes are separated by commas; left blank, the report prints the default "
                                  "boxes. A blank document number, department or contact prints as a line "
                                  "to fill in by hand."))
        self.save_button.setText(self.tr("Save form"))
