"""The report's sections as blocks, from the month's figures (a snapshot or live)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QRectF, QT_TRANSLATE_NOOP
from PySide6.QtGui import QFont, QPainter

from desktop.domain.money import EOK, MoneyUnit, format_won_korean, to_unit
from desktop.domain.report_messages import key_messages
from desktop.domain.schedule_rows import view_from_dict
from desktop.report.blocks import Block, PageBreak, Picture, Spacer, Table, Text, font
from desktop.report.charts import capacity_block, s_curve_block, share_block
from desktop.report.text import ReportText

# column headers used only here, filed for translation with the window's others
_REPORT_COLUMNS = (QT_TRANSLATE_NOOP("columns", "Area"), QT_TRANSLATE_NOOP("columns", "Key figure"),
                   QT_TRANSLATE_NOOP("columns", "Measured on"), QT_TRANSLATE_NOOP("columns", "Source"),
                   QT_TRANSLATE_NOOP("columns", "Phase / category"), QT_TRANSLATE_NOOP("columns", "Budget (BAC)"),
                   QT_TRANSLATE_NOOP("columns", "Planned to date (PV)"), QT_TRANSLATE_NOOP("columns", "Actual (AC)"),
                   QT_TRANSLATE_NOOP("columns", "Earned (EV)"), QT_TRANSLATE_NOOP("columns", "Forecast (EAC)"),
                   QT_TRANSLATE_NOOP("columns", "Variance"), QT_TRANSLATE_NOOP("columns", "%"),
                   QT_TRANSLATE_NOOP("columns", "Figure"), QT_TRANSLATE_NOOP("columns", "Value"))

RED, GREEN, ORANGE, GREY = "#c62828", "#2e7d32", "#ef6c00", "#757575"
STATUS_COLOR = {"done": GREEN, "done_late": RED, "on_track": "#1565c0", "at_risk": ORANGE, "late": RED,
                "not_set": GREY}
STATUS_SOURCE = {"done": "Done", "done_late": "Done late", "on_track": "On track", "at_risk": "At risk",
                 "late": "Late", "not_set": "Not set"}


class Sections:
    def __init__(self, figures: dict, text: ReportText, base: QFont, unit: MoneyUnit) -> None:
        self.f, self.t, self.unit = figures, text, unit
        self.body = font(base, 9.5)
        self.small = font(base, 8.5)
        self.bold = font(base, 9.5, True)
        self.h1 = font(base, 17, True)
        self.h2 = font(base, 12.5, True)

    # -- helpers -------------------------------------------------------------------------
    def tr(self, text: str) -> str:
        """This module's own texts (pyside6-lupdate files them under "Sections")."""
        return self.t.tr(text, "Sections")

    def label(self, text: str, context: str = "labels") -> str:
        """A text the window already translates, looked up in its context."""
        return self.t.tr(text, context)

    def heading(self, text: str) -> Text:
        return Text(text, self.h2, space_after=8, keep_with_next=True)

    def not_set(self) -> str:
        return self.label("Not set", "labels")

    def won(self, value: int | None) -> str:
        if value is None:
            return self.not_set()
        if self.t.korean:
            return format_won_korean(value, smallest=EOK)
        return self.label("KRW %1 billion", "labels").replace("%1", f"{value / 1e9:,.1f}")

    def share(self, value: float | None) -> str:
        return self.not_set() if value is None else f"{value * 100:.1f}%"

    def in_unit(self, value: int | None) -> str:
        return "" if value is None else to_unit(value, self.unit)

    def money_or_not_set(self, value: int | None) -> str:
        return self.not_set() if value is None else self.in_unit(value)

    def unit_line(self) -> str:
        names = {MoneyUnit.WON: "KRW", MoneyUnit.THOUSAND: "KRW thousand",
                 MoneyUnit.MILLION: "KRW million", MoneyUnit.HUNDRED_MILLION: "KRW 100 million"}
        return self.label("Unit: %1", "labels").replace("%1", self.label(names[self.unit], "labels"))

    def table(self, columns, rows, colors=None, bold_rows=()) -> Table:
        return Table([(self.label(h, "columns"), w, a) for h, w, a in columns], rows, self.small,
                     font(self.small, 8.5, True), colors, set(bold_rows))

    # -- sections --------------------------------------------------------------------------
    def summary(self, closed: bool, digest: str) -> list[Block]:
        s = self.f["status"]
        project = s["project"]
        year, month = self.f["month"].split("-")
        title = (self.tr("Monthly status report — %1").replace(
            "%1", f"{year}년 {int(month)}월" if self.t.korean else f"{year}-{month}"))
        state = self.tr("Closed month (figures frozen)") if closed else self.tr("Draft: month not closed")
        blocks: list[Block] = [
            Text(self.t.name(project["name_ko"], project["name_en"]), self.bold, space_after=2),
            Text(title, self.h1, space_after=4),
            Text(self.tr("As of %1 · %2").replace("%1", self.f["as_of"]).replace("%2", state), self.body,
                 color=GREY, space_after=14),
            self.heading(self.tr("Status by area")),
            self._areas(),
            self.heading(self.tr("Key messages")),
        ]
        blocks += [Text("• " + line, self.body, space_after=3) for line in self.messages()]
        notes = self.f["notes"].get("notes")
        if notes:
            blocks += [Spacer(6), self.heading(self.tr("Manager's notes")), Text(notes, self.body)]
        return blocks

    def _areas(self) -> Table:
        s = self.f["status"]
        late = [m for m in s["milestones"] if m["status"] == "late"]
        schedule_state = ("late", self.tr("%1 milestone(s) late").replace("%1", str(len(late)))) if late \
            else ("on_track", self.tr("On plan"))
        funding = s["funding"]
        fund_state = ("not_set", self.tr("No commitment recorded")) if funding["compliant"] is None else \
            (("on_track", self.tr("At least %1 foreign")) if funding["compliant"] else
             ("late", self.tr("Below %1 foreign"))) 
        fund_text = fund_state[1].replace("%1", self.share(funding["min_foreign_share"]))
        cap = s.get("capacity", {})
        cap_text = self.not_set() if cap.get("installed_mw") is None else \
            f"{cap['installed_mw']:,.1f} MW / {cap['goal_mw']:,.0f} MW"
        budget = self.f["budget"]["totals"]
        cost_state = ("not_set", self.not_set())
        if budget.get("cpi") is not None:
            cost_state = ("on_track" if budget["cpi"] >= 1 else "at_risk",
                          f"CPI {budget['cpi']:.2f} · SPI {budget['spi']:.2f}" if budget.get("spi")
                          is not None else f"CPI {budget['cpi']:.2f}")
        rows = [(self.tr("Schedule"), schedule_state[0], schedule_state[1]),
                (self.tr("Cost"), cost_state[0], cost_state[1]),
                (self.tr("Funding"), fund_state[0], fund_text),
                (self.tr("Capacity"), "on_track" if cap.get("installed_mw") is not None else "not_set", cap_text)]
        return self.table([("Area", 1.2, "l"), ("Status", 1, "c"), ("Key figure", 3, "l")],
                          [[area, self.label(STATUS_SOURCE[code], "labels"), figure] for area, code, figure in rows],
                          colors=[[None, STATUS_COLOR[code], None] for _a, code, _f in rows])

    def messages(self) -> list[str]:
        lines = []
        for key, p in key_messages(self.f):
            if key == "construction_overdue":
                lines.append(self.tr("The construction-start deadline %1 passed %2 days ago without an "
                                     "actual start.").replace("%1", p["deadline"]).replace("%2", f"{p['days']:,}"))
            elif key == "milestone_slip":
                lines.append(self.tr("%1: forecast %2, %3 days after the baseline (%4).")
                             .replace("%1", self.t.name(p["name"], p["name_en"])).replace("%2", p["forecast"] or "")
                             .replace("%3", f"{p['slip']:+,}")
                             .replace("%4", self.label(STATUS_SOURCE[p["status"]], "labels")))
            elif key == "funding_none":
                lines.append(self.tr("No funding commitment is recorded yet."))
            elif key == "funding_share":
                verdict = self.tr("meets the rule") if p["compliant"] else self.tr("below the rule")
                lines.append(self.tr("Foreign capital: committed %1, paid in %2 (minimum %3): %4.")
                             .replace("%1", self.share(p["committed"])).replace("%2", self.share(p["paid"]))
                             .replace("%3", self.share(p["minimum"])).replace("%4", verdict))
            elif key == "capacity":
                lines.append(self.tr("Installed %1 MW and %2 GPUs of the %3 MW goal.")
                             .replace("%1", f"{p['mw']:,.1f}").replace("%2", f"{p['gpus'] or 0:,}")
                             .replace("%3", f"{p['goal_mw']:,.0f}"))
            elif key == "budget":
                lines.append(self.tr("Cost: CPI %1, SPI %2, estimate at completion %3 (%4).")
                             .replace("%1", "—" if p["cpi"] is None else f"{p['cpi']:.2f}")
                             .replace("%2", "—" if p["spi"] is None else f"{p['spi']:.2f}")
                             .replace("%3", self.won(p["eac"])).replace("%4", self.method_name(p["method"])))
            elif key == "no_data":
                lines.append(self.tr("No actual figures are recorded for this month."))
        return lines

    def milestones(self) -> list[Block]:
        rows, colors = [], []
        for m in self.f["status"]["milestones"]:
            rows.append([m["wbs"], self.t.name(m["name"], m.get("name_en")), m["baseline"] or self.not_set(),
                         m["forecast"] or self.not_set(), m["actual"] or "—",
                         "" if m["slip_days"] is None else f"{m['slip_days']:+,}",
                         self.label(STATUS_SOURCE[m["status"]], "labels")])
            colors.append([None] * 6 + [STATUS_COLOR[m["status"]]])
        baseline = self.f["schedule"].get("baseline_name") or self.not_set()
        return [self.heading(self.tr("Milestones")),
                Text(self.tr("Compared with the baseline “%1”.").replace("%1", baseline), self.small,
                     color=GREY, space_after=4),
                self.table([("WBS", 0.6, "l"), ("Milestone", 3, "l"), ("Baseline", 1.3, "c"),
                            ("Forecast", 1.3, "c"), ("Actual", 1.3, "c"), ("Slip (days)", 1, "r"),
                            ("Status", 1, "c")], rows, colors)]

    def gantt(self, page_width: float, page_height: float) -> list[Block]:
        from desktop.domain.gantt_layout import fit_scale, layout_gantt
        from desktop.paint.gantt_labels import scale_label
        from desktop.paint.gantt_painter import header_height_for, paint_gantt

        view = view_from_dict(self.f["schedule"])
        rows = [r for r in view.rows if r.level <= 1 and (r.start or r.baseline_start)]
        header = header_height_for(self.small)
        room = page_height - 70 - header
        row_h = int(max(16, min(26, room / max(1, len(rows)))))
        fit = int(room // row_h)
        shown, hidden = rows[:fit], len(rows) - min(len(rows), fit)
        from dataclasses import replace
        sub = replace(view, rows=shown)
        start = min((d for r in shown for d in (r.start, r.baseline_start) if d), default=None)
        finish = max((d for r in shown for d in (r.finish, r.baseline_finish) if d), default=None)
        if not shown or start is None or finish is None:
            return [self.heading(self.tr("Gantt chart")), Text(self.tr("No scheduled task."), self.body)]
        layout = layout_gantt(sub, px_per_day=fit_scale(start, finish, page_width), row_height=row_h,
                              today=view.status_date)
        language = self.t.language

        def draw(painter: QPainter, rect: QRectF) -> None:
            painter.translate(rect.x(), rect.y())
            painter.setFont(self.small)
            paint_gantt(painter, layout, x0=0, y0=0, width=min(layout.width, rect.width()),
                        height=len(shown) * row_h, label_for=scale_label, header_height=header,
                        language=language)

        blocks: list[Block] = [PageBreak(landscape=True), self.heading(self.tr("Gantt chart (by phase)")),
                               Picture(draw, header + len(shown) * row_h)]
        if hidden:
            blocks.append(Text(self.tr("%1 more tasks are in the schedule.").replace("%1", str(hidden)),
                               self.small, color=GREY))
        blocks.append(PageBreak(landscape=False))
        return blocks

    def _chart(self, make) -> list[Block]:
        """A chart as wide as a portrait page's body (nothing when there is no data)."""
        from desktop.report.document import body_size

        block = make(body_size(False)[0])
        return [block] if block is not None else []

    def method_name(self, code: str | None) -> str:
        names = {"cpi": "BAC ÷ CPI", "atypical": "AC + (BAC − EV)",
                 "cpi_spi": "AC + (BAC − EV) ÷ (CPI × SPI)", "bottom_up": self.tr("AC + ETC (bottom-up)")}
        return names.get(code or "", self.not_set())

    def budget(self) -> list[Block]:
        b = self.f["budget"]
        if not b["totals"].get("bac_won"):
            return [self.heading(self.tr("Budget variance and earned value")),
                    Text(self.tr("No budget is recorded yet."), self.body)]
        rows, colors, bold = [], [], set()
        for r in b["rows"]:
            if r["level"] == "phase":
                bold.add(len(rows))
                name = self.label("Phase %1").replace("%1", str(r["phase"]))
            else:
                name = "   " + self.t.name(r["category_name"], r["category_name_en"])
            pct = "" if r["variance_pct"] is None else f"{r['variance_pct'] * 100:+.1f}%"
            rows.append([name, self.in_unit(r["bac_won"]), self.in_unit(r["pv_won"]),
                         self.in_unit(r["committed_won"]), self.in_unit(r["ac_won"]),
                         self.in_unit(r["ev_won"]) if r["ev_won"] is not None else self.not_set(),
                         self.money_or_not_set(r["eac_won"]), self.money_or_not_set(r["variance_won"]), pct])
            colors.append([None] * 7 + [None, {"over": RED, "watch": ORANGE}.get(r["status"])])
        t = b["totals"]
        rows.append([self.tr("Total"), self.in_unit(t["bac_won"]), self.in_unit(t["pv_won"]), "",
                     self.in_unit(t["ac_won"]), self.in_unit(t["ev_won"]), self.in_unit(t["eac_won"]),
                     self.in_unit(None if t["eac_won"] is None else t["bac_won"] - t["eac_won"]), ""])
        colors.append([None] * 9)
        bold.add(len(rows) - 1)
        return [self.heading(self.tr("Budget variance and earned value")),
                Text(self.unit_line(), self.small, color=GREY, space_after=3),
                self.table([("Phase / category", 2, "l"), ("Budget (BAC)", 1.2, "r"), ("Planned to date (PV)", 1.2, "r"),
                            ("Committed", 1.2, "r"), ("Actual (AC)", 1.2, "r"), ("Earned (EV)", 1.2, "r"),
                            ("Forecast (EAC)", 1.2, "r"), ("Variance", 1.2, "r"), ("%", 0.8, "r")],
                           rows, colors, bold),
                self._evm_table()] + self._chart(lambda width: s_curve_block(
                    b["series"], self.f["month"], self.unit, self.label, width))

    def _evm_table(self) -> Table:
        t = self.f["budget"]["totals"]

        def ratio(value):
            return self.not_set() if value is None else f"{value:.3f}"

        rows = [["PV", self.in_unit(t["pv_won"]), "CPI", ratio(t["cpi"])],
                ["EV", self.in_unit(t["ev_won"]), "SPI", ratio(t["spi"])],
                ["AC", self.in_unit(t["ac_won"]), "SPI(t)", ratio(t["spi_t"])],
                ["CV", self.in_unit(t["cv_won"]), "TCPI (BAC)", ratio(t["tcpi_bac"])],
                ["SV", self.in_unit(t["sv_won"]), "TCPI (EAC)", ratio(t["tcpi_eac"])],
                ["EAC", self.in_unit(t["eac_won"]), self.tr("EAC method"), self.method_name(t["eac_method"])],
                ["ETC", self.in_unit(t["etc_won"]), "VAC", self.in_unit(t["vac_won"])]]
        return self.table([("Figure", 1, "l"), ("Value", 1.5, "r"), ("Figure", 1, "l"), ("Value", 2.5, "r")], rows)

    def capacity(self) -> list[Block]:
        s = self.f["status"]
        rows = [[self.t.name(p["name"], p.get("name_en")),
                 self.not_set() if p["target_mw"] is None else f"{p['target_mw']:,.0f}",
                 self.not_set() if p["target_gpus"] is None else f"{p['target_gpus']:,}",
                 "—" if p["installed_mw"] is None else f"{p['installed_mw']:,.1f}",
                 "—" if p["installed_gpus"] is None else f"{p['installed_gpus']:,}",
                 p.get("measured_on") or "—"] for p in s["phases"]]
        return [self.heading(self.tr("Capacity")),
                self.table([("Phase", 1.2, "l"), ("Target MW", 1, "r"), ("Target GPUs", 1.2, "r"),
                            ("Installed MW", 1, "r"), ("Installed GPUs", 1.2, "r"), ("Measured on", 1.3, "c")],
                           rows)] + self._chart(lambda width: capacity_block(
                               s["phases"], self.f["capacity_points"], s.get("capacity", {}),
                               date.fromisoformat(self.f["as_of"]), self.label, width))

    def funding(self) -> list[Block]:
        f = self.f["status"]["funding"]
        rows = []
        for p in f.get("by_phase", []):
            name = self.label("Whole project", "labels") if p["phase"] is None else \
                self.label("Phase %1", "labels").replace("%1", str(p["phase"]))
            rows.append([name, self.in_unit(p["committed_won"]), self.in_unit(p["foreign_committed_won"]),
                         self.share(p["foreign_share_committed"]), self.in_unit(p["paid_in_won"]),
                         self.in_unit(p["foreign_paid_in_won"]), self.share(p["foreign_share_paid_in"])])
        rows.append([self.tr("Total"), self.in_unit(f["committed_won"]), self.in_unit(f["foreign_committed_won"]),
                     self.share(f["foreign_share_committed"]), self.in_unit(f["paid_in_won"]),
                     self.in_unit(f["foreign_paid_in_won"]), self.share(f["foreign_share_paid_in"])])
        return [self.heading(self.tr("Funding and the foreign-capital rule")),
                Text(self.unit_line(), self.small, color=GREY, space_after=3),
                self.table([("Phase", 1.2, "l"), ("Committed", 1.2, "r"), ("Foreign committed", 1.2, "r"),
                            ("Share (committed)", 1, "r"), ("Paid in", 1.2, "r"), ("Foreign paid in", 1.2, "r"),
                            ("Share (paid in)", 1, "r")], rows, bold_rows={len(rows) - 1})] + self._chart(
                    lambda width: share_block(self.f["funding_history"], f["min_foreign_share"], self.f["month"],
                                              self.label, width))

    def effects(self) -> list[Block]:
        rows = []
        for k in self.f["status"]["kpis"]:
            value = (lambda v: self.won(v)) if k["unit"] == "won" else \
                (lambda v: self.not_set() if v is None else f"{v:,}")
            rows.append([self.t.name(k["name"], k.get("name_en")), value(k["target"]), value(k["reported"]),
                         k.get("reported_on") or "—", k.get("source") or ""])
        return [self.heading(self.tr("Expected effects")),
                self.table([("Expected effect", 2, "l"), ("Target", 1.3, "r"), ("Reported", 1.3, "r"),
                            ("Reported on", 1.1, "c"), ("Source", 1.5, "l")], rows)]

    def notes(self) -> list[Block]:
        n = self.f["notes"]
        blocks: list[Block] = [self.heading(self.tr("Risks, issues and notes of the month"))]
        for label, key in ((self.tr("Risks"), "risks"), (self.tr("Issues"), "issues"), (self.tr("Notes"), "notes")):
            blocks += [Text(label, self.bold, space_after=2, keep_with_next=True),
                       Text(n.get(key) or self.tr("None recorded."), self.body)]
        return blocks

    def sign_off(self) -> list[Block]:
        roles = [self.tr("Prepared by"), self.tr("Reviewed by"), self.tr("Approved by")]
        return [Spacer(10), self.heading(self.tr("Sign-off")),
                Table([("", 0.8, "l")] + [(r, 1.5, "c") for r in roles],
                      [[self.tr("Name"), "", "", ""], [self.tr("Date"), "", "", ""],
                       [self.tr("Signature"), "", "", ""]], font(self.body, 10), font(self.body, 10, True),
                      padding=10)]
