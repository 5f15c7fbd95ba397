"""The risk analysis per month: cached when the month is closed, compared month to month.

Closing a month stores the analysis as it stood (at the month's last day, or today while it
runs) with its SHA-256 digest, computed with a fixed seed and ``close_iterations`` runs, so
the report of a closed month always shows the same figures.  :func:`risk_report_figures`
gives the monthly report's page its numbers (Qt-free): each deadline's probability this
month against last month's closed result.
"""

from __future__ import annotations

import json
from datetime import date

from db import risk as repo
from db.risk import save_cached_result
from db.closes import is_closed
from db.engine import Database
from desktop.clock import utc_now
from desktop.domain.dates import parse_month
from desktop.domain.snapshot import canonical_json, digest, month_as_of
from desktop.services.risk_analysis import DEFAULT_SEED, run_risk_analysis

SMALL_PLAN = 2_000  # tasks
__all__ = ["close_iterations", "closed_result", "month_risk_row", "previous_month",
           "risk_report_figures", "save_cached_result"]


def close_iterations(db: Database) -> int:
    """5,000 runs (±0.7 percentage points at one standard error) for plans of up to
    2,000 tasks; 1,000 for larger ones, so closing a month stays within seconds."""
    tasks = db.execute("SELECT count(*) FROM tasks").fetchone()[0]
    return 5_000 if tasks <= SMALL_PLAN else 1_000


def month_risk_row(db: Database, month: str, today: date) -> dict:
    """The month's analysis as the row :func:`db.risk.save_cached_result` stores (reads only)."""
    as_of = month_as_of(month, today)
    iterations = close_iterations(db)
    figures = run_risk_analysis(db, as_of=as_of, iterations=iterations, seed=DEFAULT_SEED)
    return {"month": month, "as_of_on": as_of.isoformat(), "iterations": iterations,
            "seed": DEFAULT_SEED,
            "computed_at": utc_now().isoformat(timespec="seconds"),
            "results_json": canonical_json(figures), "digest": digest(figures)}


def previous_month(month: str) -> str:
    year, number = (int(part) for part in month.split("-"))
    return f"{year - 1:04d}-12" if number == 1 else f"{year:04d}-{number - 1:02d}"


def closed_result(db: Database, month: str) -> dict | None:
    """The analysis cached when ``month`` was closed (None when it is not closed or was closed
    before risk analysis existed)."""

    row = repo.cached_result(db, month) if is_closed(db, month) else None
    return json.loads(row["results_json"]) if row else None


def risk_report_figures(db: Database, month: str, today: date, *,
                        current: dict | None = None) -> dict:
    """Each deadline's probability of being met this month and last month.

    This month: ``current`` (the analysis a month close is caching), the closed month's
    cached analysis, else computed now (``source`` says which).  Last month: its cached
    analysis when it was closed, else None (not known).
    """
    month = parse_month(month)
    current = current or closed_result(db, month)
    source = "closed"
    if current is None:
        source = "live"
        current = run_risk_analysis(db, as_of=month_as_of(month, today),
                                    iterations=close_iterations(db), seed=DEFAULT_SEED)
    before_month = previous_month(month)
    before = closed_result(db, before_month)
    earlier = {m["id"]: m for m in (before or {}).get("milestones", [])}
    deadlines = []
    for milestone in current["milestones"]:
        if milestone["deadline"] is None:
            continue
        old = earlier.get(milestone["id"])
        probability = milestone["probability_meet_deadline"]
        previous = old["probability_meet_deadline"] if old else None
        deadlines.append({
            "id": milestone["id"], "name": milestone["name"], "name_en": milestone["name_en"],
            "wbs": milestone["wbs"], "deadline": milestone["deadline"],
            "probability": probability, "previous_probability": previous,
            "change": None if previous is None else round(probability - previous, 4),
            "p80": milestone["p80"], "previous_p80": old["p80"] if old else None,
        })
    return {"month": month, "as_of": current["as_of"], "source": source,
            "iterations": current["iterations"], "previous_month": before_month,
            "previous_source": "closed" if before is not None else None,
            "previous_iterations": before["iterations"] if before else None,
            "deadlines": deadlines}
