"""The two pages under the contractor schedules: the monthly update review between two versions
(filtered by kind of change) and the DCMA 14-point check of a version or of the plan."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.domain.dcma import DcmaPoint
from desktop.domain.review_rows import FILTERS, review_rows
from desktop.services.contractor_read import ContractorReview
from desktop.ui.labels import localized
from desktop.ui.models.contractor_models import (
    FILTER_LABELS, POINT_LABELS, DcmaModel, ReviewModel, days_text, label,
)
from desktop.ui.views.tables import fit_table, make_table

MAX_LISTED = 60  # failing activities named under the DCMA table


def _wrapped() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class ReviewPage(QWidget):
    """What changed from one version to the next, one row per change."""

    def __init__(self) -> None:
        super().__init__()
        self.review: ContractorReview | None = None
        self.rows: list[dict] = []
        layout = QVBoxLayout(self)
        self.summary = _wrapped()
        layout.addWidget(self.summary)
        bar = QHBoxLayout()
        self.filter_label = QLabel()
        self.filter = QComboBox()
        self.filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # texts come later
        for key in FILTERS:
            self.filter.addItem("", key)
        self.filter.currentIndexChanged.connect(lambda _i: self.show_rows())
        bar.addWidget(self.filter_label)
        bar.addWidget(self.filter)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.model = ReviewModel(self)
        self.table = make_table(self.model)
        layout.addWidget(self.table, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)

    def show_review(self, review: ContractorReview | None, message: str = "") -> None:
        self.review = review
        if review is None:
            self.rows = []
            self.summary.setText(message)
            self.show_rows()
            return
        self.rows = [row._asdict() for row in review_rows(review.comparison, review.names)]
        self.summary.setText(self._summary())
        self.show_rows()

    def _summary(self) -> str:
        r, review = self.review.comparison, self.review
        counts = {kind: sum(row["kind"] == kind for row in self.rows) for kind in ("critical_joined", "critical_left")}
        lines = [self.tr("Version %1 (%2, status date %3) → version %4 (%5, status date %6)")
                 .replace("%1", str(review.old["number"])).replace("%2", review.old["file_name"])
                 .replace("%3", review.old["status_on"] or "–").replace("%4", str(review.new["number"]))
                 .replace("%5", review.new["file_name"]).replace("%6", review.new["status_on"] or "–")]
        finish = self.tr("Finish: %1 → %2").replace("%1", r.old_finish.isoformat() if r.old_finish else "–") \
            .replace("%2", r.new_finish.isoformat() if r.new_finish else "–")
        if r.finish_days:
            finish += " " + self.tr("(%1 days)").replace("%1", f"{r.finish_days:+,d}")
        lines.append(finish)
        lines.append(self.tr("Critical path: %1 activities before, %2 after (%3 joined, %4 left)")
                     .replace("%1", f"{len(r.critical_before):,}").replace("%2", f"{len(r.critical_after):,}")
                     .replace("%3", f"{counts['critical_joined']:,}").replace("%4", f"{counts['critical_left']:,}"))
        for tie in review.ties_moved:
            lines.append(self.tr("Tied milestone “%1” (deadline %2): forecast %3 → %4, float to the deadline %5 → %6")
                         .replace("%1", localized(tie["name"], tie["name_en"]))
                         .replace("%2", tie["deadline"].isoformat() if tie["deadline"] else "–")
                         .replace("%3", tie["old_finish"].isoformat() if tie["old_finish"] else "–")
                         .replace("%4", tie["new_finish"].isoformat() if tie["new_finish"] else "–")
                         .replace("%5", days_text(tie["old_float"])).replace("%6", days_text(tie["new_float"])))
        return "\n".join(lines)

    def show_rows(self) -> None:
        kinds = FILTERS[self.filter.currentData() or "all"]
        self.model.set_rows([row for row in self.rows if row["kind"] in kinds])
        fit_table(self.table, most=480)

    def retranslate(self) -> None:
        self.filter_label.setText(self.tr("Show"))
        for i in range(self.filter.count()):
            self.filter.setItemText(i, label(FILTER_LABELS[self.filter.itemData(i)]))
        self.model.retranslate()
        if self.review is not None:
            self.summary.setText(self._summary())
        fit_table(self.table, most=480)


class DcmaPage(QWidget):
    """The 14 points of one schedule, and the activities failing the point selected."""

    def __init__(self) -> None:
        super().__init__()
        self.points: list[DcmaPoint] = []
        layout = QVBoxLayout(self)
        self.subject = _wrapped()
        layout.addWidget(self.subject)
        self.model = DcmaModel(self)
        self.table = make_table(self.model)
        self.table.selectionModel().currentRowChanged.connect(lambda _c, _o: self.show_failing())
        layout.addWidget(self.table, 0, Qt.AlignmentFlag.AlignLeft)
        self.failing = _wrapped()
        layout.addWidget(self.failing)
        layout.addStretch(1)

    def show_points(self, subject: str, points: list[DcmaPoint]) -> None:
        self.subject.setText(subject)
        self.points = points
        self.model.set_rows([p._asdict() for p in points])
        fit_table(self.table, most=None)
        first = next((i for i, p in enumerate(points) if p.passed is False), 0)
        if points:
            self.table.selectRow(first)
        self.show_failing()

    def show_failing(self) -> None:
        index = self.table.currentIndex()
        if not self.points or not index.isValid():
            self.failing.setText("")
            return
        point = self.points[index.row()]
        if not point.failing:
            self.failing.setText(self.tr("%1: nothing fails.").replace("%1", label(POINT_LABELS[point.key])))
            return
        listed = ", ".join(point.failing[:MAX_LISTED])
        if len(point.failing) > MAX_LISTED:
            listed += " " + self.tr("and %1 more").replace("%1", f"{len(point.failing) - MAX_LISTED:,}")
        self.failing.setText(self.tr("%1 — failing (%2): %3").replace("%1", label(POINT_LABELS[point.key]))
                             .replace("%2", f"{len(point.failing):,}").replace("%3", listed))

    def retranslate(self) -> None:
        self.model.retranslate()
        self.show_failing()
