"""mspdi_import_10k_s: preview and import a 10,000-task MS Project XML file into a fresh database.

    .venv/bin/python -c "from tests.benchmarks.mspdi import measure; print(measure())"

The file is bench_cpm's synthetic plan (10,000 tasks, 20,000 links, FS/SS/FF/SF with lags)
under 100 summary tasks, written by the application's own MSPDI writer with MS Project's
units.  Timed: ``preview_mspdi`` (parse, check the links, schedule the plan, list the date
differences) + ``import_mspdi`` (one transaction).  Opening the fresh database is not timed.
Target: ≤ 1 s.  Also reported: parsing alone, and parsing the same plan with the sixty other
fields MS Project writes in every task (a file as MS Project saves it is about three times larger).
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from db import open_database  # noqa: E402
from desktop.domain.calendar import WorkCalendar  # noqa: E402
from desktop.domain.cpm import schedule  # noqa: E402
from desktop.interop.mspdi_read import MspdiLink, MspdiProject, MspdiTask, read_mspdi  # noqa: E402
from desktop.interop.mspdi_write import write_mspdi  # noqa: E402
from desktop.services.exchange import import_mspdi, preview_mspdi  # noqa: E402
from tests.benchmarks.bench_cpm import PROJECT_START, synthetic_plan  # noqa: E402

SUMMARIES = 100
AS_OF = date(2025, 9, 1)
# What MS Project itself writes in every task besides the fields read (values of a real file):
# a verbose file shows what parsing a 10,000-task file saved by MS Project costs.
MS_PROJECT_FIELDS = "".join(f"<{name}>{value}</{name}>" for name, value in (
    ("GUID", "3F2504E0-4F89-11D3-9A0C-0305E82C3301"), ("Active", 1), ("Type", 1), ("IsNull", 0),
    ("CreateDate", "2025-08-01T09:00:00"), ("Priority", 500), ("FreeformDurationFormat", 7),
    ("Work", "PT0H0M0S"), ("ResumeValid", 0), ("EffortDriven", 0), ("Recurring", 0),
    ("OverAllocated", 0), ("DisplayAsSummary", 0), ("Critical", 1), ("IsSubproject", 0),
    ("IsSubprojectReadOnly", 0), ("ExternalTask", 0), ("EarlyStart", "2025-09-01T08:00:00"),
    ("EarlyFinish", "2025-09-05T17:00:00"), ("LateStart", "2025-09-01T08:00:00"),
    ("LateFinish", "2025-09-05T17:00:00"), ("StartVariance", 0), ("FinishVariance", 0),
    ("WorkVariance", 0), ("FreeSlack", 0), ("TotalSlack", 0), ("StartSlack", 0), ("FinishSlack", 0),
    ("FixedCostAccrual", 3), ("PercentWorkComplete", 0), ("OvertimeCost", 0),
    ("OvertimeWork", "PT0H0M0S"), ("ActualDuration", "PT0H0M0S"), ("ActualCost", 0),
    ("ActualOvertimeCost", 0), ("ActualWork", "PT0H0M0S"), ("ActualOvertimeWork", "PT0H0M0S"),
    ("RegularWork", "PT0H0M0S"), ("RemainingDuration", "PT40H0M0S"), ("RemainingCost", 0),
    ("RemainingWork", "PT0H0M0S"), ("RemainingOvertimeCost", 0), ("RemainingOvertimeWork", "PT0H0M0S"),
    ("ACWP", 0), ("CV", 0), ("CalendarUID", -1), ("LevelAssignments", 1), ("LevelingCanSplit", 1),
    ("LevelingDelay", 0), ("LevelingDelayFormat", 8), ("IgnoreResourceCalendar", 0), ("HideBar", 0),
    ("Rollup", 0), ("BCWS", 0), ("BCWP", 0), ("PhysicalPercentComplete", 0), ("EarnedValueMethod", 0),
    ("IsPublished", 1), ("CommitmentType", 0)))


def synthetic_project() -> MspdiProject:
    """The synthetic plan as a file would hold it, with the engine's dates as its dates."""
    tasks, links = synthetic_plan()
    result = schedule(tasks, links, project_start=PROJECT_START, calendar=WorkCalendar())
    group = len(tasks) // SUMMARIES
    out: list[MspdiTask] = []
    for g in range(SUMMARIES):
        out.append(MspdiTask(uid=100_000 + g, name=f"공종 {g + 1}", outline_level=1, wbs=str(g + 1),
                             is_summary=True))
        for t in tasks[g * group:(g + 1) * group]:
            r = result.tasks[t.id]
            out.append(MspdiTask(uid=t.id, name=f"작업 {t.id}", outline_level=2,
                                 wbs=f"{g + 1}.{(t.id - 1) % group + 1}", is_milestone=t.duration == 0,
                                 duration_days=float(t.duration), start=r.early_start,
                                 finish=r.early_finish, cost_won=1_000_000 * (t.id % 7) or None))
    return MspdiProject(name="합성 공정표 10k", file_name="synthetic.xml", start=PROJECT_START,
                        tasks=out, links=[MspdiLink(l.pred_id, l.succ_id, l.type.value, float(l.lag))
                                          for l in links])


def measure(repeat: int = 3) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="mspdi-bench-") as folder:
        return _measure(Path(folder), repeat)


def _measure(work: Path, repeat: int) -> dict[str, float]:
    path = write_mspdi(synthetic_project(), work / "synthetic.xml")
    verbose = work / "verbose.xml"
    verbose.write_bytes(path.read_bytes().replace(b"<Manual>0</Manual>",
                                                  b"<Manual>0</Manual>" + MS_PROJECT_FIELDS.encode()))
    times, parse_times, verbose_times = [], [], []
    for n in range(repeat):
        db = open_database(work / f"fresh{n}.sqlite")
        t0 = time.perf_counter()
        read_mspdi(path)
        parse_times.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        read_mspdi(verbose)
        verbose_times.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        preview = preview_mspdi(db, path, as_what="schedule", phase_id=None, as_of=AS_OF)
        import_mspdi(db, preview)
        times.append(time.perf_counter() - t0)
        count = db.execute("SELECT count(*) FROM tasks WHERE source_uid IS NOT NULL").fetchone()[0]
        assert count == len(preview.project.tasks) == 10_000 + SUMMARIES, count
        del preview  # freed here, not while the next run is timed (the dialog frees it on closing)
        db.close()
    return {"mspdi_import_10k_s": round(statistics.median(times), 3),
            "mspdi_parse_10k_s": round(statistics.median(parse_times), 3),
            "mspdi_file_mb": round(path.stat().st_size / 2**20, 1),
            "mspdi_parse_10k_ms_project_s": round(statistics.median(verbose_times), 3),
            "mspdi_ms_project_file_mb": round(verbose.stat().st_size / 2**20, 1)}


if __name__ == "__main__":
    for key, value in measure().items():
        print(f"{key:<22} {value}")
