"""``early_dates`` (the forward pass alone) against the full schedule, on random plans.

An import checks a file's dates against the engine's early dates only, so it runs the forward
pass alone; what it gives must be exactly what ``schedule()`` shows as early dates, for every
task that is not a summary, and it must refuse exactly what ``schedule()`` refuses.
"""

from __future__ import annotations

import random
from datetime import date

import pytest

from desktop.domain import cpm_passes
from desktop.domain.cpm import ConstraintType, LinkInput, LinkType, TaskInput, early_dates, schedule
from desktop.domain.errors import DomainError
from tests.domain.random_plans import CALENDAR, random_link, random_plan

ROUNDS = 400


def _expected(tasks, links, start, status):
    result = schedule(tasks, links, project_start=start, calendar=CALENDAR, status_date=status)
    return {i: (r.early_start, r.early_finish) for i, r in result.tasks.items() if not r.is_summary}


@pytest.mark.parametrize("seed", range(4))
def test_early_dates_equal_the_full_schedule_on_random_plans(seed):
    rng = random.Random(seed)
    forward_only = 0
    for _ in range(ROUNDS // 4):
        tasks, links, start, status = random_plan(rng)
        if rng.random() < 0.5:  # half the plans without ALAP: the forward pass alone
            tasks = [t._replace(constraint=ConstraintType.ASAP) if t.constraint is ConstraintType.ALAP
                     else t for t in tasks]
        forward_only += ConstraintType.ALAP not in {t.constraint for t in tasks}
        got = early_dates(tasks, links, project_start=start, calendar=CALENDAR, status_date=status)
        assert got == _expected(tasks, links, start, status)
    assert forward_only > ROUNDS // 8


def test_without_alap_the_backward_pass_is_not_run(monkeypatch):
    tasks = [TaskInput(1, 3), TaskInput(2, 2), TaskInput(3, 0)]
    links = [LinkInput(1, 2, LinkType.FS, 0), LinkInput(2, 3, LinkType.FS, 1)]

    def refused(*_args, **_kwargs):
        raise AssertionError("backward pass run")

    monkeypatch.setattr(cpm_passes, "backward", refused)
    got = early_dates(tasks, links, project_start=date(2025, 9, 1), calendar=CALENDAR)
    assert got == {1: (date(2025, 9, 1), date(2025, 9, 3)), 2: (date(2025, 9, 4), date(2025, 9, 5)),
                   3: (date(2025, 9, 8), date(2025, 9, 8))}  # a day after Friday's end: Monday's end


def test_refuses_what_the_full_schedule_refuses():
    rng = random.Random(11)
    refused = 0
    for _ in range(150):
        tasks, links, start, status = random_plan(rng)
        ids = [t.id for t in tasks]
        links = links + [random_link(rng, ids) for _ in range(3)]  # may close a loop
        links += [LinkInput(ids[0], 999_999, LinkType.FS, 0)] if rng.random() < 0.1 else []
        errors = []
        for run in (schedule, early_dates):
            try:
                run(tasks, links, project_start=start, calendar=CALENDAR, status_date=status)
                errors.append(None)
            except DomainError as error:
                errors.append((type(error), error.code, getattr(error, "task_ids", None)))
        assert errors[0] == errors[1]
        refused += errors[0] is not None
    assert refused > 10
