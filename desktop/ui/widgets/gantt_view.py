"""The Gantt chart widget: a scroll area painting the visible rows of a GanttLayout.

It shows a :class:`ScheduleView` and never writes data: dragging a bar, its finish or a
link emits a request (``sig_*_requested``); the caller runs the undoable service and calls
:meth:`GanttView.set_view` with the new schedule.  Vertical scrolling is in pixels with
one step per row, so a QTreeView beside it (ScrollPerPixel, same row height) keeps in step
through :meth:`verticalScrollBar`; :meth:`set_header_height` lines the first row up.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QAbstractScrollArea, QToolTip, QWidget

from desktop.domain.gantt_layout import (
    BarKind, GanttLayout, Zoom, date_extent, fit_scale, hit_test, layout_gantt,
)
from desktop.domain.gantt_layout_scale import nearest_zoom
from desktop.domain.schedule_rows import ScheduleView
from desktop.paint.gantt_labels import scale_label
from desktop.paint.gantt_painter import GanttStyle, header_height_for, paint_gantt, paint_header
from desktop.paint.gantt_render import page_size_px, render_pdf, render_png
from desktop.ui.widgets.gantt_drag import (
    DragMode, GanttDrag, drag_request, paint_drag_preview, paint_link_handle, start_drag,
)
from desktop.ui.widgets.gantt_tooltip import tooltip_html

AUTOSCROLL_MARGIN = 24  # a drag this near the viewport's edge scrolls the chart


class _Header(QWidget):
    """The two-tier time scale above the viewport, scrolled with it horizontally."""

    def __init__(self, view: GanttView) -> None:
        super().__init__(view)
        self._view = view

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
        layout = self._view.gantt_layout()
        painter = QPainter(self)
        painter.setFont(self._view.font())
        if layout is None:
            painter.fillRect(self.rect(), self._view.gantt_style().header_background)
        else:
            paint_header(painter, layout, x0=self._view.horizontalScrollBar().value(),
                         width=self.width(), header_height=self.height(),
                         style=self._view.gantt_style(), label_for=scale_label)
        painter.end()


class GanttView(QAbstractScrollArea):
    """Gantt chart of a ScheduleView, in step with the task table beside it."""

    sig_move_requested = Signal(int, object)
    """(task id, new start date): the user dragged a bar to start on that day."""
    sig_finish_requested = Signal(int, object)
    """(task id, new finish date): the user dragged a bar's finish to that day."""
    sig_link_requested = Signal(int, int)
    """(predecessor id, successor id): the user drew a finish-to-start link."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._view: ScheduleView | None = None
        self._layout: GanttLayout | None = None
        self._zoom: Zoom | None = Zoom.MONTH
        self._px_per_day: float | None = None
        self._today: date | None = None
        self._style = GanttStyle()
        self._drag: GanttDrag | None = None
        self._hover: int | None = None  # row whose link handle is shown
        self._row_height = max(20, self.fontMetrics().height() + 8)
        self._header_height = header_height_for(self.font())
        self._header = _Header(self)
        self.setViewportMargins(0, self._header_height, 0, 0)
        self.viewport().setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.horizontalScrollBar().valueChanged.connect(self._header.update)

    # -- state -------------------------------------------------------------------------------

    def gantt_layout(self) -> GanttLayout | None:
        return self._layout

    def gantt_style(self) -> GanttStyle:
        return self._style

    def zoom(self) -> Zoom | None:
        """The zoom level, or None after :meth:`fit_to_project`."""
        return self._zoom

    def row_height(self) -> int:
        return self._row_height

    def header_height(self) -> int:
        return self._header_height

    def language(self) -> str:
        """"ko" when the app runs in Korean (task and phase names follow it)."""
        return "ko" if QLocale().language() == QLocale.Language.Korean else "en"

    def set_view(self, view: ScheduleView) -> None:
        """Show ``view``, keeping the dates and rows in view where they were."""
        old = self._layout
        self._view = view
        self._relayout()
        if old is not None and self._layout is not None and old.px_per_day == self._layout.px_per_day:
            shift = (old.origin - self._layout.origin).days * self._layout.px_per_day
            self.horizontalScrollBar().setValue(round(self.horizontalScrollBar().value() + shift))

    def update_rows(self, view: ScheduleView, changed, *, same_rows: bool = False,
                    link_edits=None) -> None:
        """``view`` after an edit that changed the rows at positions ``changed``: only those
        rows and the links they move are laid out again (all of it when the chart's span,
        its rows or its links changed).  ``same_rows``: the caller knows the rows are those
        shown, and the links too unless ``link_edits`` lists how they changed: (links
        removed, links added) pairs, in order."""
        if self._layout is None or not self._layout.takes_edit(view, same_rows=same_rows):
            self.set_view(view)
            return
        self._view = view
        for removed, added in link_edits or ():
            self._layout.edit_links(view, removed, added)
        self._layout.replace_rows(view, changed)
        self.viewport().update()

    def set_today(self, today: date | None) -> None:
        self._today = today
        if self._layout is not None:
            self._layout.today_x = (None if today is None else
                                    ((today - self._layout.origin).days + 0.5) * self._layout.px_per_day)
            self.viewport().update()

    def set_zoom(self, zoom: Zoom) -> None:
        """Zoom to ``zoom``, keeping the date at the middle of the viewport in place."""
        self._rescale(zoom, None, self.viewport().width() / 2)

    def fit_to_project(self) -> None:
        """Scale so the whole project fits the viewport's width."""
        span = date_extent(self._view) if self._view is not None else None
        if span is None:
            return
        self._rescale(None, fit_scale(span[0], span[1], self.viewport().width()), 0)
        self.horizontalScrollBar().setValue(0)

    def zoom_in(self, anchor_x: float | None = None) -> None:
        self._step_zoom(finer=True, anchor_x=anchor_x)

    def zoom_out(self, anchor_x: float | None = None) -> None:
        self._step_zoom(finer=False, anchor_x=anchor_x)

    def set_row_height(self, height: int) -> None:
        top_row = self.verticalScrollBar().value() / self._row_height
        self._row_height = max(8, int(height))
        self._relayout()
        self.verticalScrollBar().setValue(round(top_row * self._row_height))

    def set_header_height(self, height: int) -> None:
        """Height of the time scale, e.g. the height of the table's header beside the chart."""
        self._header_height = max(0, int(height))
        self.setViewportMargins(0, self._header_height, 0, 0)
        self._place_header()

    def scroll_to_row(self, row: int) -> None:
        """Scroll so ``row`` is the first row shown (as far as the range allows)."""
        self.verticalScrollBar().setValue(row * self._row_height)

    def scroll_to_date(self, day: date) -> None:
        if self._layout is not None:
            self.horizontalScrollBar().setValue(round(self._layout.x_of(day)))

    # -- layout and scrolling ----------------------------------------------------------------

    def _relayout(self) -> None:
        if self._view is None:
            self._layout = None
        else:
            self._layout = layout_gantt(self._view, zoom=self._zoom, px_per_day=self._px_per_day,
                                        row_height=self._row_height, today=self._today,
                                        reuse=self._layout)
        self._update_scrollbars()
        self.viewport().update()
        self._header.update()

    def _rescale(self, zoom: Zoom | None, px_per_day: float | None, anchor_x: float) -> None:
        old = self._layout
        anchor_day = None if old is None else \
            (self.horizontalScrollBar().value() + anchor_x) / old.px_per_day
        origin = None if old is None else old.origin
        self._zoom, self._px_per_day = zoom, px_per_day
        self._relayout()
        if anchor_day is not None and self._layout is not None and origin is not None:
            days = anchor_day + (origin - self._layout.origin).days
            self.horizontalScrollBar().setValue(round(days * self._layout.px_per_day - anchor_x))

    def _step_zoom(self, *, finer: bool, anchor_x: float | None) -> None:
        current = self._zoom or nearest_zoom(self._layout.px_per_day if self._layout else 6.0)
        target = current.finer() if finer else current.coarser()
        if target is not self._zoom:
            self._rescale(target, None, self.viewport().width() / 2 if anchor_x is None else anchor_x)

    def _update_scrollbars(self) -> None:
        width = int(self._layout.width) if self._layout else 0
        height = int(self._layout.height) if self._layout else 0
        size = self.viewport().size()
        for bar, total, page, step in (
                (self.horizontalScrollBar(), width, size.width(), 40),
                (self.verticalScrollBar(), height, size.height(), self._row_height)):
            bar.setRange(0, max(0, total - page))
            bar.setPageStep(page)
            bar.setSingleStep(step)

    def _place_header(self) -> None:
        vp = self.viewport().geometry()
        self._header.setGeometry(QRect(vp.x(), vp.y() - self._header_height, vp.width(),
                                       self._header_height))
        self._header.setVisible(self._header_height > 0)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._place_header()
        self._update_scrollbars()

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802 - Qt override
        self.viewport().update()
        if dx:
            self._header.update()

    # -- painting ----------------------------------------------------------------------------

    def _origin(self) -> tuple[int, int]:
        return self.horizontalScrollBar().value(), self.verticalScrollBar().value()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self.viewport())
        painter.setFont(self.font())
        area = event.rect()
        if self._layout is None:
            painter.fillRect(area, self._style.background)
            painter.end()
            return
        # the whole viewport (Qt clips to the exposed region): sticky labels keep their place
        hx, vy = self._origin()
        size = self.viewport().size()
        paint_gantt(painter, self._layout, x0=hx, y0=vy, width=size.width(), height=size.height(),
                    style=self._style, label_for=scale_label, language=self.language())
        painter.translate(-hx, -vy)
        if self._drag is not None:
            row = self._layout.rows[self._drag.row]
            colour = self._style.critical if row.critical else self._style.bar
            paint_drag_preview(painter, self._layout, self._drag, colour)
        elif self._hover is not None and self._hover < len(self._layout.rows):
            paint_link_handle(painter, self._layout, self._hover, self._style.link)
        painter.end()

    # -- mouse and keyboard ------------------------------------------------------------------

    def _content(self, pos: QPoint) -> tuple[float, float]:
        hx, vy = self._origin()
        return pos.x() + hx, pos.y() + vy

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self._layout is None or event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        x, y = self._content(event.position().toPoint())
        hit = hit_test(self._layout, x, y)
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        self._drag = None if hit is None else start_drag(self._layout, hit, x, y, shift)
        if self._drag is not None:
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor
                                      if self._drag.mode is DragMode.MOVE else self._cursor_for(hit.zone))
            event.accept()
        else:
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self._layout is None:
            return super().mouseMoveEvent(event)
        if self._drag is not None:
            self._autoscroll(event.position().toPoint())
            self._drag.x, self._drag.y = self._content(event.position().toPoint())
            self.viewport().update()
            return
        x, y = self._content(event.position().toPoint())
        hit = hit_test(self._layout, x, y)
        self.viewport().setCursor(self._cursor_for(hit.zone if hit else None))
        self._set_hover(hit.row if hit else None)

    def _autoscroll(self, pos: QPoint) -> None:
        """Scroll when a drag nears the viewport's edge."""
        margin, size = AUTOSCROLL_MARGIN, self.viewport().size()
        for bar, at, length in ((self.horizontalScrollBar(), pos.x(), size.width()),
                                (self.verticalScrollBar(), pos.y(), size.height())):
            if at < margin:
                bar.setValue(bar.value() - (margin - at))
            elif at > length - margin:
                bar.setValue(bar.value() + (at - length + margin))

    def _set_hover(self, row: int | None) -> None:
        if row != self._hover:
            self._hover = row
            self.viewport().update()

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt override
        drag, self._drag = self._drag, None
        if drag is None or self._layout is None:
            return super().mouseReleaseEvent(event)
        drag.x, drag.y = self._content(event.position().toPoint())
        self.viewport().unsetCursor()
        self.viewport().update()
        request = drag_request(self._layout, drag)
        if request is None:
            return
        mode, task_id, value = request
        if mode is DragMode.MOVE:
            self.sig_move_requested.emit(task_id, value)
        elif mode is DragMode.FINISH:
            self.sig_finish_requested.emit(task_id, value)
        else:
            self.sig_link_requested.emit(task_id, int(value))  # type: ignore[call-overload]

    @staticmethod
    def _cursor_for(zone: str | None) -> Qt.CursorShape:
        return {"end": Qt.CursorShape.SizeHorCursor, "body": Qt.CursorShape.OpenHandCursor,
                "link": Qt.CursorShape.CrossCursor}.get(zone or "", Qt.CursorShape.ArrowCursor)

    def wheelEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            delta = event.angleDelta().y()
            if delta:
                anchor = event.position().x()
                self.zoom_in(anchor) if delta > 0 else self.zoom_out(anchor)
            event.accept()
            return
        super().wheelEvent(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_in()
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom_out()
        elif key == Qt.Key.Key_Escape and self._drag is not None:
            self._drag = None
            self.viewport().unsetCursor()
            self.viewport().update()
        else:
            super().keyPressEvent(event)

    def viewportEvent(self, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Leave:
            self._set_hover(None)
        elif event.type() == QEvent.Type.ToolTip:
            text = self._tooltip_at(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    def _tooltip_at(self, pos: QPoint) -> str:
        if self._layout is None:
            return ""
        x, y = self._content(pos)
        i = self._layout.row_at(y)
        if i is None:
            return ""
        row = self._layout.rows[i]
        a = row.anchor
        if a is None or not a.x0 - 3 <= x <= a.x1 + 3:
            return ""
        return self.tooltip_text(i)

    def tooltip_text(self, index: int) -> str:
        """Name, forecast and baseline dates, total float and criticality of row ``index``."""
        assert self._layout is not None
        row = self._layout.rows[index]
        return tooltip_html(row.row, row.kind is BarKind.MILESTONE, self.language())

    # -- export ------------------------------------------------------------------------------

    def export_png(self, path: str | Path) -> bool:
        """The whole chart (all rows that fit an image) as a PNG at the screen's sharpness."""
        if self._layout is None:
            return False
        return render_png(self._layout, path, style=self._style, label_for=scale_label,
                          font=self.font(), language=self.language(),
                          scale=max(1.0, self.devicePixelRatioF()))

    def export_pdf(self, path: str | Path, page: str = "A3") -> int:
        """The whole project fitted to the width of landscape ``page``; returns the page count."""
        span = date_extent(self._view) if self._view is not None else None
        if self._view is None or span is None:
            return 0
        layout = layout_gantt(self._view, px_per_day=fit_scale(span[0], span[1], page_size_px(page)[0]),
                              row_height=self._row_height, today=self._today)
        return render_pdf(layout, path, page=page, style=self._style, label_for=scale_label,
                          font=self.font(), language=self.language())


__all__ = ["GanttView", "Zoom"]
