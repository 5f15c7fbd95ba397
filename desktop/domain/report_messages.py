"""The report's key messages, derived from the month's figures (plain data in, message
ids and their parameters out; the report words them in its language)."""

from __future__ import annotations

from datetime import date


def key_messages(figures: dict) -> list[tuple[str, dict]]:
    status = figures["status"]
    as_of = date.fromisoformat(figures["as_of"])
    messages: list[tuple[str, dict]] = []
    project = status["project"]
    deadline = project.get("construction_start_deadline")
    if deadline and not project.get("construction_started_on") and date.fromisoformat(deadline) < as_of:
        messages.append(("construction_overdue", {"deadline": deadline,
                                                  "days": (as_of - date.fromisoformat(deadline)).days}))
    for m in status["milestones"]:
        if m["status"] in ("late", "at_risk") and m["wbs"] != "1.1":
            messages.append(("milestone_slip", {"name": m["name"], "name_en": m.get("name_en"),
                                                "forecast": m["forecast"], "slip": m["slip_days"],
                                                "status": m["status"]}))
    funding = status["funding"]
    if funding["foreign_share_committed"] is None and funding["foreign_share_paid_in"] is None:
        messages.append(("funding_none", {}))
    else:
        messages.append(("funding_share", {"committed": funding["foreign_share_committed"],
                                           "paid": funding["foreign_share_paid_in"],
                                           "minimum": funding["min_foreign_share"],
                                           "compliant": funding["compliant"]}))
    capacity = status.get("capacity", {})
    if capacity.get("installed_mw") is not None:
        messages.append(("capacity", {"mw": capacity["installed_mw"], "gpus": capacity["installed_gpus"],
                                      "goal_mw": capacity["goal_mw"]}))
    budget = figures["budget"]["totals"]
    if budget.get("bac_won"):
        messages.append(("budget", {"cpi": budget.get("cpi"), "spi": budget.get("spi"),
                                    "eac": budget.get("eac_won"), "method": budget.get("eac_method")}))
    if not _any_actuals(figures):
        messages.append(("no_data", {}))
    return messages


def _any_actuals(figures: dict) -> bool:
    status = figures["status"]
    budget = figures["budget"]["totals"]
    return any([
        status["funding"]["committed_won"], status.get("capacity", {}).get("installed_mw") is not None,
        any(k["reported"] is not None for k in status["kpis"]),
        bool(budget.get("ac_won")),
        any(m["actual"] and m["actual"][:7] == figures["month"] for m in status["milestones"]),
    ])
