"""The monthly status report: figures → blocks → pages → PDF or printer.

The same figures always give the same report: a closed month's come from its snapshot.
"""

from __future__ import annotations

import os
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QFont, QGuiApplication, QPagedPaintDevice, QPdfWriter

from desktop import __version__
from desktop.domain.money import MoneyUnit
from desktop.report.blocks import Block
from desktop.report.document import DPI, Frame, body_size, paginate, render
from desktop.report.sections_contractor import ContractorSections
from desktop.report.sections_money import MoneySections
from desktop.report.sections_more import MoreSections
from desktop.report.sections_schedule import ScheduleSections
from desktop.report.sections_summary import SummarySections
from desktop.report.text import ReportText
from desktop.paint.gantt_render import pdf_font


def report_font() -> QFont:
    """The application font without the ligatures that drop characters from a PDF's text."""
    return pdf_font(QGuiApplication.font())


def has_example_rows(figures: dict) -> bool:
    """Whether example rows existed when the figures were taken (older snapshots: the status's flag)."""
    count = figures.get("example_rows")
    return bool(count) if count is not None else bool(figures["status"].get("example_data"))


def report_blocks(figures: dict, language: str, unit: MoneyUnit, *, settings: dict | None,
                  closed: bool, issued_on: date, risk: dict | None = None) -> list[Block]:
    """The report's blocks in reading order (the PDF paginates them, the .hwpx writes them).
    ``risk``: the month's schedule risk figures (desktop.services.risk_report), a page of its
    own when given (not yet by the window or the command: a live analysis takes seconds)."""
    text, base = ReportText(language), report_font()
    parts = [cls(figures, text, base, unit) for cls in (SummarySections, ScheduleSections, MoneySections,
                                                          MoreSections)]
    summary, schedule, money, more = parts
    landscape_w, landscape_h = body_size(True)
    blocks: list[Block] = [summary.letterhead(settings or {}, closed, issued_on)]
    blocks += summary.key_points()
    blocks += summary.areas()
    blocks += summary.overview()
    blocks += schedule.milestones()
    blocks += money.budget()
    blocks += money.earned_value()
    blocks += money.funding()
    blocks += more.capacity()
    blocks += more.effects()
    blocks += schedule.work()
    blocks += more.since_last_month()
    blocks += more.problems()
    blocks += more.suggestions()
    blocks += more.risks(risk)
    blocks += ContractorSections(figures, text, base, unit).review()
    blocks += more.glossary()  # then the attachment (붙임): the Gantt chart on a landscape page
    blocks += schedule.gantt(landscape_w, landscape_h)
    return blocks


def report_frame(figures: dict, digest: str, closed: bool, language: str, *, issued_on: date) -> Frame:
    text = ReportText(language)
    status = figures["status"]["project"]
    writer = SummarySections(figures, text, report_font(), MoneyUnit.MILLION)
    return Frame(
        header_left=text.name(status["name_ko"], status["name_en"]),
        header_right=text.tr(QT_TRANSLATE_NOOP("report", "Monthly progress report (%1)")).replace(
            "%1", writer.month_name(figures["month"])),
        footer_left=text.tr(QT_TRANSLATE_NOOP("report", "Reported on %1")).replace("%1", writer.day(issued_on))
        + "  ·  " + text.tr(QT_TRANSLATE_NOOP("report", "Program version %1")).replace("%1", __version__),
        footer_right=text.tr(QT_TRANSLATE_NOOP("report", "Check value (SHA-256) %1")).replace(
            "%1", digest[:16]) if closed else "",
        page_text="- %1 -", base_font=report_font(),
        draft="" if closed else text.tr(QT_TRANSLATE_NOOP("report", "DRAFT (month not closed)")),
        watermark=text.tr(QT_TRANSLATE_NOOP("report", "EXAMPLE DATA — NOT ACTUAL FIGURES"))
        if has_example_rows(figures) else "")


def build_pages(figures: dict, digest: str, closed: bool, language: str,
                unit: MoneyUnit = MoneyUnit.MILLION, *, issued_on: date, settings: dict | None = None):
    blocks = report_blocks(figures, language, unit, settings=settings, closed=closed, issued_on=issued_on,
                           risk=figures.get("risk"))
    return paginate(blocks), report_frame(figures, digest, closed, language, issued_on=issued_on)


def paint_report(device: QPagedPaintDevice, figures: dict, digest: str, closed: bool,
                 language: str, unit: MoneyUnit = MoneyUnit.MILLION, *, issued_on: date,
                 settings: dict | None = None) -> int:
    """Paint the report on a printer or PDF writer; returns the number of pages.  ``settings``
    is the report form's (desktop.services.report_inputs.report_settings)."""
    pages, frame = build_pages(figures, digest, closed, language, unit, issued_on=issued_on,
                               settings=settings)
    render(device, pages, frame)
    return len(pages)


def write_report_pdf(path: str | Path, figures: dict, digest: str, closed: bool, *,
                     language: str = "ko", unit: MoneyUnit = MoneyUnit.MILLION,
                     issued_on: date, settings: dict | None = None) -> int:
    """Write the PDF through a temporary file renamed into place: never half a file."""
    path = Path(path)
    if not path.parent.is_dir():
        raise OSError(f"folder does not exist: {path.parent}")
    handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".pdf", dir=path.parent)
    os.close(handle)
    try:
        writer = QPdfWriter(temp)
        writer.setResolution(DPI)
        writer.setCreator("Pohang AI Computing Center tracker")
        writer.setTitle(f"{figures['status']['project']['name_ko']} {figures['month']}")
        count = paint_report(writer, figures, digest, closed, language, unit, issued_on=issued_on,
                             settings=settings)
        del writer  # flushes the file
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return count
