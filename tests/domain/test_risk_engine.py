"""Monte Carlo engine: the same network logic as the deterministic engine, reproducible.

Iteration 0 (most likely durations, no risk) must give the deterministic schedule exactly:
every early and late time of every node (tasks, summaries, gates), the critical flags and
the finish dates, on random networks with every link type, lags and leads, every constraint,
deadlines, summaries, elapsed durations, ALAP and a status date with started and finished
work.  Sampled iterations must equal the deterministic engine run on the sampled durations.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

import numpy as np
import pytest

from desktop.domain.calendar import WorkCalendar
from desktop.domain.cpm import ConstraintType as C
from desktop.domain.cpm import LinkInput, LinkType, ScheduleLoopError, TaskInput, schedule
from desktop.domain.cpm_network import ELAPSED, NORMAL
from desktop.domain.risk_engine import run_chunk, simulate
from desktop.domain.risk_model import Distribution, Estimate, RiskCancelled, RiskEvent
from desktop.domain.risk_prepare import prepare, variation

KR = WorkCalendar()
START = date(2025, 9, 1)
BIG = 1 << 30


def random_plan(rng: random.Random, n: int, *, progress: bool = True):
    status = START + timedelta(days=rng.randint(0, 60)) if progress and rng.random() < 0.7 else None
    tasks = []
    for k in range(1, n + 1):
        constraint = rng.choice([C.ASAP] * 6 + list(C))
        on = START + timedelta(days=rng.randint(-10, 120)) if constraint not in (C.ASAP, C.ALAP) else None
        actual_start = actual_finish = None
        percent = 0
        if status and rng.random() < 0.25:
            actual_start = START + timedelta(days=rng.randint(0, 40))
            if rng.random() < 0.4:
                actual_finish, percent = actual_start + timedelta(days=rng.randint(0, 10)), 100
            else:
                percent = rng.choice([0, 10, 50, 90, 100])
        deadline = START + timedelta(days=rng.randint(10, 150)) if rng.random() < 0.2 else None
        tasks.append(TaskInput(k, rng.choice([0, 1, 2, 3, 5, 8, 13]), rng.random() < 0.15,
                               constraint, on, actual_start, actual_finish, percent, None, deadline))
    parents = set(rng.sample(range(1, n + 1), k=n // 6))
    tasks = [t._replace(parent_id=rng.choice(sorted(parents)))
             if t.id not in parents and parents and rng.random() < 0.5 else t for t in tasks]
    parent = {t.id: t.parent_id for t in tasks}

    def ancestor(a: int, b: int) -> bool:
        while parent.get(b):
            b = parent[b]
            if b == a:
                return True
        return False

    pairs = {(a, b) for a, b in ((rng.randint(1, n), rng.randint(1, n)) for _ in range(2 * n))
             if a < b and not ancestor(a, b) and not ancestor(b, a)}
    links = [LinkInput(a, b, rng.choice(list(LinkType)), rng.randint(-3, 5)) for a, b in sorted(pairs)]
    return tasks, links, status


def _prepared(tasks, links, status, **kwargs):
    return prepare(tasks, links, project_start=START, calendar=KR, status_date=status,
                   estimates=kwargs.get("estimates", ()), groups=(), risks=kwargs.get("risks", ()),
                   names={}, mitigation=None, targets=None)


def _plans(seed: int, count: int, **kwargs):
    rng = random.Random(seed)
    found = 0
    while found < count:
        tasks, links, status = random_plan(rng, rng.randint(2, 30), **kwargs)
        try:
            result = schedule(tasks, links, project_start=START, calendar=KR, status_date=status)
        except ScheduleLoopError:
            continue  # links through summaries can make a loop: the engine refuses those
        found += 1
        yield tasks, links, status, result


def test_iteration_zero_is_the_deterministic_schedule_on_random_networks():
    kinds_seen: set = set()
    for tasks, links, status, expected in _plans(11, 150):
        net, T, L = expected.internals
        prep = _prepared(tasks, links, status)
        dates, counts, (T0, L0) = run_chunk(prep, variation(prep, np.zeros((0, 1), np.int32)), 1,
                                            keep=True)
        clip = lambda v: max(-BIG, min(BIG, v))  # noqa: E731 - the int32 sentinels
        assert [int(v) for v in T0[:, 0]] == [clip(v) for v in T]
        assert [int(v) for v in L0[:, 0]] == [clip(v) for v in L]
        assert {t.id: bool(c) for t, c in zip(tasks, counts)} == {
            i: r.is_critical for i, r in expected.tasks.items()}
        shown = [date.fromordinal(int(d)) for d in dates[:, 0]]
        assert shown == [expected.tasks[tasks[k].id].early_finish for k in prep.targets[:-1]] + [
            expected.finish]
        kinds_seen.update(net.kind)
        kinds_seen.update(("alap",) if any(t.constraint is C.ALAP for t in tasks) else ())
    assert kinds_seen >= {0, 1, 2, 3, 4, 5, "alap"}  # every node kind and ALAP were exercised


def test_sampled_iterations_equal_the_engine_on_the_sampled_durations():
    """Δ days on tasks not started: each column is the engine run with those durations."""
    rng = random.Random(5)
    for tasks, links, status, _ in _plans(23, 60, progress=False):
        summaries = {t.parent_id for t in tasks}
        prep = _prepared(tasks, links, status, estimates=[
            Estimate(t.id, 1, t.duration, t.duration + 5) for t in tasks
            if t.duration > 0 and t.id not in summaries])
        net = prep.compiled.net
        width = 4
        delta = np.zeros((len(prep.nodes), width), dtype=np.int32)
        for r, k in enumerate(prep.nodes):
            if net.kind[k] in (NORMAL, ELAPSED):
                delta[r] = [rng.randint(1 - tasks[k].duration, 6) for _ in range(width)]
        dates, counts = run_chunk(prep, variation(prep, delta), width)
        for j in range(width):
            changed = {prep.nodes[r]: int(delta[r, j]) for r in range(len(prep.nodes))}
            varied = [t._replace(duration=t.duration + changed.get(k, 0)) for k, t in enumerate(tasks)]
            expected = schedule(varied, links, project_start=START, calendar=KR, status_date=status)
            shown = [date.fromordinal(int(d)) for d in dates[:, j]]
            assert shown == [expected.tasks[varied[k].id].early_finish
                             for k in prep.targets[:-1]] + [expected.finish]


def test_nothing_uncertain_gives_the_deterministic_date_at_every_percentile():
    tasks = [TaskInput(1, 10), TaskInput(2, 0, deadline=date(2025, 9, 30))]
    result = simulate(tasks, [LinkInput(1, 2)], project_start=START, calendar=KR,
                      iterations=500, seed=3)
    target = result.target(2)
    assert target.p10 == target.p50 == target.p80 == target.p90 == target.deterministic
    assert target.deterministic == schedule(tasks, [LinkInput(1, 2)], project_start=START,
                                            calendar=KR).tasks[2].early_finish
    assert target.probability == 1.0 and target.counts == (500,)


def _example():
    tasks = [TaskInput(1, 20), TaskInput(2, 30), TaskInput(3, 15), TaskInput(4, 0, deadline=date(2025, 11, 14))]
    links = [LinkInput(1, 3), LinkInput(2, 4), LinkInput(3, 4, LinkType.FS, 2)]
    estimates = [Estimate(1, 15, 20, 35, Distribution.PERT), Estimate(2, 25, 30, 50),
                 Estimate(3, 10, 15, 20, Distribution.UNIFORM)]
    return tasks, links, estimates, [RiskEvent(9, 0.25, ((3, 8),))]


def test_same_seed_same_result_whatever_the_chunk_size():
    tasks, links, estimates, risks = _example()
    runs = [simulate(tasks, links, project_start=START, calendar=KR, estimates=estimates,
                     risks=risks, iterations=1000, seed=42, budget=budget)
            for budget in (1, 1 << 22)]
    assert runs[0] == runs[1]
    other = simulate(tasks, links, project_start=START, calendar=KR, estimates=estimates,
                     risks=risks, iterations=1000, seed=43)
    assert other.target(4).counts != runs[0].target(4).counts


def test_progress_is_reported_per_chunk_and_cancel_stops():
    tasks, links, estimates, risks = _example()
    seen: list[tuple[int, int]] = []
    simulate(tasks, links, project_start=START, calendar=KR, estimates=estimates, risks=risks,
             iterations=1000, seed=1, budget=1, progress=lambda done, total: seen.append((done, total)))
    assert seen == [(256, 1000), (512, 1000), (768, 1000), (1000, 1000)]
    calls: list[int] = []
    with pytest.raises(RiskCancelled):
        simulate(tasks, links, project_start=START, calendar=KR, estimates=estimates, iterations=1000,
                 seed=1, budget=1, progress=lambda done, total: calls.append(done),
                 cancel=lambda: len(calls) >= 2)
    assert calls == [256, 512]
