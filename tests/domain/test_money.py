import pytest

from desktop.domain.errors import ValidationError
from desktop.domain.money import (
    EOK, MAX_WON, MoneyUnit, check_amount, format_won_korean, parse_money, to_unit, unit_line,
)


@pytest.mark.parametrize("won, text", [
    (2_000_000_000_000, "2조원"),
    (2_800_000_000_000, "2조 8,000억원"),
    (6_300_000_000_000, "6조 3,000억원"),
    (4_750_000_000, "47억 5,000만원"),
    (12_345, "1만 2,345원"),
    (5_000, "5,000원"),
    (0, "0원"),
    (-300_000_000, "-3억원"),
])
def test_format_won_korean(won, text):
    assert format_won_korean(won) == text


def test_format_drops_small_groups_when_asked():
    assert format_won_korean(2_012_345_678_901, smallest=EOK) == "2조 123억원"
    assert format_won_korean(1_999_999_999_999, smallest=EOK) == "2조원"


@pytest.mark.parametrize("unit, text", [
    (MoneyUnit.WON, "1,234,500,000"),
    (MoneyUnit.THOUSAND, "1,234,500"),
    (MoneyUnit.MILLION, "1,235"),
    (MoneyUnit.HUNDRED_MILLION, "12"),
])
def test_to_unit_rounds_half_away(unit, text):
    assert to_unit(1_234_500_000, unit) == text


def test_unit_line():
    assert unit_line(MoneyUnit.MILLION) == "단위: 백만원"
    assert MoneyUnit.from_key("억원") is MoneyUnit.HUNDRED_MILLION


@pytest.mark.parametrize("text, won", [
    ("1,234,000", 1_234_000),
    ("1234000원", 1_234_000),
    ("12억", 1_200_000_000),
    ("1.2조", 1_200_000_000_000),
    ("2조 8,000억원", 2_800_000_000_000),
    ("2조8000억", 2_800_000_000_000),
    ("3억 5,000만", 350_000_000),
    ("₩5,000", 5_000),
    ("１２억", 1_200_000_000),  # full-width digits
    ("-5,000", -5_000),
])
def test_parse_money(text, won):
    assert parse_money(text) == won


def test_parse_money_in_table_unit():
    assert parse_money("1,500", MoneyUnit.MILLION) == 1_500_000_000
    assert parse_money("12억", MoneyUnit.MILLION) == 1_200_000_000


@pytest.mark.parametrize("text", ["", "abc", "12,34", "1.5", "억", "3만 2억", "12억 abc", "1,2345"])
def test_parse_money_refuses(text):
    with pytest.raises(ValidationError) as info:
        parse_money(text)
    assert info.value.code in ("money_unparsable", "money_fraction_of_won")


def test_check_amount():
    assert check_amount(5, "x") == 5
    for bad, code in ((-1, "money_negative"), (MAX_WON + 1, "money_absurd"),
                      (1.5, "money_not_integer"), (True, "money_not_integer"), ("5", "money_not_integer")):
        with pytest.raises(ValidationError) as info:
            check_amount(bad, "x")
        assert info.value.code == code
