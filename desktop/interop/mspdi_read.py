"""Read MS Project XML (MSPDI) into plain data; refuse what is unsafe, broken or inconsistent.

``read_mspdi(path) -> MspdiProject``.  Pure: no database, no Qt.  Any DTD is refused before the
document is parsed (expat reads the prolog up to the root element; a DTD can stand nowhere
else), so no entity can be declared, expanded or fetched; the document is then parsed by the
standard library's C parser and tree builder 64 kB at a time, the values used read from
each part of the tree once it is complete and the part dropped (10,000 tasks in about 0.2 s).

Units, as MSPDI defines them (checked against MS Project 2003–2019 files):

* Durations (``PT8H0M0S``) are working time; a day is the file's ``MinutesPerDay`` (480 if
  absent).  Elapsed formats (DurationFormat 4, 6, 8, 10, 12, 20 and their "estimated" forms
  36, 38, 40, 42, 44, 52) count real time: a day is 1,440 minutes, in calendar days.
* ``LinkLag`` is in tenths of a minute whatever ``LagFormat`` says; an elapsed lag is
  approximated to working days (× 5/7, counted in ``notices``); a percentage lag is not kept
  (counted in ``unsupported``).
* ``Cost`` is in hundredths of the currency unit (MS Project writes 100 for 1.00); it becomes
  an integer rounded half away from zero.  The currency is reported, never converted.
* Relation types: 0 = FF, 1 = FS, 2 = SF, 3 = SS.  Constraint types 0..7 = ASAP, ALAP, MSO,
  MFO, SNET, SNLT, FNET, FNLT.
* Dates keep their day, except that a task's finish at or before the start of the working day
  (08:00, MS Project's way of ending a task whose hours spill over) is the previous working
  day, and a start at or after the end of the working day the next one; milestones keep theirs.
* UID 0 (or outline level 0) is the project summary task and is not a task; blank rows
  (IsNull) are skipped; a task with children is a summary whatever its Summary flag says, and a
  zero-length task a milestone.

This module is the entry point and the safe parsing; the rest lives next to it:
``mspdi_model`` (the data and MSPDI's codes), ``mspdi_tree`` (the values read from the tree),
``mspdi_build`` (tasks, links, times of day), ``mspdi_calendar`` (the project calendar) and
``mspdi_values`` (field values).  The data and codes are importable from here too.
"""

from __future__ import annotations

import os
import pyexpat
import re
from pathlib import Path

from xml.etree.ElementTree import ParseError, TreeBuilder, XMLParser

from defusedxml import DefusedXmlException, DTDForbidden

from desktop.domain.errors import ValidationError
from desktop.domain.gc_pause import paused_gc
from desktop.interop.mspdi_calendar import MAX_CALENDAR_DATES
from desktop.interop.mspdi_model import (
    CONSTRAINTS, DEFAULT_MINUTES_PER_DAY, ELAPSED_FORMATS, LINK_TYPES, MON_TO_FRI, NAME_EN_ALIAS,
    NAME_EN_FIELD_ID, NAMESPACE, PERCENT_FORMATS, MspdiBaseline, MspdiCalendar, MspdiException,
    MspdiLink, MspdiProject, MspdiTask,
)
from desktop.interop.mspdi_tree import PROJECT_TAGS, MspdiReader

MAX_BYTES = 200 * 1024 * 1024  # files above this are refused before parsing
_PROLOG_CHUNK = 64 * 1024
_CHUNK = 64 * 1024  # the element tree holds about this much of the file at a time (it stays in
# the processor's cache: 10,000 tasks parse about a tenth faster than a megabyte at a time)
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # an .mpp (binary MS Project) file
_DECLARATION = re.compile(rb"^(\xef\xbb\xbf)?\s*<\?xml[^>]*?encoding\s*=\s*[\"']([A-Za-z0-9._:-]+)[\"']")
_EXPAT_ENCODINGS = {"utf-8", "utf8", "utf-16", "utf16", "utf-16le", "utf-16be", "iso-8859-1",
                    "latin-1", "latin1", "us-ascii", "ascii"}


