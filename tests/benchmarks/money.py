"""variance_edit_ms and money_open_s: the money view over 2,000 budget lines and 100,000 costs.

    .venv/bin/python -c "from tests.benchmarks.money import measure; print(measure())"

The database (in a temporary folder) holds the announced plan plus 2,000 budget lines of
36 months each (72,000 plan months), 2,000 contracts, 100,000 actual-cost rows and a measured
% complete on every line; it is written with executemany in one transaction.

``variance_edit_ms``: median over 50 edits of one service call (record_actual_cost and
set_actual_cost in turn: validation, one transaction, one audit row, commit) followed by
``view.apply_actual(...)`` from the returned Changes and reading the updated figures of the
line, its group, phase and the total, the S-curve series and SPI(t).  Target ≤ 16 ms.

``money_open_s``: a fresh connection's load_money_view plus the figures of every node (what
the variance table shows), the series and SPI(t).  Target ≤ 1 s.
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from db import open_database  # noqa: E402
from desktop.domain.spread import months_between  # noqa: E402

LINES = 2_000
COSTS = 100_000
EDITS = 50
MONTHS = months_between("2025-01", "2027-12")
AS_OF = date(2026, 12, 15)
ELAPSED = [m for m in MONTHS if m <= "2026-12"]


def write_money_db(path: Path, *, lines: int = LINES, costs: int = COSTS) -> None:
    db = open_database(path)
    rng = random.Random(2025)
    phases = [r[0] for r in db.execute("SELECT id FROM phases ORDER BY number")]
    categories = [r[0] for r in db.execute("SELECT id FROM budget_categories ORDER BY sort_order")]
    per_month = 50_000_000
    conn = db.conn
    with db.atomic():
        conn.executemany(
            "INSERT INTO budget_lines (id, project_id, phase_id, category_id, name, budget_won,"
            " start_month, finish_month, spread) VALUES (?, 1, ?, ?, ?, ?, ?, ?, 'even')",
            [(i, phases[i % len(phases)], categories[i % len(categories)], f"항목 {i}",
              per_month * len(MONTHS), MONTHS[0], MONTHS[-1]) for i in range(1, lines + 1)])
        conn.executemany(  # progress is a history (migration 0003): one measurement per line
            "INSERT INTO line_progress (line_id, month, measured_on, percent_complete)"
            " VALUES (?, '2026-12', '2026-12-01', ?)",
            [(i, rng.randint(0, 80)) for i in range(1, lines + 1)])
        conn.executemany(
            "INSERT INTO budget_plan_months (line_id, month, planned_won) VALUES (?, ?, ?)",
            [(i, m, per_month) for i in range(1, lines + 1) for m in MONTHS])
        conn.executemany(
            "INSERT INTO commitments (project_id, line_id, title, amount_won, committed_on)"
            " VALUES (1, ?, ?, ?, '2025-03-02')",
            [(i, f"계약 {i}", per_month * 20) for i in range(1, lines + 1)])
        conn.executemany(
            "INSERT INTO actual_costs (project_id, line_id, month, amount_won, note)"
            " VALUES (1, ?, ?, ?, '')",
            [(1 + k % lines, rng.choice(ELAPSED), rng.randint(1, 40_000_000)) for k in range(costs)])
    db.execute("ANALYZE")
    db.close()


def _edit_once(db, view, k: int, rng: random.Random) -> float:
    from desktop.services.costs import record_actual_cost, set_actual_cost

    start = time.perf_counter()
    if k % 2 == 0:
        changes = record_actual_cost(db, line_id=rng.randint(1, LINES), month=rng.choice(ELAPSED),
                                     amount_won=rng.randint(1, 10**8), note="벤치마크", today=AS_OF)
    else:
        changes = set_actual_cost(db, cost_id=rng.randint(1, COSTS), amount_won=rng.randint(1, 10**8))
    nodes = view.apply_actual(changes.extra["line_id"], changes.extra["month"],
                              changes.extra["delta_won"])
    for node in nodes:
        node.figures  # noqa: B018 - computes the cached figures
    view.series  # noqa: B018
    view.spi_t  # noqa: B018
    return (time.perf_counter() - start) * 1000


def measure() -> dict:
    from desktop.services.budget import load_money_view

    with tempfile.TemporaryDirectory(prefix="money-bench-") as folder:
        path = Path(folder) / "money.sqlite"
        write_money_db(path)
        db = open_database(path)
        try:
            start = time.perf_counter()
            view = load_money_view(db, as_of=AS_OF)
            for node in view.nodes():
                node.figures  # noqa: B018
            view.total.figures  # noqa: B018
            view.series  # noqa: B018
            view.spi_t  # noqa: B018
            open_s = time.perf_counter() - start
            rng = random.Random(16)
            _edit_once(db, view, 0, rng)  # warm-up: first sqlite-utils use, statement cache
            edits = [_edit_once(db, view, k, rng) for k in range(EDITS)]
            fresh = load_money_view(db, as_of=AS_OF)
            if fresh.total.figures != view.total.figures or fresh.series != view.series:
                raise AssertionError("the incrementally updated view differs from a fresh one")
        finally:
            db.close()
    return {"variance_edit_ms": round(statistics.median(edits), 2),
            "money_open_s": round(open_s, 3)}


if __name__ == "__main__":
    print(measure())
