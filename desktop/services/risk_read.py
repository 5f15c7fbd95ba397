"""What the risk panel shows: the register, the tasks a risk can delay, the estimates."""

from __future__ import annotations

from db import risk as repo
from db.engine import Database
from desktop.services.risk_estimates import can_vary


def _outline(db: Database) -> list[dict]:
    from db.schedule import task_rows
    from desktop.services.schedule import outline_order

    return [row for row, _level in outline_order(task_rows(db))]


def impact_choices(db: Database) -> list[dict]:
    """Tasks and milestones a risk can delay (not summaries), in outline order."""
    tasks = repo.task_names(db)
    return [{"id": r["id"], "name_ko": r["name_ko"], "name_en": r["name_en"], "wbs": r["wbs_code"],
             "is_milestone": bool(r["is_milestone"])}
            for r in _outline(db) if not tasks[r["id"]]["is_summary"]]


def register(db: Database) -> list[dict]:
    """The risk register with each risk's impacts as (task name, days) pairs."""
    names = {t["id"]: (t["name_ko"], t["name_en"]) for t in repo.task_names(db).values()}
    return [{**row, "impact_list": [(names[t][0], names[t][1], days)
                                    for t, days in row["impacts"].items() if t in names]}
            for row in repo.risk_rows(db)]


def estimate_table(db: Database) -> list[dict]:
    """Every task an estimate applies to, with its own three points or its group's spread."""
    tasks = repo.task_names(db)
    estimates = repo.estimate_rows(db)
    groups = {g["id"]: g for g in repo.group_rows(db)}
    rows = []
    for row in _outline(db):
        task = tasks[row["id"]]
        if not can_vary(task):
            continue
        planned = float(task["duration_days"])
        own = estimates.get(task["id"]) or {}
        group = groups.get(own.get("group_id"))
        low = own.get("optimistic_days")
        high = own.get("pessimistic_days")
        if low is None and group is not None:
            low = planned * (1 - group["optimistic_pct"] / 100)
            high = planned * (1 + group["pessimistic_pct"] / 100)
        rows.append({"id": task["id"], "name_ko": task["name_ko"], "name_en": task["name_en"],
                     "wbs": task["wbs_code"], "planned": planned, "optimistic": low,
                     "most_likely": own.get("most_likely_days") or (planned if low is not None else None),
                     "pessimistic": high,
                     "distribution": own.get("distribution") or (group or {}).get("distribution"),
                     "group": group["name"] if group else "", "has_estimate": bool(own)})
    return rows


def risk_groups(db: Database) -> list[dict]:
    """Every group with its correlation, default spread and number of tasks."""
    return repo.group_rows(db)
