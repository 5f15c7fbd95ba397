"""MSPDI field values: numbers, money, dates, times of day and durations (``PT8H0M0S``).

Each parser takes the text of a field (``None`` when absent) and raises ``ValidationError``
(``mspdi_value_invalid``) naming the field and the task's UID when the text is not valid.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import lru_cache

from desktop.domain.errors import ValidationError
from desktop.domain.limits import FIRST_YEAR, LAST_YEAR, check_text
from desktop.domain.money import MAX_WON

MAX_MINUTES = 10_000_000  # about 80 years of 8-hour days: longer durations and lags are refused

_DURATION = re.compile(r"(-)?P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?"
                       r"(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?")
_DATE_TEXT = re.compile(r"\d{4}-\d{2}-\d{2}")


def clock_text(text: str | None, default: str) -> str:
    text = (text or "").strip()
    return text[:8] if re.fullmatch(r"\d{2}:\d{2}(:\d{2}(\.\d+)?)?", text) and len(text) >= 8 else (
        f"{text}:00" if re.fullmatch(r"\d{2}:\d{2}", text) else default)


def time_of(text: str) -> str:
    """The time of day of an MSPDI date-time (``HH:MM:SS``; midnight when absent)."""
    clock = text[11:19]
    return clock if len(clock) == 8 else "00:00:00"


def invalid_value(field_name: str, value: object, uid: object) -> ValidationError:
    return ValidationError("mspdi_value_invalid", field=field_name, value=str(value)[:40],
                           uid="" if uid is None else uid)


def int_value(text: str | None, field_name: str, uid: int | None = None) -> int | None:
    if not text:
        return None
    try:
        return int(text)  # int() ignores surrounding white space
    except ValueError:
        if not text.strip():
            return None
        try:
            number = float(text)
        except ValueError:
            raise invalid_value(field_name, text, uid) from None
        if number != int(number):
            raise invalid_value(field_name, text, uid) from None
        return int(number)


def float_value(text: str | None, field_name: str, uid: int | None = None) -> float | None:
    if text is None or not text.strip():
        return None
    try:
        value = float(text)
    except ValueError:
        raise invalid_value(field_name, text, uid) from None
    if value != value or value in (float("inf"), float("-inf")):
        raise invalid_value(field_name, text, uid)
    return value


def money_value(text: str | None, field_name: str, uid: int | None = None) -> int | None:
    """MSPDI currency (hundredths of a unit) → whole units, rounded half away from zero."""
    if not text or text == "0":
        return None if not text else 0
    if text.isascii() and text.isdigit() and len(text) <= 18:  # hundredths, the usual case
        whole, hundredths = divmod(int(text), 100)
        if whole > MAX_WON:  # absurd: refused, never clamped
            raise invalid_value(field_name, text, uid)
        return whole + (hundredths >= 50)
    try:
        value = Decimal(text.strip())
    except InvalidOperation:
        raise invalid_value(field_name, text, uid) from None
    if not value.is_finite() or abs(value) > MAX_WON * 100:  # absurd: refused, never clamped
        raise invalid_value(field_name, text, uid)
    return int((value / 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def date_value(text: str | None, field_name: str, uid: int | None = None) -> date | None:
    """A date of 1900–2200 (anything outside is refused, as the application refuses it)."""
    if not text:
        return None
    if text[4:5] == "-" and text[10:11] in ("T", ""):
        try:
            parsed = date.fromisoformat(text[:10])
        except ValueError:
            pass
        else:
            if not FIRST_YEAR <= parsed.year <= LAST_YEAR:
                raise invalid_value(field_name, text, uid)
            return parsed
    text = text.strip()
    if not text:
        return None
    if not _DATE_TEXT.match(text):
        raise invalid_value(field_name, text, uid)
    try:
        parsed = date(int(text[:4]), int(text[5:7]), int(text[8:10]))
    except ValueError:
        raise invalid_value(field_name, text, uid) from None
    if not FIRST_YEAR <= parsed.year <= LAST_YEAR:
        raise invalid_value(field_name, text, uid)
    return parsed


def datetime_date(text: str | None) -> date | None:
    try:
        return date_value(text, "TimePeriod")
    except ValidationError:
        return None


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def minutes_value(text: str | None, field_name: str, uid: int | None = None) -> float | None:
    """``PT8H30M0S`` (also ``P1DT2H``) → minutes; a day or month in the text counts 24 h / 30 d."""
    if text is None:
        return None
    minutes = _minutes(text)
    if minutes is _INVALID:
        raise invalid_value(field_name, text, uid)
    return minutes


_INVALID = object()


@lru_cache(maxsize=4096)  # a plan writes the same few durations thousands of times
def _minutes(text: str):
    """The minutes of a duration text, None when blank, ``_INVALID`` when not a duration."""
    if not text.strip():
        return None
    match = _DURATION.fullmatch(text.strip())
    if not match or text.strip() in ("P", "PT"):
        return _INVALID
    sign, years, months, days, hours, minutes, seconds = match.groups()
    total = ((int(years or 0) * 365 + int(months or 0) * 30 + int(days or 0)) * 1440
             + int(hours or 0) * 60 + int(minutes or 0) + float(seconds or 0) / 60)
    if total > MAX_MINUTES:
        return _INVALID
    return -total if sign else total


def text_value(text: str | None, field_name: str, limit_field: str, uid: int | None) -> str:
    """Text within the application's limits (length, no control characters), or refused."""
    if not text:
        return ""
    value = text.strip()
    try:
        return check_text(value, limit_field)
    except ValidationError:
        raise invalid_value(field_name, value, uid) from None


def percent_value(text: str | None, field_name: str, uid: int | None) -> float:
    """0–100; anything else is refused (never clamped)."""
    if text in (None, "0"):
        return 0.0
    value = float_value(text, field_name, uid) or 0.0
    if not 0 <= value <= 100:
        raise invalid_value(field_name, text, uid)
    return value
