"""Budget, contracts and actual costs: every change one validated, audited transaction.

Amounts may be given as int won or as typed text (``1,234,000``, ``12억``, ``1.2조``); months as
``2026-03`` or ``2026. 3.``.  Each service returns a :class:`Changes` whose ``old`` is what
its undo needs (a whole line state for line edits, a whole row for deletions), and whose
``extra`` carries ``line_id``, ``month`` and ``delta_won`` for cost edits, so an open
:class:`~desktop.domain.variance.MoneyView` follows with ``view.apply_actual(...)``.
Reads: :func:`load_money_view` and :func:`budget_status`.
"""

from __future__ import annotations

from datetime import date

from db import budget as repo
from db.audit import append_audit
from db.engine import PROJECT_ID, Database
from desktop.domain.dates import month_of, parse_month
from desktop.domain.errors import ConflictError, ValidationError
from desktop.domain.evm import EacMethod
from desktop.domain.limits import check_text
from desktop.domain.money import check_amount, parse_money
from desktop.domain.spread import SpreadKind, months_between, spread
from desktop.domain.variance import MoneyView, build_money_view
from desktop.domain.variance_model import (
    VarianceThresholds,
)
from desktop.services.boundary import boundary
from desktop.services.changes import Changes
from desktop.services.rows import require_phase, require_row
from desktop.services.boundary import Row

MAX_MONTHS = 1200  # a budget line spans at most 100 years
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


def _fits_phase(db: Database, phase_id: int, first: str, last: str) -> None:
    """A line's period lies in its phase: it may start early (preparation, from the project's
    MOU month on) but not end after the phase, nor start after it."""
    phase = require_phase(db, phase_id)
    project_start = repo.project_start_month(db)
    finish = phase["planned_finish_on"][:7] if phase["planned_finish_on"] else None
    if (project_start and first < project_start) or (finish and (last > finish or first > finish)):
        raise ValidationError("line_outside_phase", field="period", start=first, finish=last,
                              phase=phase["number"], phase_start=project_start or "",
                              phase_finish=finish or "")


def _unique_name(db: Database, line: dict, line_id: int | None) -> None:
    """No two lines of a phase share a name (an unnamed one is its category's)."""
    same = repo.line_named(db, line["phase_id"], line["category_id"], line["name"], exclude=line_id)
    if same is not None:
        raise ConflictError("line_name_taken", field="name", name=line["name"] or "-",
                            phase=same["phase_number"])


def _check_not_below_spent(db: Database, line_id: int, budget: int, allow: bool) -> None:
    spent, contracted = repo.spent_and_contracted(db, line_id)
    if not allow and budget < max(spent, contracted):
        raise ConflictError("budget_below_spent", field="budget_won", budget=budget, spent=spent,
                            contracted=contracted)


def _manual_plan(plan: dict, months: list[str]) -> dict[str, int]:
    """A plan typed month by month: every month inside the period, amounts in won."""
    typed = {as_month(m, "month"): won(amount, "planned_won") for m, amount in plan.items()}
    outside = [m for m in typed if m not in months]
    if outside:
        raise ValidationError("plan_month_outside_period", field="month", month=outside[0],
                              start=months[0], finish=months[-1])
    return {m: typed.get(m, 0) for m in months}


def _line_values(db: Database, line: dict, typed_plan: dict | None, line_id: int | None,
                 current_plan: dict[str, int] | None) -> tuple[dict, dict[str, int]]:
    """Check a line's values as a whole; the line as stored and its monthly plan."""
    require_row(db, "budget_categories", line["category_id"])
    line["name"] = check_text(str(line.get("name") or "").strip(), "name")
    line["budget_won"] = won(line["budget_won"], "budget_won")
    line["start_month"], line["finish_month"], months = _period(line["start_month"], line["finish_month"])
    line["spread"] = _spread(line["spread"]).value
    _fits_phase(db, line["phase_id"], line["start_month"], line["finish_month"])
    _unique_name(db, line, line_id)
    kind = SpreadKind(line["spread"])
    if typed_plan is not None and kind is SpreadKind.MANUAL:
        plan = _manual_plan(typed_plan, months)
    else:
        plan = _plan_for(kind, line["budget_won"], months, current_plan)
    return line, plan


