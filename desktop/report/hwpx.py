"""The monthly report as an editable .hwpx (OWPML, KS X 6101: what 한글 opens), from the same
blocks as the PDF, so the office can edit it before sending it up.

Written with python-hwpx (Apache-2.0; its only dependency lxml is BSD): a pure-Python OWPML
writer whose files are measured to open in Hancom Office.  Text stays text and tables stay
tables (header row shaded, 합계 rows bold, ※ notes under them); charts and the Gantt chart
are pictures (PNG) of what the PDF draws.  The example-data and draft marks, which the PDF
draws across each page, are the document's header here and a line on top of page 1.
"""

from __future__ import annotations

import os
import tempfile
import warnings
from datetime import date
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QImage, QPainter

from desktop.domain.money import MoneyUnit
from desktop.report.blocks import Block, Item, PageBreak, Picture, Spacer, Table, Text, size_pt
from desktop.report.form import BLANK, Letterhead

PX_TO_MM = 25.4 / 96
BODY_MM = 180.0  # A4 portrait less 15 mm margins


class _Writer:
    def __init__(self) -> None:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            from hwpx import HwpxDocument

            self.doc = HwpxDocument.new()
        self.tables = 0
        self._runs: dict[tuple, str] = {}
        self._page_break = False
        self._first = True

    def run_style(self, size: float, bold: bool = False, color: str | None = None) -> str:
        key = (round(size, 1), bold, color)
        if key not in self._runs:
            self._runs[key] = self.doc.styles.ensure_run(bold=bold, size=size, color=color)
        return self._runs[key]

    def paragraph(self, text: str, *, size: float = 11, bold: bool = False, color: str | None = None,
                  align: str | None = None, indent_mm: float = 0.0, after_pt: float = 3.0):
        if self._first:  # the new document's own empty paragraph takes the first text
            paragraph = self.doc.paragraphs[0]
            paragraph.text = text
            paragraph.char_pr_id_ref = self.run_style(size, bold, color)
            self._first = False
        else:
            paragraph = self.doc.add_paragraph(text, char_pr_id_ref=self.run_style(size, bold, color))
        self.doc.styles.apply_paragraph_format(
            paragraphs=[paragraph], alignment=align, indent_left_mm=indent_mm or None,
            spacing_after_pt=after_pt, page_break_before=self._page_break or None)
        self._page_break = False
        return paragraph

    def table(self, header: list[str] | None, rows: list[list[str]], weights: list[float], *,
              bold_rows: set[int] = frozenset(), size: float = 10, width_mm: float = BODY_MM):
        if self._first:
            self.paragraph("")
        all_rows = ([header] if header else []) + rows
        table = self.doc.add_table(len(all_rows), len(weights), width=int(width_mm * 7200 / 25.4))
        table.set_column_widths(weights)
        for r, (row, cells) in enumerate(zip(table.rows, all_rows)):  # rows and cells: one pass
            bold = bool(header) and r == 0 or (r - (1 if header else 0)) in bold_rows
            style = self.run_style(size, bold)
            for cell, text in zip(row.cells, cells):
                cell.set_text(str(text or ""), split_paragraphs=True)
                for paragraph in cell.paragraphs:
                    paragraph.char_pr_id_ref = style
        if header:
            for c in range(len(weights)):
                table.set_cell_shading(0, c, "#ECEFF1")
        self.tables += 1
        return table

    def picture(self, block: Picture, width_px: float) -> None:
        scale = 2.0
        image = QImage(int(width_px * scale), int(block.fixed_height * scale), QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        painter.scale(scale, scale)
        block.draw(painter, QRectF(0, 0, width_px, block.fixed_height))
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        width_mm = min(BODY_MM, width_px * PX_TO_MM)
        paragraph = self.paragraph("")
        item = self.doc.media.add_image(bytes(data.data()), "png")
        paragraph.add_picture(item, width=int(width_mm * 7200 / 25.4),
                              height=int(width_mm * block.fixed_height / width_px * 7200 / 25.4))


def _letterhead(w: _Writer, block: Letterhead) -> None:
    w.table([block.signoff_label] + block.boxes, [[""] * (len(block.boxes) + 1)],
            [1.2] + [2.0] * len(block.boxes), width_mm=min(BODY_MM, 22 + 22 * len(block.boxes)))
    w.paragraph(block.title, size=size_pt(block.title_font), bold=True, align="CENTER", after_pt=0)
    w.paragraph(block.subtitle, size=size_pt(block.title_font), bold=True, align="CENTER", after_pt=8)
    cells = [[label, value or BLANK] for label, value in block.info]
    rows = [cells[i] + (cells[i + 1] if i + 1 < len(cells) else ["", ""]) for i in range(0, len(cells), 2)]
    w.table(None, rows, [1.1, 2.4, 1.1, 2.4])


def write_blocks(w: _Writer, blocks: list[Block], width_px: float) -> None:
    for block in blocks:
        if isinstance(block, Letterhead):
            _letterhead(w, block)
        elif isinstance(block, PageBreak):
            w._page_break = True
        elif isinstance(block, Item):
            w.paragraph(f"{block.mark} {block.text}", size=size_pt(block.font), bold=block.font.bold(),
                        color=None if block.color == "#202020" else block.color,
                        indent_mm=block.level * 5.0, after_pt=block.space_after * 0.75)
        elif isinstance(block, Text):
            w.paragraph(block.text, size=size_pt(block.font), bold=block.font.bold(),
                        align={"right": "RIGHT", "center": "CENTER"}.get(block.align))
        elif isinstance(block, Table):
            w.table([c[0] for c in block.columns], [[str(v or "") for v in row] for row in block.rows],
                    [c[1] for c in block.columns], bold_rows=block.bold_rows, size=size_pt(block.font))
            for note in block.notes:
                w.paragraph("※ " + note, size=size_pt(block.font), color="#616161")
        elif isinstance(block, Picture):
            w.picture(block, width_px)
        elif isinstance(block, Spacer):
            continue


def write_report_hwpx(path: str | Path, figures: dict, digest: str, closed: bool, *,
                      language: str = "ko", unit: MoneyUnit = MoneyUnit.MILLION, issued_on: date,
                      settings: dict | None = None) -> int:
    """Write the report as .hwpx through a temporary file renamed into place; returns the
    number of tables written."""
    from desktop.report.document import body_size
    from desktop.report.monthly import report_blocks, report_frame

    path = Path(path)
    if not path.parent.is_dir():
        raise OSError(f"folder does not exist: {path.parent}")
    frame = report_frame(figures, digest, closed, language, issued_on=issued_on)
    blocks = report_blocks(figures, language, unit, settings=settings, closed=closed, issued_on=issued_on,
                           risk=figures.get("risk"))
    w = _Writer()
    w.doc.page.setup(paper_size="A4", orientation="PORTRAIT", margins_mm={
        "left": 15, "right": 15, "top": 15, "bottom": 15})
    marks = [m for m in (frame.draft, frame.watermark) if m]
    w.doc.page.set_header(text="  ·  ".join([frame.header_left, frame.header_right] + marks))
    w.doc.page.set_page_number(prefix="- ", suffix=" -")
    for mark in marks:
        w.paragraph(mark, size=12, bold=True, color="#B71C1C", align="CENTER")
    write_blocks(w, blocks, body_size(False)[0])
    closing = [frame.footer_left] + ([frame.footer_right] if frame.footer_right else [])
    w.paragraph("  ·  ".join(closing), size=10, color="#616161", align="RIGHT")
    handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".hwpx", dir=path.parent)
    os.close(handle)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            w.doc.save_to_path(temp)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return w.tables
