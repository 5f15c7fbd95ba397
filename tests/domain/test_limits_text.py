"""check_text: its quick way (str.isprintable) lets through only what the character loop lets through."""

from __future__ import annotations

import sys
import unicodedata

import pytest

from desktop.domain import limits
from desktop.domain.errors import ValidationError


def refused_by_the_loop(ch: str, allowed: frozenset) -> bool:
    return (unicodedata.category(ch) in ("Cc", "Cs") and ch not in allowed) or ch in limits._BIDI_CONTROLS


def test_no_printable_character_is_one_the_loop_refuses():
    printable_refused = [hex(c) for c in range(sys.maxunicode + 1)
                         if chr(c).isprintable() and refused_by_the_loop(chr(c), frozenset())]
    assert printable_refused == []


@pytest.mark.parametrize("text", ["포항 AI센터", "a\u202eb", "\x00", "tab\there", "line\nbreak", "\ud800",
                                  "\u2066x", "nbsp\u00a0and\u2028", "\x7f", ""])
@pytest.mark.parametrize("field", ["name_ko", "notes"])
def test_check_text_refuses_what_the_loop_refuses(text, field):
    allowed = limits._ALLOWED_CONTROLS if field in limits.MULTILINE else frozenset("\t")
    expected = any(refused_by_the_loop(ch, allowed) for ch in text)
    if expected:
        with pytest.raises(ValidationError) as caught:
            limits.check_text(text, field)
        assert caught.value.code == "text_control_characters"
    else:
        assert limits.check_text(text, field) == text
