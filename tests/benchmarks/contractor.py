"""Contractors' schedules: the engine with task calendars on the 10,000-task plan, and the
largest real P6 file (4,217 activities, 7,586 links) read and checked, stored as a version,
loaded back and reviewed against a second version.

    .venv/bin/python tests/benchmarks/contractor.py
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from desktop.domain.calendar import WorkCalendar  # noqa: E402
from desktop.domain.cpm import schedule  # noqa: E402
from tests.benchmarks.bench_cpm import PROJECT_START, synthetic_plan  # noqa: E402

HOTEL = Path(__file__).resolve().parents[3] / "shared" / "testdata" / "xer" / "soulmajor1_Hotel-Project.xer"


def _median(run, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        run()
        times.append(time.perf_counter() - t0)
    return round(statistics.median(times), 4)


def measure(repeat: int = 5) -> dict[str, float]:
    tasks, links = synthetic_plan()
    calendar, six_days = WorkCalendar(), WorkCalendar(weekend=(6,))
    own = {t.id: six_days for t in tasks[::2]}  # every other task works Saturdays
    schedule(tasks[:10], [], project_start=PROJECT_START, calendar=calendar, calendars={1: six_days})
    figures = {"cpm_10k_task_calendars_s": _median(lambda: schedule(
        tasks, links, project_start=PROJECT_START, calendar=calendar, calendars=own), repeat)}
    if HOTEL.exists():
        figures.update(_hotel())
    return figures


def _hotel() -> dict[str, float]:
    from db import open_database
    from desktop.services.contractor import import_contractor, read_contractor_file, retarget
    from desktop.services.contractor_read import load_version, review_versions

    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "bench.sqlite")
        t0 = time.perf_counter()
        read = read_contractor_file(HOTEL, project="HBTF-2")
        t1 = time.perf_counter()
        first = import_contractor(db, retarget(db, read, name="호텔"))
        t2 = time.perf_counter()
        load_version(db, version_id=first.extra["version_id"])
        t3 = time.perf_counter()
        second = read.schedule
        second.tasks[10].duration_days = (second.tasks[10].duration_days or 0) + 5
        import_contractor(db, retarget(db, replace(read, sha256="0" * 64), name="호텔"))  # edited: another file
        t4 = time.perf_counter()
        review_versions(db, schedule_id=first.extra["schedule_id"])
        t5 = time.perf_counter()
        db.close()
    return {"contractor_4k_read_check_s": round(t1 - t0, 3), "contractor_4k_store_s": round(t2 - t1, 3),
            "contractor_4k_load_s": round(t3 - t2, 3), "contractor_4k_review_s": round(t5 - t4, 3)}


if __name__ == "__main__":
    for key, value in measure().items():
        print(f"{key:<30} {value}")
