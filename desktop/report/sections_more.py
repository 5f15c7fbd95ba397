"""Capacity, expected effects, what moved since last month, problems and measures,
suggestions, the risk page (when the month's figures carry one) and the glossary."""

from __future__ import annotations

from datetime import date

from desktop.domain import glossary
from desktop.domain.month_report import changes_since, key_figures
from desktop.report.blocks import Block, PageBreak
from desktop.report.charts import capacity_block
from desktop.report.writer import STATUS_COLOR, ReportWriter


class MoreSections(ReportWriter):
    def capacity(self) -> list[Block]:
        s = self.f["status"]
        rows = [[self.name(p["name"], p.get("name_en")),
                 self.not_set() if p["target_mw"] is None else f"{p['target_mw']:,.0f}",
                 self.not_set() if p["target_gpus"] is None else f"{p['target_gpus']:,}",
                 "—" if p["installed_mw"] is None else f"{p['installed_mw']:,.1f}",
                 "—" if p["installed_gpus"] is None else f"{p['installed_gpus']:,}",
                 self.day(p.get("measured_on")) if p.get("measured_on") else "—"] for p in s["phases"]]
        chart = capacity_block(s["phases"], self.f["capacity_points"], s.get("capacity", {}),
                               date.fromisoformat(self.f["as_of"]), self.label, self.chart_width())
        return [self.section(self.tr("Capacity")),
                self.point(self.tr("Planned scale at the end of each phase and installed capacity"), keep=True),
                self.table([("Phase", 1.2, "l"), ("Target MW", 1, "r"), ("Target GPUs", 1.2, "r"),
                            ("Installed MW", 1, "r"), ("Installed GPUs", 1.2, "r"), ("Measured on", 1.3, "c")],
                           rows), chart]

    def effects(self) -> list[Block]:
        rows = []
        for k in self.f["status"]["kpis"]:
            if k["unit"] == "won":
                value = self.won
            else:
                def value(v):
                    return self.not_set() if v is None else self.tr("%1 persons").replace("%1", f"{v:,}")
            rows.append([self.name(k["name"], k.get("name_en")), value(k["target"]), value(k["reported"]),
                         self.day(k.get("reported_on")) if k.get("reported_on") else "—",
                         self.data_text(k.get("source")) or "—"])
        return [self.section(self.tr("Expected effects")),
                self.table([("Expected effect", 2, "l"), ("Target", 1.3, "r"), ("Reported", 1.3, "r"),
                            ("Reported on", 1.2, "c"), ("Source", 1.4, "l")], rows)]

    # -- 전월 대비 -------------------------------------------------------------------------------
    def since_last_month(self) -> list[Block]:
        head = [self.section(self.tr("Changes since last month"))]
        previous = self.f.get("previous")
        if not previous:
            return head + [self.point(self.tr("Last month is not closed: there are no frozen figures to "
                                              "compare with."))]
        blocks = head + [self.point(self.tr("Compared with the close of %1").replace(
            "%1", self.month_name(previous["month"])), keep=True)]
        names = {"contract_won": self.term("contract"), "ac_won": self.term("ac"),
                 "pledged_won": self.term("pledged"), "paid_in_won": self.term("paid_in")}
        for code, p in changes_since(key_figures(self.f), previous["key"]):
            if code in names:
                blocks.append(self.detail(self.tr("%1: %2 (%3 since last month)").replace("%1", names[code])
                                          .replace("%2", self.won(p["now"])).replace("%3", self._won_delta(p["delta"]))))
            elif code.startswith("foreign_share"):
                basis = self.term("pledged") if code.endswith("committed") else self.term("paid_in")
                delta = self.not_set() if p["delta"] is None else (
                    f"{p['delta'] * 100:+.1f}%p" if round(p["delta"] * 1000) else self.tr("no change"))
                blocks.append(self.detail(self.tr("Foreign share (%1): %2 (%3)").replace("%1", basis)
                                          .replace("%2", self.percent(p["now"])).replace("%3", delta)))
            elif code == "installed_mw":
                delta = self.not_set() if p["delta"] is None else (
                    f"{p['delta']:+,.1f} MW" if p["delta"] else self.tr("no change"))
                now = self.not_set() if p["now"] is None else f"{p['now']:,.1f} MW"
                blocks.append(self.detail(self.tr("Installed capacity: %1 (%2)").replace("%1", now).replace("%2", delta)))
            elif code == "milestone_done":
                blocks.append(self.detail(self.tr("%1 achieved on %2").replace(
                    "%1", self.name(p["name"], p["name_en"])).replace("%2", self.day(p["on"]))))
            elif code == "milestone_moved":
                blocks.append(self.detail(self.tr("%1: forecast moved from %2 to %3 (%4 days)").replace(
                    "%1", self.name(p["name"], p["name_en"])).replace("%2", self.day(p["before"]))
                    .replace("%3", self.day(p["now"])).replace("%4", f"{p['days']:+,}")))
        return blocks

    def _won_delta(self, delta: int | None) -> str:
        if delta is None:
            return self.not_set()
        return ("+" if delta > 0 else "") + self.won(delta) if delta else self.tr("no change")

    # -- 문제점 및 대책, 건의사항 ----------------------------------------------------------------
    def problems(self) -> list[Block]:
        blocks: list[Block] = [self.section(self.tr("Problems and measures"))]
        remedies = self.f.get("remedies", [])
        for r in remedies:
            slip = self.not_set() if r["slip_days"] is None else f"{r['slip_days']:,}"
            blocks.append(self.point(self.tr("%1: late (forecast %2, %3 days after the baseline %4)")
                                     .replace("%1", self.name(r["name"], r.get("name_en")))
                                     .replace("%2", self.day(r["forecast"])).replace("%3", slip)
                                     .replace("%4", self.day(r["baseline"])), keep=True, color=STATUS_COLOR["late"]))
            blocks.append(self.detail(self.tr("Cause: %1").replace("%1", r["cause"] or self.tr("not written yet")),
                                      keep=True))
            blocks.append(self.detail(self.tr("Recovery plan: %1").replace("%1", r["plan"] or self.tr("not written yet"))))
        notes = self.f["notes"]
        for title, key in ((self.tr("Issues"), "issues"), (self.tr("Risks"), "risks")):
            if notes.get(key):
                blocks.append(self.point(title, keep=True))
                blocks += [self.detail(line) for line in _lines(notes[key])]
        if len(blocks) == 1:
            blocks.append(self.point(self.tr("No milestone is late and no issue is recorded.")))
        return blocks

    def suggestions(self) -> list[Block]:
        notes = self.f["notes"]
        lines = _lines(notes.get("suggestions", ""))
        blocks: list[Block] = [self.section(self.tr("Suggestions"))]
        blocks += [self.point(line) for line in lines] or [self.point(self.tr("None."))]
        if notes.get("notes"):
            blocks += [self.point(self.tr("Manager's notes"), keep=True)]
            blocks += [self.detail(line) for line in _lines(notes["notes"])]
        return blocks

    def risks(self, risk: dict | None) -> list[Block]:
        """The schedule risk page from desktop.services.risk_report.risk_report_figures (each
        deadline's probability this month and at last month's close); nothing without it."""
        if not risk or not risk.get("deadlines"):
            return []
        rows = []
        for d in risk["deadlines"]:
            change = self.not_set() if d["change"] is None else f"{d['change'] * 100:+.1f}%p"
            rows.append([self.name(d["name"], d.get("name_en")), self.day(d["deadline"]),
                         self.percent(d["probability"]), self.percent(d["previous_probability"]), change,
                         self.day(d["p80"])])
        return [PageBreak(), self.section(self.tr("Schedule risk")),
                self.point(self.tr("Probability of meeting each deadline (%1 simulations), against the close "
                                   "of last month").replace("%1", f"{risk['iterations']:,}"), keep=True),
                self.table([(self.tr("Milestone"), 2.2, "l"), (self.tr("Deadline"), 1.2, "c"),
                            (self.tr("This month"), 1, "r"), (self.tr("Last month"), 1, "r"),
                            (self.tr("Change"), 0.9, "r"), (self.tr("P80 finish"), 1.2, "c")], rows, context="")]

    def glossary(self) -> list[Block]:
        rows = [[self.term(t.key), glossary.explanation(t.key, self.translate)] for t in glossary.TERMS if t.evm]
        return [self.section(self.tr("Terms used in this report")),
                self.table([(self.tr("Term"), 1.6, "l"), (self.tr("Meaning"), 4, "l")], rows, context="")]


def _lines(text: str) -> list[str]:
    """A note as points: one per line, list marks the writer typed removed."""
    return [line.strip().lstrip("-○□•·*").strip() for line in (text or "").splitlines() if line.strip()]
