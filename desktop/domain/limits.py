"""The limits every value crossing into the application must respect (typed by a service,
read from a file): text length and characters, finite numbers, dates within 1900–2200.

One list for the services' boundary check (desktop/services/boundary.py) and the importers.
"""

from __future__ import annotations

import math
import unicodedata
from datetime import date

from desktop.domain.errors import ValidationError

NAME_LIMIT = 255  # MS Project's own limit for a task name
NOTE_LIMIT = 10_000  # a month's notes, risks or issues: several paragraphs
DEFAULT_TEXT_LIMIT = 1_000
TEXT_LIMITS = {
    "name_ko": NAME_LIMIT, "name_en": NAME_LIMIT, "name": NAME_LIMIT, "title": NAME_LIMIT,
    "baseline_name": NAME_LIMIT, "party": NAME_LIMIT, "source": DEFAULT_TEXT_LIMIT,
    "note": NOTE_LIMIT, "notes": NOTE_LIMIT, "risks": NOTE_LIMIT, "issues": NOTE_LIMIT,
    "wbs_code": 100, "wbs": 100, "contract_no": 100,
    "suggestions": NOTE_LIMIT, "cause": 2_000, "plan": 2_000,  # the monthly report's texts
    "signoff": 100, "doc_number": 100, "department": 100, "contact": 100,
    # a contractor's schedule version as stored (the whole file in the neutral model, JSON)
    "schedule_json": 1_000_000_000, "calendar_json": 50_000_000,
}
MULTILINE = frozenset({"note", "notes", "risks", "issues", "source", "suggestions", "cause", "plan"})
FIRST_YEAR, LAST_YEAR = 1900, 2200
MAX_INTEGER = 2**63 - 1  # what SQLite stores
_ALLOWED_CONTROLS = frozenset("\t\n\r")
_BIDI_CONTROLS = frozenset(chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A)))


def text_limit(field: str) -> int:
    return TEXT_LIMITS.get(field, DEFAULT_TEXT_LIMIT)


def check_text(value: str, field: str) -> str:
    """Refuse text that is too long, holds control characters (line breaks only in notes) or
    bidirectional overrides, or cannot be written as UTF-8 (a lone surrogate)."""
    limit = text_limit(field)
    if len(value) > limit:
        raise ValidationError("text_too_long", field=field, length=len(value), limit=limit)
    if value.isprintable():  # no character of categories C* or Z* but the space: nothing to refuse
        return value
    allowed = _ALLOWED_CONTROLS if field in MULTILINE else frozenset("\t")
    for ch in value:
        if (unicodedata.category(ch) in ("Cc", "Cs") and ch not in allowed) or ch in _BIDI_CONTROLS:
            raise ValidationError("text_control_characters", field=field)
    return value


def check_finite(value: float, field: str) -> float:
    if not math.isfinite(value):
        raise ValidationError("number_not_finite", field=field, value=str(value))
    return value


def check_integer(value: int, field: str) -> int:
    if not -MAX_INTEGER <= value <= MAX_INTEGER:
        raise ValidationError("quantity_out_of_range", field=field, value=str(value)[:40])
    return value


def check_date(value: date, field: str) -> date:
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise ValidationError("date_out_of_range", field=field, value=value.isoformat())
    return value
