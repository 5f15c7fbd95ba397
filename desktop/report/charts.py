"""The report's charts: the same matplotlib builders as the window, drawn as vector SVG.

The SVG keeps its texts as text in the Korean family, and QSvgRenderer paints it onto the
page, so the charts stay sharp on paper and their words stay searchable in the PDF.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QByteArray, QRectF, QT_TRANSLATE_NOOP
from PySide6.QtGui import QPainter

from desktop.domain.money import MoneyUnit
from desktop.report.blocks import Picture

PX_PER_INCH = 96
STATUS_DATE = QT_TRANSLATE_NOOP("report", "Status date")  # the report's date line (not "today")


def chart_block(builder, data, width_px: float, height_px: float) -> Picture:
    from PySide6.QtSvg import QSvgRenderer

    from desktop.charts import render_svg

    svg = render_svg(builder, data, (width_px / PX_PER_INCH, height_px / PX_PER_INCH))
    renderer = QSvgRenderer(QByteArray(svg))

    def draw(painter: QPainter, rect: QRectF) -> None:
        renderer.render(painter, QRectF(rect.x(), rect.y(), rect.width(), height_px))

    return Picture(draw, height_px)


def s_curve_block(series: dict, as_of_month: str, unit: MoneyUnit, label, width: float,
                  term) -> Picture | None:
    """The S-curve in the report's words: the glossary's terms for PV, EV and AC."""
    from desktop.charts.s_curve import SCurveData, build_s_curve

    if not series["months"]:
        return None
    # on paper the months around the status month, where PV, EV and AC are compared: up to two
    # years after it (the whole plan to its last month squeezes them into a corner)
    index = series.get("as_of_index")
    end = len(series["months"]) if index is None else min(len(series["months"]), index + 25)
    cut = {key: series[key][:end] for key in ("months", "pv", "ev", "ac", "baseline_pv")}
    data = SCurveData(months=cut["months"], pv=cut["pv"], ev=cut["ev"], ac=cut["ac"],
                      baseline=cut["baseline_pv"], status_month=as_of_month, unit_divisor=unit.value,
                      labels={"title": label("S-curve (cumulative)", "budget"), "unit": label("Unit: %1", "labels")
                              .replace("%1", label(UNIT_NAMES[unit], "labels")),
                              "pv": term("pv"), "ev": term("ev"), "ac": term("ac"),
                              "baseline": label("Budget plan", "budget"), "status": label("Status month", "budget")},
                      margins={"left": 1.0, "right": 0.15, "top": 0.35, "bottom": 0.4})
    return chart_block(build_s_curve, data, width, 280)


UNIT_NAMES = {MoneyUnit.WON: "KRW", MoneyUnit.THOUSAND: "KRW thousand", MoneyUnit.MILLION: "KRW million",
              MoneyUnit.HUNDRED_MILLION: "KRW 100 million"}


def share_block(history: list, minimum: float, as_of_month: str, label, width: float, term) -> Picture | None:
    from desktop.charts.funding import ShareHistoryData, build_foreign_share

    if not history:
        return None
    data = ShareHistoryData(months=[h[0] for h in history], committed=[h[1] for h in history],
                            paid_in=[h[2] for h in history], minimum=minimum, status_month=as_of_month,
                            labels={"title": label("Foreign share by month", "FundingPanel"),
                                    "committed": term("pledged"), "paid_in": term("paid_in"),
                                    "minimum": label("Minimum %1", "FundingPanel").replace(
                                        "%1", f"{minimum * 100:.0f}%")},
                            margins={"left": 0.6, "right": 0.15, "top": 0.35, "bottom": 0.4})
    return chart_block(build_foreign_share, data, width, 230)


def capacity_block(phases: list[dict], points: list[dict], capacity: dict, status_date: date,
                   label, width: float) -> Picture:
    """Linear (the phases' targets as steps are what a reader compares with), as on paper the
    reader cannot switch to a logarithmic scale."""
    from desktop.charts.capacity import CapacityChartData, PhaseTarget, build_capacity
    from desktop.domain.capacity import CapacityPoint

    def day(text):
        return date.fromisoformat(text) if text else None

    data = CapacityChartData(
        phases=[PhaseTarget(label("Phase %1", "labels").replace("%1", str(p["number"])), day(p["planned_start"]),
                            day(p["planned_finish"]), p["target_mw"], p["target_gpus"]) for p in phases],
        actual=[CapacityPoint(day(p["on"]), p["installed_mw"], p["energised_mw"], p["installed_gpus"])
                for p in points],
        goal_mw=capacity.get("goal_mw"), goal_gpus=capacity.get("goal_gpus"), status_date=status_date,
        log_scale=False,
        labels={k: label(v, "CapacityPanel") for k, v in (
            ("title", "Planned scale and installed capacity"), ("mw", "Power (MW)"), ("gpus", "GPUs"),
            ("planned", "Planned (end of phase)"), ("installed", "Installed"), ("energised", "Energised"),
            ("installed_gpus", "Installed"), ("goal", "Goal"), ("today", "Today"), ("gpus_per_mw", "GPUs per MW"),
            ("target", "Goal"))} | {"today": label(STATUS_DATE, "report")},
        margins={"left": 0.95, "right": 0.15, "top": 0.35, "bottom": 0.35, "hspace": 0.12})
    return chart_block(build_capacity, data, width, 330)
