"""The countries the party dialog offers first, their names and usual currencies (plain data:
the overview's participants table names countries without loading the parties' rules)."""

from __future__ import annotations

from typing import NamedTuple


class Country(NamedTuple):
    code: str  # ISO 3166-1 alpha-2
    name_ko: str
    name_en: str


COUNTRIES = [  # offered first in the party dialog; any other ISO code may be typed
    Country("KR", "대한민국", "Korea"),
    Country("US", "미국", "United States"),
    Country("JP", "일본", "Japan"),
    Country("CN", "중국", "China"),
    Country("SG", "싱가포르", "Singapore"),
    Country("HK", "홍콩", "Hong Kong"),
    Country("TW", "대만", "Taiwan"),
    Country("GB", "영국", "United Kingdom"),
    Country("DE", "독일", "Germany"),
    Country("FR", "프랑스", "France"),
    Country("NL", "네덜란드", "Netherlands"),
    Country("IE", "아일랜드", "Ireland"),
    Country("CA", "캐나다", "Canada"),
    Country("AU", "호주", "Australia"),
    Country("AE", "아랍에미리트", "United Arab Emirates"),
    Country("SA", "사우디아라비아", "Saudi Arabia"),
]

COUNTRY_CURRENCY = {"KR": "KRW", "US": "USD", "JP": "JPY", "CN": "CNY", "SG": "SGD", "HK": "HKD",
                    "TW": "TWD", "GB": "GBP", "DE": "EUR", "FR": "EUR", "NL": "EUR", "IE": "EUR",
                    "CA": "CAD", "AU": "AUD", "AE": "AED", "SA": "SAR"}
"""The usual currency of a country: the dialog's suggestion, never imposed."""


def country_name(code: str, english: bool = False) -> str:
    """The country's name for display (the code itself when not in :data:`COUNTRIES`)."""
    for country in COUNTRIES:
        if country.code == code:
            return country.name_en if english else country.name_ko
    return code
