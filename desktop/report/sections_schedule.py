"""Schedule: milestones against the baseline, the Gantt chart (one painter with the window:
desktop.paint) with its legend over the whole horizon, and this month's work / next month's plan."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from PySide6.QtCore import QDate, QLocale, QRectF
from PySide6.QtGui import QPainter

from desktop.domain.month_report import month_work
from desktop.domain.schedule_rows import view_from_dict
from desktop.report.blocks import Block, PageBreak, Picture, Text
from desktop.report.writer import GREY, STATUS_COLOR, ReportWriter


class ScheduleSections(ReportWriter):
    def milestones(self) -> list[Block]:
        rows, colors = [], []
        for m in self.f["status"]["milestones"]:
            slip = m["slip_days"]
            rows.append([m["wbs"], self.name(m["name"], m.get("name_en")), self.day(m["baseline"]),
                         self.day(m["forecast"]) if not m["actual"] else "—",
                         self.day(m["actual"]) if m["actual"] else "—",
                         self.not_set() if slip is None else (f"{slip:+,}" if slip else "0"),
                         self.status_word(m["status"])])
            colors.append([None] * 6 + [STATUS_COLOR[m["status"]]])
        baseline = self.data_text(self.f["schedule"].get("baseline_name")) or self.not_set()
        return [self.section(self.tr("Schedule")),
                self.point(self.tr("Milestones against the baseline “%1” (slip = forecast or actual − "
                                   "baseline, in calendar days)").replace("%1", baseline), keep=True),
                self.table([("WBS", 0.55, "l"), ("Milestone", 2.6, "l"), ("Baseline", 1.3, "c"),
                            ("Forecast", 1.3, "c"), ("Actual", 1.3, "c"), ("Slip (days)", 0.9, "r"),
                            ("Status", 0.8, "c")], rows, colors)]

    # -- Gantt -------------------------------------------------------------------------------
    def _scale_label(self, d: date, unit, tier: int) -> str:
        from desktop.domain.gantt_layout_scale import TimeUnit

        locale = QLocale(QLocale.Language.Korean if self.t.korean else QLocale.Language.English)
        qdate = QDate(d.year, d.month, d.day)
        if unit is TimeUnit.YEAR:
            return locale.toString(qdate, self.label("yyyy", "GanttScale"))
        if unit is TimeUnit.HALF:
            return self.label("H1", "GanttScale") if d.month <= 6 else self.label("H2", "GanttScale")
        if unit is TimeUnit.QUARTER:
            return self.label("Q%1", "GanttScale").replace("%1", str((d.month - 1) // 3 + 1))
        if unit is TimeUnit.MONTH:
            return locale.toString(qdate, self.label("MMM", "GanttScale"))
        return str(d.day)

    def legend_labels(self) -> dict[str, str]:
        return {"task": self.tr("Task"), "critical": self.tr("Critical task"), "summary": self.tr("Phase"),
                "baseline": self.tr("Baseline"), "milestone": self.tr("Milestone (forecast)"),
                "critical_milestone": self.tr("Critical milestone"),
                "baseline_milestone": self.tr("Milestone (baseline)"), "deadline": self.tr("Deadline"),
                "status": self.tr("Status date")}

    def gantt(self, page_width: float, page_height: float) -> list[Block]:
        from desktop.domain.gantt_layout import fit_scale, layout_gantt
        from desktop.paint.gantt_legend import legend_height, paint_legend
        from desktop.paint.gantt_painter import GanttStyle, header_height_for, paint_gantt

        view = view_from_dict(self.f["schedule"])
        rows = [r for r in view.rows if r.level <= 1 and (r.start or r.baseline_start)]
        heading = [PageBreak(landscape=True), self.section(self.tr("Attachment: Gantt chart (by phase)"))]
        dated = [d for r in rows for d in (r.start, r.finish, r.baseline_start, r.baseline_finish) if d]
        if not rows or not dated:
            return heading + [self.point(self.tr("No scheduled task."))]
        style = GanttStyle(hatch_critical=True)
        labels = self.legend_labels()
        legend_h = legend_height(self.small, labels, page_width)
        header = header_height_for(self.small)
        room = page_height - 80 - header - legend_h
        row_h = int(max(16, min(26, room / max(1, len(rows)))))
        fit = int(room // row_h)
        shown, hidden = rows[:fit], len(rows) - min(len(rows), fit)
        # the whole horizon: from the first date to the last dated milestone or bar, with room
        # on the right for the last label
        start, finish = min(dated + [view.status_date]), max(dated + [view.status_date])
        finish += timedelta(days=max(30, (finish - start).days // 25))
        layout = layout_gantt(replace(view, rows=shown), px_per_day=fit_scale(start, finish, page_width),
                              row_height=row_h, today=None, span=(start, finish))
        language, small = self.t.language, self.small

        def draw(painter: QPainter, rect: QRectF) -> None:
            painter.translate(rect.x(), rect.y())
            painter.setFont(small)
            paint_gantt(painter, layout, x0=0, y0=0, width=min(layout.width, rect.width()),
                        height=len(shown) * row_h, label_for=self._scale_label, header_height=header,
                        language=language, style=style)
            paint_legend(painter, QRectF(0, header + len(shown) * row_h + 6, rect.width(), legend_h),
                         labels, style)

        blocks: list[Block] = heading + [Picture(draw, header + len(shown) * row_h + 6 + legend_h)]
        if hidden:
            blocks.append(Text(self.tr("%1 more tasks are in the schedule.").replace("%1", str(hidden)),
                               self.small, color=GREY))
        return blocks

    # -- 이달 실적 / 차월 계획 -------------------------------------------------------------------
    def work(self) -> list[Block]:
        work = month_work(self.f)
        blocks: list[Block] = [self.section(self.tr("This month's work and next month's plan"))]

        def what(item) -> str:
            kind = self.tr("milestone") if item.milestone else self.tr("task")
            return f"{self.name(item.name, item.name_en)} ({kind})"

        blocks.append(self.point(self.tr("Finished this month"), keep=True))
        blocks += [self.detail(self.tr("%1: finished %2").replace("%1", what(i)).replace("%2", self.day(i.on)))
                   for i in work["done"]] or [self.detail(self.tr("None."))]
        blocks.append(self.point(self.tr("Under way at the end of the month"), keep=True))
        blocks += [self.detail(self.tr("%1: %2 % complete, forecast finish %3").replace("%1", what(i))
                               .replace("%2", f"{i.percent or 0:.0f}").replace("%3", self.day(i.on)))
                   for i in work["ongoing"]] or [self.detail(self.tr("None."))]
        blocks.append(self.point(self.tr("Due next month"), keep=True))
        blocks += [self.detail(self.tr("%1: forecast %2").replace("%1", what(i)).replace("%2", self.day(i.on)))
                   for i in work["next"]] or [self.detail(self.tr("None."))]
        return blocks
