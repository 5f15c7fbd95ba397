"""Benchmarks: prints a table of figures, or with --json one object of metric → number.

    python tests/benchmarks/run.py [--json] [--only NAME ...]

Each issue adds its metrics to BENCHMARKS.  These are measurements, not tests: the targets
are quoted in the issues' notes.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.benchmarks import bench_cpm, contractor, gantt, money, mspdi, report, risk, startup, window  # noqa: E402

BENCHMARKS = {
    "startup": startup.measure,
    "open": startup.measure_open_10k,
    "cpm": bench_cpm.measure,
    "gantt": gantt.measure,
    "money": money.measure,
    "report": report.measure,
    "mspdi": mspdi.measure,
    "risk": risk.measure,
    "contractor": contractor.measure,
    "window": window.measure_schedule,
    "budget": window.measure_budget,
    "memory": window.measure_memory,
}

TARGETS = {"startup_ratio": "≤ 1.8", "cpm_10k_s": "≤ 0.1", "gantt_open_10k_s": "≤ 1",
           "gantt_paint_ms": "≤ 16", "variance_edit_ms": "≤ 16", "money_open_s": "≤ 0.5",
           "report_s": "≤ 2", "mspdi_import_10k_s": "≤ 1", "open_10k_ratio": "≤ 3",
           "edit_10k_ms": "≤ 50", "undo_10k_ms": "≤ 50", "link_edit_10k_ms": "≤ 100",
           "scroll_paint_ms": "≤ 16", "budget_edit_ms": "≤ 16", "memory_10k_mb": "≤ 300",
           "risk_plan_10k_iter_s": "≤ 1", "risk_10k_tasks_1k_iter_s": "≤ 10"}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--only", nargs="*", choices=sorted(BENCHMARKS))
    args = parser.parse_args()
    figures: dict[str, float] = {}
    for name, measure in BENCHMARKS.items():
        if args.only and name not in args.only:
            continue
        figures.update(measure())
    if args.json:
        print(json.dumps(figures))
    else:
        width = max(len(k) for k in figures)
        for key, value in figures.items():
            print(f"{key:<{width}}  {value:>10}  {TARGETS.get(key, '')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
