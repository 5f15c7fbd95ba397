"""Progress as a monthly history: each past month keeps its own earned value, a closed month
cannot change, progress going backwards is asked about, tasks keep their history too."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain.errors import ConflictError, ValidationError
from desktop.services.budget import load_money_view
from desktop.services.costs import record_actual_cost
from desktop.services.month_close import close_month, reopen_month, report_figures
from desktop.services.progress import (
    restore_line_progress, restore_task_progress, set_line_progress, set_task_progress,
)
from desktop.services.schedule import load_schedule
from desktop.services.tasks import add_task
from tests.conftest import TODAY, explain_late_milestones
from tests.services.test_budget import new_line  # 1,200,000,000 won, 2026-01 … 2026-12, even


def ev(db, on: date):
    return load_money_view(db, as_of=on).total.figures.ev_won


def test_each_month_keeps_its_own_earned_value(db):
    line = new_line(db)
    set_line_progress(db, line_id=line, percent=10, on="2026-01-31", today=TODAY)
    set_line_progress(db, line_id=line, percent=30, on="2026-03-31", today=TODAY)
    assert ev(db, date(2025, 12, 31)) is None                    # not measured yet
    assert ev(db, date(2026, 1, 31)) == 120_000_000
    assert ev(db, date(2026, 2, 28)) == 120_000_000              # February: January's measurement
    assert ev(db, date(2026, 3, 30)) == 120_000_000              # March's is dated the 31st
    assert ev(db, date(2026, 3, 31)) == 360_000_000
    series = load_money_view(db, as_of=date(2026, 4, 30)).series
    assert series.ev_cum[:4] == [120_000_000, 120_000_000, 360_000_000, 360_000_000]
    assert series.ev_cum[4:] == [None] * 8                       # after the as-of month
    record_actual_cost(db, line_id=line, month="2026-01", amount_won=150_000_000, today=TODAY)
    january = load_money_view(db, as_of=date(2026, 1, 31)).total.figures
    assert january.cpi == pytest.approx(120 / 150) and january.spi == pytest.approx(120 / 100)


def test_a_month_entered_again_replaces_its_measurement_and_undo_puts_it_back(db):
    line = new_line(db)
    first = set_line_progress(db, line_id=line, percent=10, on="2026-02-10", today=TODAY)
    again = set_line_progress(db, line_id=line, percent=15, on="2026-02-20", today=TODAY)
    assert again.old == first.new and db["line_progress"].count == 1
    restore_line_progress(db, line_id=line, month="2026-02", row=again.old)
    assert ev(db, date(2026, 2, 28)) == 120_000_000
    restore_line_progress(db, line_id=line, month="2026-02", row=first.old)
    assert db["line_progress"].count == 0 and ev(db, date(2026, 2, 28)) is None


def test_progress_going_backwards_is_asked_about(db):
    line = new_line(db)
    set_line_progress(db, line_id=line, percent=40, on="2026-03-31", today=TODAY)
    with pytest.raises(ConflictError) as asked:
        set_line_progress(db, line_id=line, percent=35, on="2026-04-30", today=TODAY)
    assert asked.value.code == "progress_backwards" and asked.value.params["previous"] == 40
    assert db["line_progress"].count == 1
    set_line_progress(db, line_id=line, percent=35, on="2026-04-30", today=TODAY, allow_decrease=True)
    assert ev(db, date(2026, 4, 30)) == 420_000_000


def test_bad_progress_is_refused_and_nothing_stored(db):
    line = new_line(db)
    for kwargs, code in (({"percent": 101}, "percent_out_of_range"),
                         ({"percent": -1}, "percent_out_of_range"),
                         ({"percent": "많이"}, "number_unparsable"),
                         ({"percent": 10, "on": "2026-12-01"}, "actual_in_future"),
                         ({"percent": 10, "on": "2025-12-31"}, "progress_before_line")):
        with pytest.raises(ValidationError) as refused:
            set_line_progress(db, **{"line_id": line, "on": "2026-06-30", "today": TODAY, **kwargs})
        assert refused.value.code == code, kwargs
    assert db["line_progress"].count == 0


def test_a_closed_month_keeps_its_earned_value(db):
    line = new_line(db)
    set_line_progress(db, line_id=line, percent=10, on="2026-01-31", today=TODAY)
    record_actual_cost(db, line_id=line, month="2026-01", amount_won=100_000_000, today=TODAY)
    explain_late_milestones(db, "2026-01")
    close_month(db, month="2026-01", today=TODAY)
    figures, digest, closed = report_figures(db, "2026-01", TODAY)
    assert closed and figures["budget"]["totals"]["ev_won"] == 120_000_000
    with pytest.raises(ConflictError) as refused:
        set_line_progress(db, line_id=line, percent=12, on="2026-01-31", today=TODAY)
    assert refused.value.code == "month_closed"
    set_line_progress(db, line_id=line, percent=30, on="2026-02-28", today=TODAY)
    assert report_figures(db, "2026-01", TODAY)[1] == digest          # later months change nothing
    assert report_figures(db, "2026-02", TODAY)[0]["budget"]["totals"]["ev_won"] == 360_000_000
    reopen_month(db, month="2026-01")
    set_line_progress(db, line_id=line, percent=12, on="2026-01-31", today=TODAY)


def test_tasks_keep_their_progress_history(db):
    task = add_task(db, name_ko="토목", duration="20d").entity_id
    first = set_task_progress(db, task_id=task, percent=20, on="2026-09-30", today=TODAY)
    set_task_progress(db, task_id=task, percent=60, on="2026-10-31", today=TODAY)
    assert db["tasks"].get(task)["percent_complete"] == 60   # the latest is the schedule's
    by_date = {on: next(r for r in load_schedule(db, as_of=on).rows if r.task_id == task).percent_complete
               for on in (date(2026, 8, 31), date(2026, 9, 30), date(2026, 10, 31))}
    assert by_date == {date(2026, 8, 31): 0, date(2026, 9, 30): 20, date(2026, 10, 31): 60}
    with pytest.raises(ConflictError):
        set_task_progress(db, task_id=task, percent=50, on="2026-11-20", today=TODAY)
    restore_task_progress(db, task_id=task, state=first.old)      # undo of the first measurement
    assert db["task_progress"].count == 1 and db["tasks"].get(task)["percent_complete"] == 60
    parent = add_task(db, name_ko="상위", duration="1d").entity_id
    add_task(db, name_ko="하위", parent_id=parent)
    with pytest.raises(ValidationError) as refused:
        set_task_progress(db, task_id=parent, percent=10, on=None, today=TODAY)
    assert refused.value.code == "summary_progress"
