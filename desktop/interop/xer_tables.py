"""The table layer of Primavera P6 XER files: bytes → text → named tables of rows.

An XER file is tab-separated text (Oracle, "XER file format"): a header line
``ERMHDR<TAB>version<TAB>export date<TAB>...<TAB>currency``, then for each table a line
``%T<TAB>NAME``, a line ``%F<TAB>field<TAB>field...`` and one ``%R<TAB>value...`` line per
row, and ``%E`` at the end.  Values never contain a tab or a line break (P6 writes the
character 0x7F for a line break inside a memo or a calendar); a row with more values than
its table has fields therefore means a tab inside a field, and is refused, as is any line
this grammar does not allow.

The file does not name its encoding: P6 writes the Windows code page of the machine that
exported it (Windows-1252 in the West, Windows-1251 in Cyrillic countries, 949 in Korea) or,
in recent versions, UTF-8.  :func:`detect_encoding` decides, in this order: valid UTF-8;
the bytes of the euro sign in the currency table (0x80 in Windows-1252, 0x88 in
Windows-1251, A2 E6 in code page 949); the shape of the other bytes (pairs of Hangul bytes,
runs of Cyrillic letters); Windows-1252.  A caller that knows better passes ``encoding``.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

from desktop.domain.errors import ValidationError

_EURO = re.compile(rb"\n%R\t[^\t\n]*\t[^\t\n]*\t(\x80|\x88|\xa2\xe6|\xe2\x82\xac)\t")
_EURO_PAGES = {b"\x80": "cp1252", b"\x88": "cp1251", b"\xa2\xe6": "cp949", b"\xe2\x82\xac": "utf-8"}
_HIGH_RUN = re.compile(rb"[\x80-\xff]+")
_HANGUL_PAIR = re.compile(rb"[\xb0-\xc8][\xa1-\xfe]")
MAX_FIELDS = 500


@dataclass
class XerTable:
    """One table: its field names and its rows (value dicts), each with its line number."""

    name: str
    line: int  # the %T line
    fields: list[str] = field(default_factory=list)
    rows: list[dict[str, str]] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)  # line number of each row

    def __len__(self) -> int:
        return len(self.rows)


@dataclass
class XerTables:
    header: list[str]
    tables: dict[str, XerTable]
    encoding: str

    def get(self, name: str) -> XerTable:
        return self.tables.get(name) or XerTable(name, 0)


def detect_encoding(data: bytes) -> str:
    """The code page the bytes were most likely written in (see the module docstring)."""
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    currency = data.find(b"%T\tCURRTYPE")
    if currency >= 0:
        end = data.find(b"%T\t", currency + 3)
        match = _EURO.search(data, currency, end if end > 0 else len(data))
        if match:
            return _EURO_PAGES[match.group(1)]
    runs = _HIGH_RUN.findall(data)
    paired = sum(len(r) for r in runs if len(r) % 2 == 0 and len(_HANGUL_PAIR.findall(r)) * 2 == len(r))
    high = sum(len(r) for r in runs)
    if high and paired / high > 0.8:
        try:
            data.decode("cp949")
            return "cp949"
        except UnicodeDecodeError:
            pass
    cyrillic = sum(len(r) for r in runs if len(r) >= 3 and all(b >= 0xC0 for b in r))
    if high and cyrillic / high > 0.5:
        return "cp1251"
    return "cp1252"


def decode(data: bytes, encoding: str | None, file_name: str) -> tuple[str, str]:
    """The file's text and the encoding used; refused when it does not decode."""
    if data.startswith(codecs.BOM_UTF8):
        data, encoding = data[3:], encoding or "utf-8"
    chosen = encoding or detect_encoding(data)
    try:
        codecs.lookup(chosen)
    except LookupError:
        raise ValidationError("xer_encoding", path=file_name, encoding=chosen, line="?") from None
    try:
        return data.decode(chosen), chosen
    except UnicodeDecodeError as error:
        line = data[:error.start].count(b"\n") + 1
        raise ValidationError("xer_encoding", path=file_name, encoding=chosen, line=line) from None


def split_tables(text: str, *, file_name: str, encoding: str) -> XerTables:
    """Tables of an XER text; ``ValidationError`` (``xer_*``) naming the line when malformed."""
    lines = text.split("\n")
    first = lines[0].rstrip("\r").split("\t") if lines else [""]
    if first[0] != "ERMHDR":
        raise ValidationError("xer_not_xer", path=file_name, line=1)
    tables: dict[str, XerTable] = {}
    table: XerTable | None = None
    ended = False
    for number, line in enumerate(lines[1:], start=2):
        line = line.rstrip("\r")
        if not line:
            continue
        if ended:
            raise ValidationError("xer_malformed", path=file_name, line=number, detail="%E")
        kind, _, rest = line.partition("\t")
        if kind == "%R":
            if table is None or not table.fields:
                raise ValidationError("xer_malformed", path=file_name, line=number, detail="%R")
            values = rest.split("\t")
            if len(values) > len(table.fields):
                raise ValidationError("xer_tab_in_field", path=file_name, line=number,
                                      table=table.name, found=len(values), expected=len(table.fields))
            table.rows.append(dict(zip(table.fields, values)))
            table.lines.append(number)
        elif kind == "%T":
            name = rest.strip()
            if not name or name in tables:
                raise ValidationError("xer_malformed", path=file_name, line=number, detail=f"%T {name}")
            table = tables[name] = XerTable(name, number)
        elif kind == "%F":
            if table is None or table.fields:
                raise ValidationError("xer_malformed", path=file_name, line=number, detail="%F")
            names = rest.split("\t")
            if len(names) > MAX_FIELDS or len(set(names)) != len(names) or not all(names):
                raise ValidationError("xer_malformed", path=file_name, line=number, detail="%F")
            table.fields = names
        elif kind == "%E":
            ended = True
        else:
            raise ValidationError("xer_malformed", path=file_name, line=number, detail=kind[:20])
    if not ended:  # P6 always ends with %E: the file was cut short
        raise ValidationError("xer_truncated", path=file_name, line=len(lines))
    return XerTables(first, tables, encoding)
