"""What the user feels in the real window (offscreen) on contractor-scale data.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/window.py

The MainWindow runs on a database holding bench_cpm's synthetic plan (10,000 tasks under
100 summaries, 20,000 links; see synthetic_db.py), the budget edit on money.py's database
(2,000 lines, 100,000 actual costs).  Each figure is min/median/max over runs that take
turns (edit, undo, link edit, undo, …), so background load hits them alike.

``edit_10k_ms``: one duration typed in the schedule table (editor open, text typed, Return)
until the table and the Gantt have repainted with the new schedule and the event queue is
idle.  ``undo_10k_ms``: the Undo action, to the same point.  ``link_edit_10k_ms``: one
predecessor added by typing in the Predecessors cell, to the same point.
``scroll_paint_ms``: scrolling the table three rows, the repaint of the Gantt's viewport
(``scroll_paint_table_ms``: of the table's, painted first; ``scroll_frame_ms``: both).
``budget_edit_ms``: one actual cost typed in the budget table until the figures and the
S-curve have repainted.  ``schedule_visit_10k_s``: the first
visit of the schedule panel.

Targets (issue 14): edit ≤ 50, undo ≤ 50, link edit ≤ 100, scroll ≤ 16, budget edit ≤ 16 (ms).
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

AS_OF = date(2026, 3, 16)
BUDGET_AS_OF = date(2027, 1, 15)  # a month money.py's database has no costs in yet
RUNS = 9
SCROLL_STEPS = 40
EDIT_ROW = 5_000  # a task in the middle of the plan


def spread(name: str, values_ms: list[float]) -> dict[str, float]:
    """``name`` (the median) with its min and max, rounded for the table."""
    return {name: round(statistics.median(values_ms), 1), f"{name}_min": round(min(values_ms), 1),
            f"{name}_max": round(max(values_ms), 1)}


class PaintWatch:
    """Counts the paint events of some widgets (a viewport painted = on screen)."""

    def __init__(self, *widgets) -> None:
        from PySide6.QtCore import QEvent, QObject

        watch = self

        class _Filter(QObject):
            def eventFilter(self, obj, event):  # noqa: N802 - Qt override
                if event.type() == QEvent.Type.Paint:
                    watch.painted.add(id(obj))
                return False

        self.painted: set[int] = set()
        self._filter = _Filter()
        self._widgets = widgets
        for widget in widgets:
            widget.installEventFilter(self._filter)

    def reset(self) -> None:
        self.painted.clear()

    def all_painted(self) -> bool:
        return all(id(w) in self.painted for w in self._widgets)


def settle(app, watch: PaintWatch | None = None, limit_s: float = 30.0) -> None:
    """Process events until the watched widgets have painted and nothing is left to do."""
    deadline = time.perf_counter() + limit_s
    app.processEvents()
    while watch is not None and not watch.all_painted() and time.perf_counter() < deadline:
        app.processEvents()
    app.sendPostedEvents()
    app.processEvents()


def make_window(db, folder: Path, today: date = AS_OF):
    from PySide6.QtCore import QSettings

    from desktop.clock import Clock
    from desktop.ui.settings import Settings
    from desktop.ui.views.main_window import MainWindow

    settings = Settings(QSettings(str(folder / "bench.ini"), QSettings.Format.IniFormat))
    errors: list[str] = []
    window = MainWindow(db=db, settings=settings, db_path=folder / "bench.sqlite", clock=Clock(today),
                        show_error=errors.append)
    window.errors = errors
    window.resize(1600, 1000)
    window.show()
    return window


def type_into(app, view, index, text: str) -> None:
    """Open the cell's editor as a user does (F2), replace its text, leave Return unpressed."""
    from PySide6.QtWidgets import QLineEdit

    view.scrollTo(index)
    view.setCurrentIndex(index)
    view.edit(index)
    app.processEvents()
    editor = view.viewport().findChild(QLineEdit)
    if editor is None:
        raise AssertionError("no editor opened on the cell")
    editor.selectAll()
    editor.setText(text)
    return editor


