"""Budget, contracts and actual costs: every change one validated, audited transaction.

Amounts may be given as int won or as typed text (``1,234,000``, ``12억``, ``1.2조``); months as
``2026-03`` or ``2026. 3.``.  Each service returns a :class:`Changes` whose ``old`` is what
its undo needs (a whole line state for line edits, a whole row for deletions), and whose
``extra`` carries ``line_id``, ``month`` and ``delta_won`` for cost edits, so an open
:class:`~desktop.domain.variance.MoneyView` follows with ``view.apply_actual(...)``.
Reads: :func:`load_money_view` and :func:`budget_status`.
"""

from __future__ import annotations

import re
from datetime import date

from db import budget as repo
from db.audit import append_audit
from db.engine import PROJECT_ID, Database
from desktop.domain.dates import month_of, parse_month
from desktop.domain.errors import ConflictError, ValidationError
from desktop.domain.evm import EacMethod
from desktop.domain.money import check_amount, parse_money
from desktop.domain.spread import SpreadKind, months_between, spread
from desktop.domain.variance import (
    SETTING_OVER, SETTING_WATCH, MoneyView, VarianceThresholds, build_money_view,
)
from desktop.services.changes import Changes
from desktop.services.rows import require_phase, require_row

MAX_MONTHS = 1200  # a budget line spans at most 100 years
_CODE = re.compile(r"[A-Za-z0-9_]{1,32}")
LINE_TABLES = ("budget_lines", "budget_plan_months")


# --------------------------------------------------------------------------- checks


def won(value: object, field: str) -> int:
    """An amount given as int won or as text (parse_money), within 0..10¹⁵."""
    if isinstance(value, str):
        value = parse_money(value)
    return check_amount(value, field)


def as_month(value: object, field: str) -> str:
    return parse_month(value, field) if not isinstance(value, date) else month_of(value)


def _period(start: object, finish: object) -> tuple[str, str, list[str]]:
    first, last = as_month(start, "start_month"), as_month(finish, "finish_month")
    if last < first:
        raise ValidationError("finish_before_start", field="finish_month", start=first, finish=last)
    months = months_between(first, last)
    if len(months) > MAX_MONTHS:
        raise ValidationError("quantity_out_of_range", field="finish_month", value=last)
    return first, last, months


def _spread(value: object) -> SpreadKind:
    try:
        return SpreadKind(str(value).strip())
    except ValueError:
        raise ValidationError("spread_invalid", field="spread", value=value) from None


def require_line(db: Database, line_id: int) -> dict:
    return require_row(db, "budget_lines", line_id)


def _check_costs_inside(db: Database, line_id: int, first: str, last: str) -> None:
    outside = repo.costs_outside(db, line_id, first, last)
    if outside:
        raise ValidationError("cost_month_outside_period", field="period", month=outside[0],
                              start=first, finish=last)


def percent_value(value: object) -> float:
    if isinstance(value, bool):
        raise ValidationError("number_unparsable", field="percent_complete", text=str(value))
    if isinstance(value, str):
        try:
            value = float(value.replace("%", "").replace(",", "").strip())
        except ValueError:
            raise ValidationError("number_unparsable", field="percent_complete", text=value) from None
    if not isinstance(value, (int, float)) or not 0 <= value <= 100:
        raise ValidationError("percent_out_of_range", field="percent_complete", value=value)
    return float(value)


def _plan_for(kind: SpreadKind, budget: int, months: list[str],
              current: dict[str, int] | None = None) -> dict[str, int]:
    """The monthly plan of a spread; a manual plan keeps its months inside the period, 0 elsewhere."""
    if kind is SpreadKind.MANUAL:
        current = current or {}
        return {m: current.get(m, 0) for m in months}
    return dict(zip(months, spread(budget, months, kind)))


def _state(db: Database, line_id: int) -> dict:
    return {"line": require_line(db, line_id), "plan": repo.plan_of(db, line_id)}


def _line_changes(line_id: int, field: str, old: dict | None, new: dict | None) -> Changes:
    return Changes.of(*LINE_TABLES, entity_id=line_id, field=field, old=old, new=new)


# --------------------------------------------------------------------------- budget lines


