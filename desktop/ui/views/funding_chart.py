"""The funding panel's chart: foreign share by month on both bases against the minimum."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def show_share_history(panel) -> None:
    """Draw (or redraw) the history chart under the tables; nothing before any funding."""
    try:
        from desktop.charts.funding import build_foreign_share, ShareHistoryData
        from desktop.ui.widgets.chart_canvas import ChartCanvas
    except ImportError:  # charts not available in this build
        return
    summary = panel.summary
    if summary is None or not summary.history:
        return
    canvas = getattr(panel, "chart", None)
    if canvas is None:
        canvas = panel.chart = ChartCanvas()
        canvas.setMinimumHeight(320)
        panel.chart_slot.addWidget(canvas)
    months = [m for m, _c, _p in summary.history]
    canvas.show_chart(build_foreign_share, ShareHistoryData(
        months=months, committed=[c for _m, c, _p in summary.history],
        paid_in=[p for _m, _c, p in summary.history], minimum=summary.minimum,
        labels={"title": QCoreApplication.translate("FundingPanel", "Foreign share by month"), "committed": QCoreApplication.translate("FundingPanel", "Committed"),
                "paid_in": QCoreApplication.translate("FundingPanel", "Paid in"), "minimum": QCoreApplication.translate("FundingPanel", "Minimum %1").replace(
                    "%1", f"{summary.minimum * 100:.0f}%")}))
