"""Random edits in the window's schedule panel: after each, what the table and the Gantt show
is what a fresh load of the schedule (the full pass) shows.

The panel follows the window's live plan (desktop.services.live_schedule): an edit repaints
only the rows it changed and edits the Gantt's links in place.  Typed durations, starts
(constraints) and predecessors (links added, removed, their type and lag changed), links
drawn on the Gantt, bars dragged, tasks added and deleted, undo and redo; after each one the
model's rows, the view's links and the Gantt's layout must equal those made from scratch.
"""

from __future__ import annotations

import random
from datetime import timedelta

from PySide6.QtCore import Qt

from desktop.domain.gantt_layout import layout_gantt
from desktop.services.schedule import load_schedule
from desktop.ui.models.schedule_model import COL
from tests.conftest import TODAY
from tests.services.test_live_schedule import random_plan

EDIT = Qt.ItemDataRole.EditRole


def _leaves(panel) -> list:
    return [r for r in panel.model.rows if not r.is_summary]


def _typed(panel, rng: random.Random, row, column: str, text: str) -> None:
    index = panel.model.index_of(panel.model.position_of(row.task_id), COL[column])
    panel.model.setData(index, text, EDIT)


def _predecessors(rng: random.Random, rows, row) -> str:
    """Predecessors typed by WBS code or row number, with types and lags."""
    chosen = rng.sample([r for r in rows if r.task_id != row.task_id], rng.randint(0, 3))
    parts = []
    for other in chosen:
        name = other.wbs if other.wbs and rng.random() < 0.6 else None
        if name is None:
            continue
        parts.append(name + rng.choice(["", "SS", "FF+2d", "FS-1d", "SF"]))
    return ", ".join(parts)


def _edit(window, panel, rng: random.Random) -> None:
    rows = _leaves(panel)
    row = rng.choice(rows)
    kind = rng.randrange(9)
    if kind == 0 and not row.is_milestone:
        _typed(panel, rng, row, "Duration", f"{rng.randint(1, 25)}d")
    elif kind == 1:
        day = TODAY + timedelta(days=rng.randint(-200, 400))
        _typed(panel, rng, row, "Start", day.isoformat() if rng.random() < 0.8 else "")
    elif kind in (2, 3):
        _typed(panel, rng, row, "Predecessors", _predecessors(rng, rows, row))
    elif kind == 4:
        other = rng.choice(rows)
        panel.gantt.sig_link_requested.emit(other.task_id, row.task_id)
    elif kind == 5 and row.start is not None and not row.is_milestone:
        panel.gantt.sig_move_requested.emit(row.task_id, row.start + timedelta(days=rng.randint(1, 30)))
    elif kind == 6:
        panel.select_task(row.task_id)
        panel.actions_by_name["add_task" if rng.random() < 0.7 else "add_milestone"].trigger()
    elif kind == 7 and len(rows) > 5:
        panel.select_task(row.task_id)
        panel.actions_by_name["delete"].trigger()
    elif kind == 8 and row.is_milestone:
        day = TODAY - timedelta(days=rng.randint(1, 60))
        _typed(panel, rng, row, "Actual finish", day.isoformat() if rng.random() < 0.7 else "")


def _check(window, panel) -> None:
    fresh = load_schedule(window.db, as_of=TODAY)
    assert panel.model.rows == fresh.rows
    assert sorted(panel.view.links) == sorted(fresh.links)
    shown = panel.gantt.gantt_layout()
    again = layout_gantt(panel.view, zoom=shown.zoom, px_per_day=None if shown.zoom else shown.px_per_day,
                         row_height=shown.row_height, today=TODAY)
    key = lambda line: (line.pred_row, line.succ_row, line.type)  # noqa: E731 - order drawn
    assert list(shown.rows) == list(again.rows)
    assert sorted(shown.links, key=key) == sorted(again.links, key=key)
    texts = [panel.model.index_of(k, COL["Finish"]).data() for k in range(len(panel.model.rows))]
    assert texts == [r.finish.isoformat() if r.finish else "" for r in fresh.rows]


def test_random_edits_in_the_window_show_what_the_full_pass_gives(make_window, db):
    rng = random.Random(2026)
    random_plan(db, rng, 45)
    window = make_window(db)
    window.nav.setCurrentRow(1)
    panel = window.panels["schedule"]
    _check(window, panel)
    generation = panel._generation
    for step in range(60):
        roll = rng.random()
        if roll < 0.15:
            window.undo()
        elif roll < 0.25:
            window.redo()
        else:
            _edit(window, panel, rng)
        _check(window, panel)
    assert panel._generation > generation  # the panel followed the plan edit by edit
