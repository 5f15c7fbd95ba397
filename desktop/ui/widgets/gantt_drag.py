"""Dragging on the Gantt chart: move a bar, stretch its finish or draw a link, with a preview.

The drag only proposes a change: :func:`drag_request` says which request the view should
emit on release; the caller runs the undoable service and hands the view the new schedule.
Positions are content coordinates (layout pixels).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPolygonF

from desktop.domain.gantt_layout import BarKind, GanttLayout, Hit

LINK_REACH = 6.0  # how far beside a target bar a link may be dropped
HANDLE_OFFSET = 7.0  # centre of the link handle right of a bar


class DragMode(Enum):
    MOVE = "move"
    FINISH = "finish"
    LINK = "link"


@dataclass
class GanttDrag:
    """One drag in progress, from the press at (start_x, start_y) to the pointer at (x, y)."""

    mode: DragMode
    row: int
    start_x: float
    start_y: float
    x: float
    y: float
    px_per_day: float

    @property
    def days(self) -> int:
        """Whole days the pointer has moved (the drag snaps to days)."""
        return round((self.x - self.start_x) / self.px_per_day)


def start_drag(layout: GanttLayout, hit: Hit, x: float, y: float, link: bool) -> GanttDrag | None:
    """The drag a press on ``hit`` begins (``link``: Shift held), or None."""
    row = layout.rows[hit.row]
    if row.anchor is None:
        return None
    mode = None
    if link or hit.zone == "link":
        mode = DragMode.LINK
    elif hit.zone == "end" and row.kind is BarKind.TASK:
        mode = DragMode.FINISH
    elif hit.zone == "body" and row.kind in (BarKind.TASK, BarKind.MILESTONE):
        mode = DragMode.MOVE
    return None if mode is None else GanttDrag(mode, hit.row, x, y, x, y, layout.px_per_day)


def new_finish(layout: GanttLayout, drag: GanttDrag) -> date | None:
    source = layout.rows[drag.row].row
    if source.start is None or source.finish is None:
        return None
    return max(source.start, source.finish + timedelta(days=drag.days))


def link_target(layout: GanttLayout, drag: GanttDrag) -> int | None:
    """The row whose bar the pointer is over, when it can be the link's successor."""
    i = layout.row_at(drag.y)
    if i is None or i == drag.row:
        return None
    a = layout.rows[i].anchor
    if a is None or not a.x0 - LINK_REACH <= drag.x <= a.x1 + LINK_REACH:
        return None
    return i


def drag_request(layout: GanttLayout, drag: GanttDrag) -> tuple[DragMode, int, object] | None:
    """(mode, task id, new start | new finish | successor id) to emit on release, or None."""
    source = layout.rows[drag.row].row
    if drag.mode is DragMode.MOVE:
        if drag.days == 0 or source.start is None:
            return None
        return drag.mode, source.task_id, source.start + timedelta(days=drag.days)
    if drag.mode is DragMode.FINISH:
        finish = new_finish(layout, drag)
        return None if finish is None or finish == source.finish else (drag.mode, source.task_id,
                                                                        finish)
    target = link_target(layout, drag)
    return None if target is None else (drag.mode, source.task_id, layout.rows[target].task_id)


def _label(painter: QPainter, x: float, y: float, text: str) -> None:
    metrics = painter.fontMetrics()
    box = QRectF(x, y, metrics.horizontalAdvance(text) + 8, metrics.height() + 2)
    painter.setPen(QPen(QColor("#616161"), 0))
    painter.setBrush(QColor("#fffde7"))
    painter.drawRect(box)
    painter.setPen(QColor("#212121"))
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)


def paint_drag_preview(painter: QPainter, layout: GanttLayout, drag: GanttDrag,
                       colour: QColor) -> None:
    """The ghost of the bar where it would go, or the link line being drawn."""
    row = layout.rows[drag.row]
    a = row.anchor
    if a is None:
        return
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    ghost = QColor(colour)
    ghost.setAlpha(90)
    pen = QPen(colour.darker(140), 1.5, Qt.PenStyle.DashLine)
    if drag.mode is DragMode.LINK:
        painter.setPen(pen)
        painter.drawLine(QLineF(a.x1, a.y_mid, drag.x, drag.y))
        target = link_target(layout, drag)
        if target is not None and (t := layout.rows[target].anchor) is not None:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(t.x0 - 3, t.y_top - 3, t.x1 - t.x0 + 6, t.y_bottom - t.y_top + 6))
    else:
        shift = drag.days * layout.px_per_day
        x0 = a.x0 + (shift if drag.mode is DragMode.MOVE else 0)
        x1 = a.x1 + shift
        if drag.mode is DragMode.FINISH:
            x1 = max(x0 + layout.px_per_day, x1)
        painter.setPen(pen)
        painter.setBrush(ghost)
        if row.kind is BarKind.MILESTONE and row.diamond is not None:
            cx, cy, r = row.diamond.cx + shift, row.diamond.cy, row.diamond.r
            painter.drawPolygon(QPolygonF([QPointF(cx, cy - r), QPointF(cx + r, cy),
                                           QPointF(cx, cy + r), QPointF(cx - r, cy)]))
        else:
            painter.drawRect(QRectF(x0, a.y_top, x1 - x0, a.y_bottom - a.y_top))
        when = (new_finish(layout, drag) if drag.mode is DragMode.FINISH
                else row.row.start + timedelta(days=drag.days) if row.row.start else None)
        if when is not None:
            _label(painter, (x1 if drag.mode is DragMode.FINISH else x0), a.y_bottom + 3,
                   when.isoformat())
    painter.restore()


def paint_link_handle(painter: QPainter, layout: GanttLayout, row_index: int, colour: QColor) -> None:
    """The small circle right of a bar's finish that starts a link when dragged."""
    a = layout.rows[row_index].anchor
    if a is None:
        return
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(QPen(colour.darker(140), 1))
    painter.setBrush(QColor("#ffffff"))
    painter.drawEllipse(QPointF(a.x1 + HANDLE_OFFSET, a.y_mid), 3.5, 3.5)
    painter.restore()
