"""The project's own schedule checked like a contractor's file: a plan built to fail each DCMA
point with exactly one activity (or link) fails each point once, in the service and through
``python -m desktop check --db``; the engine computes the floats here (not given)."""

from __future__ import annotations

import json

from desktop.domain.dcma import POINTS, dcma_check
from desktop.services.plan_file import plan_schedule_file
from tests.conftest import TODAY
from tests.test_cli import run

# wbs, days, actual start/finish, constraint, deadline, baseline start/finish, responsible
TASKS = [
    ("S", 0, ("2026-09-01", "2026-09-01"), None, None, ("2026-09-01", "2026-09-01"), True),
    ("A1", 5, ("2026-09-01", "2026-09-07"), None, None, ("2026-09-01", "2026-09-07"), True),
    # X: no successor (1), a hard constraint (5), critical but off the path to the finish (12)
    ("X", 5, None, ("fnlt", "2026-09-18"), None, ("2026-09-14", "2026-09-18"), True),
    # Y: due before it can finish: float −5 (7), the project float that sinks the CPLI (13)
    ("Y", 5, None, None, "2026-09-11", ("2026-09-14", "2026-09-18"), True),
    # A2: its baseline finish has passed, not finished (11, 14)
    ("A2", 10, None, None, None, ("2026-09-01", "2026-09-11"), True),
    # B1: far from the critical path (6), nobody responsible and no budget (10)
    ("B1", 5, None, None, None, ("2026-09-14", "2026-09-18"), False),
    ("A3", 50, None, None, None, ("2026-09-28", "2026-12-04"), True),  # too long (8)
    ("A4", 10, None, None, None, ("2026-12-07", "2026-12-18"), True),
    ("F", 0, None, None, None, ("2026-12-18", "2026-12-18"), True),
    # W: done after the status date (9)
    ("W", 2, ("2026-09-14", "2026-09-15"), None, None, ("2026-09-14", "2026-09-15"), True),
]
LINKS = [("S", "A1", "FS", 0), ("A1", "X", "FS", 0), ("A1", "Y", "FS", 0), ("A1", "A2", "FS", 0),
         ("A2", "A3", "FS", 0), ("A2", "B1", "SS", 0),  # (4)
         ("B1", "F", "FS", 2),  # (3)
         ("A3", "A4", "FS", -1),  # (2)
         ("A4", "F", "FS", 0), ("Y", "F", "FS", 0)]
EXPECTED = {
    "logic": ("X",), "leads": ("A3→A4 FS",), "lags": ("B1→F FS",), "link_types": ("A2→B1 SS",),
    "hard_constraints": ("X",), "high_float": ("B1",), "negative_float": ("Y",),
    "high_duration": ("A3",), "invalid_dates": ("W",), "resources": ("B1",), "missed_tasks": ("A2",),
    "critical_path_test": ("X",), "cpli": ("Y",), "bei": ("A2",)}


def failing_plan(db) -> None:
    """The plan's tasks replaced by the network above; status date Fri 11 Sep 2026."""
    with db.atomic():
        for table in ("baseline_tasks", "dependencies", "tasks"):
            db.execute(f"DELETE FROM {table}")
        db.execute("UPDATE project SET mou_signed_on = '2026-09-01', status_date_on = '2026-09-11'")
        party = db.execute("SELECT id FROM parties ORDER BY id LIMIT 1").fetchone()[0]
        baseline = db.execute("SELECT id FROM baselines WHERE is_current = 1").fetchone()[0]
        ids = {}
        for order, (wbs, days, actual, constraint, deadline, base, responsible) in enumerate(TASKS):
            ids[wbs] = db["tasks"].insert({
                "project_id": 1, "sort_order": order, "wbs_code": wbs, "name_ko": wbs,
                "is_milestone": int(days == 0), "duration_days": days,
                "actual_start_on": actual[0] if actual else None,
                "actual_finish_on": actual[1] if actual else None,
                "percent_complete": 100 if actual else 0,
                "constraint_type": constraint[0] if constraint else "asap",
                "constraint_on": constraint[1] if constraint else None, "deadline_on": deadline,
                "responsible_party_id": party if responsible else None}).last_pk
            db["baseline_tasks"].insert({"baseline_id": baseline, "task_id": ids[wbs],
                                         "start_on": base[0], "finish_on": base[1], "duration_days": days})
        for pred, succ, kind, lag in LINKS:
            db["dependencies"].insert({"project_id": 1, "predecessor_id": ids[pred],
                                       "successor_id": ids[succ], "link_type": kind, "lag_days": lag})


def test_the_plan_built_to_fail_each_point_fails_each_once(db):
    failing_plan(db)
    plan = plan_schedule_file(db, as_of=TODAY)
    assert plan.format == "plan" and [t.code for t in plan.tasks][:3] == ["S", "A1", "X"]
    points = {p.key: p for p in dcma_check(plan, as_of=TODAY)}
    assert {k: (p.passed, p.count) for k, p in points.items()} == {key: (False, 1) for key in POINTS}
    assert {k: p.failing for k, p in points.items()} == EXPECTED


def test_check_db_without_a_schedule_name_checks_the_plan(db, db_path):
    failing_plan(db)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    out = json.loads(run("check", "--db", str(db_path), "--as-of", TODAY.isoformat(), "--json").stdout)
    assert out["status_date"] == "2026-09-11"
    assert {p["key"]: (p["passed"], p["count"]) for p in out["points"]} == {key: (False, 1) for key in POINTS}
    assert {p["key"]: tuple(p["failing"]) for p in out["points"]} == EXPECTED
