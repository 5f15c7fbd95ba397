"""Participants from a spreadsheet, one row per party (the kind ``parties`` of
desktop/services/imports.py): Korean name, English name, kind, domestic or foreign, country,
currency and role, in the words the office writes them (기업 / 해외 / 미국 / 달러 ...).

A row is rejected, with its reason, when a name is already used (by a party of the database
or by an earlier row of the same file), when the kind or the domestic/foreign mark is not
understood, or when the country or currency is not a code or a known name.
"""

from __future__ import annotations

from datetime import date

from db.engine import PROJECT_ID, Database
from desktop.domain.errors import ValidationError
from desktop.domain.parties import (
    check_names_free, clean_name, parse_country, parse_currency, parse_foreign, parse_kind,
)
from desktop.services.changes import Changes
from desktop.services.sheet_rows import SheetKind, cell

FIELDS = ("name_ko", "name_en", "kind", "is_foreign", "country", "currency", "role_ko")
REQUIRED = ("name_ko", "kind", "is_foreign")
SYNONYMS = {
    "name_ko": ("기관명", "참여기관", "명칭", "국문", "한글", "namekorean", "nameko", "koreanname", "party"),
    "name_en": ("영문", "english", "nameen", "englishname"),
    "kind": ("유형", "종류", "기관구분", "성격", "kind", "type"),
    "is_foreign": ("국내외", "국내/외", "내외자", "해외", "외국", "foreign", "domestic"),
    "country": ("국가", "국적", "country"),
    "currency": ("통화", "화폐", "currency"),
    "role_ko": ("역할", "role"),
}


def _names(known: dict) -> list[tuple[int, str, str]]:
    """The names already used: the database's parties, then (while previewing) the file's rows."""
    if "party_names" not in known:
        known["party_names"] = [(r[0], r[1], r[2]) for r in known["db"].execute(
            "SELECT id, name_ko, name_en FROM parties WHERE project_id = ?", [PROJECT_ID])]
    return known["party_names"]


def check_row(row: list[str], mapping: dict, known: dict) -> dict:
    """The values :func:`desktop.services.parties.add_party` takes, or a ValidationError."""
    foreign_text = cell(row, mapping, "is_foreign")
    if not foreign_text:
        raise ValidationError("value_required", field="is_foreign")
    values = {
        "name_ko": clean_name(cell(row, mapping, "name_ko"), "name_ko", required=True),
        "name_en": clean_name(cell(row, mapping, "name_en"), "name_en", required=False),
        "kind": parse_kind(cell(row, mapping, "kind")).value,
        "is_foreign": parse_foreign(foreign_text),
        "country": parse_country(cell(row, mapping, "country")),
        "currency": parse_currency(cell(row, mapping, "currency")),
        "role_ko": clean_name(cell(row, mapping, "role_ko"), "role_ko", required=False),
    }
    names = _names(known)
    check_names_free(values["name_ko"], values["name_en"], names)
    names.append((-len(names) - 1, values["name_ko"], values["name_en"]))  # later rows see it
    return values


def write_row(db: Database, values: dict, today: date) -> Changes:
    from desktop.services.parties import add_party

    return add_party(db, **values)


KIND = SheetKind(FIELDS, REQUIRED, check_row, write_row, "parties")
