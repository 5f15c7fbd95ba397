"""Read a table from .xlsx or .csv for import: header row + text cells, refusing what would
be read wrong (merged cells, formulas never calculated, unknown encodings, oversize files).

CSV files from Korean Windows are often CP949: UTF-8 (with or without BOM) is tried first,
then CP949, and the preview says which one was used.

An .xlsx is a zip: the sizes its directory declares are checked before anything is parsed
(Python's zipfile never inflates a member past its declared size, so a zip bomb is refused in
milliseconds), then it is read in openpyxl's read-only (streaming) mode with a cell limit.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from desktop.domain.errors import ValidationError

MAX_BYTES = 50 * 1024 * 1024
MAX_UNPACKED_BYTES = 200 * 1024 * 1024  # what an .xlsx may inflate to
MAX_CELLS = 1_000_000


@dataclass(frozen=True)
class Sheet:
    headers: list[str]
    rows: list[list[str]]  # cell texts; row i of the file is rows[i - 2] (1 = header)
    encoding: str = ""
    notes: list[str] = field(default_factory=list)


def read_sheet(path: str | Path) -> Sheet:
    path = Path(path)
    if not path.is_file():
        raise ValidationError("file_missing", path=str(path))
    if path.stat().st_size > MAX_BYTES:
        raise ValidationError("file_too_large", path=str(path), limit_mb=MAX_BYTES // (1024 * 1024))
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        return _read_xlsx(path)
    if suffix in (".csv", ".txt"):
        return _read_csv(path)
    raise ValidationError("file_type_unsupported", path=str(path), suffix=suffix)


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _read_csv(path: Path) -> Sheet:
    raw = path.read_bytes()
    if b"\x00" in raw[:4096]:
        raise ValidationError("file_not_table", path=str(path))
    for encoding in ("utf-8-sig", "cp949"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise ValidationError("file_encoding_unknown", path=str(path))
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    rows, cells = [], 0
    for row in csv.reader(io.StringIO(text), dialect):
        cells += len(row)
        if cells > MAX_CELLS:
            raise ValidationError("xlsx_too_many_cells", path=str(path), limit=MAX_CELLS)
        if any(cell.strip() for cell in row):
            rows.append([cell.strip() for cell in row])
    if not rows:
        raise ValidationError("file_empty", path=str(path))
    notes = ["cp949"] if encoding == "cp949" else []
    return Sheet(rows[0], rows[1:], "CP949" if encoding == "cp949" else "UTF-8", notes)


def _check_zip(path: Path) -> zipfile.ZipFile:
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError):
        raise ValidationError("file_not_table", path=str(path)) from None
    unpacked = sum(member.file_size for member in archive.infolist())
    if unpacked > MAX_UNPACKED_BYTES:
        archive.close()
        raise ValidationError("xlsx_too_large", path=str(path), size_mb=round(unpacked / 2**20),
                              limit_mb=MAX_UNPACKED_BYTES // 2**20)
    return archive


_MERGE = re.compile(rb"mergeCell\s+ref=\"([A-Z]+[0-9]+:[A-Z]+[0-9]+)\"")


def _merged_cells(archive: zipfile.ZipFile, member: str | None) -> str | None:
    """Read-only mode does not parse merged cells: find the first in the sheet's XML."""
    if not member:
        return None
    tail = b""
    with archive.open(member.lstrip("/")) as stream:
        while chunk := stream.read(1 << 20):
            match = _MERGE.search(tail + chunk)
            if match:
                return match.group(1).decode("ascii")
            tail = chunk[-64:]
    return None


def _read_xlsx(path: Path) -> Sheet:
    from openpyxl import load_workbook

    archive = _check_zip(path)
    try:
        book = load_workbook(path, read_only=True, data_only=False)
        values = load_workbook(path, read_only=True, data_only=True)
    except Exception:  # noqa: BLE001 - openpyxl raises many kinds for a damaged file
        archive.close()
        raise ValidationError("file_not_table", path=str(path)) from None
    try:
        return _xlsx_rows(path, archive, book, values)
    except (KeyError, ValueError, TypeError, zipfile.BadZipFile, OSError):
        raise ValidationError("file_not_table", path=str(path)) from None
    finally:
        book.close()
        values.close()
        archive.close()


def _xlsx_rows(path: Path, archive: zipfile.ZipFile, book, values) -> Sheet:
    sheet, cached = book.worksheets[0], values.worksheets[0]
    merged = _merged_cells(archive, getattr(sheet, "_worksheet_path", None))
    if merged:
        raise ValidationError("xlsx_merged_cells", path=str(path), cells=merged)
    sheet.reset_dimensions()  # the file's own <dimension> may lie
    cached.reset_dimensions()
    rows: list[list[str]] = []
    notes: list[str] = []
    cells = 0
    for row, cached_row in zip(sheet.iter_rows(), cached.iter_rows()):
        cells += len(row)
        if cells > MAX_CELLS:
            raise ValidationError("xlsx_too_many_cells", path=str(path), limit=MAX_CELLS)
        texts = []
        for cell, value in zip(row, cached_row):
            if cell.data_type == "f":
                if value.value is None:
                    raise ValidationError("xlsx_formula_without_value", path=str(path), cell=cell.coordinate)
                notes.append("formulas")
                texts.append(_text(value.value))
            else:
                texts.append(_text(cell.value))
        if any(texts):
            rows.append(texts)
    if not rows:
        raise ValidationError("file_empty", path=str(path))
    width = len(rows[0])
    rows = [r + [""] * (width - len(r)) for r in rows]
    return Sheet(rows[0], rows[1:], "xlsx", sorted(set(notes)))
