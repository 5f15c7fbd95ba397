"""What every section of the report shares: fonts, the report's language, and how figures
are written (dates as ``2026. 10. 31.``, money in the table unit, 미정 for anything unknown).

Korean official style (개조식): a section is headed ``□``, its points are ``○``, details
``-``; tables carry a 단위 line and a complete 합계 row.  Body text is 11 pt, tables 10 pt.
Each section class translates its own texts in the context of its class name
(``self.tr``), which is where pyside6-lupdate files them.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QFont

from desktop.domain import glossary
from desktop.domain.dates import format_ko
from desktop.domain.money import EOK, MoneyUnit, format_won_korean
from desktop.report.blocks import Block, Item, Table, Text, font
from desktop.report.text import ReportText

GREY = "#616161"
MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
UNIT_NAMES = {MoneyUnit.WON: QT_TRANSLATE_NOOP("labels", "KRW"),
              MoneyUnit.THOUSAND: QT_TRANSLATE_NOOP("labels", "KRW thousand"),
              MoneyUnit.MILLION: QT_TRANSLATE_NOOP("labels", "KRW million"),
              MoneyUnit.HUNDRED_MILLION: QT_TRANSLATE_NOOP("labels", "KRW 100 million")}
STATUS_SOURCE = {"done": "Done", "done_late": "Done late", "on_track": "On track", "at_risk": "At risk",
                 "late": "Late", "not_set": "Not set"}
STATUS_COLOR = {"done": "#2e7d32", "done_late": "#c62828", "on_track": "#1565c0", "at_risk": "#ef6c00",
                "late": "#c62828", "not_set": GREY}


# texts the seed and the example data store (db/seed.py MOU_BASELINE, desktop/services/example_data.py)
_STORED_TEXTS = {"MOU 계획 (2025-06-26)": QT_TRANSLATE_NOOP("ReportWriter", "MOU plan (2025-06-26)"),
                 "예시 자료": QT_TRANSLATE_NOOP("ReportWriter", "Example data"),
                 "예시": QT_TRANSLATE_NOOP("ReportWriter", "Example")}


class ReportWriter:
    """Base of the section classes (one instance per report)."""

    def __init__(self, figures: dict, text: ReportText, base: QFont, unit: MoneyUnit) -> None:
        self.f, self.t, self.unit = figures, text, unit
        self.base = base
        self.body = font(base, 11)
        self.bold = font(base, 11, True)
        self.small = font(base, 10)
        self.cell = font(base, 10)
        self.cell_bold = font(base, 10, True)
        self.h1 = font(base, 18, True)
        self.h2 = font(base, 14, True)
        self.h3 = font(base, 12, True)

    # -- language --------------------------------------------------------------------------
    def tr(self, text: str) -> str:
        """A text of the calling section class (its class name is its context)."""
        return self.t.tr(text, type(self).__name__)

    def label(self, text: str, context: str = "labels") -> str:
        """A text the window already translates, looked up in its context."""
        return self.t.tr(text, context)

    def term(self, key: str) -> str:
        """A word of the controlled vocabulary (desktop.domain.glossary)."""
        return glossary.name(key, self.translate)

    def translate(self, context: str, text: str) -> str:
        """(context, text) → the report's language: the order desktop.domain.glossary asks for."""
        return self.t.tr(text, context)

    def name(self, ko: str, en: str | None) -> str:
        return self.t.name(ko, en)

    def data_text(self, text: str | None) -> str | None:
        """A text the application itself stored (the seeded baseline's name, the example data's
        source), in the report's language; anything a user typed is printed as typed."""
        source = _STORED_TEXTS.get(text or "")
        return self.t.tr(source, "ReportWriter") if source else text

    # -- figures -----------------------------------------------------------------------------
    def not_set(self) -> str:
        return self.label("Not set")

    def day(self, value: str | date | None) -> str:
        """``2026. 10. 31.`` in Korean, ``31 Oct 2026`` in English; 미정 when unknown."""
        if not value:
            return self.not_set()
        d = date.fromisoformat(value) if isinstance(value, str) else value
        return format_ko(d) if self.t.korean else f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"

    def month_name(self, month: str) -> str:
        year, number = (int(p) for p in month.split("-"))
        return f"{year}년 {number}월" if self.t.korean else f"{MONTHS_EN[number - 1]} {year}"

    def won(self, value: int | None) -> str:
        """An amount in prose: ``1,986억원`` / ``KRW 198.6 billion``."""
        if value is None:
            return self.not_set()
        if self.t.korean:
            return format_won_korean(value, smallest=EOK)
        if abs(value) >= 10**12:
            return self.label("KRW %1 trillion").replace("%1", f"{value / 10**12:,.2f}".rstrip("0").rstrip("."))
        return self.label("KRW %1 billion").replace("%1", f"{value / 1e9:,.1f}")

    def units(self, value: int | None) -> str:
        """A figure already in the table unit (rounded so rows add up); 미정 when unknown."""
        return self.not_set() if value is None else f"{value:,}"

    def signed(self, value: int | None) -> str:
        return self.not_set() if value is None else f"{value:+,}"

    def percent(self, value: float | None, digits: int = 1) -> str:
        return self.not_set() if value is None else f"{value * 100:.{digits}f}%"

    def ratio(self, value: float | None) -> str:
        return self.not_set() if value is None else f"{value:.2f}"

    def unit_line(self) -> Text:
        """``(단위: 백만원)`` right above a money table."""
        unit = self.label(UNIT_NAMES[self.unit])
        return Text("(" + self.label("Unit: %1").replace("%1", unit) + ")", self.small, color=GREY,
                    space_after=2, keep_with_next=True, align="right")

    # -- blocks ------------------------------------------------------------------------------
    def section(self, text: str) -> Item:
        """□ heading of a section."""
        return Item("□", text, self.h2, space_after=6, keep_with_next=True, space_before=8)

    def point(self, text: str, *, keep: bool = False, color: str = "#202020") -> Item:
        """○ a point of a section."""
        return Item("○", text, self.body, level=1, space_after=4, keep_with_next=keep, color=color)

    def detail(self, text: str, *, keep: bool = False, color: str = "#202020") -> Item:
        """- a detail under a point."""
        return Item("-", text, self.body, level=2, space_after=3, keep_with_next=keep, color=color)

    def rounding_note(self) -> str:
        return self.t.tr(QT_TRANSLATE_NOOP("ReportWriter", "Amounts are rounded so that the rows add up to "
                                           "the totals printed; rates are of the exact amounts."), "ReportWriter")

    def note(self, text: str) -> Item:
        """※ a note under a table."""
        return Item("※", text, self.small, level=1, space_after=8, color=GREY)

    def table(self, columns, rows, colors=None, bold_rows=(), context: str = "columns",
              notes: list[str] | None = None) -> Table:
        """Columns as (header, relative width, align); headers translated in ``context``;
        ``notes`` print under the table (※) and stay with its last rows."""
        return Table([(self.label(h, context) if context else h, w, a) for h, w, a in columns], rows,
                     self.cell, self.cell_bold, colors, set(bold_rows), notes=list(notes or []))

    def status_word(self, code: str) -> str:
        return self.label(STATUS_SOURCE.get(code, "Not set"))

    def chart_width(self) -> float:
        from desktop.report.document import body_size

        return body_size(False)[0]


def blocks_or_nothing(blocks: list[Block | None]) -> list[Block]:
    return [b for b in blocks if b is not None]
