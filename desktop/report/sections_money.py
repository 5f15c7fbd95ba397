"""Money: budget, contracts and spending (계약률, 집행률), earned value, funding and the 30 %
rule, and investment by participant.  Amounts are printed in the table unit with
largest-remainder rounding, so every 합계 is the sum of the rows printed above it."""

from __future__ import annotations

from desktop.domain.month_report import amounts_tree, money_rows, rate
from desktop.report.blocks import Block
from desktop.report.charts import s_curve_block, share_block
from desktop.report.writer import ReportWriter


class MoneySections(ReportWriter):
    def _row_name(self, row) -> str:
        if row.level == "total":
            return self.tr("Total")
        if row.level == "phase":
            return self.label("Phase %1").replace("%1", str(row.phase))
        return "  " + self.name(row.category, row.category_en)

    def _rows(self):
        return money_rows(self.f["budget"], self.unit.value)

    def budget(self) -> list[Block]:
        b = self.f["budget"]
        if not b["totals"].get("bac_won"):
            return [self.section(self.tr("Budget, contracts and spending")),
                    self.point(self.tr("No budget is recorded yet."))]
        won = {(r["level"], r["phase"], r["category_name"]): r for r in b["rows"]}
        total = b["totals"]
        table, bold = [], set()
        for row in self._rows():
            source = total if row.level == "total" else won.get(
                (row.level, row.phase, row.category if row.level == "group" else ""), {})
            contract = source.get("committed_won")
            if row.level != "group":
                bold.add(len(table))
            u = row.units
            table.append([self._row_name(row), self.units(u["bac_won"]), self.units(u["committed_won"]),
                          self.percent(rate(contract, source.get("bac_won"))), self.units(u["ac_won"]),
                          self.percent(rate(source.get("ac_won"), source.get("bac_won")))])
        return [self.section(self.tr("Budget, contracts and spending")),
                self.point(self.tr("Contract rate = contracts ÷ budget; spending rate = actual cost ÷ budget "
                                   "(to the status date)"), keep=True),
                self.unit_line(),
                self.table([(self.tr("Phase / category"), 2.1, "l"), (self.term("budget"), 1.3, "r"),
                            (self.term("contract"), 1.3, "r"), (self.term("contract_rate"), 1, "r"),
                            (self.term("ac"), 1.3, "r"), (self.term("spending_rate"), 1, "r")],
                           table, bold_rows=bold, context="", notes=[self.rounding_note()])]

    def earned_value(self) -> list[Block]:
        b = self.f["budget"]
        if not b["totals"].get("bac_won"):
            return []
        t = b["totals"]
        table, bold = [], set()
        for row in self._rows():
            if row.level == "group":
                continue
            if row.level == "total":
                bold.add(len(table))
            u = row.units
            table.append([self._row_name(row), self.units(u["bac_won"]), self.units(u["pv_won"]),
                          self.units(u["ev_won"]), self.units(u["ac_won"]), self.units(u["eac_won"]),
                          self.signed(u["variance_won"])])
        notes = [self.rounding_note()]
        if t.get("ev_won") is None:
            notes.append(self.tr("Earned value is not set: no progress is measured up to the status date, so "
                                 "CPI, SPI, the estimate at completion and the variance are not set either."))
        else:
            notes.append(self.tr("CPI %1 and SPI %2, of the work whose progress is measured.")
                         .replace("%1", self.ratio(t.get("cpi"))).replace("%2", self.ratio(t.get("spi"))))
            notes.append(self.tr("The estimate at completion is set only where all progress is measured; a "
                                 "phase's or the total's is the sum of its categories'."))
        blocks: list[Block] = [
            self.point(self.tr("Earned value by phase"), keep=True), self.unit_line(),
            self.table([(self.tr("Phase"), 1.2, "l"), (self.term("budget"), 1.3, "r"), (self.term("pv"), 1.3, "r"),
                        (self.term("ev"), 1.3, "r"), (self.term("ac"), 1.3, "r"), (self.term("eac"), 1.4, "r"),
                        (self.term("vac"), 1.3, "r")], table, bold_rows=bold, context="", notes=notes)]
        chart = s_curve_block(b["series"], self.f["month"], self.unit, self.label, self.chart_width(), self.term)
        return blocks + ([chart] if chart else [])

    # -- funding ------------------------------------------------------------------------------
    def funding(self) -> list[Block]:
        f = self.f["status"]["funding"]
        head = [self.section(self.tr("Funding and the foreign-capital rule"))]
        if not f.get("committed_won"):
            return head + [self.point(self.tr("No investment is pledged yet."))]
        phases = f.get("by_phase", [])
        names = [self.tr("Not tied to a phase") if p["phase"] is None else
                 self.label("Phase %1").replace("%1", str(p["phase"])) for p in phases]
        columns = {}
        for key in ("committed_won", "foreign_committed_won", "paid_in_won", "foreign_paid_in_won"):
            columns[key] = amounts_tree([p[key] for p in phases], self.unit.value)
        rows = []
        for i, p in enumerate(phases):
            rows.append([names[i], self.units(columns["committed_won"][0][i]),
                         self.units(columns["foreign_committed_won"][0][i]), self.percent(p["foreign_share_committed"]),
                         self.units(columns["paid_in_won"][0][i]), self.units(columns["foreign_paid_in_won"][0][i]),
                         self.percent(p["foreign_share_paid_in"])])
        rows.append([self.tr("Total"), self.units(columns["committed_won"][1]),
                     self.units(columns["foreign_committed_won"][1]), self.percent(f["foreign_share_committed"]),
                     self.units(columns["paid_in_won"][1]), self.units(columns["foreign_paid_in_won"][1]),
                     self.percent(f["foreign_share_paid_in"])])
        verdict = self.tr("meets the rule") if f["compliant"] else self.tr("below the rule")
        return head + [
            self.point(self.tr("Foreign share %1 pledged, %2 paid in (minimum %3): %4")
                       .replace("%1", self.percent(f["foreign_share_committed"]))
                       .replace("%2", self.percent(f["foreign_share_paid_in"]))
                       .replace("%3", self.percent(f["min_foreign_share"], 0)).replace("%4", verdict), keep=True),
            self.unit_line(),
            self.table([(self.tr("Phase"), 1.5, "l"), (self.term("pledged"), 1.2, "r"), (self.tr("of which foreign"), 1.2, "r"),
                        (self.tr("Share"), 0.8, "r"), (self.term("paid_in"), 1.2, "r"),
                        (self.tr("of which foreign"), 1.2, "r"), (self.tr("Share"), 0.8, "r")],
                       rows, bold_rows={len(rows) - 1}, context="",
                       notes=[self.rounding_note()])] + self._parties() + self._share_chart(f)

    def _parties(self) -> list[Block]:
        parties = self.f.get("investment_by_party")
        if not parties:
            return []
        pledged, pledged_total = amounts_tree([p["pledged_won"] for p in parties], self.unit.value)
        paid, paid_total = amounts_tree([p["paid_in_won"] for p in parties], self.unit.value)
        rows = [[self.name(p["name"], p["name_en"]), self.tr("Foreign") if p["foreign"] else self.tr("Domestic"),
                 self.units(pledged[i]), self.units(paid[i]), self.percent(rate(p["paid_in_won"], p["pledged_won"]))]
                for i, p in enumerate(parties)]
        total_won = (sum(p["pledged_won"] for p in parties), sum(p["paid_in_won"] for p in parties))
        rows.append([self.tr("Total"), "", self.units(pledged_total), self.units(paid_total),
                     self.percent(rate(total_won[1], total_won[0]))])
        return [self.point(self.tr("Investment by participant"), keep=True), self.unit_line(),
                self.table([(self.tr("Participant"), 2, "l"), (self.tr("Domestic / foreign"), 1, "c"),
                            (self.term("pledged"), 1.3, "r"), (self.term("paid_in"), 1.3, "r"),
                            (self.tr("Paid-in rate"), 1, "r")], rows, bold_rows={len(rows) - 1}, context="",
                           notes=[self.rounding_note()])]

    def _share_chart(self, f: dict) -> list[Block]:
        chart = share_block(self.f["funding_history"], f["min_foreign_share"], self.f["month"], self.label,
                            self.chart_width(), self.term)
        return [chart] if chart else []