def add_budget_line(db: Database, *, phase_id: int, category_id: int, name: str,
                    budget_won: int | str, start_month: str, finish_month: str,
                    spread: str = "even") -> Changes:
    """A new budget line with its monthly plan (even, S-curve, or manual starting at 0)."""
    require_phase(db, phase_id)
    require_row(db, "budget_categories", category_id)
    budget = won(budget_won, "budget_won")
    first, last, months = _period(start_month, finish_month)
    kind = _spread(spread)
    row = {"project_id": PROJECT_ID, "phase_id": phase_id, "category_id": category_id,
           "name": str(name or "").strip(), "budget_won": budget, "start_month": first,
           "finish_month": last, "spread": kind.value}
    plan = _plan_for(kind, budget, months)
    with db.atomic():
        line_id = db["budget_lines"].insert(row).last_pk
        repo.write_plan(db, line_id, plan)
        new = _state(db, line_id)
        append_audit(db, action="insert", entity="budget_lines", entity_id=line_id, new_value=new)
    return _line_changes(line_id, "", None, new)


_LINE_FIELDS = ("name", "budget_won", "start_month", "finish_month", "period", "spread")


def update_budget_line(db: Database, *, line_id: int, field: str, value: object) -> Changes:
    """Edit a line's name, budget, period (``start_month``, ``finish_month`` or ``period`` =
    (start, finish)) or spread; budget, period and spread regenerate the monthly plan
    (a manual plan keeps its amounts inside the new period).  Undo: :func:`restore_budget_line`
    with ``old``."""
    if field not in _LINE_FIELDS:
        raise ValidationError("field_not_editable", field=f"budget_lines.{field}")
    with db.atomic():
        old = _state(db, line_id)
        line = dict(old["line"])
        if field == "name":
            line["name"] = str(value or "").strip()
        elif field == "budget_won":
            line["budget_won"] = won(value, "budget_won")
        elif field == "spread":
            line["spread"] = _spread(value).value
        else:
            start, finish = (value if field == "period" else
                             (value, line["finish_month"]) if field == "start_month" else
                             (line["start_month"], value))
            line["start_month"], line["finish_month"], _ = _period(start, finish)
        months = months_between(line["start_month"], line["finish_month"])
        if field in ("start_month", "finish_month", "period"):
            _check_costs_inside(db, line_id, line["start_month"], line["finish_month"])
        plan = old["plan"] if field == "name" else _plan_for(
            SpreadKind(line["spread"]), line["budget_won"], months, old["plan"])
        if line == old["line"] and plan == old["plan"]:
            return _line_changes(line_id, field, old, old)
        _write_line(db, line, plan)
        new = {"line": line, "plan": plan}
        append_audit(db, action="update", entity="budget_lines", entity_id=line_id, field=field,
                     old_value=old, new_value=new)
    return _line_changes(line_id, field, old, new)


def _write_line(db: Database, line: dict, plan: dict[str, int]) -> None:
    columns = [c for c in line if c not in ("id", "project_id")]
    db.execute(f"UPDATE budget_lines SET {', '.join(f'[{c}] = ?' for c in columns)} WHERE id = ?",
               [line[c] for c in columns] + [line["id"]])
    repo.write_plan(db, line["id"], plan)


def set_month_plan(db: Database, *, line_id: int, month: str, planned_won: int | str) -> Changes:
    """Enter one month's planned amount; the line's spread becomes manual."""
    amount = won(planned_won, "planned_won")
    month = as_month(month, "month")
    with db.atomic():
        old = _state(db, line_id)
        line = old["line"]
        if not line["start_month"] <= month <= line["finish_month"]:
            raise ValidationError("plan_month_outside_period", field="month", month=month,
                                  start=line["start_month"], finish=line["finish_month"])
        new = {"line": {**line, "spread": SpreadKind.MANUAL.value},
               "plan": {**old["plan"], month: amount}}
        if new == old:
            return _line_changes(line_id, "plan", old, old)
        _write_line(db, new["line"], new["plan"])
        append_audit(db, action="update", entity="budget_lines", entity_id=line_id,
                     field=f"plan:{month}", old_value=old, new_value=new)
    return _line_changes(line_id, "plan", old, new)


def delete_budget_line(db: Database, *, line_id: int) -> Changes:
    """Remove a line and its plan; refused while it has actual costs or contracts."""
    with db.atomic():
        old = _state(db, line_id)
        costs = repo.count_costs(db, line_id)
        if costs:
            raise ConflictError("budget_line_has_costs", count=costs)
        contracts = repo.count_commitments(db, line_id)
        if contracts:
            raise ConflictError("budget_line_has_commitments", count=contracts)
        db.execute("DELETE FROM budget_plan_months WHERE line_id = ?", [line_id])
        db.execute("DELETE FROM budget_lines WHERE id = ?", [line_id])
        append_audit(db, action="delete", entity="budget_lines", entity_id=line_id, old_value=old)
    return _line_changes(line_id, "", old, None)