def check_line(db: Database, values: dict) -> dict:
    """A new line's values checked as :func:`add_budget_line` would (nothing written): the
    values as they would be stored, with ``plan`` when typed."""
    line = {"project_id": PROJECT_ID, **{k: v for k, v in values.items() if k != "plan"}}
    line.setdefault("spread", "even")
    line, plan = _line_values(db, line, values.get("plan"), None, None)
    return {**{k: v for k, v in line.items() if k != "project_id"},
            "plan": plan if line["spread"] == SpreadKind.MANUAL.value else None}


@boundary
def add_budget_line(db: Database, *, phase_id: int, category_id: int, name: str,
                    budget_won: int | str, start_month: str, finish_month: str,
                    spread: str = "even", plan: dict | None = None) -> Changes:
    """A new budget line with its monthly plan: even, S-curve, or manual (``plan``: month →
    won as typed; months left out are 0)."""
    line = {"project_id": PROJECT_ID, "phase_id": phase_id, "category_id": category_id,
            "name": name, "budget_won": budget_won, "start_month": start_month,
            "finish_month": finish_month, "spread": spread}
    with db.atomic():
        line, plan = _line_values(db, line, plan, None, None)
        line_id = db["budget_lines"].insert(line).last_pk
        repo.write_plan(db, line_id, plan)
        new = _state(db, line_id)
        append_audit(db, action="insert", entity="budget_lines", entity_id=line_id, new_value=new)
    return _line_changes(line_id, "", None, new)


_LINE_FIELDS = ("phase_id", "category_id", "name", "budget_won", "start_month", "finish_month",
                "spread", "plan")


@boundary
def edit_budget_line(db: Database, *, line_id: int, values: dict,
                     allow_below_spent: bool = False) -> Changes:
    """Change any of a line's phase, category (moving it), name, budget, period, spread and
    typed plan at once; budget, period and spread regenerate the plan (a manual plan keeps its
    amounts inside the new period unless a new ``plan`` is typed).  A budget below what is
    already spent or contracted is a conflict the window asks about (``allow_below_spent``).
    Undo: :func:`restore_budget_line` with ``old``."""
    unknown = set(values) - set(_LINE_FIELDS)
    if unknown:
        raise ValidationError("field_not_editable", field=f"budget_lines.{sorted(unknown)[0]}")
    with db.atomic():
        old = _state(db, line_id)
        line = {**old["line"], **{k: v for k, v in values.items() if k != "plan"}}
        line, plan = _line_values(db, line, values.get("plan"), line_id, old["plan"])
        if (line["start_month"], line["finish_month"]) != (old["line"]["start_month"], old["line"]["finish_month"]):
            _check_costs_inside(db, line_id, line["start_month"], line["finish_month"])
        if line["budget_won"] != old["line"]["budget_won"]:
            _check_not_below_spent(db, line_id, line["budget_won"], allow_below_spent)
        if line == old["line"] and plan == old["plan"]:
            return _line_changes(line_id, ",".join(values), old, old)
        _write_line(db, line, plan)
        new = {"line": line, "plan": plan}
        append_audit(db, action="update", entity="budget_lines", entity_id=line_id,
                     field=",".join(sorted(values)), old_value=old, new_value=new)
    return _line_changes(line_id, ",".join(values), old, new)


@boundary
def update_budget_line(db: Database, *, line_id: int, field: str, value: object) -> Changes:
    """One field of a line (``period`` = (start, finish)); see :func:`edit_budget_line`."""
    if field == "period":
        start, finish = value
        return edit_budget_line(db, line_id=line_id, values={"start_month": start, "finish_month": finish})
    return edit_budget_line(db, line_id=line_id, values={field: value})


def _write_line(db: Database, line: dict, plan: dict[str, int]) -> None:
    columns = [c for c in line if c not in ("id", "project_id")]
    db.execute(f"UPDATE budget_lines SET {', '.join(f'[{c}] = ?' for c in columns)} WHERE id = ?",
               [line[c] for c in columns] + [line["id"]])
    repo.write_plan(db, line["id"], plan)


@boundary
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


@boundary
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


@boundary(shapes={"line": Row("budget_lines")})
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


@boundary
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
