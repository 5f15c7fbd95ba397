"""Tables to Excel (.xlsx, with won number formats) and CSV (UTF-8 with BOM, so Excel on
Korean Windows opens it right).  Plain data in; the file appears whole or not at all.

Text that a spreadsheet would take for a formula (starting with =, +, -, @, a tab or a
carriage return: OWASP's CSV-injection advice) is neutralised: in CSV it gets a leading
apostrophe; in .xlsx it is written as a string cell (never a formula) marked quote-prefixed,
so it stays text even when edited.  Numbers stay numbers."""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

KINDS = ("text", "won", "number", "percent", "date")
WON_FORMAT = "#,##0"
NUMBER_FORMAT = "#,##0.##"
PERCENT_FORMAT = "0.0%"


@dataclass(frozen=True)
class TableExport:
    """``columns`` are (header, kind); ``rows`` hold raw values: int won, float, share 0–1,
    date or text; None stays empty (never 0)."""

    title: str
    columns: Sequence[tuple[str, str]]
    rows: Sequence[Sequence[object]]
    notes: Sequence[str] = field(default_factory=tuple)  # e.g. "단위: 원", "기준일 2026-11-24"


def _atomic(path: Path, write) -> Path:
    """Write to a temporary file beside ``path`` and rename it into place."""
    path = Path(path)
    handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    os.close(handle)
    try:
        write(Path(temp))
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return path


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def is_formula_like(value: object) -> bool:
    return isinstance(value, str) and value.startswith(FORMULA_STARTS)


def csv_cell(value: object) -> object:
    """A value as CSV writes it: dates ISO, None empty, formula-like text behind an apostrophe."""
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    return "'" + value if is_formula_like(value) else value


def write_csv(table: TableExport, path: Path) -> Path:
    def write(temp: Path) -> None:
        with temp.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow([csv_cell(header) for header, _kind in table.columns])
            for row in table.rows:
                writer.writerow([csv_cell(v) for v in row])
    return _atomic(path, write)


def _as_text(cell) -> None:
    """Keep a formula-like string a string (openpyxl makes any text starting with = a formula)."""
    if is_formula_like(cell.value) or cell.data_type == "f":
        cell.data_type = "s"
        cell.quotePrefix = True


def write_xlsx(table: TableExport, path: Path) -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    def write(temp: Path) -> None:
        book = Workbook()
        sheet = book.active
        sheet.title = _sheet_title(table.title)
        sheet.append([table.title])
        sheet["A1"].font = Font(bold=True, size=13)
        for note in table.notes:
            sheet.append([note])
        for row in sheet.iter_rows():
            for cell in row:
                _as_text(cell)
        header_row = sheet.max_row + 1
        sheet.append([header for header, _kind in table.columns])
        for cell in sheet[header_row]:
            _as_text(cell)
            cell.font = Font(bold=True)
            cell.alignment = Alignment(horizontal="center", wrap_text=True)
        formats = {"won": WON_FORMAT, "number": NUMBER_FORMAT, "percent": PERCENT_FORMAT,
                   "date": "yyyy-mm-dd"}
        for values in table.rows:
            sheet.append(list(values))
            for (header, kind), cell in zip(table.columns, sheet[sheet.max_row]):
                _as_text(cell)
                if kind in formats and cell.value is not None:
                    cell.number_format = formats[kind]
        for index, (header, _kind) in enumerate(table.columns, start=1):
            longest = max([len(str(header))] + [len(str(r[index - 1] or "")) for r in table.rows[:500]])
            sheet.column_dimensions[get_column_letter(index)].width = min(60, max(10, longest * 1.3 + 2))
        sheet.freeze_panes = sheet.cell(row=header_row + 1, column=1)
        book.save(temp)
    return _atomic(path, write)


def _sheet_title(title: str) -> str:
    cleaned = "".join(ch for ch in title if ch not in "[]:*?/\\")
    return (cleaned or "Sheet")[:31]


def write_table(table: TableExport, path: Path) -> Path:
    """By the file's extension: .xlsx or .csv."""
    suffix = Path(path).suffix.lower()
    if suffix == ".xlsx":
        return write_xlsx(table, path)
    if suffix == ".csv":
        return write_csv(table, path)
    raise ValueError(f"unsupported table format: {suffix}")