# --------------------------------------------------------------------------- entry points
def read_mspdi(path: str | os.PathLike) -> MspdiProject:
    """Read an MSPDI file (``ValidationError`` with an ``mspdi_*`` code when refused)."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ValidationError("mspdi_too_large", path=str(path), size_mb=round(size / 2**20, 1),
                                  limit_mb=MAX_BYTES // 2**20)
        data = path.read_bytes()
    except OSError as error:
        raise ValidationError("mspdi_unreadable", path=str(path),
                              detail=error.strerror or str(error)) from None
    return parse_mspdi(data, file_name=path.name)


def parse_mspdi(data: bytes, *, file_name: str = "") -> MspdiProject:
    """Read MSPDI from bytes (the size limit applies too); ``file_name`` names it in errors."""
    if len(data) > MAX_BYTES:
        raise ValidationError("mspdi_too_large", path=file_name, size_mb=round(len(data) / 2**20, 1),
                              limit_mb=MAX_BYTES // 2**20)
    if data.startswith(_OLE_MAGIC):
        raise ValidationError("mspdi_is_mpp", path=file_name)
    reader = MspdiReader(file_name)
    try:
        with paused_gc():
            return _parse(data, reader)
    except DefusedXmlException as error:
        raise ValidationError("mspdi_unsafe", path=file_name, detail=type(error).__name__) from None
    except ParseError as error:
        line = error.position[0] if getattr(error, "position", None) else "?"
        raise ValidationError("mspdi_malformed", path=file_name, line=line,
                              detail=str(error)) from None


def _parse(data: bytes, reader: "MspdiReader") -> MspdiProject:
    """Parse with the C parser and tree builder (no Python call per element), a chunk at a
    time; after each chunk the reader takes what is complete and drops it from the tree."""
    data = _as_expat_bytes(data)
    _check_prolog(data, reader.file_name)
    builder = TreeBuilder()
    holder = builder.start("holder", {})  # the document element becomes its child: reachable
    parser = XMLParser(target=builder)  # while the parse goes on, with no event per element
    for start in range(0, len(data), _CHUNK):
        parser.feed(data[start:start + _CHUNK])
        if len(holder):
            reader.take(holder[0], final=False)
    try:
        builder.end("holder")  # the Python tree builder (no _elementtree) wants it closed
    except AssertionError:  # that builder, with the document still open: close() names the error
        pass
    parser.close()
    reader.take(holder[0], final=True)
    return reader.finish()


class _RootReached(Exception):
    def __init__(self, tag: str) -> None:
        super().__init__(tag)
        self.tag = tag


def _check_prolog(data: bytes, file_name: str) -> None:
    """Refuse a DTD (``DTDForbidden``, as defusedxml names it) and a root element that is not
    MSPDI's Project, reading only up to the root element.  A DTD can stand only there, and
    only in it can entities be declared: without one, the parse proper has none to expand or
    fetch.  Broken XML is left to the parse proper, which names its line (the same expat,
    given the same bytes, stops at the same place)."""
    expat = pyexpat.ParserCreate(namespace_separator="}")

    def doctype(name, system_id, public_id, _has_internal_subset) -> None:
        raise DTDForbidden(name, system_id, public_id)

    def root(tag: str, _attributes) -> None:
        raise _RootReached("{" + tag if "}" in tag else tag)  # expat writes namespace}name

    expat.StartDoctypeDeclHandler = doctype
    expat.StartElementHandler = root
    try:
        for start in range(0, len(data), _PROLOG_CHUNK):
            expat.Parse(data[start:start + _PROLOG_CHUNK], False)
        expat.Parse(b"", True)
    except _RootReached as reached:
        if reached.tag not in PROJECT_TAGS:
            raise ValidationError("mspdi_not_project", path=file_name,
                                  root=reached.tag.rpartition("}")[2]) from None
    except pyexpat.ExpatError:
        return


def _as_expat_bytes(data: bytes) -> bytes:
    """Bytes expat can read: a declared encoding expat lacks (EUC-KR, CP949, ...) is
    transcoded to UTF-8 here; undeclared bytes stay as they are (UTF-8 by XML's rule)."""
    match = _DECLARATION.match(data[:512])
    if not match:
        return data
    encoding = match.group(2).decode("ascii").lower()
    if encoding in _EXPAT_ENCODINGS:
        return data
    body = data[len(match.group(1) or b""):]
    try:
        text = body.decode(encoding)
    except LookupError:
        raise ValidationError("mspdi_encoding", encoding=encoding, line="?") from None
    except UnicodeDecodeError as error:
        line = body[:error.start].count(b"\n") + 1
        raise ValidationError("mspdi_encoding", encoding=encoding, line=line) from None
    text = re.sub(r"""^(\s*<\?xml[^>]*?encoding\s*=\s*)["'][^"']*["']""", r'\1"UTF-8"', text, count=1)
    return text.encode("utf-8")


# the public names, defined here or next door (importable from here as before)
__all__ = [
    "CONSTRAINTS", "DEFAULT_MINUTES_PER_DAY", "ELAPSED_FORMATS", "LINK_TYPES", "MAX_BYTES",
    "MAX_CALENDAR_DATES", "MON_TO_FRI", "NAME_EN_ALIAS", "NAME_EN_FIELD_ID", "NAMESPACE",
    "PERCENT_FORMATS", "MspdiBaseline", "MspdiCalendar", "MspdiException", "MspdiLink",
    "MspdiProject", "MspdiTask", "paused_gc", "parse_mspdi", "read_mspdi",
]
