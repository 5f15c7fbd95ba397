"""Time the scheduling engine on a synthetic plan: 10,000 tasks, 20,000 acyclic links.

    .venv/bin/python tests/benchmarks/bench_cpm.py

Not a pytest test: it prints the figures (target: a full ``schedule`` call ≤ 0.1 s), and
what a live schedule (desktop.domain.cpm_incremental) takes for one edit of the same plan.
The plan is deterministic (seeded): links always go from a lower to a higher task number,
mostly FS with some SS/FF/SF and lags, durations 0–20 working days on the Korean calendar.
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from desktop.domain.calendar import WorkCalendar  # noqa: E402
from desktop.domain.cpm import LinkInput, LinkType, TaskInput, schedule  # noqa: E402

N_TASKS = 10_000
N_LINKS = 20_000
SEED = 20250901
PROJECT_START = date(2025, 9, 1)


def synthetic_plan(seed: int = SEED) -> tuple[list[TaskInput], list[LinkInput]]:
    """Random acyclic plan: task ids 1..N, each link from a lower id to a higher one."""
    rng = random.Random(seed)
    tasks = [TaskInput(id=i, duration=rng.choice((0, 1, 2, 3, 5, 5, 8, 10, 15, 20)))
             for i in range(1, N_TASKS + 1)]
    pairs: set[tuple[int, int]] = set()
    while len(pairs) < N_LINKS:
        a = rng.randint(1, N_TASKS - 1)
        b = min(N_TASKS, a + rng.randint(1, 200))
        pairs.add((a, b))
    types = [LinkType.FS] * 7 + [LinkType.SS, LinkType.FF, LinkType.SF]
    links = [LinkInput(a, b, rng.choice(types), rng.choice((0, 0, 0, 1, 2, -1)))
             for a, b in sorted(pairs)]
    rng.shuffle(links)
    return tasks, links


def measure(repeat: int = 7) -> dict[str, float]:
    tasks, links = synthetic_plan()
    calendar = WorkCalendar()
    schedule(tasks[:10], [], project_start=PROJECT_START, calendar=calendar)  # warm the calendar
    times = []
    result = None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = schedule(tasks, links, project_start=PROJECT_START, calendar=calendar)
        times.append(time.perf_counter() - t0)
    assert result is not None
    return {"cpm_10k_s": round(statistics.median(times), 4), "cpm_best_s": round(min(times), 4),
            "cpm_critical_tasks": len(result.critical_ids),
            "cpm_finish_days": calendar.working_days_between(PROJECT_START, result.finish)
            } | measure_live(tasks, links, calendar)


def measure_live(tasks, links, calendar, edits: int = 40) -> dict[str, float]:
    """A LiveSchedule of the plan: ``cpm_live_edit_ms`` one duration edit (and its undo),
    ``cpm_live_link_ms`` one link added or removed (medians; rescheduling only, no UI)."""
    from desktop.domain.cpm_incremental import LiveSchedule

    live = LiveSchedule(tasks, links, project_start=PROJECT_START, calendar=calendar)
    rng = random.Random(SEED)
    task_ms, link_ms = [], []
    for _ in range(edits):
        task = live.tasks[rng.randrange(len(live.tasks))]
        for edited in (task._replace(duration=task.duration + 1), task):
            t0 = time.perf_counter()
            live.update_task(edited)
            task_ms.append((time.perf_counter() - t0) * 1000)
        a = rng.randint(1, N_TASKS - 300)
        b = a + rng.randint(201, 300)  # no such link in the plan (they span at most 200)
        for change in (lambda: live.add_link(LinkInput(a, b)), lambda: live.remove_link(a, b)):
            t0 = time.perf_counter()
            change()
            link_ms.append((time.perf_counter() - t0) * 1000)
    return {"cpm_live_edit_ms": round(statistics.median(task_ms), 2),
            "cpm_live_link_ms": round(statistics.median(link_ms), 2)}


if __name__ == "__main__":
    for key, value in measure().items():
        print(f"{key:<20} {value}")
