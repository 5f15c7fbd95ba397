"""Illustrative example data ("예시 데이터"): added and removed as one flagged set.

The plan announces no party's amount, no contract and no progress.  So every view has
something to show, this adds clearly marked sample figures up to ``today`` that respect the
plan's totals: budget lines summing to exactly the total investment (2조원) and funding
commitments summing to it with a foreign share of at least 30 %.  Every row has
``is_example = 1``; removing them removes those rows and nothing else.  Rows of the plan are
never modified, so the construction-start milestone keeps its empty actual.
"""

from __future__ import annotations

from datetime import date

from db.engine import Database

from db.audit import append_audit
from db.project import EXAMPLE_TABLES, PROJECT_ID, count_example_rows
from desktop.domain.dates import month_end, month_of
from desktop.domain.errors import ConflictError
from desktop.domain.spread import months_between, spread_s_curve
from desktop.services.changes import Changes
from desktop.services.example_plan import (
    ACTUAL_FACTORS, BUDGET_SHARES, CAPACITY, COMMITMENTS, FUNDING, KPI_REPORTS, LINE_PROGRESS,
    MILESTONE_LINKS, PAYMENTS, PHASE_BUDGET_SHARES, PHASE_MONTHS, TASKS,
)
from desktop.services.boundary import boundary

@boundary
def load_example_data(db: Database, *, today: date) -> Changes:
    """Add the example set; refused when one is already loaded."""
    if count_example_rows(db):
        raise ConflictError("example_data_present")
    with db.atomic():
        ids = _ids(db)
        line_ids = _budget(db, ids, today)
        _contracts_and_costs(db, ids, line_ids, today)
        _funding(db, ids, today)
        _progress(db, ids, today)
        rows = count_example_rows(db)
        append_audit(db, action="load_example_data", entity="project", entity_id=PROJECT_ID,
                     new_value={"rows": rows, "as_of": today.isoformat()})
    return Changes.of(*EXAMPLE_TABLES, "budget_plan_months", extra={"rows": rows})


@boundary
def remove_example_data(db: Database) -> Changes:
    """Delete every example row (children first) and nothing else."""
    with db.atomic():
        rows = count_example_rows(db)
        for table in ("funding_payments", "funding_commitments", "actual_costs", "commitments",
                      "line_progress", "budget_lines", "kpi_reports", "capacity_measurements", "dependencies"):
            db.execute(f"DELETE FROM {table} WHERE is_example = 1")
        # example tasks: children before parents
        db.execute("DELETE FROM tasks WHERE is_example = 1 AND parent_id IN"
                   " (SELECT id FROM tasks WHERE is_example = 1)")
        db.execute("DELETE FROM tasks WHERE is_example = 1")
        db.execute("DELETE FROM parties WHERE is_example = 1")
        append_audit(db, action="remove_example_data", entity="project", entity_id=PROJECT_ID,
                     old_value={"rows": rows})
    return Changes.of(*EXAMPLE_TABLES, "budget_plan_months", extra={"rows": rows})


def _ids(db: Database) -> dict:
    return {
        "phase": {r["number"]: r["id"] for r in db.query("SELECT id, number FROM phases")},
        "category": {r["code"]: r["id"] for r in db.query("SELECT id, code FROM budget_categories")},
        "party": {r["name_ko"]: r["id"] for r in db.query("SELECT id, name_ko FROM parties")},
        "kpi": {r["code"]: r["id"] for r in db.query("SELECT id, code FROM kpis")},
        "summary": {r["number"]: r["id"] for r in db.query(
            "SELECT t.id, p.number FROM tasks t JOIN phases p ON p.id = t.phase_id"
            " WHERE t.parent_id IS NULL AND t.is_milestone = 0")},
    }


