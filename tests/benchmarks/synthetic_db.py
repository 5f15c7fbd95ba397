"""A database holding the synthetic plan of 10,000 tasks and 20,000 links (benchmarks only).

The tasks hang under 100 summary tasks of 100 each, so the outline is realistic.
"""

from __future__ import annotations

from pathlib import Path

from db import open_database
from tests.benchmarks.bench_cpm import synthetic_plan


def write_synthetic_plan(path: Path, *, summaries: int = 100):
    db = open_database(path)
    tasks, links = synthetic_plan()
    with db.atomic():
        db.execute("DELETE FROM dependencies")
        db.execute("DELETE FROM baseline_tasks")
        db.execute("DELETE FROM tasks")
        group = max(1, len(tasks) // summaries)
        parents = {}
        for g in range(summaries):
            parents[g] = db["tasks"].insert({
                "project_id": 1, "sort_order": g, "wbs_code": str(g + 1),
                "name_ko": f"공종 {g + 1}", "name_en": f"Work package {g + 1}"}).last_pk
        offset = max(parents.values())
        db["tasks"].insert_all({
            "id": offset + t.id, "project_id": 1, "parent_id": parents[min((t.id - 1) // group, summaries - 1)],
            "sort_order": t.id, "wbs_code": f"{(t.id - 1) // group + 1}.{(t.id - 1) % group + 1}",
            "name_ko": f"작업 {t.id}", "name_en": f"Task {t.id}", "is_milestone": int(t.duration == 0),
            "duration_days": t.duration} for t in tasks)
        db["dependencies"].insert_all({
            "project_id": 1, "predecessor_id": offset + link.pred_id,
            "successor_id": offset + link.succ_id, "link_type": link.type.value,
            "lag_days": link.lag} for link in links)
    return db
