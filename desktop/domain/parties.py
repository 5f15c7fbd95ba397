"""Participants and funding parties as the office types them: kind, domestic or foreign,
country and currency read from Korean or English words, and names compared the way a
person reads them (so "NHN 클라우드" and "nhn클라우드" are the same party).

Plain rules, no storage: the service (desktop/services/parties.py) applies them before it
writes, the sheet import (desktop/services/party_import.py) before it previews a row.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from desktop.domain.countries import COUNTRIES, COUNTRY_CURRENCY, country_name  # noqa: F401
from desktop.domain.errors import ValidationError
from desktop.domain.model import PartyKind

NAME_MAX = 100

# Words for each kind, as a sheet or a person writes them (compared after name_key()).
KIND_WORDS = {
    PartyKind.LOCAL_GOVERNMENT: ("local_government", "지방자치단체", "지자체", "기초자치단체", "시청",
                                 "local government", "municipality", "city"),
    PartyKind.PROVINCIAL_GOVERNMENT: ("provincial_government", "광역자치단체", "광역지자체", "도청",
                                      "provincial government", "province"),
    PartyKind.PUBLIC_AGENCY: ("public_agency", "공공기관", "공공", "public agency", "agency"),
    PartyKind.COMPANY: ("company", "기업", "회사", "민간기업", "법인", "corporation", "firm", "investor",
                        "투자사", "투자자"),
    PartyKind.UNIVERSITY: ("university", "대학", "대학교", "college"),
    PartyKind.OTHER: ("other", "기타", "etc"),
}

FOREIGN_WORDS = ("foreign", "해외", "외국", "외국계", "외자", "국외", "y", "yes", "예", "o", "1", "true")
DOMESTIC_WORDS = ("domestic", "국내", "내국", "n", "no", "아니오", "x", "0", "false")


_CODE2 = re.compile(r"[A-Z]{2}")
_CODE3 = re.compile(r"[A-Z]{3}")


def name_key(text: str) -> str:
    """A name as compared: full-width folded, case and spaces and ()·-_/. ignored."""
    return re.sub(r"[\s()/_\-·.,]", "", unicodedata.normalize("NFKC", text or "")).lower()


_KINDS = {name_key(word): kind for kind, words in KIND_WORDS.items() for word in words}
_COUNTRIES = {name_key(word): c.code for c in COUNTRIES for word in (c.code, c.name_ko, c.name_en)}
_COUNTRIES.update({name_key(w): code for code, words in {
    "KR": ("한국", "South Korea", "Republic of Korea", "KOR"), "US": ("USA", "United States of America", "미합중국"),
    "GB": ("UK", "Britain", "GBR"), "AE": ("UAE",), "CN": ("PRC", "CHN"), "JP": ("JPN",)}.items() for w in words})


def clean_name(text: object, field: str, *, required: bool) -> str:
    name = unicodedata.normalize("NFC", str(text or "")).strip()
    name = re.sub(r"\s+", " ", name)
    if not name:
        if required:
            raise ValidationError("value_required", field=field)
        return ""
    if len(name) > NAME_MAX:
        raise ValidationError("party_name_too_long", field=field, limit=NAME_MAX)
    return name


def parse_kind(value: object) -> PartyKind:
    if isinstance(value, PartyKind):
        return value
    kind = _KINDS.get(name_key(str(value or "")))
    if kind is None:
        raise ValidationError("party_kind_unknown", field="kind", text=str(value or ""))
    return kind


def parse_foreign(value: object) -> bool:
    if isinstance(value, bool):
        return value
    key = name_key(str(value or ""))
    if key in {name_key(w) for w in FOREIGN_WORDS}:
        return True
    if key in {name_key(w) for w in DOMESTIC_WORDS}:
        return False
    raise ValidationError("party_foreign_unknown", field="is_foreign", text=str(value or ""))


def parse_country(value: object) -> str:
    """An ISO 3166 alpha-2 code from a code or a name (Korean or English); blank = not set."""
    text = unicodedata.normalize("NFKC", str(value or "")).strip()
    if not text:
        return ""
    code = _COUNTRIES.get(name_key(text))
    if code is None and _CODE2.fullmatch(text.upper()):
        code = text.upper()
    if code is None:
        raise ValidationError("country_invalid", field="country", value=text)
    return code


def parse_currency(value: object) -> str:
    """A currency code (KRW, USD, ...); 원/달러/엔/유로 understood; blank = not set."""
    text = unicodedata.normalize("NFKC", str(value or "")).strip()
    if not text:
        return ""
    code = {"원": "KRW", "원화": "KRW", "달러": "USD", "미국달러": "USD", "엔": "JPY", "엔화": "JPY",
            "유로": "EUR", "위안": "CNY", "파운드": "GBP"}.get(text.replace(" ", ""), text.upper())
    if not _CODE3.fullmatch(code):
        raise ValidationError("currency_invalid", field="currency", value=text)
    return code


def is_active(retired_on: date | None, on: date) -> bool:
    """Whether a party takes records dated ``on`` (it retired on ``retired_on``, if ever)."""
    return retired_on is None or on < retired_on


def check_names_free(name_ko: str, name_en: str, others: list[tuple[int, str, str]],
                     own_id: int | None = None) -> None:
    """Refuse a name (Korean or English) that another party already uses, in either language:
    the imports find parties by either name, so they must all differ."""
    taken = {}
    for party_id, other_ko, other_en in others:
        if party_id == own_id:
            continue
        for name in (other_ko, other_en):
            if name:
                taken.setdefault(name_key(name), name)
    for field, name in (("name_ko", name_ko), ("name_en", name_en)):
        if name and name_key(name) in taken:
            raise ValidationError("party_name_taken", field=field, name=name,
                                  other=taken[name_key(name)])
