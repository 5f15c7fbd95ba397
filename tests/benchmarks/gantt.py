"""gantt_open_10k_s and gantt_paint_ms: the Gantt chart over 10,000 tasks and 20,000 links.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -c "from tests.benchmarks.gantt import measure; print(measure())"

The plan is bench_cpm's synthetic plan, scheduled once (the CPM time is not counted).
``gantt_open_10k_s``: layout + creating the GanttView + its first paint (grab) at 1600×900.
``gantt_paint_ms``: median of one synchronous viewport repaint while scrolling a few rows at a time.
Targets: ≤ 1 s and ≤ 16 ms.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from desktop.domain.calendar import WorkCalendar  # noqa: E402
from desktop.domain.cpm import schedule  # noqa: E402
from desktop.domain.schedule_rows import PhaseBand, ScheduleLink, ScheduleRow, ScheduleView  # noqa: E402
from tests.benchmarks.bench_cpm import PROJECT_START, synthetic_plan  # noqa: E402

VIEWPORT = (1600, 900)
SCROLL_STEPS = 50
FIRST_ROW = 5000


def synthetic_view() -> ScheduleView:
    """The synthetic plan scheduled, as the views receive it (every third task has a baseline)."""
    tasks, links = synthetic_plan()
    status = PROJECT_START + timedelta(days=120)
    result = schedule(tasks, links, project_start=PROJECT_START, calendar=WorkCalendar(),
                      status_date=status)
    rows = []
    for task in tasks:
        r = result.tasks[task.id]
        base = (r.early_start - timedelta(days=7), r.early_finish - timedelta(days=3)) \
            if task.id % 3 == 0 else (None, None)
        rows.append(ScheduleRow(
            task_id=task.id, wbs=str(task.id), name_ko=f"작업 {task.id}", name_en=f"Task {task.id}",
            level=0, is_summary=False, is_milestone=r.is_milestone, start=r.early_start,
            finish=r.early_finish, late_start=r.late_start, late_finish=r.late_finish,
            baseline_start=base[0], baseline_finish=base[1], percent_complete=(task.id * 7) % 101,
            duration_days=task.duration, total_float=r.total_float, free_float=r.free_float,
            is_critical=r.is_critical))
    critical = set(result.critical_ids)
    view_links = [ScheduleLink(l.pred_id, l.succ_id, l.type.value, l.lag,
                               l.pred_id in critical and l.succ_id in critical) for l in links]
    bands = _bands(result.start, result.finish)
    return ScheduleView(rows=rows, links=view_links, bands=bands, status_date=status,
                        start=result.start, finish=result.finish,
                        critical_ids=list(result.critical_ids))


def _bands(start: date, finish: date) -> list[PhaseBand]:
    step = (finish - start) / 4
    return [PhaseBand(n + 1, f"{n + 1}단계", f"Phase {n + 1}", start + step * n,
                      start + step * (n + 1) - timedelta(days=1)) for n in range(4)]


def measure(save: str | None = None) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication

    from desktop.domain.gantt_layout import Zoom
    from desktop.ui.fonts import application_font, register_fonts
    from desktop.ui.widgets.gantt_view import GanttView

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setFont(application_font(register_fonts()))
    view = synthetic_view()
    warm = GanttView()  # load the font and the paint engine once, outside the timing
    warm.resize(*VIEWPORT)
    warm.grab()
    t0 = time.perf_counter()
    gantt = GanttView()
    gantt.resize(*VIEWPORT)
    gantt.set_today(view.status_date)
    gantt.set_zoom(Zoom.MONTH)
    gantt.set_view(view)
    gantt.scroll_to_row(FIRST_ROW)
    gantt.scroll_to_date(view.rows[FIRST_ROW].start - timedelta(days=60))
    gantt.grab()
    open_s = time.perf_counter() - t0
    gantt.show()
    app.processEvents()
    bar = gantt.verticalScrollBar()
    times = []
    for step in range(SCROLL_STEPS):
        bar.setValue(bar.value() + 3 * gantt.row_height())
        t1 = time.perf_counter()
        gantt.viewport().repaint()
        times.append(time.perf_counter() - t1)
    if save:
        gantt.grab().save(save)
    gantt.close()
    return {"gantt_open_10k_s": round(open_s, 3),
            "gantt_paint_ms": round(statistics.median(times) * 1000, 2)}


def measure_layout() -> dict[str, float]:
    """Layout alone (no Qt), for profiling: best of three.  ``gantt_layout_10k_s`` lays out
    what one screen paints (rows are laid out when first painted); ``gantt_layout_all_10k_s``
    every row and link (an export of the whole chart)."""
    from desktop.domain.gantt_layout import Zoom, layout_gantt

    view = synthetic_view()
    screen, everything = [], []
    for _ in range(3):
        t0 = time.perf_counter()
        layout = layout_gantt(view, zoom=Zoom.MONTH, row_height=24, today=view.status_date)
        layout.links_between(FIRST_ROW, FIRST_ROW + 40)
        _ = layout.rows[FIRST_ROW:FIRST_ROW + 41]
        screen.append(time.perf_counter() - t0)
        _ = list(layout.rows), layout.links
        everything.append(time.perf_counter() - t0)
    return {"gantt_layout_10k_s": round(min(screen), 3),
            "gantt_layout_all_10k_s": round(min(everything), 3)}


if __name__ == "__main__":
    print(measure_layout())
    print(measure())
