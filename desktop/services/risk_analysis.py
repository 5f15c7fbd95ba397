"""Run the schedule risk analysis on the stored plan (read-only) and shape its results.

The engine gets exactly what the schedule view's engine run gets (the same task and link
inputs, calendar, project start and status date: :func:`desktop.services.schedule.engine_inputs`)
plus the uncertainty the office entered: three-point estimates (a task in a group without
its own takes the group's default spread), correlation groups and the risk register.
Estimates and impacts that no longer fit the plan (the task became a summary or a milestone,
or it is not scheduled) are left out and named in ``ignored``; the analysis never refuses
the plan for them.  Results are JSON-ready dicts with ISO dates (``risk --json``, the panel,
the month-close cache).
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date

from db import risk as repo
from db.engine import Database
from desktop.domain.calendar import WorkCalendar
from desktop.domain.cpm_model import LinkInput, TaskInput
from desktop.domain.risk_model import (
    CorrelationGroup, Distribution, Estimate, Mitigation, RiskEvent, RiskResult, TargetResult,
)

DEFAULT_ITERATIONS = 10_000
DEFAULT_SEED = 20250626  # the MOU's date: any fixed number makes the analysis repeatable


@dataclass
class RiskInputs:
    """What the engine is given, and the labels of the tasks and risks."""

    tasks: list[TaskInput]
    links: list[LinkInput]
    project_start: date
    calendar: WorkCalendar
    status_date: date
    estimates: list[Estimate] = field(default_factory=list)
    groups: list[CorrelationGroup] = field(default_factory=list)
    risks: list[RiskEvent] = field(default_factory=list)
    labels: dict[int, dict] = field(default_factory=dict)   # task id → name_ko, name_en, wbs
    risk_titles: dict[int, str] = field(default_factory=dict)
    ignored: list[int] = field(default_factory=list)

    def engine_kwargs(self) -> dict:
        return dict(project_start=self.project_start, calendar=self.calendar,
                    status_date=self.status_date, estimates=self.estimates, groups=self.groups,
                    risks=self.risks, names={i: r["name_ko"] for i, r in self.labels.items()})


def _estimate(row: Mapping, task: TaskInput, group: Mapping | None) -> Estimate | None:
    kind = Distribution(row["distribution"] or (group or {}).get("distribution") or "triangular")
    if row["optimistic_days"] is not None:
        return Estimate(task.id, row["optimistic_days"], row["most_likely_days"],
                        row["pessimistic_days"], kind)
    if group is None or (not group["optimistic_pct"] and not group["pessimistic_pct"]):
        return None
    planned = float(task.duration)
    return Estimate(task.id, planned * (1 - group["optimistic_pct"] / 100), planned,
                    planned * (1 + group["pessimistic_pct"] / 100), kind)


def risk_inputs(db: Database, *, as_of: date) -> RiskInputs:
    """The stored plan and its uncertainty as engine inputs, at the status date ``as_of``
    (the project's own status date wins, as for the schedule)."""
    from desktop.services.schedule import engine_inputs, project_calendar

    status_date, ordered, _links, parents, tasks, links, start = engine_inputs(db, as_of)
    # the project calendar is cached and shared, and the analysis may run in another thread:
    # it gets its own (a shallow copy; a calendar replaces its tables when it grows, never
    # changes them in place, so the copy and the original never see each other's growth)
    calendar = copy.copy(project_calendar(db))
    found = RiskInputs(tasks=tasks, links=links, project_start=start, calendar=calendar,
                       status_date=status_date)
    found.labels = {row["id"]: {"name_ko": row["name_ko"], "name_en": row["name_en"],
                                "wbs": row["wbs_code"]} for row, _ in ordered}
    scheduled = {t.id: t for t in tasks}
    open_leaf = {t.id for t in tasks if t.id not in parents and t.duration > 0}
    groups = {g["id"]: g for g in repo.group_rows(db)}
    members: dict[int, list[int]] = {}
    for task_id, row in repo.estimate_rows(db).items():
        group = groups.get(row["group_id"])
        if task_id not in open_leaf:
            if row["optimistic_days"] is not None:
                found.ignored.append(task_id)
            continue
        estimate = _estimate(row, scheduled[task_id], group)
        if estimate is not None:
            found.estimates.append(estimate)
            if group is not None:
                members.setdefault(group["id"], []).append(task_id)
    found.groups = [CorrelationGroup(groups[g]["name"], groups[g]["correlation"], tuple(ids))
                    for g, ids in members.items()]
    for risk in repo.risk_rows(db):
        found.risk_titles[risk["id"]] = risk["title"]
        impacts = []
        for task_id, days in risk["impacts"].items():
            if task_id in scheduled and task_id not in parents:
                impacts.append((task_id, days))
            else:
                found.ignored.append(task_id)
        found.risks.append(RiskEvent(risk["id"], risk["probability"], tuple(impacts)))
    found.ignored = sorted(set(found.ignored))
    return found


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _target_dict(target: TargetResult, labels: Mapping[int, dict]) -> dict:
    label = labels.get(target.task_id, {"name_ko": "프로젝트 완료", "name_en": "Project finish",
                                        "wbs": ""})
    return {"id": target.task_id, "name": label["name_ko"], "name_en": label["name_en"],
            "wbs": label["wbs"], "deadline": _iso(target.deadline),
            "deterministic": _iso(target.deterministic), "p10": _iso(target.p10),
            "p50": _iso(target.p50), "p80": _iso(target.p80), "p90": _iso(target.p90),
            "mean": _iso(target.mean), "probability_meet_deadline": target.probability,
            "distribution": [[d.isoformat(), c] for d, c in zip(target.dates, target.counts)]}


def result_dict(result: RiskResult, inputs: RiskInputs, *, as_of: date) -> dict:
    """The analysis as JSON-ready data (see the module docstring)."""
    labels = inputs.labels
    focus = result.focus
    summaries = {t.parent_id for t in inputs.tasks if t.parent_id is not None}
    targets = [_target_dict(t, labels) for t in result.targets]
    by_target = {str(k): {str(t): round(v, 4) for t, v in s.items()}
                 for k, s in result.sensitivity.items()}
    risk_by_target = {str(k): {str(r): round(v, 4) for r, v in s.items()}
                      for k, s in result.risk_sensitivity.items()}
    focus_sensitivity = result.sensitivity.get(focus, {})
    return {
        "as_of": as_of.isoformat(), "status_date": _iso(inputs.status_date),
        "iterations": result.iterations, "seed": result.seed,
        "focus": {"id": focus, "name": (labels.get(focus) or {"name_ko": "프로젝트 완료"})["name_ko"]},
        "milestones": [t for t in targets if t["id"] is not None],
        "project_finish": next(t for t in targets if t["id"] is None),
        "tasks": [{"id": t.id, "name": labels[t.id]["name_ko"], "name_en": labels[t.id]["name_en"],
                   "wbs": labels[t.id]["wbs"], "criticality": round(result.criticality[t.id], 4),
                   "sensitivity": round(focus_sensitivity.get(t.id, 0.0), 4)}
                  for t in inputs.tasks if t.id not in summaries],
        "risks": [{"id": r.id, "title": inputs.risk_titles[r.id], "probability": r.probability,
                   "sensitivity": round(result.risk_sensitivity.get(focus, {}).get(r.id, 0.0), 4)}
                  for r in inputs.risks],
        "sensitivity_by_target": by_target, "risk_sensitivity_by_target": risk_by_target,
        "ignored": [labels.get(i, {"name_ko": str(i)})["name_ko"] for i in inputs.ignored
                    + result.ignored],
        "rescaled": [labels[i]["name_ko"] for i in result.rescaled],
    }


def analyse(inputs: RiskInputs, *, as_of: date, iterations: int = DEFAULT_ITERATIONS,
            seed: int = DEFAULT_SEED, focus: int | None = None,
            progress: Callable[[int, int], None] | None = None,
            cancel: Callable[[], bool] | None = None) -> dict:
    """The analysis of inputs already read (no database: safe in a worker thread)."""
    from desktop.domain.risk_engine import simulate

    result = simulate(inputs.tasks, inputs.links, iterations=iterations, seed=seed, focus=focus,
                      progress=progress, cancel=cancel, **inputs.engine_kwargs())
    return result_dict(result, inputs, as_of=as_of)


def run_risk_analysis(db: Database, *, as_of: date, iterations: int = DEFAULT_ITERATIONS,
                      seed: int = DEFAULT_SEED, focus: int | None = None,
                      progress: Callable[[int, int], None] | None = None,
                      cancel: Callable[[], bool] | None = None) -> dict:
    """Run the analysis (reads only); ``progress(done, total)`` after each chunk,
    ``cancel()`` checked before each (raises ``RiskCancelled``)."""
    return analyse(risk_inputs(db, as_of=as_of), as_of=as_of, iterations=iterations, seed=seed,
                   focus=focus, progress=progress, cancel=cancel)


def what_if(inputs: RiskInputs, *, iterations: int = DEFAULT_ITERATIONS,
            seed: int = DEFAULT_SEED, removed_risks: frozenset[int] = frozenset(),
            duration_cuts: Mapping[int, float] | None = None,
            cancel: Callable[[], bool] | None = None) -> list[dict]:
    """What a mitigation buys: each deadline's probability without and with it (same random
    numbers, so the difference is the mitigation's).  No database."""
    from desktop.domain.risk_engine import compare

    before, after = compare(inputs.tasks, inputs.links, iterations=iterations, seed=seed,
                            mitigation=Mitigation(frozenset(removed_risks), dict(duration_cuts or {})),
                            cancel=cancel, **inputs.engine_kwargs())
    rows = []
    for old, new in zip(before.targets, after.targets):
        if old.deadline is None:
            continue
        row = _target_dict(old, inputs.labels)
        rows.append({"id": old.task_id, "name": row["name"], "name_en": row["name_en"],
                     "deadline": row["deadline"], "before": old.probability,
                     "after": new.probability, "p80_before": _iso(old.p80),
                     "p80_after": _iso(new.p80)})
    return rows


def risk_what_if(db: Database, *, as_of: date, iterations: int = DEFAULT_ITERATIONS,
                 seed: int = DEFAULT_SEED, removed_risks: frozenset[int] = frozenset(),
                 duration_cuts: Mapping[int, float] | None = None) -> list[dict]:
    """:func:`what_if` on the stored plan at ``as_of``."""
    return what_if(risk_inputs(db, as_of=as_of), iterations=iterations, seed=seed,
                   removed_risks=removed_risks, duration_cuts=duration_cuts)