def _split(total: int, shares: dict[object, int]) -> dict[object, int]:
    """Split ``total`` by integer percentage shares; the last key takes the rounding rest."""
    keys = list(shares)
    parts = {k: total * shares[k] // 100 for k in keys[:-1]}
    parts[keys[-1]] = total - sum(parts.values())
    return parts


def _budget(db: Database, ids: dict, today: date) -> dict[tuple[int, str], int]:
    total = db["project"].get(PROJECT_ID)["total_investment_won"]
    line_ids = {}
    for phase, phase_total in _split(total, PHASE_BUDGET_SHARES).items():
        start, finish = PHASE_MONTHS[phase]
        months = months_between(start, finish)
        for code, amount in _split(phase_total, BUDGET_SHARES).items():
            line_id = db["budget_lines"].insert({
                "project_id": PROJECT_ID, "phase_id": ids["phase"][phase],
                "category_id": ids["category"][code], "name": "예시",
                "budget_won": amount, "start_month": start, "finish_month": finish,
                "spread": "s_curve", "is_example": 1,
            }).last_pk
            db["budget_plan_months"].insert_all(
                {"line_id": line_id, "month": m, "planned_won": won}
                for m, won in zip(months, spread_s_curve(amount, months)))
            line_ids[(phase, code)] = line_id
            if phase == 1 and code in LINE_PROGRESS:
                _line_progress(db, line_id, start, LINE_PROGRESS[code], today)
    return line_ids


def _line_progress(db: Database, line_id: int, start: str, final: float, today: date) -> None:
    """A monthly history rising evenly to ``final`` % by ``today``: each past month measured at
    its last day, the current month today (the example's own, flagged as such)."""
    months = months_between(start, month_of(today)) if start <= month_of(today) else []
    for i, month in enumerate(months, start=1):
        on = today if month == month_of(today) else month_end(month)
        db["line_progress"].insert({"line_id": line_id, "month": month, "measured_on": on.isoformat(),
                                    "percent_complete": round(final * i / len(months), 1),
                                    "is_example": 1})

def _last_closed_month(today: date) -> str:
    """Costs are booked for whole months: up to the month before ``today``."""
    year, month = (today.year, today.month - 1) if today.month > 1 else (today.year - 1, 12)
    return f"{year:04d}-{month:02d}"


def _contracts_and_costs(db: Database, ids: dict, line_ids: dict, today: date) -> None:
    for phase, code, party, title, amount, signed in COMMITMENTS:
        if date.fromisoformat(signed) <= today:
            db["commitments"].insert({
                "project_id": PROJECT_ID, "line_id": line_ids[(phase, code)],
                "party_id": ids["party"].get(party), "title": title, "amount_won": amount,
                "committed_on": signed, "is_example": 1,
            })
    last = _last_closed_month(today)
    for (phase, code), factor in ACTUAL_FACTORS.items():
        line_id = line_ids[(phase, code)]
        planned = db.query("SELECT month, planned_won FROM budget_plan_months"
                           " WHERE line_id = ? AND month <= ? ORDER BY month", [line_id, last])
        db["actual_costs"].insert_all(
            {"project_id": PROJECT_ID, "line_id": line_id, "month": r["month"],
             "amount_won": r["planned_won"] * factor[0] // factor[1], "note": "예시",
             "is_example": 1}
            for r in planned if r["planned_won"])


def _funding(db: Database, ids: dict, today: date) -> None:
    commitment_ids = {}
    for key, party, phase, signed, currency, amount, rate in FUNDING:
        if date.fromisoformat(signed) > today:
            continue
        commitment_ids[key] = db["funding_commitments"].insert({
            "project_id": PROJECT_ID, "party_id": ids["party"][party],
            "phase_id": ids["phase"].get(phase), "committed_on": signed, "currency": currency,
            "amount_currency": amount, "fx_rate": rate, "amount_won": round(amount * rate),
            "note": "예시", "is_example": 1,
        }).last_pk
    for key, paid_on, amount, rate in PAYMENTS:
        if key in commitment_ids and date.fromisoformat(paid_on) <= today:
            currency = next(f[4] for f in FUNDING if f[0] == key)
            db["funding_payments"].insert({
                "commitment_id": commitment_ids[key], "paid_on": paid_on, "currency": currency,
                "amount_currency": amount, "fx_rate": rate, "amount_won": round(amount * rate),
                "note": "예시", "is_example": 1,
            })


def _progress(db: Database, ids: dict, today: date) -> None:
    _tasks(db, ids, today)
    for phase, measured_on, mw, gpus in CAPACITY:
        if date.fromisoformat(measured_on) <= today:
            db["capacity_measurements"].insert({
                "project_id": PROJECT_ID, "phase_id": ids["phase"][phase], "measured_on": measured_on,
                "installed_mw": mw, "energised_mw": mw, "installed_gpus": gpus,
                "source": "예시", "is_example": 1,
            })
    for code, reported_on, value in KPI_REPORTS:
        if date.fromisoformat(reported_on) <= today:
            db["kpi_reports"].insert({"kpi_id": ids["kpi"][code], "reported_on": reported_on,
                                      "value": value, "source": "예시 자료", "is_example": 1})


def _tasks(db: Database, ids: dict, today: date) -> None:
    """Phase 1 work with durations and links; started tasks carry their actual start."""
    from desktop.services.schedule import project_calendar

    calendar = project_calendar(db)
    by_wbs = {r["wbs_code"]: r["id"] for r in db.query("SELECT id, wbs_code FROM tasks")}
    for order, (wbs, name_ko, name_en, start, days, percent, _preds) in enumerate(TASKS):
        begin = date.fromisoformat(start)
        finish = calendar.add_working_days(begin, days - 1)
        started, done = begin <= today, percent >= 100 and finish <= today
        by_wbs[wbs] = db["tasks"].insert({
            "project_id": PROJECT_ID, "phase_id": ids["phase"][1], "parent_id": ids["summary"][1],
            "sort_order": 150 + order, "wbs_code": wbs, "name_ko": name_ko, "name_en": name_en,
            "duration_days": days, "constraint_type": "snet", "constraint_on": start,
            "actual_start_on": start if started else None,
            "actual_finish_on": finish.isoformat() if done else None,
            "percent_complete": (100 if done else min(percent, 99)) if started else 0,
            "is_example": 1,
        }).last_pk
    links = [(pred, wbs, kind, lag) for wbs, *_rest, preds in TASKS for pred, kind, lag in preds]
    links += [(pred, succ, "FS", 0) for pred, succ in MILESTONE_LINKS]
    for pred, succ, kind, lag in links:
        db["dependencies"].insert({"project_id": PROJECT_ID, "predecessor_id": by_wbs[pred],
                                   "successor_id": by_wbs[succ], "link_type": kind,
                                   "lag_days": lag, "is_example": 1})
