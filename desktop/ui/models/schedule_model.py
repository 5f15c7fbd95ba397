"""The task table: a tree over the ScheduleView's rows (outline order), columns declared once.

Adapts, does not own: ``set_view`` takes the computed schedule, ``update_rows`` the rows an
edit changed (dataChanged for those only); edits go out through the injected
``on_edit(task_id, field, text) -> error message | None``.  Built for 10,000 rows:
parent/child positions are plain lists, and a row's cell texts are formatted once, when it
is first painted (painting then only looks strings up).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import (
    QAbstractItemModel, QCoreApplication, QModelIndex, QT_TRANSLATE_NOOP, Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from desktop.domain.durations import format_duration
from desktop.domain.schedule_rows import ScheduleRow, ScheduleView
from desktop.ui.labels import localized

DISPLAY = int(Qt.ItemDataRole.DisplayRole)
EDIT = int(Qt.ItemDataRole.EditRole)
ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
FONT = int(Qt.ItemDataRole.FontRole)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
BULK = 200  # more rows changed than this: one dataChanged per parent
CRITICAL_COLOR = QColor("#c62828")
LATE_COLOR = QColor("#ef6c00")
_ROLES = frozenset({DISPLAY, EDIT, ALIGN, FOREGROUND, FONT, TOOLTIP})


def _d(value) -> str:
    return value.isoformat() if value else ""


def _float(row: ScheduleRow) -> str:
    return "" if row.total_float is None else f"{row.total_float:,d}"


@dataclass(frozen=True)
class TaskColumn:
    header: str
    text: Callable[[ScheduleRow], str] | None  # None: the row number (ID)
    field: str | None = None  # editable when set
    right: bool = False


COLUMNS = [
    TaskColumn(QT_TRANSLATE_NOOP("columns", "ID"), None, None, True),  # the row number predecessors name
    TaskColumn(QT_TRANSLATE_NOOP("columns", "Name"), lambda r: localized(r.name_ko, r.name_en), "name_ko"),
    TaskColumn(QT_TRANSLATE_NOOP("columns", "WBS"), lambda r: r.wbs, "wbs_code"),
    TaskColumn(QT_TRANSLATE_NOOP("columns", "Duration"),
               lambda r: "" if r.is_summary else format_duration(r.duration_days or 0, False),
               "duration", True),
    TaskColumn(QT_TRANSLATE_NOOP("columns", "Start"), lambda r: _d(r.start), "start"),
    TaskColumn(QT_TRANSLATE_NOOP("columns", "Finish"), lambda r: _d(r.finish), "finish"),
    TaskColumn(QT_TRANSLATE_NOOP("columns", "Baseline start"), lambda r: _d(r.baseline_start)),
    TaskColumn(QT_TRANSLATE_NOOP("columns", "Baseline finish"), lambda r: _d(r.baseline_finish)),
    TaskColumn(QT_TRANSLATE_NOOP("columns", "Actual start"), lambda r: _d(r.actual_start), "actual_start_on"),
    TaskColumn(QT_TRANSLATE_NOOP("columns", "Actual finish"), lambda r: _d(r.actual_finish), "actual_finish_on"),
    TaskColumn(QT_TRANSLATE_NOOP("columns", "% complete"), lambda r: f"{r.percent_complete:.0f}",
               "percent_complete", True),
    TaskColumn(QT_TRANSLATE_NOOP("columns", "Predecessors"), lambda r: r.predecessors, "predecessors"),
    TaskColumn(QT_TRANSLATE_NOOP("columns", "Total float"), _float, None, True),
    TaskColumn(QT_TRANSLATE_NOOP("columns", "Slip (days)"),
               lambda r: "" if r.slip_days is None else f"{r.slip_days:+,d}", None, True),
    TaskColumn(QT_TRANSLATE_NOOP("columns", "Responsible"), lambda r: r.responsible, "responsible"),
]
COL = {c.header: i for i, c in enumerate(COLUMNS)}
_CRITICAL_COLUMNS = (COL["Name"], COL["Total float"])
_SLIP = COL["Slip (days)"]
_SUMMARY_FIXED = ("duration", "start", "finish", "percent_complete", "actual_start_on",
                  "actual_finish_on")  # a summary's come from its tasks
NO_FLAGS = Qt.ItemFlag.NoItemFlags
_READ = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_EDIT = _READ | Qt.ItemFlag.ItemIsEditable
_FLAGS = {  # [editing possible][summary row][column], made once: views ask for every cell painted
    editing: {summary: [(_EDIT if editing and c.field and not (summary and c.field in _SUMMARY_FIXED)
                         else _READ) | (NO_FLAGS if summary else Qt.ItemFlag.ItemNeverHasChildren)
                        for c in COLUMNS] for summary in (False, True)}
    for editing in (False, True)}  # a task that is no summary has no rows under it: the view's
#                                    layout of 10,000 rows then asks hasChildren of summaries only


class ScheduleTreeModel(QAbstractItemModel):
    """Rows keep their outline position as internal id; parents and children are lists."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[ScheduleRow] = []
        self._parent: list[int] = []  # position of each row's parent, −1 at top level
        self._children: dict[int, list[int]] = {-1: []}
        self._rank: list[int] = []  # row number among its siblings
        self._looks: list[list[tuple] | None] = []  # each row's cells, formatted when painted
        self.positions: dict[int, int] = {}  # task id → its row in outline order
        self._headers = self._translated_headers()
        self.on_edit: Callable[[int, str, str], str | None] | None = None
        self._bold = QFont()
        self._bold.setBold(True)

    @staticmethod
    def _translated_headers() -> list[str]:
        return [QCoreApplication.translate("columns", c.header) for c in COLUMNS]

    def set_view(self, view: ScheduleView) -> None:
        self.beginResetModel()
        self.rows = list(view.rows)
        self._looks = [None] * len(self.rows)
        self.positions = position = {row.task_id: i for i, row in enumerate(self.rows)}
        self._parent = [position.get(r.parent_id, -1) if r.parent_id else -1 for r in self.rows]
        self._children = {-1: []}
        self._rank = [0] * len(self.rows)
        for i, parent in enumerate(self._parent):
            siblings = self._children.setdefault(parent, [])
            self._rank[i] = len(siblings)
            siblings.append(i)
        self.endResetModel()

    def position_of(self, task_id: int) -> int:
        return self.positions[task_id]

    def update_rows(self, view: ScheduleView, positions: list[int]) -> None:
        """``view`` after an edit that changed the rows at ``positions`` (same rows in the
        same order otherwise): those rows' cells are told to repaint, nothing else."""
        self.rows = list(view.rows)
        looks, last = self._looks, len(COLUMNS) - 1
        for position in positions:
            looks[position] = None
        if len(positions) > BULK:  # one signal per parent whose children changed
            for parent in {self._parent[p] for p in positions}:
                children = self._children[parent]
                top = QModelIndex() if parent < 0 else self.index_of(parent)
                self.dataChanged.emit(self.index(0, 0, top), self.index(len(children) - 1, last, top))
            return
        for position in positions:
            self.dataChanged.emit(self.index_of(position), self.index_of(position, last))

    def retranslate(self) -> None:
        self._looks = [None] * len(self.rows)
        self._headers = self._translated_headers()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(0, len(COLUMNS) - 1))
        self.layoutChanged.emit()

    # -- structure ----------------------------------------------------------------------
    def position(self, index: QModelIndex) -> int:
        return index.internalId() if index.isValid() else -1

    def index_of(self, position: int, column: int = 0) -> QModelIndex:
        return self.createIndex(self._rank[position], column, position)

    def index(self, row, column, parent=QModelIndex()):
        children = self._children.get(self.position(parent), ())
        if 0 <= row < len(children) and 0 <= column < len(COLUMNS):
            return self.createIndex(row, column, children[row])
        return QModelIndex()

    def parent(self, index=QModelIndex()):  # noqa: D401 - Qt override (also QObject.parent())
        if not isinstance(index, QModelIndex):
            return super().parent()
        if not index.isValid():
            return QModelIndex()
        parent = self._parent[index.internalId()]
        return QModelIndex() if parent < 0 else self.createIndex(self._rank[parent], 0, parent)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt override
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._children.get(self.position(parent), ()))

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt override
        return len(COLUMNS)

    def hasChildren(self, parent=QModelIndex()) -> bool:  # noqa: N802 - Qt override
        return self.rowCount(parent) > 0

    # -- data -----------------------------------------------------------------------------
    def headerData(self, section, orientation, role=DISPLAY):  # noqa: N802 - Qt override
        if int(role) == DISPLAY and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def flags(self, index):
        if not index.isValid():
            return NO_FLAGS
        return _FLAGS[self.on_edit is not None][self.rows[index.internalId()].is_summary][index.column()]

    def _row_looks(self, position: int) -> list[tuple]:
        """The row's cells as painted: (text, colour, bold, right-aligned), made once."""
        row = self.rows[position]
        critical = CRITICAL_COLOR if row.is_critical else None
        late = LATE_COLOR if row.slip_days and row.slip_days > 0 else None
        looks = self._looks[position] = [
            (str(position + 1) if c.text is None else c.text(row),
             critical if k in _CRITICAL_COLUMNS else late if k == _SLIP else None,
             row.is_summary, c.right) for k, c in enumerate(COLUMNS)]
        return looks

    def cell_look(self, index) -> tuple:
        """(text, colour or None, bold, right-aligned) of a cell (desktop.ui.widgets.cell_painter)."""
        position = index.internalId()
        return (self._looks[position] or self._row_looks(position))[index.column()]

    def data(self, index, role=DISPLAY):
        if not index.isValid():
            return None
        role = int(role)
        if role not in _ROLES:
            return None
        position = index.internalId()
        look = (self._looks[position] or self._row_looks(position))[index.column()]
        if role == DISPLAY or role == EDIT:
            return look[0]
        if role == ALIGN:
            return RIGHT if look[3] else None
        if role == FOREGROUND:
            return None if look[1] is None else QBrush(look[1])
        row = self.rows[position]
        if role == FONT:
            return self._bold if row.is_summary else None
        if row.deadline_missed:  # TOOLTIP
            return QCoreApplication.translate("ScheduleTreeModel", "Deadline %1 missed").replace(
                "%1", _d(row.deadline))
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if int(role) != EDIT or not index.isValid() or self.on_edit is None:
            return False
        column = COLUMNS[index.column()]
        if not column.field or str(value) == self.data(index):  # field ⇒ text
            return False
        return self.on_edit(self.rows[index.internalId()].task_id, column.field, str(value)) is None