def press_return(editor) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    QTest.keyClick(editor, Qt.Key.Key_Return)


def timed(app, watch: PaintWatch, action) -> float:
    """Milliseconds from ``action()`` to the watched widgets repainted and the queue idle."""
    watch.reset()
    t0 = time.perf_counter()
    action()
    settle(app, watch)
    return (time.perf_counter() - t0) * 1000


def typed(app, watch: PaintWatch, view, index, text: str) -> float:
    """``text`` typed into the cell's editor: milliseconds from Return to on screen."""
    editor = type_into(app, view, index, text)
    return timed(app, watch, lambda: press_return(editor))


def _schedule_runs(app, window) -> dict[str, float]:
    from desktop.ui.models.schedule_model import COL

    from desktop.ui.views.main_window import AREA_ORDER

    t0 = time.perf_counter()
    window.nav.setCurrentRow(AREA_ORDER.index("schedule"))
    panel = window.panels["schedule"]
    watch = PaintWatch(panel.tree.viewport(), panel.gantt.viewport())
    settle(app, watch)
    visit_s = time.perf_counter() - t0
    rows = panel.model.rows
    leaves = [i for i, r in enumerate(rows) if not r.is_summary and not r.is_milestone]
    target = min(leaves, key=lambda i: abs(i - EDIT_ROW))
    task_id = rows[target].task_id
    linkable = [i for i in leaves if target - 150 < i < target - 20]
    edits, undos, links = [], [], []
    undo = window.actions_by_name["undo"].trigger
    for run in range(RUNS + 1):  # the first round warms caches and is not counted
        position = [r.task_id for r in panel.model.rows].index(task_id)
        before = panel.model.rows[position].duration_days
        text = f"{int(before) + 1 + run % 3}d"
        edit_ms = typed(app, watch, panel.tree, panel.model.index_of(position, COL["Duration"]), text)
        row = next(r for r in panel.model.rows if r.task_id == task_id)
        assert row.duration_days == int(text[:-1]), (row.duration_days, text)
        undo_ms = timed(app, watch, undo)
        assert next(r for r in panel.model.rows if r.task_id == task_id).duration_days == before
        position = [r.task_id for r in panel.model.rows].index(task_id)
        old_text = panel.model.rows[position].predecessors
        new_pred = linkable[run % len(linkable)] + 1
        text = f"{old_text}, {new_pred}" if old_text else str(new_pred)
        link_ms = typed(app, watch, panel.tree, panel.model.index_of(position, COL["Predecessors"]),
                        text)
        assert not window.errors, window.errors
        timed(app, watch, undo)
        if run:
            edits.append(edit_ms)
            undos.append(undo_ms)
            links.append(link_ms)
    figures = {"schedule_visit_10k_s": round(visit_s, 3)}
    figures |= spread("edit_10k_ms", edits) | spread("undo_10k_ms", undos)
    figures |= spread("link_edit_10k_ms", links) | _scroll(app, panel)
    return figures


