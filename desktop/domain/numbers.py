"""Numbers as the users type them: 1,024 or １０２４ (full-width), blank meaning "not given"."""

from __future__ import annotations

import math
import unicodedata

from desktop.domain.errors import ValidationError


def parse_number(value: object, field: str, *, integer: bool = False) -> float | int | None:
    """A typed or given number; blank text gives None.  ``integer`` returns an int when the
    number is whole (a fraction stays a float, for the caller's range check to refuse).
    Text that is not a number, a bool, NaN or infinity is refused."""
    if isinstance(value, bool):
        raise ValidationError("number_unparsable", field=field, text=str(value))
    if isinstance(value, (int, float)):
        number = float(value)
    else:
        cleaned = unicodedata.normalize("NFKC", str(value)).replace(",", "").strip()
        if not cleaned:
            return None
        try:
            number = float(cleaned)
        except ValueError:
            raise ValidationError("number_unparsable", field=field, text=str(value)) from None
    if not math.isfinite(number):
        raise ValidationError("number_unparsable", field=field, text=str(value))
    return int(number) if integer and number == int(number) else number


def require_number(value: object, field: str) -> float:
    """A number that must be given (blank is refused as "value required")."""
    number = parse_number(value, field)
    if number is None:
        raise ValidationError("value_required", field=field)
    return float(number)


def parse_amount(text: str, currency: str) -> float | int:
    """An amount in ``currency``: won as public documents write them (12억, 1.2조), other
    currencies as plain numbers (75,000,000.5)."""
    from desktop.domain.money import parse_money

    if currency.strip().upper() == "KRW":
        return parse_money(text)
    return require_number(text, "amount_currency")
