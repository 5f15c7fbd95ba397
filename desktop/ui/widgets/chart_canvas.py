"""The host of a matplotlib chart: one FigureCanvasQTAgg, filled by a builder of desktop.charts.

Imported only when a panel first shows a chart, so matplotlib stays out of start-up.
``show_chart(builder, data)`` clears the figure, calls ``builder(figure, data)`` and
schedules a redraw; ``update_chart(updater, builder, data)`` sets the data of the lines
already drawn and draws only those lines over a saved picture of the rest of the chart
(matplotlib's blitting), unless the axis limits moved or the chart must be built again.  The canvas scales with the screen (matplotlib follows Qt's device
pixel ratio), ignores the mouse wheel so the panel around it scrolls, and offers PNG and
PDF export in its context menu (the PDF embeds the Korean font as TrueType text).
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QSizePolicy, QVBoxLayout, QWidget

from desktop.charts import LineUpdate
from desktop.charts.fonts import korean_font_family, vector_fonts

Builder = Callable[[Figure, object], None]
Updater = Callable[[Figure, object], "LineUpdate | None"]


class _Canvas(FigureCanvasQTAgg):
    def wheelEvent(self, event) -> None:  # noqa: N802 - Qt override
        event.ignore()  # no zooming here: let the scroll area around the chart scroll


class ChartCanvas(QWidget):
    """A chart in a layout: expands horizontally, keeps a readable minimum height."""

    def __init__(self, parent: QWidget | None = None, *, minimum_height: int = 280,
                 height: int = 400) -> None:
        super().__init__(parent)
        self._height = height
        korean_font_family()
        self.figure = Figure(figsize=(8, 4.5), dpi=100, facecolor="white")
        self.canvas = _Canvas(self.figure)
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.canvas.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setMinimumHeight(minimum_height)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas)
        self.builder: Builder | None = None
        self.data: object = None
        self._background = None  # the chart without its lines, for update_chart
        self._legend = None  # the legend's pixels in that picture
        self._saving_background = False
        self.canvas.mpl_connect("draw_event", self._on_draw)
        # injectable in tests: (kind 'png'|'pdf') -> chosen path or '' when cancelled
        self.pick_export_path: Callable[[str], str] = self._ask_path
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.png_action, self.pdf_action = QAction(self), QAction(self)
        self.png_action.triggered.connect(lambda: self._export("png"))
        self.pdf_action.triggered.connect(lambda: self._export("pdf"))
        self.addAction(self.png_action)
        self.addAction(self.pdf_action)
        self.retranslate()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(720, max(self.minimumHeight(), self._height))

    def retranslate(self) -> None:
        self.png_action.setText(self.tr("Save chart as PNG…"))
        self.pdf_action.setText(self.tr("Save chart as PDF…"))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_chart(self, builder: Builder, data: object) -> None:
        """Draw ``data`` with ``builder`` (a ``build_x(fig, data)`` of desktop.charts)."""
        self.builder, self.data = builder, data
        self.figure.clear()
        builder(self.figure, data)
        self.canvas.draw_idle()

    def update_chart(self, updater: Updater, builder: Builder, data: object) -> None:
        """Show ``data``: through ``updater`` (an ``update_x`` of desktop.charts) when the
        chart on screen was drawn by ``builder``, else by building it again."""
        update = updater(self.figure, data) if self.builder is builder else None
        self.data = data
        if update is None:
            self.show_chart(builder, data)
        elif update.whole:
            self.canvas.draw_idle()
        elif update.lines:
            self._blit(update.lines)

    def _on_draw(self, _event) -> None:
        if not self._saving_background:  # a full draw: the saved picture is out of date
            self._background = None

    def _blit(self, changed) -> None:
        """Draw the lines of the axes of ``changed``, and the frame that lies over them, on
        the chart's picture without them (saved at the first update after a full draw: they
        are hidden, the figure drawn and its pixels kept).  The legend is in that picture; its
        own pixels are put back over the lines (it is opaque: drawing its text again would cost
        more than the lines)."""
        figure, canvas = self.figure, self.canvas
        axes = changed[0].axes
        drawn = [a for a in [*axes.get_lines(), *axes.spines.values()] if a.get_visible()]
        if self._background is None:
            for artist in drawn:
                artist.set_visible(False)
            self._saving_background = True
            try:
                canvas.draw()
                self._background = canvas.copy_from_bbox(figure.bbox)
                legend = axes.get_legend()
                self._legend = (canvas.copy_from_bbox(legend.get_window_extent())
                                if legend is not None and legend.get_visible() else None)
            finally:
                self._saving_background = False
                for artist in drawn:
                    artist.set_visible(True)
        canvas.restore_region(self._background)
        for artist in drawn:
            axes.draw_artist(artist)
        if self._legend is not None:
            canvas.restore_region(self._legend)
        canvas.blit(axes.bbox.expanded(1.02, 1.02))  # the lines and the frame: nothing else moved

    def export_png(self, path: str | Path, dpi: int = 200) -> None:
        self.figure.savefig(str(path), format="png", dpi=dpi, facecolor="white")

    def export_pdf(self, path: str | Path) -> None:
        """A vector PDF whose Hangul is real (selectable) text."""
        with vector_fonts():
            self.figure.savefig(str(path), format="pdf", facecolor="white")

    def _export(self, kind: str) -> None:
        path = self.pick_export_path(kind)
        if not path:
            return
        (self.export_pdf if kind == "pdf" else self.export_png)(path)

    def _ask_path(self, kind: str) -> str:
        pattern = "PDF (*.pdf)" if kind == "pdf" else "PNG (*.png)"
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save chart"), f"chart.{kind}",
                                                    pattern)
        return path
