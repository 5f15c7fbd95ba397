"""report_s: the full monthly report (PDF, Korean, with every chart) on the example data.

Measured in-process after the application is up, median of 5 (the matplotlib import and the
one-off TrueType conversion of the font happen in a warm-up run first).  Target ≤ 2 s.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def measure(runs: int = 5) -> dict[str, float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from db import open_database
    from desktop.app import create_application
    from desktop.report.monthly import write_report_pdf
    from desktop.services.example_data import load_example_data
    from desktop.services.month_close import report_figures

    create_application(language="ko")
    today = date(2026, 11, 24)
    with tempfile.TemporaryDirectory(prefix="report-bench-") as folder:
        db = open_database(Path(folder) / "r.sqlite")
        load_example_data(db, today=today)
        out = Path(folder) / "report.pdf"
        write_report_pdf(out, *report_figures(db, "2026-11", today), issued_on=today)  # warm-up
        times, pages = [], 0
        for _ in range(runs):
            start = time.perf_counter()
            figures, digest, closed = report_figures(db, "2026-11", today)
            pages = write_report_pdf(out, figures, digest, closed, issued_on=today)
            times.append(time.perf_counter() - start)
        db.close()
    return {"report_s": round(statistics.median(times), 3), "report_pages": pages}


if __name__ == "__main__":
    print(measure())
