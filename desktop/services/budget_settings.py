"""The budget's settings: the EAC method, the status thresholds and the cost categories.

Each change one validated, audited transaction returning ``Changes`` (``old`` for the undo).
"""

from __future__ import annotations

import re

from db import budget as repo
from db.audit import append_audit
from db.engine import PROJECT_ID, Database
from desktop.domain.errors import ConflictError, ValidationError
from desktop.domain.evm import EacMethod
from desktop.domain.variance_model import (
    SETTING_INDEX_OVER, SETTING_INDEX_WATCH, SETTING_OVER, SETTING_WATCH, VarianceThresholds,
)
from desktop.services.boundary import boundary
from desktop.services.changes import Changes
from desktop.services.rows import require_row

_CODE = re.compile(r"[A-Za-z0-9_]{1,32}")


@boundary
def set_eac_method(db: Database, *, method: EacMethod | str) -> Changes:
    """How the estimate at completion is forecast: cpi, atypical, cpi_spi or bottom_up."""
    try:
        new = EacMethod(method).value
    except ValueError:
        raise ValidationError("eac_method_invalid", field="eac_method", value=method) from None
    with db.atomic():
        old = repo.eac_method(db)
        if old != new:
            db.execute("UPDATE project SET eac_method = ? WHERE id = ?", [new, PROJECT_ID])
            append_audit(db, action="update", entity="project", entity_id=PROJECT_ID,
                         field="eac_method", old_value=old, new_value=new)
    return Changes.of("project", entity_id=PROJECT_ID, field="eac_method", old=old, new=new,
                      reschedule=False)


@boundary
def set_variance_thresholds(db: Database, *, watch_pct: float | None, over_pct: float | None,
                            index_watch: float | None = None,
                            index_over: float | None = None) -> Changes:
    """Variance % below ``watch_pct`` is "watch", below ``over_pct`` "over" (percent, e.g. 0
    and −5); CPI or SPI below ``index_watch`` / ``index_over`` likewise (e.g. 0.95 and 0.9).
    None returns a threshold to its default.  ``old`` holds the previous settings."""
    new = {SETTING_WATCH: watch_pct, SETTING_OVER: over_pct,
           SETTING_INDEX_WATCH: index_watch, SETTING_INDEX_OVER: index_over}
    limits = {SETTING_WATCH: (-100, 100), SETTING_OVER: (-100, 100),
              SETTING_INDEX_WATCH: (0, 2), SETTING_INDEX_OVER: (0, 2)}
    for key, value in new.items():
        if value is not None:
            low, high = limits[key]
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not low <= value <= high:
                raise ValidationError("quantity_out_of_range", field=key, value=value)
    defaults = VarianceThresholds()
    pairs = ((watch_pct, defaults.watch_below * 100, over_pct, defaults.over_below * 100, SETTING_OVER),
             (index_watch, defaults.index_watch_below, index_over, defaults.index_over_below,
              SETTING_INDEX_OVER))
    for watch, watch_default, over, over_default, field in pairs:
        watch = watch_default if watch is None else watch
        over = over_default if over is None else over
        if over > watch:
            raise ValidationError("variance_thresholds_order", field=field, watch=watch, over=over)
    with db.atomic():
        stored = repo.variance_settings(db)
        old = {k: None if k not in stored else float(stored[k]) for k in new}
        for key, value in new.items():
            db.execute("DELETE FROM project_settings WHERE project_id = ? AND key = ?", [PROJECT_ID, key])
            if value is not None:
                db.execute("INSERT INTO project_settings (project_id, key, value) VALUES (?, ?, ?)",
                           [PROJECT_ID, key, repr(float(value))])
        append_audit(db, action="update", entity="project_settings", entity_id=PROJECT_ID,
                     field="variance_thresholds", old_value=old, new_value=new)
    return Changes.of("project_settings", entity_id=PROJECT_ID, field="variance_thresholds",
                      old=old, new=new)


# --------------------------------------------------------------------------- categories


@boundary
def add_category(db: Database, *, code: str, name_ko: str, name_en: str = "") -> Changes:
    """A budget category (비목); codes are short latin identifiers, unique."""
    code = str(code or "").strip()
    if not _CODE.fullmatch(code):
        raise ValidationError("category_code_invalid", field="code", value=code)
    name_ko, name_en = str(name_ko or "").strip(), str(name_en or "").strip()
    if not name_ko:
        raise ValidationError("value_required", field="name_ko")
    with db.atomic():
        if db.execute("SELECT 1 FROM budget_categories WHERE project_id = ? AND code = ?",
                      [PROJECT_ID, code]).fetchone():
            raise ConflictError("category_code_exists", field="code", value=code)
        order = db.execute("SELECT coalesce(max(sort_order), -1) + 1 FROM budget_categories"
                           " WHERE project_id = ?", [PROJECT_ID]).fetchone()[0]
        row = {"project_id": PROJECT_ID, "code": code, "name_ko": name_ko, "name_en": name_en,
               "sort_order": order}
        row_id = db["budget_categories"].insert(row).last_pk
        row = {"id": row_id, **row}
        append_audit(db, action="insert", entity="budget_categories", entity_id=row_id, new_value=row)
    return Changes.of("budget_categories", entity_id=row_id, new=row)


@boundary
def delete_category(db: Database, *, category_id: int) -> Changes:
    """Remove an unused category (the undo of :func:`add_category`)."""
    with db.atomic():
        row = require_row(db, "budget_categories", category_id)
        used = db.execute("SELECT count(*) FROM budget_lines WHERE category_id = ?",
                          [category_id]).fetchone()[0]
        if used:
            raise ConflictError("category_in_use", count=used)
        db.execute("DELETE FROM budget_categories WHERE id = ?", [category_id])
        append_audit(db, action="delete", entity="budget_categories", entity_id=category_id,
                     old_value=row)
    return Changes.of("budget_categories", entity_id=category_id, old=row)


@boundary
def rename_category(db: Database, *, category_id: int, name_ko: str,
                    name_en: str | None = None) -> Changes:
    """New Korean (and optionally English) name; ``old`` = {"name_ko", "name_en"}."""
    name_ko = str(name_ko or "").strip()
    if not name_ko:
        raise ValidationError("value_required", field="name_ko")
    with db.atomic():
        row = require_row(db, "budget_categories", category_id)
        old = {"name_ko": row["name_ko"], "name_en": row["name_en"]}
        new = {"name_ko": name_ko, "name_en": old["name_en"] if name_en is None else str(name_en).strip()}
        if new != old:
            db.execute("UPDATE budget_categories SET name_ko = ?, name_en = ? WHERE id = ?",
                       [new["name_ko"], new["name_en"], category_id])
            append_audit(db, action="update", entity="budget_categories", entity_id=category_id,
                         field="name", old_value=old, new_value=new)
    return Changes.of("budget_categories", entity_id=category_id, field="name", old=old, new=new)
