"""The variance table: phase → category → line over a MoneyView, updated cell by cell.

Editable on line rows: the as-of month's actual cost, the measured % complete and the
bottom-up estimate to complete (through the injected ``on_edit``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from desktop.domain.money import MoneyUnit, to_unit
from desktop.domain.variance import MoneyNode, MoneyView

DISPLAY, EDIT = int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.EditRole)
ALIGN, FOREGROUND = int(Qt.ItemDataRole.TextAlignmentRole), int(Qt.ItemDataRole.ForegroundRole)
FONT = int(Qt.ItemDataRole.FontRole)
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
STATUS_COLORS = {"over": QColor("#c62828"), "watch": QColor("#ef6c00"), "ok": QColor("#2e7d32")}
STATUS = {status: QBrush(color) for status, color in STATUS_COLORS.items()}


@dataclass(frozen=True)
class BudgetColumn:
    header: str
    value: Callable[[MoneyNode, "BudgetTreeModel"], object]
    kind: str = "won"  # won | ratio | pct | text
    field: str | None = None


def _name(node: MoneyNode, model: "BudgetTreeModel") -> str:
    if node.level == "phase":
        return QCoreApplication.translate("labels", "Phase %1").replace("%1", str(node.phase))
    if node.level == "group":
        return model.category_names.get(node.category_code, node.category_name)
    return node.name or model.category_names.get(node.category_code, node.category_name)


def _month_actual(node: MoneyNode, model: "BudgetTreeModel"):
    return model.month_actuals.get(node.key) if node.level == "line" else None


COLUMNS = [
    BudgetColumn(QT_TRANSLATE_NOOP("columns", "Phase / category"), _name, "text"),
    BudgetColumn(QT_TRANSLATE_NOOP("columns", "Budget (BAC)"), lambda n, m: n.figures.bac_won),
    BudgetColumn(QT_TRANSLATE_NOOP("columns", "Planned to date (PV)"), lambda n, m: n.figures.pv_won),
    BudgetColumn(QT_TRANSLATE_NOOP("columns", "Contract amount"), lambda n, m: n.figures.committed_won),
    BudgetColumn(QT_TRANSLATE_NOOP("columns", "Actual (AC)"), lambda n, m: n.figures.ac_won),
    BudgetColumn(QT_TRANSLATE_NOOP("columns", "Actual this month"), _month_actual, "won", "month_actual"),
    BudgetColumn(QT_TRANSLATE_NOOP("columns", "% complete"), lambda n, m: n.figures.percent_complete,
                 "pct", "percent"),
    BudgetColumn(QT_TRANSLATE_NOOP("columns", "Earned (EV)"), lambda n, m: n.figures.ev_won),
    BudgetColumn(QT_TRANSLATE_NOOP("columns", "Forecast (EAC)"), lambda n, m: n.figures.eac_won),
    BudgetColumn(QT_TRANSLATE_NOOP("columns", "Variance"),
                 lambda n, m: None if n.figures.eac_won is None else n.figures.bac_won - n.figures.eac_won),
    BudgetColumn(QT_TRANSLATE_NOOP("columns", "%"), lambda n, m: n.figures.variance_pct, "signed_pct"),
    BudgetColumn("CPI", lambda n, m: n.figures.cpi, "ratio"),
    BudgetColumn("SPI", lambda n, m: n.figures.spi, "ratio"),
    BudgetColumn(QT_TRANSLATE_NOOP("columns", "ETC (bottom-up)"),
                 lambda n, m: n.etc_input if n.level == "line" else None, "won", "etc"),
]
COL = {c.header: i for i, c in enumerate(COLUMNS)}
_READ = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_FLAGS = {  # [editing possible][a line's row][column], made once: views ask for every cell painted
    editing: {line: [_READ | Qt.ItemFlag.ItemIsEditable if editing and line and c.field else _READ
                     for c in COLUMNS] for line in (False, True)} for editing in (False, True)}


class BudgetTreeModel(QAbstractItemModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.view: MoneyView | None = None
        self.unit = MoneyUnit.MILLION
        self.category_names: dict[str, str] = {}
        self.month_actuals: dict[int, int] = {}
        self.on_edit: Callable[[int, str, str], str | None] | None = None
        self._nodes: list[MoneyNode] = []
        self._position: dict[int, int] = {}  # id(node) → position
        self._looks: list[list[tuple] | None] = []  # each row's cells, formatted when painted
        self._bold = QFont()
        self._bold.setBold(True)
        self._headers = self._translated()

    @staticmethod
    def _translated() -> list[str]:
        return [QCoreApplication.translate("columns", c.header) for c in COLUMNS]

    def set_view(self, view: MoneyView, *, unit: MoneyUnit, category_names: dict[str, str],
                 month_actuals: dict[int, int]) -> None:
        self.beginResetModel()
        self.view, self.unit = view, unit
        self.category_names, self.month_actuals = category_names, month_actuals
        self._nodes = list(view.nodes())
        self._position = {id(n): i for i, n in enumerate(self._nodes)}
        self._looks = [None] * len(self._nodes)
        self.endResetModel()

    def retranslate(self) -> None:
        self._looks = [None] * len(self._nodes)
        self._headers = self._translated()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)

    def refresh_nodes(self, nodes) -> None:
        """Figures of these nodes changed (an edit applied to the view): repaint their rows."""
        for node in nodes:
            position = self._position.get(id(node))
            if position is not None:
                self._looks[position] = None
                self.dataChanged.emit(self._index(position, 0), self._index(position, len(COLUMNS) - 1))

    # -- structure -----------------------------------------------------------------------
    def _index(self, position: int, column: int) -> QModelIndex:
        node = self._nodes[position]
        siblings = node.parent.children if node.level != "phase" else list(self.view.phases.values())
        return self.createIndex(siblings.index(node), column, position)

    def node(self, index: QModelIndex) -> MoneyNode | None:
        return self._nodes[index.internalId()] if index.isValid() else None

    def _children(self, parent: QModelIndex) -> list[MoneyNode]:
        if self.view is None:
            return []
        if not parent.isValid():
            return list(self.view.phases.values())
        node = self.node(parent)
        return node.children if node.level in ("phase", "group") else []

    def index(self, row, column, parent=QModelIndex()):
        children = self._children(parent)
        if 0 <= row < len(children) and 0 <= column < len(COLUMNS):
            return self.createIndex(row, column, self._position[id(children[row])])
        return QModelIndex()

    def parent(self, index=QModelIndex()):
        if not isinstance(index, QModelIndex):
            return super().parent()
        node = self.node(index)
        if node is None or node.level == "phase":
            return QModelIndex()
        return self._index(self._position[id(node.parent)], 0)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt override
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._children(parent))

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt override
        return len(COLUMNS)

    # -- data ------------------------------------------------------------------------------
    def headerData(self, section, orientation, role=DISPLAY):  # noqa: N802 - Qt override
        if int(role) == DISPLAY and orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            return self._headers[section]
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _FLAGS[self.on_edit is not None][self.node(index).level == "line"][index.column()]

    def cell_look(self, index) -> tuple:
        """(text, colour or None, bold, right-aligned) of a cell (desktop.ui.widgets.cell_painter)."""
        position = index.internalId()
        looks = self._looks[position]
        if looks is None:
            node = self._nodes[position]
            status = STATUS_COLORS.get(node.figures.status)
            looks = self._looks[position] = [
                (self.text(node, c), status if c.kind == "signed_pct" else None,
                 node.level != "line", c.kind != "text") for c in COLUMNS]
        return looks[index.column()]

    def text(self, node: MoneyNode, column: BudgetColumn) -> str:
        value = column.value(node, self)
        if column.kind == "text":
            return str(value)
        if value is None:
            return "" if column.field else "—"
        if column.kind == "won":
            return to_unit(value, self.unit)
        if column.kind == "ratio":
            return f"{value:.2f}"
        if column.kind == "pct":
            return f"{value:.0f}"
        return f"{value * 100:+.1f}%"

    def data(self, index, role=DISPLAY):
        role = int(role)
        node = self.node(index)
        if node is None:
            return None
        column = COLUMNS[index.column()]
        if role == DISPLAY:
            return self.text(node, column)
        if role == EDIT:
            return self.text(node, column)
        if role == ALIGN and column.kind != "text":
            return RIGHT
        if role == FOREGROUND and column.kind == "signed_pct":
            return STATUS.get(node.figures.status)  # the colour cell_look gives
        if role == FONT and node.level != "line":
            return self._bold
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        node = self.node(index)
        column = COLUMNS[index.column()]
        if int(role) != EDIT or node is None or not column.field or self.on_edit is None:
            return False
        if str(value).strip() == self.text(node, column).strip():
            return False  # unchanged (and never re-stored rounded to the display unit)
        return self.on_edit(node.key, column.field, str(value)) is None
