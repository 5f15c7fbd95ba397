"""Money: integer won, Korean large-number text, table units and parsing of typed amounts.

Every amount in the application is a Python ``int`` of won.  Floats never hold money.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from enum import Enum

from desktop.domain.errors import ValidationError

JO = 10**12  # 조
EOK = 10**8  # 억
MAN = 10**4  # 만

#: Amounts beyond this are refused as absurd (the whole project is 2 × 10¹² won).
MAX_WON = 10**15


class MoneyUnit(Enum):
    """Display units of money tables; the value is the number of won in one unit."""

    WON = 1
    THOUSAND = 1_000
    MILLION = 1_000_000
    HUNDRED_MILLION = 100_000_000

    @property
    def suffix_ko(self) -> str:
        return _UNIT_SUFFIX[self]

    @classmethod
    def from_key(cls, key: str) -> "MoneyUnit":
        """Look a unit up by name ("MILLION") or Korean suffix ("백만원"); default WON."""
        for unit in cls:
            if key in (unit.name, unit.suffix_ko):
                return unit
        return cls.WON


_UNIT_SUFFIX = {
    MoneyUnit.WON: "원",
    MoneyUnit.THOUSAND: "천원",
    MoneyUnit.MILLION: "백만원",
    MoneyUnit.HUNDRED_MILLION: "억원",
}


def round_half_away(value: Decimal) -> int:
    """Round to the nearest integer, halves away from zero (as Korean public accounts do)."""
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def format_won_korean(won: int, *, smallest: int = 1) -> str:
    """Write an amount as public documents do: ``2조 8,000억원``.

    ``smallest`` (1, 만, 억 or 조) drops the groups below it after rounding, so an
    overview can say ``2조원`` for 2,000,012,345,678 won with ``smallest=EOK``.
    """
    if won == 0:
        return "0원"
    sign = "-" if won < 0 else ""
    rest = abs(won)
    if smallest > 1:
        rest = round_half_away(Decimal(rest) / smallest) * smallest
    parts = []
    for size, name in ((JO, "조"), (EOK, "억"), (MAN, "만")):
        count, rest = divmod(rest, size)
        if count and size >= smallest:
            parts.append(f"{count:,}{name}")
    if rest and smallest <= 1:
        parts.append(f"{rest:,}")
    if not parts:
        return "0원"
    return sign + " ".join(parts) + "원"


def to_unit(won: int, unit: MoneyUnit, decimals: int = 0) -> str:
    """An amount in a table unit with thousands separators: 1,234,500,000 → ``1,235`` (백만원)."""
    value = Decimal(won) / unit.value
    if decimals:
        quantum = Decimal(1).scaleb(-decimals)
        return f"{value.quantize(quantum, rounding=ROUND_HALF_UP):,}"
    return f"{round_half_away(value):,}"


def unit_line(unit: MoneyUnit) -> str:
    """The line printed above a money table: ``단위: 백만원``."""
    return f"단위: {unit.suffix_ko}"


_NUMBER = r"[0-9][0-9,]*(?:\.[0-9]+)?"
_KOREAN_GROUP = re.compile(rf"({_NUMBER})\s*(조|억|만|천)")
_GROUP_SIZE = {"조": JO, "억": EOK, "만": MAN, "천": 1_000}


def parse_money(text: str, unit: MoneyUnit = MoneyUnit.WON) -> int:
    """Read a typed or pasted amount and return integer won.

    Understands ``1,234,000``, ``1234000원``, ``12억``, ``1.2조``, ``2조 8,000억원`` and, in a
    table shown in ``unit``, a bare ``1,500`` as 1,500 of that unit.  Anything else, or a
    result that is not a whole number of won, raises ``ValidationError("money_unparsable")``.
    """
    cleaned = unicodedata.normalize("NFKC", str(text)).strip()
    cleaned = cleaned.replace("₩", "").replace("KRW", "").strip()
    negative = cleaned.startswith("-") or cleaned.startswith("−")
    if negative:
        cleaned = cleaned[1:].strip()
    if cleaned.endswith("원"):
        cleaned = cleaned[:-1].strip()
    if not cleaned:
        raise ValidationError("money_unparsable", text=text)
    total = _parse_korean_groups(cleaned) if _KOREAN_GROUP.search(cleaned) else None
    if total is None:
        if not re.fullmatch(_NUMBER, cleaned) or not _commas_ok(cleaned):
            raise ValidationError("money_unparsable", text=text)
        total = Decimal(cleaned.replace(",", "")) * unit.value
    if total != total.to_integral_value():
        raise ValidationError("money_fraction_of_won", text=text)
    won = int(total)
    return -won if negative else won


def _parse_korean_groups(cleaned: str) -> Decimal | None:
    total = Decimal(0)
    position = 0
    last_size = None
    for match in _KOREAN_GROUP.finditer(cleaned):
        if cleaned[position:match.start()].strip():
            return _refuse(cleaned)
        number, name = match.groups()
        size = _GROUP_SIZE[name]
        if last_size is not None and size >= last_size or not _commas_ok(number):
            return _refuse(cleaned)
        total += _decimal(number) * size
        last_size = size
        position = match.end()
    tail = cleaned[position:].strip()
    if tail:
        if not re.fullmatch(_NUMBER, tail) or not _commas_ok(tail):
            return _refuse(cleaned)
        total += _decimal(tail)
    return total


def _refuse(text: str) -> None:
    raise ValidationError("money_unparsable", text=text)


def _decimal(number: str) -> Decimal:
    try:
        return Decimal(number.replace(",", ""))
    except InvalidOperation:  # pragma: no cover - the regex admits only digits
        _refuse(number)


def _commas_ok(number: str) -> bool:
    """Commas, if any, must separate groups of three digits: 1,234,000 but not 12,34."""
    whole = number.split(".")[0]
    if "," not in whole:
        return True
    return re.fullmatch(r"[0-9]{1,3}(?:,[0-9]{3})+", whole) is not None


def check_amount(won: object, field: str, *, allow_negative: bool = False) -> int:
    """Refuse what cannot be an amount of this project; return it as int."""
    if isinstance(won, bool) or not isinstance(won, int):
        raise ValidationError("money_not_integer", field=field, value=won)
    if won < 0 and not allow_negative:
        raise ValidationError("money_negative", field=field, value=won)
    if abs(won) > MAX_WON:
        raise ValidationError("money_absurd", field=field, value=won)
    return won
