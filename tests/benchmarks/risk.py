"""Schedule risk analysis: how long the Monte Carlo takes, and its peak memory.

    .venv/bin/python tests/benchmarks/risk.py

``risk_plan_10k_iter_s`` (target ≤ 1 s): ``run_risk_analysis`` with 10,000 iterations on a
database holding the announced plan with the example schedule, every example task given a
−20 %/+30 % PERT estimate, the construction tasks in one group at rank correlation 0.5, and
two risks of the register (one on a task, one on the phase-1 milestone).  The whole service
call: reading the plan, the engine, the statistics and the JSON-ready result.

``risk_10k_tasks_1k_iter_s`` (target ≤ 10 s): the engine's ``simulate`` with 1,000
iterations of the 10,000-task / 20,000-link network of ``bench_cpm.synthetic_plan``, every
task with a duration given a −20 %/+50 % triangular estimate.

Each is timed ≥ 3 times after a warm-up (numpy import, holiday tables); the median is the
metric, min and max are printed beside it.  ``risk_10k_tasks_peak_mb`` is the peak of memory
allocated by Python and numpy during one large run (tracemalloc, measured in a separate run
because tracing slows numpy's allocations).
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
import tracemalloc
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.benchmarks.bench_cpm import PROJECT_START, synthetic_plan  # noqa: E402

TODAY = date(2026, 11, 24)
RUNS = 5


def _timed(call, runs: int = RUNS) -> list[float]:
    call()  # warm-up
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return times


def _plan_db(path: Path):
    from db import open_database
    from desktop.services.example_data import load_example_data
    from desktop.services.risk import add_risk, set_risk_group
    from desktop.services.risk_estimates import set_estimates_by_percent

    db = open_database(path)
    load_example_data(db, today=TODAY)
    ids = {r["wbs_code"]: r["id"] for r in db.query("SELECT id, wbs_code FROM tasks")}
    group = set_risk_group(db, name="건설 공사", correlation=0.5).entity_id
    set_estimates_by_percent(db, optimistic_pct=20, pessimistic_pct=30, distribution="pert")
    set_estimates_by_percent(db, optimistic_pct=20, pessimistic_pct=30, distribution="pert",
                             task_ids=[ids["1.0.3"], ids["1.0.4"], ids["1.0.5"]], group_id=group)
    add_risk(db, title="수전 설비 납기 지연", probability=0.3, impacts={ids["1.0.5"]: 25}, today=TODAY)
    add_risk(db, title="사용 승인 지연", probability=0.15, impacts={ids["1.2"]: 15}, today=TODAY)
    return db


def _large():
    from desktop.domain.calendar import WorkCalendar
    from desktop.domain.risk_model import Distribution, Estimate

    tasks, links = synthetic_plan()
    estimates = [Estimate(t.id, t.duration * 0.8, t.duration, t.duration * 1.5, Distribution.TRIANGULAR)
                 for t in tasks if t.duration > 0]
    return tasks, links, estimates, WorkCalendar()


def measure() -> dict:
    from desktop.domain.risk_engine import simulate
    from desktop.services.risk_analysis import run_risk_analysis

    with tempfile.TemporaryDirectory(prefix="risk-bench-") as folder:
        db = _plan_db(Path(folder) / "risk.sqlite")
        try:
            plan = _timed(lambda: run_risk_analysis(db, as_of=TODAY, iterations=10_000, seed=1))
        finally:
            db.close()
    tasks, links, estimates, calendar = _large()

    def large_run():
        return simulate(tasks, links, project_start=PROJECT_START, calendar=calendar,
                        estimates=estimates, iterations=1_000, seed=1)

    large = _timed(large_run, runs=3)
    tracemalloc.start()
    large_run()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return {"risk_plan_10k_iter_s": round(statistics.median(plan), 3),
            "risk_plan_10k_iter_min_s": round(min(plan), 3),
            "risk_plan_10k_iter_max_s": round(max(plan), 3),
            "risk_10k_tasks_1k_iter_s": round(statistics.median(large), 2),
            "risk_10k_tasks_1k_iter_min_s": round(min(large), 2),
            "risk_10k_tasks_1k_iter_max_s": round(max(large), 2),
            "risk_10k_tasks_peak_mb": round(peak / 1e6, 1)}


if __name__ == "__main__":
    for key, value in measure().items():
        print(f"{key:<30} {value}")
