"""Predecessors as typed in the task table: ``1.2FS+5d, 2.1SS, #12FF-2d`` (MS Project style).

A predecessor is named by its **WBS code** (``1.2``, ``A-100``) or by its **row number** (the ID
column: the task's position in outline order, from 1).  A plain number that is also a WBS
code means the WBS code; ``#12`` always means row 12.  The link type defaults to FS; lags
count working days (``d``/``일``) or weeks of 5 working days (``w``/``주``); a negative lag
is a lead.  The column shows WBS codes where a task has one of its own (unique, without
spaces or commas), row numbers otherwise.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from desktop.domain.errors import ValidationError

LINK_TYPES = ("FS", "SS", "FF", "SF")
_SUFFIX = re.compile(
    r"\s*(?P<type>FS|SS|FF|SF)?\s*"
    r"(?:(?P<sign>[+-])\s*(?P<lag>\d+(?:\.\d+)?)\s*(?P<unit>d|일|w|주|days?|wks?|weeks?)?)?",
    re.IGNORECASE)
_ROW = re.compile(r"#?\s*(\d+)")
_CODE = re.compile(r"[^\s,;，、#][^\s,;，、]*")
_UNIT_DAYS = {"d": 1, "일": 1, "day": 1, "days": 1, "w": 5, "주": 5, "wk": 5, "wks": 5,
              "week": 5, "weeks": 5}


@dataclass(frozen=True)
class PredecessorRef:
    row: int = 0  # 1-based row number; 0 when named by WBS code
    type: str = "FS"
    lag_days: int = 0
    wbs: str = ""  # the WBS code it was named by ("" = by row)


def usable_codes(codes: Iterable[str]) -> set[str]:
    """WBS codes that name one task and can be typed in the column (no spaces or commas)."""
    counts = Counter(code for code in codes if code)
    return {code for code, count in counts.items() if count == 1 and _CODE.fullmatch(code)}


def parse_predecessors(text: str, codes: Collection[str] = ()) -> list[PredecessorRef]:
    """Parse the column's text against the usable WBS ``codes``; raise
    ``ValidationError("predecessor_unparsable")`` for what names no code and no row."""
    cleaned = unicodedata.normalize("NFKC", text or "").replace("−", "-").strip()
    if not cleaned:
        return []
    upper = {code.upper(): code for code in codes}
    refs: list[PredecessorRef] = []
    for part in re.split(r"[,;，、]", cleaned):
        part = part.strip()
        if part:
            refs.append(_parse_part(part, codes, upper))
    keys = [(r.wbs, r.row) for r in refs]
    if len(keys) != len(set(keys)):
        raise ValidationError("predecessor_duplicate", field="predecessors", text=cleaned)
    return refs


def _parse_part(part: str, codes: Collection[str], upper: dict[str, str]) -> PredecessorRef:
    """The longest head that is a WBS code (or a row number) followed by a type and lag."""
    for cut in range(len(part), 0, -1):
        head, suffix = part[:cut].strip(), _SUFFIX.fullmatch(part[cut:])
        if suffix is None or not head:
            continue
        code = head if head in codes else upper.get(head.upper()) if not head.startswith("#") else None
        if code:
            return _ref(suffix, part, wbs=code)
        row = _ROW.fullmatch(head)
        if row:
            if int(row.group(1)) < 1:
                break
            return _ref(suffix, part, row=int(row.group(1)))
    raise ValidationError("predecessor_unparsable", field="predecessors", text=part)


def _ref(match: re.Match, part: str, *, row: int = 0, wbs: str = "") -> PredecessorRef:
    lag = 0
    if match.group("lag") is not None:
        days = float(match.group("lag")) * _UNIT_DAYS[(match.group("unit") or "d").lower()]
        if days != int(days):
            raise ValidationError("lag_not_whole_days", field="predecessors", text=part)
        lag = int(days) if match.group("sign") == "+" else -int(days)
    return PredecessorRef(row=row, type=(match.group("type") or "FS").upper(), lag_days=lag, wbs=wbs)


def format_predecessors(refs: list[PredecessorRef], codes: Collection[str] = ()) -> str:
    """The column's text: ``1.2, 2.1SS+2d, 7`` (FS without lag is the name alone); a row
    number that is also a WBS code is written ``#7`` so it reads back as the row."""
    parts = []
    for ref in refs:
        text = ref.wbs or (f"#{ref.row}" if str(ref.row) in codes else str(ref.row))
        if ref.type != "FS" or ref.lag_days:
            text += ref.type
        if ref.lag_days:
            text += f"{ref.lag_days:+d}d"
        parts.append(text)
    return ", ".join(parts)
