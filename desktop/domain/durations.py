"""Durations as typed: ``5``, ``5d``, ``5일``, ``2w``, ``2주`` (working days) or ``10ed``,
``10 edays``, ``10역일`` (elapsed calendar days)."""

from __future__ import annotations

import re
import unicodedata

from desktop.domain.errors import ValidationError

MAX_DAYS = 36_500
_DURATION = re.compile(r"(?P<n>\d+(?:\.\d+)?)\s*(?P<unit>ed|edays?|역일|d|days?|일|w|wks?|weeks?|주)?",
                       re.IGNORECASE)
_FACTOR = {"d": 1, "day": 1, "days": 1, "일": 1, "w": 5, "wk": 5, "wks": 5, "week": 5, "weeks": 5,
           "주": 5, "ed": 1, "eday": 1, "edays": 1, "역일": 1}
_ELAPSED = {"ed", "eday", "edays", "역일"}


def parse_duration(text: str | int | float) -> tuple[int, bool]:
    """(days, elapsed) or ``ValidationError("duration_unparsable")``."""
    if isinstance(text, (int, float)) and not isinstance(text, bool):
        text = str(text)
    cleaned = unicodedata.normalize("NFKC", str(text)).strip()
    match = _DURATION.fullmatch(cleaned)
    if not match:
        raise ValidationError("duration_unparsable", field="duration_days", text=text)
    unit = (match.group("unit") or "d").lower()
    days = float(match.group("n")) * _FACTOR[unit]
    if days != int(days):
        raise ValidationError("duration_not_whole_days", field="duration_days", text=text)
    if days > MAX_DAYS:
        raise ValidationError("quantity_out_of_range", field="duration_days", value=text)
    return int(days), unit in _ELAPSED


def format_duration(days: float | None, elapsed: bool) -> str:
    if days is None:
        return ""
    return f"{int(days)}{'ed' if elapsed else 'd'}"
