"""Predecessors as typed in the task table: ``3FS+5d, 7SS, 12FF-2d`` (MS Project style).

Numbers are row numbers (ID: the task's position in outline order, from 1).  The link type
defaults to FS; lags count working days (``d``/``일``) or weeks of 5 working days
(``w``/``주``); a negative lag is a lead.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from desktop.domain.errors import ValidationError

LINK_TYPES = ("FS", "SS", "FF", "SF")
_ITEM = re.compile(
    r"(?P<row>\d+)\s*(?P<type>FS|SS|FF|SF)?\s*"
    r"(?:(?P<sign>[+-])\s*(?P<lag>\d+(?:\.\d+)?)\s*(?P<unit>d|일|w|주|days?|wks?|weeks?)?)?",
    re.IGNORECASE)
_UNIT_DAYS = {"d": 1, "일": 1, "day": 1, "days": 1, "w": 5, "주": 5, "wk": 5, "wks": 5,
              "week": 5, "weeks": 5}


@dataclass(frozen=True)
class PredecessorRef:
    row: int  # 1-based row number
    type: str = "FS"
    lag_days: int = 0


def parse_predecessors(text: str) -> list[PredecessorRef]:
    """Parse the column's text; raise ``ValidationError("predecessor_unparsable")``."""
    cleaned = unicodedata.normalize("NFKC", text or "").replace("−", "-").strip()
    if not cleaned:
        return []
    refs: list[PredecessorRef] = []
    for part in re.split(r"[,;，、]", cleaned):
        part = part.strip()
        if not part:
            continue
        match = _ITEM.fullmatch(part)
        if not match:
            raise ValidationError("predecessor_unparsable", field="predecessors", text=part)
        refs.append(_ref(match, part))
    rows = [r.row for r in refs]
    if len(rows) != len(set(rows)):
        raise ValidationError("predecessor_duplicate", field="predecessors", text=cleaned)
    return refs


def _ref(match: re.Match, part: str) -> PredecessorRef:
    lag = 0
    if match.group("lag") is not None:
        days = float(match.group("lag")) * _UNIT_DAYS[(match.group("unit") or "d").lower()]
        if days != int(days):
            raise ValidationError("lag_not_whole_days", field="predecessors", text=part)
        lag = int(days) if match.group("sign") == "+" else -int(days)
    row = int(match.group("row"))
    if row < 1:
        raise ValidationError("predecessor_unparsable", field="predecessors", text=part)
    return PredecessorRef(row=row, type=(match.group("type") or "FS").upper(), lag_days=lag)


def format_predecessors(refs: list[PredecessorRef]) -> str:
    """The column's text for links: ``3, 7SS+2d`` (FS without lag is written as the number)."""
    parts = []
    for ref in refs:
        text = str(ref.row)
        if ref.type != "FS" or ref.lag_days:
            text += ref.type
        if ref.lag_days:
            text += f"{ref.lag_days:+d}d"
        parts.append(text)
    return ", ".join(parts)
