"""Dates as the users write them: 2025-06-26 or 2025. 6. 26.; months as YYYY-MM."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from desktop.domain.errors import ValidationError
from desktop.domain.limits import FIRST_YEAR, LAST_YEAR, check_date

_DATE = re.compile(r"(\d{4})\s*[-./]\s*(\d{1,2})\s*[-./]\s*(\d{1,2})\s*\.?")
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")
_MONTH = re.compile(r"(\d{4})\s*[-./]\s*(\d{1,2})\s*\.?")


def parse_date(text: str | date | None, field: str = "date") -> date | None:
    """``2025-06-26``, ``2025. 6. 26.``, ``2025/6/26`` or ``20250626`` → date; blank → None."""
    if text is None or isinstance(text, date):
        return text
    cleaned = unicodedata.normalize("NFKC", text).strip()
    if not cleaned:
        return None
    match = _DATE.fullmatch(cleaned) or _COMPACT.fullmatch(cleaned)
    if not match:
        raise ValidationError("date_unparsable", field=field, text=text)
    year, month, day = (int(g) for g in match.groups())
    try:
        parsed = date(year, month, day)
    except ValueError:
        raise ValidationError("date_invalid", field=field, text=text) from None
    return check_date(parsed, field)


def parse_month(text: str, field: str = "month") -> str:
    """``2025-06`` or ``2025. 6.`` → ``"2025-06"``."""
    cleaned = unicodedata.normalize("NFKC", str(text)).strip()
    match = _MONTH.fullmatch(cleaned)
    if not match or not 1 <= int(match.group(2)) <= 12:
        raise ValidationError("month_unparsable", field=field, text=text)
    if not FIRST_YEAR <= int(match.group(1)) <= LAST_YEAR:
        raise ValidationError("date_out_of_range", field=field, value=cleaned)
    return f"{int(match.group(1)):04d}-{int(match.group(2)):02d}"


def iso(d: date | None) -> str | None:
    """ISO text for storage and JSON; None stays None."""
    return d.isoformat() if d else None


def from_iso(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def format_ko(d: date | None) -> str:
    """Korean document style: ``2025. 6. 26.``; empty for None."""
    return f"{d.year}. {d.month}. {d.day}." if d else ""


def month_of(d: date) -> str:
    return f"{d.year:04d}-{d.month:02d}"


def month_end(month: str) -> date:
    """The last day of a month given as YYYY-MM."""
    from calendar import monthrange

    year, number = (int(part) for part in month.split("-"))
    return date(year, number, monthrange(year, number)[1])


def check_period(start: date | None, finish: date | None, field: str = "period") -> None:
    """Refuse a finish before its start (either may be unknown)."""
    if start and finish and finish < start:
        raise ValidationError("finish_before_start", field=field,
                              start=start.isoformat(), finish=finish.isoformat())


def past_date(value: date | str | None, field: str, today: date | None, *,
              required: bool = True) -> date | None:
    """A date that has happened (an actual, a payment, a measurement): parsed, and refused
    when it lies after ``today``; ``today=None`` accepts any date (a planned record).
    Blank gives None, or a "value required" refusal when ``required``."""
    parsed = parse_date(value, field)
    if parsed is None:
        if required:
            raise ValidationError("value_required", field=field)
        return None
    if today is not None and parsed > today:
        raise ValidationError("actual_in_future", field=field, value=parsed.isoformat())
    return parsed


def past_month(month: str, field: str, today: date) -> str:
    """A month (YYYY-MM) that has begun by ``today``; a later one is refused."""
    month = parse_month(month, field)
    if month > month_of(today):
        raise ValidationError("month_in_future", field=field, month=month)
    return month
