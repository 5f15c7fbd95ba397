"""What every spreadsheet import shares: cells by field, names compared loosely, the budget
line a row names (phase, category and, when the phase has several, the line's name)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from db.engine import Database
from desktop.domain.errors import ValidationError
from desktop.services.changes import Changes

WHOLE_PROJECT = ("전체", "사업전체", "all", "wholeproject")


@dataclass(frozen=True)
class SheetKind:
    """One kind of row: its fields, the required ones, the check of a row and its write."""

    fields: tuple[str, ...]
    required: tuple[str, ...]
    check: Callable[[list[str], dict, dict], dict]   # row, mapping, lookups -> service values
    write: Callable[[Database, dict, date], Changes]  # -> Changes of the row added (entity_id)
    table: str


def norm(text: str) -> str:
    """Text for comparing names: no spaces or punctuation, half-width, lower case."""
    return re.sub(r"[\s()/_\-·]", "", unicodedata.normalize("NFKC", text or "")).lower()


def cell(row: list[str], mapping: dict, name: str) -> str:
    index = mapping.get(name)
    return row[index].strip() if index is not None and index < len(row) else ""


def phase_number(text: str) -> int:
    match = re.search(r"\d+", unicodedata.normalize("NFKC", text))
    if not match:
        raise ValidationError("import_phase_unknown", field="phase", text=text)
    return int(match.group())


def category_keys(code: str, name_ko: str, name_en: str) -> set[str]:
    """The names a sheet may give a category by: its code, its names, and each part of a
    compound name ("토지·부지" also as 토지 or 부지, "Land and site" as land or site)."""
    parts = [code, name_ko, name_en, *name_ko.split("·"),
             *re.split(r"\s+and\s+|,", name_en or "")]
    return {norm(part) for part in parts if part and part.strip()}


def lookups(db: Database) -> dict:
    """Names the rows may use: budget lines by (phase, category), parties (and when each
    retired), commitments, the closed months, phases and categories by number and name (and ``db``, for checks that read)."""
    lines: dict[tuple[int, str], list[dict]] = {}
    for r in db.query("""SELECT l.id, l.name, l.budget_won, l.start_month, l.finish_month, p.number,
                                c.code, c.name_ko, c.name_en
                         FROM budget_lines l JOIN phases p ON p.id = l.phase_id
                         JOIN budget_categories c ON c.id = l.category_id"""):
        for key in category_keys(r["code"], r["name_ko"], r["name_en"]):
            lines.setdefault((r["number"], key), []).append(r)
    parties, retired = {}, {}
    for r in db.query("SELECT id, name_ko, name_en, retired_on FROM parties"):
        for key in (r["name_ko"], r["name_en"]):
            if key:
                parties[norm(key)] = r["id"]
        if r["retired_on"]:
            retired[r["id"]] = r["retired_on"]
    commitments: dict[int, list[dict]] = {}
    for r in db.query("""SELECT c.*, p.number AS phase_number FROM funding_commitments c
                         LEFT JOIN phases p ON p.id = c.phase_id WHERE c.is_planned = 0
                         ORDER BY c.committed_on, c.id"""):
        commitments.setdefault(r["party_id"], []).append(r)
    closed = {r[0] for r in db.execute("SELECT month FROM month_closes WHERE state = 'closed'")}
    phases = {r[0]: r[1] for r in db.execute("SELECT number, id FROM phases")}
    categories = {}
    for r in db.query("SELECT id, code, name_ko, name_en FROM budget_categories"):
        for key in category_keys(r["code"], r["name_ko"], r["name_en"]):
            categories[key] = r["id"]
    return {"lines": lines, "parties": parties, "retired": retired, "commitments": commitments,
            "closed": closed,
            "phases": phases, "categories": categories, "db": db, "seen": set()}


def find_line(row: list[str], mapping: dict, known: dict) -> dict:
    """The budget line a row names by phase and category, and by name when there are several."""
    phase = phase_number(cell(row, mapping, "phase"))
    category = cell(row, mapping, "category")
    candidates = known["lines"].get((phase, norm(category)), [])
    name = cell(row, mapping, "name")
    if name or len(candidates) > 1:
        candidates = [c for c in candidates if norm(c["name"]) == norm(name)]
    if len(candidates) != 1:
        raise ValidationError("import_line_unknown" if not candidates else "import_line_ambiguous",
                              field="category", phase=phase, text=" ".join(t for t in (category, name) if t))
    return candidates[0]
