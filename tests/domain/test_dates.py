from datetime import date

import pytest

from desktop.domain.dates import check_period, format_ko, parse_date, parse_month
from desktop.domain.errors import ValidationError


@pytest.mark.parametrize("text", ["2025-06-26", "2025. 6. 26.", "2025.6.26", "2025/06/26", "20250626"])
def test_parse_date_forms(text):
    assert parse_date(text) == date(2025, 6, 26)


def test_blank_is_none_and_bad_is_refused():
    assert parse_date("  ") is None
    for bad, code in (("2025-02-30", "date_invalid"), ("next week", "date_unparsable")):
        with pytest.raises(ValidationError) as info:
            parse_date(bad)
        assert info.value.code == code


def test_month_and_korean_format():
    assert parse_month("2025. 6.") == "2025-06"
    assert format_ko(date(2025, 6, 26)) == "2025. 6. 26."
    with pytest.raises(ValidationError):
        parse_month("2025-13")


def test_check_period():
    check_period(date(2025, 1, 1), None)
    with pytest.raises(ValidationError) as info:
        check_period(date(2025, 2, 1), date(2025, 1, 1))
    assert info.value.code == "finish_before_start"
