"""XER field values: numbers (``8``, ``0.8``, ``-40``), dates (``2012-05-01 17:00``), money.

Each parser takes the text of a field ("" when empty) and raises ``ValidationError``
(``xer_value_invalid``) naming the table, the field and the line when the text is not valid.
"""

from __future__ import annotations

import math
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from desktop.domain.errors import ValidationError


def invalid(table: str, field_name: str, value: object, line: int, file_name: str) -> ValidationError:
    return ValidationError("xer_value_invalid", path=file_name, line=line, table=table,
                           field=field_name, value=str(value)[:40])


def xer_number(text: str | None, table: str, field_name: str, line: int,
               file_name: str) -> float | None:
    if text is None or not text.strip():
        return None
    try:
        value = float(text)
    except ValueError:
        raise invalid(table, field_name, text, line, file_name) from None
    if not math.isfinite(value) or abs(value) > 1e12:
        raise invalid(table, field_name, text, line, file_name)
    return value


def xer_money(text: str | None, table: str, field_name: str, line: int, file_name: str) -> Decimal:
    if text is None or not text.strip():
        return Decimal(0)
    try:
        value = Decimal(text.strip())
    except InvalidOperation:
        raise invalid(table, field_name, text, line, file_name) from None
    if not value.is_finite() or abs(value) > Decimal(10) ** 18:
        raise invalid(table, field_name, text, line, file_name)
    return value


def whole(value: Decimal) -> int:
    """Money in whole units, rounded half away from zero."""
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def xer_datetime(text: str | None, table: str, field_name: str, line: int,
                 file_name: str) -> datetime | None:
    if text is None or not text.strip():
        return None
    text = text.strip()
    try:
        if len(text) == 10:
            return datetime.fromisoformat(text)
        return datetime.strptime(text[:16], "%Y-%m-%d %H:%M")
    except ValueError:
        raise invalid(table, field_name, text, line, file_name) from None


def xer_date(text: str | None, table: str, field_name: str, line: int, file_name: str) -> date | None:
    moment = xer_datetime(text, table, field_name, line, file_name)
    return moment.date() if moment else None


def finish_date(moment: datetime | None, start: datetime | None) -> date | None:
    """The last day of work of something that ends at ``moment``: a finish at midnight
    (as on a 24-hour calendar) ends the day before."""
    if moment is None:
        return None
    if moment.hour == 0 and moment.minute == 0 and (start is None or moment > start):
        return moment.date() - timedelta(days=1)
    return moment.date()
