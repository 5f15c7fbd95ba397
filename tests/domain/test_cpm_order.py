"""A link check without the backward pass and results refuses exactly what the engine refuses,
naming the same tasks.

Random plans (every feature of tests/domain/random_plans.py) get random extra links — into
their own summaries, to themselves, to unknown tasks, against the order (loops through
summaries too) — and ``check_links`` must raise the error ``schedule`` raises (same type, code
and tasks) or, when the engine takes the plan, nothing.
"""

from __future__ import annotations

import random

from desktop.domain.cpm import LinkInput, schedule
from desktop.domain.cpm_order import check_links
from desktop.domain.errors import DomainError
from tests.domain.random_plans import CALENDAR, LAGS, LINK_TYPES, random_plan

ROUNDS = 300


def _outcome(call):
    try:
        call()
    except DomainError as error:
        return type(error), error.code, getattr(error, "task_ids", None), error.params
    return None


def test_the_check_refuses_what_the_engine_refuses():
    rng = random.Random(1405)
    refused = 0
    for _ in range(ROUNDS):
        tasks, links, start, status = random_plan(rng)
        ids = [t.id for t in tasks]
        for _ in range(rng.randint(1, 4)):
            pred = rng.choice(ids + [max(ids) + 1] if rng.random() < 0.05 else ids)
            succ = pred if rng.random() < 0.05 else rng.choice(ids)
            links.append(LinkInput(pred, succ, rng.choice(LINK_TYPES), rng.choice(LAGS)))
        full = _outcome(lambda: schedule(tasks, links, project_start=start, calendar=CALENDAR,
                                         status_date=status))
        assert _outcome(lambda: check_links(tasks, links, calendar=CALENDAR, project_start=start)) == full
        refused += full is not None
    assert 0.2 * ROUNDS < refused < 0.9 * ROUNDS  # both kinds of plan were tried
