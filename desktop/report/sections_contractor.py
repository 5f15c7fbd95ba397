"""Contractors' schedules: a one-page summary of each schedule's latest update review (the
version received against the one before it): what changed, counted by kind in one table with
its total row, then for each schedule its finish, critical path, tied milestone and the
activities whose finish moved most.  Nothing when no contractor's schedule has been received."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop.report.blocks import Block, PageBreak
from desktop.report.writer import STATUS_COLOR, ReportWriter


# the review's kinds, grouped into the table's rows (label, kinds)
GROUPS = ((QT_TRANSLATE_NOOP("ContractorSections", "Activities added"), ("added",)),
          (QT_TRANSLATE_NOOP("ContractorSections", "Activities deleted"), ("deleted",)),
          (QT_TRANSLATE_NOOP("ContractorSections", "Durations changed"), ("duration",)),
          (QT_TRANSLATE_NOOP("ContractorSections", "Links added, removed or changed"),
           ("link_added", "link_removed", "link_changed")),
          (QT_TRANSLATE_NOOP("ContractorSections", "Constraints changed"), ("constraint",)),
          (QT_TRANSLATE_NOOP("ContractorSections", "Calendars changed"), ("calendar",)),
          (QT_TRANSLATE_NOOP("ContractorSections", "Finishes moved"), ("dates",)),
          (QT_TRANSLATE_NOOP("ContractorSections", "Progress this period"), ("progress",)),
          (QT_TRANSLATE_NOOP("ContractorSections", "Float eroded"), ("float",)))


class ContractorSections(ReportWriter):
    def review(self) -> list[Block]:
        reviews = self.f.get("contractor_reviews") or []
        if not reviews:
            return []
        blocks: list[Block] = [PageBreak(), self.section(self.tr("Contractors' schedule updates"))]
        compared = [r for r in reviews if r["old"] is not None]
        if compared:
            blocks.append(self.point(self.tr("Latest version of each schedule against the one before it "
                                             "(changes counted per activity or link)"), keep=True))
            blocks.append(self._table(compared))
        for r in reviews:
            blocks += self._schedule(r)
        return blocks

    def _table(self, compared: list[dict]) -> Block:
        """A row per kind of change, a column per schedule; totals of both ways when there are
        several schedules (each cell is counted once in each total)."""
        counts = [[sum(r["counts"][k] for k in kinds) for r in compared] for _, kinds in GROUPS]
        several = len(compared) > 1
        rows = [[self.tr(label)] + [f"{n:,}" for n in row] + ([f"{sum(row):,}"] if several else [])
                for (label, _), row in zip(GROUPS, counts)]
        totals = [sum(row[i] for row in counts) for i in range(len(compared))]
        rows.append([self.tr("Total")] + [f"{n:,}" for n in totals] + ([f"{sum(totals):,}"] if several else []))
        columns = [(self.tr("Change"), 2.4, "l")] + [
            (self.tr("%1 (v%2 → v%3)").replace("%1", r["name"]).replace("%2", str(r["old"]["number"]))
             .replace("%3", str(r["new"]["number"])), 1.3, "r") for r in compared]
        if several:
            columns.append((self.tr("Total"), 1, "r"))
        return self.table(columns, rows, bold_rows={len(rows) - 1}, context="")

    def _schedule(self, r: dict) -> list[Block]:
        party = self.name(r["party"], r.get("party_en")) if r.get("party") else self.tr("contractor not recorded")
        new = r["new"]
        head = self.tr("%1 (%2): version %3 received, status date %4").replace("%1", r["name"]).replace(
            "%2", party).replace("%3", str(new["number"])).replace("%4", self.day(new["status_date"]))
        blocks: list[Block] = [self.point(head, keep=True)]
        if r["old"] is None:
            return blocks + [self.detail(self.tr("First version: nothing to compare yet (finish %1)").replace(
                "%1", self.day(new["finish"])))]
        days = r["finish_days"]
        moved = self.tr("no change") if not days else self.tr("%1 days").replace("%1", f"{days:+,}")
        blocks.append(self.detail(self.tr("Finish: %1 → %2 (%3)").replace("%1", self.day(r["finish_old"]))
                                  .replace("%2", self.day(r["finish_new"])).replace("%3", moved), keep=True))
        blocks.append(self.detail(self.tr("Critical path: %1 → %2 activities (%3 joined, %4 left)")
                                  .replace("%1", f"{r['critical_before']:,}").replace("%2", f"{r['critical_after']:,}")
                                  .replace("%3", f"{r['counts']['critical_joined']:,}")
                                  .replace("%4", f"{r['counts']['critical_left']:,}"), keep=True))
        for tie in r["ties"]:
            late = tie["new_float"] is not None and tie["new_float"] < 0
            blocks.append(self.detail(
                self.tr("Tied milestone %1 (deadline %2): forecast %3 → %4, float to the deadline %5 → %6 days")
                .replace("%1", self.name(tie["name"], tie.get("name_en"))).replace("%2", self.day(tie["deadline"]))
                .replace("%3", self.day(tie["old_finish"])).replace("%4", self.day(tie["new_finish"]))
                .replace("%5", self._days(tie["old_float"])).replace("%6", self._days(tie["new_float"])),
                keep=True, color=STATUS_COLOR["late"] if late else "#202020"))
        for move in r["largest_moves"]:
            blocks.append(self.detail(self.tr("Finish moved most: %1 %2, %3 days (now %4)").replace(
                "%1", move["key"]).replace("%2", move["name"]).replace("%3", f"{move['days']:+,}")
                .replace("%4", self.day(move["finish"]))))
        return blocks

    def _days(self, value: int | None) -> str:
        return self.not_set() if value is None else f"{value:,}"
