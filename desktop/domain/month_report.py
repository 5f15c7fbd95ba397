"""What the monthly report says besides its tables, derived from a month's figures alone
(a closed month's snapshot or the live figures), so the same figures always say the same:

* :func:`month_work` — 이달 실적 (finished in the month, under way) and 차월 계획 (due next month);
* :func:`key_figures` and :func:`changes_since` — 전월 대비: what moved since last month's close;
* :func:`money_rows` — the money tables' rows and totals with largest-remainder rounding, so the
  printed rows add up to the printed totals.

Plain data in, plain data out: no Qt, no database.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop.domain.rounding import Node, round_tree, sum_node
from desktop.domain.snapshot import month_end


def previous_month(month: str) -> str:
    year, number = (int(part) for part in month.split("-"))
    return f"{year - 1:04d}-12" if number == 1 else f"{year:04d}-{number - 1:02d}"


def next_month(month: str) -> str:
    year, number = (int(part) for part in month.split("-"))
    return f"{year + 1:04d}-01" if number == 12 else f"{year:04d}-{number + 1:02d}"


def any_actuals(figures: dict) -> bool:
    """Whether anything actual is recorded up to the month's status date (money, funding,
    capacity, expected effects, or a milestone achieved in the month)."""
    status = figures["status"]
    return any([
        status["funding"]["committed_won"], status.get("capacity", {}).get("installed_mw") is not None,
        any(k["reported"] is not None for k in status["kpis"]),
        bool(figures["budget"]["totals"].get("ac_won")),
        any(m["actual"] and m["actual"][:7] == figures["month"] for m in status["milestones"]),
    ])


# ----------------------------------------------------------------- 문제점 및 대책

def late_milestones(milestones: list[dict]) -> list[dict]:
    """The milestones the month's report must explain: late past the project's threshold."""
    return [m for m in milestones if m["status"] == "late"]


def remedies_for(milestones: list[dict], written: dict[int, dict]) -> list[dict]:
    """Each late milestone with the cause and recovery plan written for it (task id → a row
    with ``cause`` and ``plan``; blank when nothing was written)."""
    rows = []
    for m in late_milestones(milestones):
        text = written.get(m["task_id"]) or {}
        rows.append({"task_id": m["task_id"], "wbs": m["wbs"], "name": m["name"], "name_en": m.get("name_en"),
                     "baseline": m["baseline"], "forecast": m["forecast"], "slip_days": m["slip_days"],
                     "overdue": m.get("overdue", False), "cause": text.get("cause", ""),
                     "plan": text.get("plan", "")})
    return rows


def missing_remedies(remedies: list[dict]) -> list[dict]:
    """The late milestones whose cause or recovery plan is not written: the month cannot close."""
    return [r for r in remedies if not r["cause"] or not r["plan"]]


# ----------------------------------------------------------------- 이달 실적 / 차월 계획

@dataclass(frozen=True)
class WorkItem:
    wbs: str
    name: str
    name_en: str
    milestone: bool
    on: str | None          # the finish (done) or the forecast date (next month)
    percent: float | None   # under way: % complete


def _item(row: dict, on: str | None, percent: float | None = None) -> WorkItem:
    return WorkItem(row["wbs"], row["name_ko"], row["name_en"], bool(row["is_milestone"]), on, percent)


def month_work(figures: dict) -> dict[str, list[WorkItem]]:
    """``done``: finished in the month; ``ongoing``: started, not finished, at the month's end;
    ``next``: not finished and forecast to start or finish next month.  Summary rows are left
    out (their work is their tasks')."""
    month = figures["month"]
    coming = next_month(month)
    end = month_end(month).isoformat()
    done, ongoing, upcoming = [], [], []
    for row in figures["schedule"]["rows"]:
        if row["is_summary"]:
            continue
        finish = row["actual_finish"]
        if finish and finish[:7] == month:
            done.append(_item(row, finish))
        elif not finish and row["actual_start"] and row["actual_start"] <= end:
            ongoing.append(_item(row, row["finish"], row["percent_complete"]))
        if not finish and any((row[k] or "")[:7] == coming for k in ("start", "finish")):
            upcoming.append(_item(row, row["finish"] if (row["finish"] or "")[:7] == coming else row["start"]))
    return {"done": done, "ongoing": ongoing, "next": upcoming}


# ----------------------------------------------------------------- 전월 대비

def key_figures(figures: dict) -> dict:
    """The figures a month is compared on with the next one (kept in the next snapshot)."""
    status = figures["status"]
    totals = figures["budget"]["totals"]
    funding = status["funding"]
    capacity = status.get("capacity", {})
    committed = totals.get("committed_won")
    if committed is None:  # snapshots before version 2: the phases' sum
        committed = sum(r["committed_won"] for r in figures["budget"]["rows"] if r["level"] == "phase")
    return {
        "month": figures["month"],
        "ac_won": totals.get("ac_won"), "contract_won": committed, "ev_won": totals.get("ev_won"),
        "cpi": totals.get("cpi"), "spi": totals.get("spi"),
        "pledged_won": funding.get("committed_won"), "paid_in_won": funding.get("paid_in_won"),
        "foreign_share_committed": funding.get("foreign_share_committed"),
        "foreign_share_paid_in": funding.get("foreign_share_paid_in"),
        "installed_mw": capacity.get("installed_mw"), "installed_gpus": capacity.get("installed_gpus"),
        "milestones": [{"wbs": m["wbs"], "name": m["name"], "name_en": m.get("name_en"),
                        "forecast": m["forecast"], "actual": m["actual"], "status": m["status"]}
                       for m in status["milestones"]],
    }


def _delta(new, old):
    return None if new is None or old is None else new - old


def changes_since(current: dict, previous: dict) -> list[tuple[str, dict]]:
    """What moved between two months' key figures, as (code, parameters) for the report to
    word: money and shares (with their change; ``None`` when either side is unknown),
    capacity, and each milestone achieved or whose forecast moved."""
    moves: list[tuple[str, dict]] = []
    for key in ("contract_won", "ac_won", "pledged_won", "paid_in_won"):
        moves.append((key, {"now": current[key], "before": previous[key],
                            "delta": _delta(current[key], previous[key])}))
    for key in ("foreign_share_committed", "foreign_share_paid_in"):
        moves.append((key, {"now": current[key], "before": previous[key],
                            "delta": _delta(current[key], previous[key])}))
    moves.append(("installed_mw", {"now": current["installed_mw"], "before": previous["installed_mw"],
                                   "delta": _delta(current["installed_mw"], previous["installed_mw"])}))
    before = {m["wbs"] + m["name"]: m for m in previous["milestones"]}
    for m in current["milestones"]:
        old = before.get(m["wbs"] + m["name"])
        if old is None:
            continue
        names = {"name": m["name"], "name_en": m["name_en"]}
        if m["actual"] and not old["actual"]:
            moves.append(("milestone_done", {**names, "on": m["actual"]}))
        elif m["forecast"] and old["forecast"] and m["forecast"] != old["forecast"] and not m["actual"]:
            days = (date.fromisoformat(m["forecast"]) - date.fromisoformat(old["forecast"])).days
            moves.append(("milestone_moved", {**names, "before": old["forecast"], "now": m["forecast"],
                                              "days": days}))
    return moves


# ----------------------------------------------------------------- money tables

@dataclass(frozen=True)
class MoneyRow:
    """One printed row: ``level`` "total", "phase" or "group"; amounts in display units
    (None = 미정); the rates are of the won figures (not of the rounded ones)."""

    level: str
    phase: int | None
    category: str
    category_en: str
    units: dict[str, int | None]


MONEY_KEYS = ("bac_won", "committed_won", "ac_won", "pv_won", "ev_won", "eac_won", "variance_won")


def _eac(row: dict) -> int | None:
    """A row's EAC where it rests on measured progress only; else unknown (no EAC is printed
    from an unknown EV: a forecast "at budget" of unmeasured work would read as on budget)."""
    if row.get("eac_basis", "method" if row.get("ev_won") is not None else None) != "method":
        return None
    return row["eac_won"]


def money_rows(budget: dict, divisor: int, *, detail_phases: set[int] | None = None) -> list[MoneyRow]:
    """The budget table by phase (with its categories for ``detail_phases``, default: the
    phases with any plan, contract or cost to date) and the total, in units of ``divisor``,
    every parent the sum of its printed children.  A phase's and the total's EAC and
    variance are the sums of their categories' (unknown when any category's is)."""
    groups: dict[int, list[dict]] = {}
    for row in budget["rows"]:
        if row["level"] == "group":
            groups.setdefault(row["phase"], []).append(row)
    if detail_phases is None:
        detail_phases = {p for p, rows in groups.items()
                         if any(r["pv_won"] or r["committed_won"] or r["ac_won"] for r in rows)}
    phases = sorted(groups)
    trees: dict[str, Node] = {}
    for key in MONEY_KEYS:
        phase_nodes = []
        for p in phases:
            leaves = [Node(_value(r, key)) for r in groups[p]]
            phase_nodes.append(sum_node(leaves))
        trees[key] = sum_node(phase_nodes)
    rounded = {key: round_tree(tree, divisor) for key, tree in trees.items()}
    rows = [MoneyRow("total", None, "", "", {k: rounded[k].units for k in MONEY_KEYS})]
    for i, p in enumerate(phases):
        rows.append(MoneyRow("phase", p, "", "", {k: rounded[k].children[i].units for k in MONEY_KEYS}))
        if p in detail_phases:
            for j, r in enumerate(groups[p]):
                rows.append(MoneyRow("group", p, r["category_name"], r["category_name_en"],
                                     {k: rounded[k].children[i].children[j].units for k in MONEY_KEYS}))
    return rows[1:] + rows[:1]  # the total last


def _value(row: dict, key: str) -> int | None:
    if key == "eac_won":
        return _eac(row)
    if key == "variance_won":
        eac = _eac(row)
        return None if eac is None else row["bac_won"] - eac
    return row[key]


def rate(part: int | None, whole: int | None) -> float | None:
    """``part / whole`` or None (unknown part, or nothing to divide by)."""
    return None if part is None or not whole else part / whole


def amounts_tree(values: list[int | None], divisor: int) -> tuple[list[int | None], int | None]:
    """A flat table (rows and their total) rounded so that the rows add up to the total."""
    rounded = round_tree(sum_node([Node(v) for v in values]), divisor)
    return [c.units for c in rounded.children], rounded.units
