"""``python -m desktop risk``: the schedule risk analysis as JSON or as Korean text."""

from __future__ import annotations

import json
from datetime import date

from db.engine import Database


def _percent(value: float | None) -> str:
    return "-" if value is None else f"{value * 100:.1f}%"


def cmd_risk(db: Database, *, as_of: date, iterations: int | None, seed: int | None,
             as_json: bool) -> int:
    from desktop.services.risk_analysis import DEFAULT_ITERATIONS, DEFAULT_SEED, run_risk_analysis

    count = DEFAULT_ITERATIONS if iterations is None else iterations
    figures = run_risk_analysis(db, as_of=as_of, iterations=count,
                                seed=DEFAULT_SEED if seed is None else seed)
    for milestone in figures["milestones"] + [figures["project_finish"]]:
        del milestone["distribution"]
    for key in ("sensitivity_by_target", "risk_sensitivity_by_target"):
        del figures[key]
    if as_json:
        print(json.dumps(figures, ensure_ascii=False, indent=2))
        return 0
    print(f"일정 위험 분석: 기준일 {figures['status_date']}, {figures['iterations']:,}회 "
          f"(시드 {figures['seed']})")
    for m in figures["milestones"] + [figures["project_finish"]]:
        print(f"  {m['name']}: 기한 {m['deadline'] or '-'}, 계획 {m['deterministic']}, "
              f"P10 {m['p10']} · P50 {m['p50']} · P80 {m['p80']} · P90 {m['p90']}, "
              f"기한 내 완료 확률 {_percent(m['probability_meet_deadline'])}")
    print(f"민감도 기준: {figures['focus']['name']}")
    for task in sorted(figures["tasks"], key=lambda t: -abs(t["sensitivity"]))[:10]:
        print(f"  {task['name']}: 주공정 확률 {_percent(task['criticality'])}, "
              f"민감도 {task['sensitivity']:+.2f}")
    return 0
