"""MSPDI field values: numbers, money, dates, times of day and durations (``PT8H0M0S``).

Each parser takes the text of a field (``None`` when absent) and raises ``ValidationError``
(``mspdi_value_invalid``) naming the field and the task's UID when the text is not valid.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from desktop.domain.errors import ValidationError

_DURATION = re.compile(r"(-)?P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?"
                       r"(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?")
_DATE_TEXT = re.compile(r"\d{4}-\d{2}-\d{2}")


def _clock(text: str | None, default: str) -> str:
    text = (text or "").strip()
    return text[:8] if re.fullmatch(r"\d{2}:\d{2}(:\d{2}(\.\d+)?)?", text) and len(text) >= 8 else (
        f"{text}:00" if re.fullmatch(r"\d{2}:\d{2}", text) else default)


def _time_of(text: str) -> str:
    """The time of day of an MSPDI date-time (``HH:MM:SS``; midnight when absent)."""
    clock = text[11:19]
    return clock if len(clock) == 8 else "00:00:00"


def _invalid(field_name: str, value: object, uid: object) -> ValidationError:
    return ValidationError("mspdi_value_invalid", field=field_name, value=str(value)[:40],
                           uid="" if uid is None else uid)


def _int(text: str | None, field_name: str, uid: int | None = None) -> int | None:
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
            raise _invalid(field_name, text, uid) from None
        if number != int(number):
            raise _invalid(field_name, text, uid) from None
        return int(number)


def _float(text: str | None, field_name: str, uid: int | None = None) -> float | None:
    if text is None or not text.strip():
        return None
    try:
        value = float(text)
    except ValueError:
        raise _invalid(field_name, text, uid) from None
    if value != value or value in (float("inf"), float("-inf")):
        raise _invalid(field_name, text, uid)
    return value


def _money(text: str | None, field_name: str, uid: int | None = None) -> int | None:
    """MSPDI currency (hundredths of a unit) → whole units, rounded half away from zero."""
    if not text or text == "0":
        return None if not text else 0
    if text.isascii() and text.isdigit():  # hundredths, the usual case: no Decimal needed
        whole, hundredths = divmod(int(text), 100)
        return whole + (hundredths >= 50)
    try:
        value = Decimal(text.strip())
    except InvalidOperation:
        raise _invalid(field_name, text, uid) from None
    if not value.is_finite():
        raise _invalid(field_name, text, uid)
    return int((value / 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def _date(text: str | None, field_name: str, uid: int | None = None) -> date | None:
    if not text:
        return None
    if text[4:5] == "-" and text[10:11] in ("T", ""):
        try:
            return date.fromisoformat(text[:10])
        except ValueError:
            pass
    text = text.strip()
    if not text:
        return None
    if not _DATE_TEXT.match(text):
        raise _invalid(field_name, text, uid)
    try:
        return date(int(text[:4]), int(text[5:7]), int(text[8:10]))
    except ValueError:
        raise _invalid(field_name, text, uid) from None


def _datetime_date(text: str | None) -> date | None:
    try:
        return _date(text, "TimePeriod")
    except ValidationError:
        return None


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _minutes(text: str | None, field_name: str, uid: int | None = None) -> float | None:
    """``PT8H30M0S`` (also ``P1DT2H``) → minutes; a day or month in the text counts 24 h / 30 d."""
    if text is None or not text.strip():
        return None
    match = _DURATION.fullmatch(text.strip())
    if not match or text.strip() in ("P", "PT"):
        raise _invalid(field_name, text, uid)
    sign, years, months, days, hours, minutes, seconds = match.groups()
    total = ((int(years or 0) * 365 + int(months or 0) * 30 + int(days or 0)) * 1440
             + int(hours or 0) * 60 + int(minutes or 0) + float(seconds or 0) / 60)
    return -total if sign else total