def restore_budget_line(db: Database, *, line: dict, plan: dict[str, int]) -> Changes:
    """Put a line and its plan back as they were (the undo of any line change): re-inserted
    with its id when deleted, otherwise every column and the whole plan overwritten."""
    line, plan = dict(line), {str(m): int(w) for m, w in plan.items()}
    first, last, months = _period(line["start_month"], line["finish_month"])
    won(line["budget_won"], "budget_won")
    for amount in plan.values():
        check_amount(amount, "planned_won")
    if any(m not in months for m in plan):
        raise ValidationError("plan_month_outside_period", field="month",
                              month=next(m for m in plan if m not in months), start=first, finish=last)
    with db.atomic():
        current = repo.line_row(db, line["id"])
        old = None if current is None else {"line": current, "plan": repo.plan_of(db, line["id"])}
        if current is None:
            require_phase(db, line["phase_id"])
            require_row(db, "budget_categories", line["category_id"])
            db["budget_lines"].insert(line)
            repo.write_plan(db, line["id"], plan)
        else:
            _check_costs_inside(db, line["id"], first, last)
            _write_line(db, line, plan)
        new = {"line": line, "plan": plan}
        append_audit(db, action="restore", entity="budget_lines", entity_id=line["id"],
                     old_value=old, new_value=new)
    return _line_changes(line["id"], "", old, new)


# --------------------------------------------------------------------------- actual costs


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


def set_variance_thresholds(db: Database, *, watch_pct: float | None,
                            over_pct: float | None) -> Changes:
    """Variance % below ``watch_pct`` is "watch", below ``over_pct`` "over" (percent, e.g. 0
    and −5); None returns a threshold to its default.  ``old`` holds the previous settings."""
    new = {SETTING_WATCH: watch_pct, SETTING_OVER: over_pct}
    for key, value in new.items():
        if value is not None:
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not -100 <= value <= 100:
                raise ValidationError("quantity_out_of_range", field=key, value=value)
    defaults = VarianceThresholds()
    watch = defaults.watch_below * 100 if watch_pct is None else watch_pct
    over = defaults.over_below * 100 if over_pct is None else over_pct
    if over > watch:
        raise ValidationError("variance_thresholds_order", field=SETTING_OVER, watch=watch, over=over)
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


# --------------------------------------------------------------------------- reading


def _period_arg(period) -> tuple[str | None, str | None] | None:
    if period is None:
        return None
    first, last = period
    first = None if first in (None, "") else as_month(first, "period")
    last = None if last in (None, "") else as_month(last, "period")
    if first and last and last < first:
        raise ValidationError("finish_before_start", field="period", start=first, finish=last)
    return (first, last) if first or last else None


def load_money_view(db: Database, *, as_of: date, phase: int | None = None,
                    period: tuple[object, object] | None = None) -> MoneyView:
    """The variance and earned-value view at ``as_of`` (its month is the as-of month).

    ``phase`` is a phase number; ``period`` a (first, last) month pair (either may be None).
    Progress measured after ``as_of`` does not count (EV is not known yet at that date).
    """
    period = _period_arg(period)
    settings = repo.variance_settings(db)
    return build_money_view(
        repo.line_inputs(db, phase=phase, progress_until=as_of.isoformat()),
        commitments=repo.commitment_sums(db), actuals=repo.actual_sums(db),
        as_of_month=month_of(as_of), method=EacMethod(repo.eac_method(db)),
        thresholds=VarianceThresholds.from_settings(settings), phase=phase, period=period)


STATUS_KEYS = ("bac_won", "pv_won", "ev_won", "ac_won", "cv_won", "sv_won", "cpi", "spi",
               "eac_won", "eac_method", "etc_won", "vac_won", "tcpi_bac", "tcpi_eac", "spi_t")


def budget_status(db: Database, as_of: date) -> dict:
    """The money figures of ``status --json`` at ``as_of`` (int won / float / None)."""
    return status_figures(load_money_view(db, as_of=as_of))


def status_figures(view: MoneyView) -> dict:
    f = view.total.figures
    return {
        "bac_won": f.bac_won, "pv_won": f.pv_won, "ev_won": f.ev_won, "ac_won": f.ac_won,
        "cv_won": f.cv_won, "sv_won": f.sv_won, "cpi": f.cpi, "spi": f.spi,
        "eac_won": f.eac_won, "eac_method": f.eac_method.value, "etc_won": f.etc_won,
        "vac_won": f.vac_won, "tcpi_bac": f.tcpi_bac, "tcpi_eac": f.tcpi_eac,
        "spi_t": view.spi_t,
    }
