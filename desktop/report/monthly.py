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

from desktop.domain.money import MoneyUnit
from desktop.report.blocks import Block
from desktop.report.document import DPI, Frame, body_size, paginate, render
from desktop.report.sections import Sections
from desktop.report.text import ReportText
from desktop.paint.gantt_render import pdf_font


def report_font() -> QFont:
    """The application font without the ligatures that drop characters from a PDF's text."""
    return pdf_font(QGuiApplication.font())


def build_pages(figures: dict, digest: str, closed: bool, language: str,
                unit: MoneyUnit = MoneyUnit.MILLION, *, issued_on: date):
    text = ReportText(language)
    sections = Sections(figures, text, report_font(), unit)
    landscape_w, landscape_h = body_size(True)
    blocks: list[Block] = []
    blocks += sections.summary(closed, digest)
    blocks += sections.milestones()
    blocks += sections.gantt(landscape_w, landscape_h)
    blocks += sections.budget()
    blocks += sections.capacity()
    blocks += sections.funding()
    blocks += sections.effects()
    blocks += sections.notes()
    blocks += sections.sign_off()
    status = figures["status"]["project"]
    frame = Frame(
        header_left=text.name(status["name_ko"], status["name_en"]),
        header_right=text.tr(QT_TRANSLATE_NOOP("report", "Monthly status report %1")).replace(
            "%1", figures["month"]),
        footer_left=text.tr(QT_TRANSLATE_NOOP("report", "Issued %1")).replace("%1", issued_on.isoformat()),
        footer_right=text.tr(QT_TRANSLATE_NOOP("report", "Digest %1")).replace("%1", digest[:16]),
        page_text=text.tr(QT_TRANSLATE_NOOP("report", "Page %1 / %2")), base_font=report_font())
    return paginate(blocks), frame


def paint_report(device: QPagedPaintDevice, figures: dict, digest: str, closed: bool,
                 language: str, unit: MoneyUnit = MoneyUnit.MILLION, *, issued_on: date) -> int:
    """Paint the report on a printer or PDF writer; returns the number of pages."""
    pages, frame = build_pages(figures, digest, closed, language, unit, issued_on=issued_on)
    render(device, pages, frame)
    return len(pages)


def write_report_pdf(path: str | Path, figures: dict, digest: str, closed: bool, *,
                     language: str = "ko", unit: MoneyUnit = MoneyUnit.MILLION,
                     issued_on: date) -> int:
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
        count = paint_report(writer, figures, digest, closed, language, unit, issued_on=issued_on)
        del writer  # flushes the file
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return count
