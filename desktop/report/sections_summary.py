"""Page 1 (the form, the key points first, the status by area) and the project overview."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop.domain.month_report import any_actuals, rate
from desktop.report.blocks import Block
from desktop.report.form import Letterhead
from desktop.report.writer import STATUS_COLOR, ReportWriter
from desktop.services.report_inputs import DEFAULT_SIGNOFF

# the default 결재란 (desktop.services.report_inputs.DEFAULT_SIGNOFF), filed for translation
_SIGNOFF = (QT_TRANSLATE_NOOP("SummarySections", "Officer"), QT_TRANSLATE_NOOP("SummarySections", "Team leader"),
            QT_TRANSLATE_NOOP("SummarySections", "Section chief"), QT_TRANSLATE_NOOP("SummarySections", "Director"))
assert _SIGNOFF == DEFAULT_SIGNOFF
_COLUMNS = (QT_TRANSLATE_NOOP("columns", "Area"), QT_TRANSLATE_NOOP("columns", "Key figure"))


def korean_default_signoff() -> list[str]:
    """The default boxes as a Korean office writes them (담당, 팀장, 과장, 국장)."""
    from desktop.report.text import ReportText

    korean = ReportText("ko")
    return [korean.tr(b, "SummarySections") for b in _SIGNOFF]


class SummarySections(ReportWriter):
    # -- the form --------------------------------------------------------------------------
    def letterhead(self, settings: dict, closed: bool, issued_on: date) -> Letterhead:
        project = self.f["status"]["project"]
        boxes = settings.get("signoff")
        if not boxes or (not self.t.korean and boxes == korean_default_signoff()):
            boxes = [self.tr(b) for b in _SIGNOFF]  # the default boxes, in the report's language
        state = self.tr("Closed (figures frozen)") if closed else self.tr("Draft (month not closed)")
        info = [(self.tr("Document no."), settings.get("doc_number", "")),
                (self.tr("Reported on"), self.day(issued_on)),
                (self.tr("Department"), settings.get("department", "")),
                (self.tr("Contact"), settings.get("contact", "")),
                (self.tr("Status date"), self.day(self.f["as_of"])),
                (self.tr("State"), state)]
        return Letterhead(self.tr("Sign-off"), boxes, self.name(project["name_ko"], project["name_en"]),
                          self.tr("Monthly progress report (%1)").replace("%1", self.month_name(self.f["month"])),
                          info, self.h1, self.body, self.bold)

    # -- 핵심 요약 --------------------------------------------------------------------------
    def key_points(self) -> list[Block]:
        blocks: list[Block] = [self.section(self.tr("Key points"))]
        for text, color, *details in self._points():
            blocks.append(self.point(text, color=color, keep=bool(details)))
            blocks += [self.detail(d) for d in details]
        return blocks

    def _points(self) -> list[tuple]:
        s = self.f["status"]
        points = [self._construction_point(), self._money_point(), self._funding_point()]
        capacity = s.get("capacity", {})
        if capacity.get("installed_mw") is not None:
            target = capacity.get("target_mw")  # judged against the phase due now, not the final goal
            points.append((self.tr("Capacity: %1 MW and %2 GPUs installed (phase %3 target %4 MW by %5; "
                                   "final goal %6 MW).")
                           .replace("%1", f"{capacity['installed_mw']:,.1f}")
                           .replace("%2", f"{capacity['installed_gpus'] or 0:,}")
                           .replace("%3", str(capacity.get("target_phase") or self.not_set()))
                           .replace("%4", f"{target:,.0f}" if target else self.not_set())
                           .replace("%5", self.day(capacity["target_due"]) if capacity.get("target_due")
                                    else self.not_set())
                           .replace("%6", f"{capacity['goal_mw']:,.0f}" if capacity.get("goal_mw") else self.not_set()),
                           "#202020"))
        else:
            points.append((self.tr("Capacity: no installed capacity is recorded yet."), "#202020"))
        if not any_actuals(self.f):
            points.append((self.tr("No actual figures are recorded for this month."), "#202020"))
        late = [r for r in self.f.get("remedies", []) if r]
        if late:
            points.append((self.tr("Problems: %1 milestone(s) late; causes and recovery plans under "
                                   "“Problems and measures”.").replace("%1", str(len(late))), STATUS_COLOR["late"]))
        return [p for p in points if p]

    def _construction_point(self) -> tuple:
        project = self.f["status"]["project"]
        deadline, started = project.get("construction_start_deadline"), project.get("construction_started_on")
        start = next((m for m in self.f["status"]["milestones"] if m["wbs"] == "1.1"), None)
        as_of = date.fromisoformat(self.f["as_of"])
        late_by = project.get("construction_start_delay_days")
        if started and late_by:  # reached after the deadline: said so, in the late colour
            return (self.tr("Construction start: started on %1, %2 days after the deadline.")
                    .replace("%1", self.day(started)).replace("%2", f"{late_by:,}"), STATUS_COLOR["late"])
        if started:
            return (self.tr("Construction start: started on %1.").replace("%1", self.day(started)), "#202020")
        if deadline and date.fromisoformat(deadline) < as_of:
            days = (as_of - date.fromisoformat(deadline)).days  # = the milestone's delay (one definition)
            text = self.tr("Construction start: the deadline %1 passed %2 days ago without a start.").replace(
                "%1", self.day(deadline)).replace("%2", f"{days:,}")
            if start and start["forecast"] and (start["slip_days"] or 0) > days:  # pushed further out
                return text, STATUS_COLOR["late"], self.tr("Forecast %1, %2 days after the baseline.").replace(
                    "%1", self.day(start["forecast"])).replace("%2", f"{start['slip_days']:,}")
            return text, STATUS_COLOR["late"]
        late = [m for m in self.f["status"]["milestones"] if m["status"] == "late"]
        if late:
            return (self.tr("Schedule: %1 milestone(s) late.").replace("%1", str(len(late))), STATUS_COLOR["late"])
        return self.tr("Schedule: the milestones are on plan."), "#202020"

    def _money_point(self) -> tuple:
        t = self.f["budget"]["totals"]
        if not t.get("bac_won"):
            return self.tr("Cost: no budget is recorded yet."), "#202020"
        committed = t.get("committed_won")
        text = (self.tr("Cost: of the budget %1, %2 contracted (%3) and %4 spent (%5).")
                .replace("%1", self.won(t["bac_won"])).replace("%2", self.won(committed))
                .replace("%3", self.percent(rate(committed, t["bac_won"])))
                .replace("%4", self.won(t["ac_won"])).replace("%5", self.percent(rate(t["ac_won"], t["bac_won"]))))
        if t.get("cpi") is None or t.get("spi") is None:
            return text, "#202020", self.tr("CPI and SPI are not set: progress is not measured.")
        return text, "#202020", self.tr("CPI %1, SPI %2 (of the measured work).").replace(
            "%1", self.ratio(t["cpi"])).replace("%2", self.ratio(t["spi"]))

    def _funding_point(self) -> tuple[str, str]:
        f = self.f["status"]["funding"]
        if f["foreign_share_committed"] is None and f["foreign_share_paid_in"] is None:
            return self.tr("Funding: no investment is pledged yet."), "#202020"
        verdict = self.tr("meets the rule") if f["compliant"] else self.tr("below the rule")
        return (self.tr("Foreign capital: %1 of the pledged and %2 of the paid-in investment (minimum %3): %4.")
                .replace("%1", self.percent(f["foreign_share_committed"]))
                .replace("%2", self.percent(f["foreign_share_paid_in"]))
                .replace("%3", self.percent(f["min_foreign_share"], 0)).replace("%4", verdict),
                "#202020" if f["compliant"] else STATUS_COLOR["late"])

    # -- 분야별 현황 ------------------------------------------------------------------------
    def areas(self) -> list[Block]:
        s = self.f["status"]
        late = [m for m in s["milestones"] if m["status"] == "late"]
        at_risk = [m for m in s["milestones"] if m["status"] == "at_risk"]
        schedule = ("late", self.tr("%1 milestone(s) late").replace("%1", str(len(late)))) if late else \
            (("at_risk", self.tr("%1 milestone(s) at risk").replace("%1", str(len(at_risk)))) if at_risk
             else ("on_track", self.tr("On plan")))
        t = self.f["budget"]["totals"]
        if t.get("cpi") is None:
            cost = ("not_set", self.tr("Spent %1 of the budget; CPI not set").replace(
                "%1", self.percent(rate(t.get("ac_won"), t.get("bac_won")))))
        else:
            cost = ("on_track" if t["cpi"] >= 1 else "at_risk", f"CPI {t['cpi']:.2f}"
                    + (f" · SPI {t['spi']:.2f}" if t.get("spi") is not None else ""))
        funding = s["funding"]
        minimum = self.percent(funding["min_foreign_share"], 0)
        fund = ("not_set", self.tr("No investment pledged")) if funding["compliant"] is None else \
            (("on_track", self.tr("Foreign share at least %1").replace("%1", minimum)) if funding["compliant"]
             else ("late", self.tr("Foreign share below %1").replace("%1", minimum)))
        cap = s.get("capacity", {})
        capacity = ("not_set", self.tr("Nothing installed yet")) if cap.get("installed_mw") is None else \
            ("on_track", f"{cap['installed_mw']:,.1f} MW / {target:,.0f} MW" if (target := cap.get(
                "target_mw") or cap.get("goal_mw")) else f"{cap['installed_mw']:,.1f} MW")  # the phase's due
        rows = [(self.tr("Schedule"), *schedule), (self.tr("Cost"), *cost), (self.tr("Funding"), *fund),
                (self.tr("Capacity"), *capacity)]
        return [self.point(self.tr("Status by area"), keep=True),
                self.table([("Area", 1.2, "l"), ("Status", 1, "c"), ("Key figure", 3.4, "l")],
                           [[area, self.status_word(code), figure] for area, code, figure in rows],
                           colors=[[None, STATUS_COLOR[code], None] for _a, code, _f in rows])]

    # -- 사업 개요 --------------------------------------------------------------------------
    def overview(self) -> list[Block]:
        s = self.f["status"]
        p = s["project"]
        phases = s["phases"]
        first = min((ph["planned_start"] for ph in phases if ph["planned_start"]), default=None)
        last = phases[-1]["planned_finish"] if phases else None
        scale = []
        for ph in phases:
            part = self.name(ph["name"], ph.get("name_en"))
            if ph["target_mw"] is not None:
                part += f" {ph['target_mw']:,.0f} MW"
            if ph["target_gpus"] is not None:
                part += " · " + self.tr("%1 GPUs").replace("%1", f"{ph['target_gpus']:,}")
            period = f"{(ph['planned_start'] or '')[:4]}~{(ph['planned_finish'] or '')[:4]}"
            scale.append(f"{part} ({period})")
        total = self.won(p.get("total_investment_won"))
        if s["funding"].get("min_foreign_share") is not None:
            total += " " + self.tr("(foreign capital at least %1)").replace(
                "%1", self.percent(s["funding"]["min_foreign_share"], 0))
        participants = ", ".join(self.name(x["name_ko"], x["name_en"]) for x in s.get("participants", []))
        rows = [[self.tr("Project"), self.name(p["name_ko"], p["name_en"])],
                [self.tr("Location"), self.name(p.get("site_ko") or "", p.get("site_en")) or self.not_set()],
                [self.tr("Site area"), f"{p['site_m2']:,.0f} ㎡" if p.get("site_m2") else self.not_set()],
                [self.tr("Total investment"), total],
                [self.tr("Period"), f"{self.day(first)} ~ {self.day(last)}"],
                [self.tr("Scale by phase"), "\n".join(scale) or self.not_set()],
                [self.tr("Participants"), participants or self.not_set()],
                [self.tr("MOU signed"), self.day(p.get("mou_signed_on"))]]
        return [self.section(self.tr("Project overview")),
                self.table([(self.tr("Item"), 1, "l"), (self.tr("Content"), 4.2, "l")], rows, context="")]