def _scroll(app, panel) -> dict[str, float]:
    """Scroll the table three rows at a time; time the repaint of the Gantt's viewport and,
    apart, of the table's (both together are the window's frame)."""
    bar = panel.tree.verticalScrollBar()
    bar.setValue(bar.maximum() // 3)
    settle(app)
    gantt, table = [], []
    for _ in range(SCROLL_STEPS):
        bar.setValue(bar.value() + 3 * panel.gantt.row_height())
        t0 = time.perf_counter()
        panel.tree.viewport().repaint()
        t1 = time.perf_counter()
        panel.gantt.viewport().repaint()
        t2 = time.perf_counter()
        table.append((t1 - t0) * 1000)
        gantt.append((t2 - t1) * 1000)
    return (spread("scroll_paint_ms", gantt) | spread("scroll_paint_table_ms", table)
            | spread("scroll_frame_ms", [a + b for a, b in zip(gantt, table)]))


def _budget_runs(app, window) -> dict[str, float]:
    from desktop.ui.models.budget_model import COL
    from desktop.ui.views.main_window import AREA_ORDER

    window.nav.setCurrentRow(AREA_ORDER.index("budget"))
    panel = window.panels["budget"]
    settle(app)
    canvas = panel.chart.canvas
    watch = PaintWatch(panel.tree.viewport(), canvas)
    model = panel.model
    phase = model.index(0, 0)
    panel.tree.expand(phase)
    group = model.index(0, 0, phase)
    panel.tree.expand(group)
    settle(app)
    times = []
    for run in range(RUNS + 1):
        line = model.index(run % model.rowCount(group), COL["Actual this month"], group)
        ms = typed(app, watch, panel.tree, line, str((run + 1) * 7))  # 7, 14, … million won
        if run:
            times.append(ms)
    assert not window.errors, window.errors
    return spread("budget_edit_ms", times)


def _in_window(write, runs, today: date = AS_OF) -> dict[str, float]:
    """``write(path)`` a database in a temporary folder, open the window on it, ``runs``."""
    from db import open_database
    from desktop.app import create_application

    app = create_application(language="ko")
    with tempfile.TemporaryDirectory(prefix="window-bench-") as name:
        folder = Path(name)
        write(folder / "bench.sqlite")
        db = open_database(folder / "bench.sqlite")
        window = make_window(db, folder, today)
        settle(app)
        try:
            return runs(app, window)
        finally:
            window.close()
            db.close()


def measure_schedule() -> dict[str, float]:
    """Edits, undo, link edit and scrolling in the schedule panel of a 10,000-task plan."""
    from tests.benchmarks.synthetic_db import write_synthetic_plan

    return _in_window(lambda path: write_synthetic_plan(path).close(), _schedule_runs)


def measure_budget() -> dict[str, float]:
    """One actual cost typed in the budget table of 2,000 lines and 100,000 costs."""
    from tests.benchmarks.money import write_money_db

    return _in_window(write_money_db, _budget_runs, BUDGET_AS_OF)


def _peak_memory(path: str) -> None:
    """In a fresh process: the window on ``path``, every panel shown; peak resident MB."""
    import resource

    from db import open_database
    from desktop.app import create_application

    app = create_application(language="ko")
    folder = Path(path).parent
    window = make_window(open_database(Path(path)), folder)
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
        settle(app)
    print("peak_mb", _high_water_kb(resource) / 1024, flush=True)


def _high_water_kb(resource) -> float:
    """This process's peak resident memory (kB).  VmHWM of /proc where there is one: Linux
    carries ru_maxrss over exec, so a child started by a large process (run.py after the
    window benchmarks) would report its parent's peak."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            return float(next(line.split()[1] for line in status if line.startswith("VmHWM:")))
    except (OSError, StopIteration):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def measure_memory() -> dict[str, float]:
    """``memory_10k_mb``: peak resident memory of the window on 10,000 tasks, 20,000 links
    and 100,000 actual costs with every panel visited (target ≤ 300 MB)."""
    import subprocess

    from tests.benchmarks.money import write_money_db
    from tests.benchmarks.synthetic_db import write_synthetic_plan

    with tempfile.TemporaryDirectory(prefix="window-bench-") as name:
        path = Path(name) / "bench.sqlite"
        write_synthetic_plan(path).close()
        write_money_db(path)
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        out = subprocess.run([sys.executable, __file__, "peak", str(path)], check=True, env=env,
                             capture_output=True, text=True).stdout
    peak = next(line for line in out.splitlines() if line.startswith("peak_mb "))
    return {"memory_10k_mb": round(float(peak.split()[1]), 1)}


def measure() -> dict[str, float]:
    return measure_schedule() | measure_budget() | measure_memory()


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "peak":
        _peak_memory(sys.argv[2])
        sys.exit(0)
    chosen = {"schedule": measure_schedule, "budget": measure_budget,
              "memory": measure_memory}.get(sys.argv[1] if len(sys.argv) > 1 else "", measure)
    for key, value in chosen().items():
        print(f"{key:<24} {value}")
