"""Schedule risk analysis: Monte Carlo over the scheduling engine's network.

Usage::

    result = simulate(tasks, links, project_start=..., calendar=..., status_date=...,
                      estimates=[Estimate(7, 80, 100, 150, Distribution.PERT)],
                      risks=[RiskEvent(1, 0.3, ((7, 20),))], iterations=10_000, seed=1)
    result.target(milestone_id).p80, result.target(None).probability, result.criticality[7]

Each iteration is the deterministic schedule (:mod:`desktop.domain.cpm`: link types, lags,
calendar, constraints, status date, summaries, elapsed durations, deadlines) with sampled
durations; the passes run over a whole chunk of iterations at once as int32 numpy arrays
(:mod:`risk_passes`), so an iteration with the most likely durations and no risk gives the
deterministic schedule exactly (it is run first: ``TargetResult.deterministic``).

Chunks hold at most ``budget`` cells per time array (two arrays: early and late times) and
are a whole number of the sampler's blocks; ``progress(done, total)`` is called after each
chunk and ``cancel()`` checked before each (it raises :class:`RiskCancelled`).  Results per
target: P10/P50/P80/P90, mean, the probability of finishing by the deadline and the
distribution of dates; per task the criticality index (share of iterations with total float
≤ the threshold, MS Project's "critical") and Spearman's ρ of its duration with each target's
date; per risk its ρ (occurred or not) with each target's date.  numpy is imported here, on
first use, not at application start.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date

from desktop.domain.calendar import WorkCalendar
from desktop.domain.cpm_model import LinkInput, TaskInput
from desktop.domain.gc_pause import paused_gc
from desktop.domain.risk_model import (
    CorrelationGroup, Estimate, Mitigation, RiskCancelled, RiskEvent, RiskResult, TargetResult,
    check_inputs, check_iterations,
)
from desktop.domain.risk_passes import (
    backward, critical_counts, forward, place_alap, project_finish, roll_up_summaries,
)
from desktop.domain.risk_prepare import Prepared, durations_and_delta, prepare, variation
from desktop.domain.risk_sampling import BLOCK, Sampler
from desktop.domain.risk_stats import average_ranks, distribution, percentile, spearman_rows

DEFAULT_BUDGET = 1 << 22  # int32 cells per time array and chunk (16 MB)
QUANTILES = (0.10, 0.50, 0.80, 0.90)


def _np():
    import numpy

    return numpy


def chunk_width(nodes: int, iterations: int, budget: int = DEFAULT_BUDGET) -> int:
    blocks = max(1, budget // max(1, 2 * nodes * BLOCK))
    return min(blocks, -(-iterations // BLOCK)) * BLOCK


def run_chunk(prep: Prepared, var, width: int, threshold: int = 0, keep: bool = False):
    """One chunk: (target date ordinals (targets × width), critical counts per task), and
    the early and late times themselves when ``keep``."""
    np = _np()
    c = prep.compiled
    T = np.empty((2 * c.size, width), dtype=np.int32)
    forward(c, T, var, prep.day)
    finish = project_finish(c, T)
    L = np.empty_like(T)
    backward(c, T, L, var, prep.day, finish)
    if prep.has_alap:
        place_alap(c, T, L, var, prep.day, finish)
        roll_up_summaries(c, T)
    roll_up_summaries(c, L)
    counts = critical_counts(c, T, L, prep.complete, threshold)
    kept = (T, L) if keep else None
    del L
    dates = np.empty((len(prep.targets), width), dtype=np.int32)
    for r, node in enumerate(prep.targets):
        dates[r] = prep.dates.project(T, var) if node is None else prep.dates.of(node, T, var)
    return (dates, counts, kept) if keep else (dates, counts)


def _sampled_chunk(prep: Prepared, sampler: Sampler, start: int, stop: int, threshold: int):
    """Sample and run iterations ``start..stop``: (dates, critical counts, durations incl.
    impacts as float32, occurrences)."""
    np = _np()
    drawn = [sampler.block(b) for b in range(start // BLOCK, -(-stop // BLOCK))]
    if len(drawn) == 1:  # no copy
        sampled, hits = drawn[0][0][:, :stop - start], drawn[0][1][:, :stop - start]
    else:
        sampled = np.concatenate([d for d, _ in drawn], axis=1)[:, :stop - start]
        hits = np.concatenate([o for _, o in drawn], axis=1)[:, :stop - start]
    del drawn
    total, delta = durations_and_delta(prep, sampled, hits, stop - start)
    del sampled
    dates, counts = run_chunk(prep, variation(prep, delta), stop - start, threshold)
    return dates, counts, total.astype(np.float32), hits


def simulate(tasks: Sequence[TaskInput], links: Sequence[LinkInput], *, project_start: date,
             calendar: WorkCalendar, status_date: date | None = None,
             estimates: Sequence[Estimate] = (), groups: Sequence[CorrelationGroup] = (),
             risks: Sequence[RiskEvent] = (), iterations: int, seed: int,
             targets: Sequence[int] | None = None, focus: int | None = None,
             mitigation: Mitigation | None = None, names: Mapping[int, str] = {},
             progress: Callable[[int, int], None] | None = None,
             cancel: Callable[[], bool] | None = None, critical_threshold: int = 0,
             budget: int = DEFAULT_BUDGET) -> RiskResult:
    """Run ``iterations`` seeded iterations; ``targets`` are task ids (default: every
    milestone and every task with a deadline), the project's finish is always added."""
    np = _np()
    check_iterations(iterations)
    check_inputs(estimates, groups, risks, names)
    positions = {t.id: k for k, t in enumerate(tasks)}
    with paused_gc():
        prep = prepare(tasks, links, project_start=project_start, calendar=calendar,
                       status_date=status_date, estimates=estimates, groups=groups, risks=risks,
                       names=names, mitigation=mitigation,
                       targets=None if targets is None else [positions[t] for t in targets])
        ids = [None if k is None else tasks[k].id for k in prep.targets]
        plan = durations_and_delta(prep, None, None, 1)[1]  # most likely, less any cut
        base = run_chunk(prep, variation(prep, plan), 1, critical_threshold)[0][:, 0]
        sampler = Sampler(prep.estimates, groups, prep.probabilities, seed)
        width = chunk_width(prep.compiled.size, iterations, budget)
        dates = np.empty((len(prep.targets), iterations), dtype=np.int32)
        samples = np.empty((len(prep.nodes), iterations), dtype=np.float32)
        occurred = np.empty((len(prep.risk_ids), iterations), dtype=bool)
        critical = np.zeros(len(tasks), dtype=np.int64)
        for start in range(0, iterations, width):
            if cancel is not None and cancel():
                raise RiskCancelled()
            stop = min(iterations, start + width)
            (dates[:, start:stop], counts, samples[:, start:stop],
             occurred[:, start:stop]) = _sampled_chunk(prep, sampler, start, stop,
                                                        critical_threshold)
            critical += counts
            if progress is not None:
                progress(stop, iterations)
        return _results(tasks, prep, ids, base, dates, samples, occurred, critical,
                        iterations, seed, focus, status_date or project_start)


def _target(task: TaskInput | None, deterministic: int, values) -> TargetResult:
    np = _np()
    ordered = np.sort(values)
    p10, p50, p80, p90 = (date.fromordinal(percentile(ordered, q)) for q in QUANTILES)
    deadline = task.deadline if task is not None else None
    days, counts = distribution(ordered)
    return TargetResult(
        task_id=None if task is None else task.id, deadline=deadline,
        deterministic=date.fromordinal(int(deterministic)), p10=p10, p50=p50, p80=p80, p90=p90,
        mean=date.fromordinal(int(round(float(ordered.mean())))),
        probability=(None if deadline is None
                     else float((ordered <= deadline.toordinal()).mean())),
        dates=tuple(date.fromordinal(d) for d in days), counts=tuple(counts))


def choose_focus(targets: list[TargetResult], tasks_by_id: Mapping[int, TaskInput],
                 complete: Mapping[int, bool], today: date) -> int | None:
    """The next deadline ahead: the unfinished target with the earliest deadline on or after
    ``today`` (the status date); the project's finish when there is none."""
    ahead = [t for t in targets if t.task_id is not None and t.deadline is not None
             and t.deadline >= today and not complete[t.task_id]]
    return min(ahead, key=lambda t: (t.deadline, t.task_id)).task_id if ahead else None


def _results(tasks, prep: Prepared, ids, base, dates, samples, occurred, critical, iterations,
             seed, focus, today) -> RiskResult:
    by_id = {t.id: t for t in tasks}
    targets = [_target(None if i is None else by_id[i], base[r], dates[r])
               for r, i in enumerate(ids)]
    complete = {t.id: bool(prep.complete[k]) for k, t in enumerate(tasks)}
    # a milestone's "duration" is only a risk's delay: the risk itself is ranked instead
    timed = [r for r, k in enumerate(prep.nodes) if tasks[k].duration > 0]
    if len(timed) < len(prep.nodes):
        samples = samples[timed]
    ranked = average_ranks(samples) if len(samples) else samples
    hit_ranks = average_ranks(occurred) if len(occurred) else occurred
    node_ids = [tasks[prep.nodes[r]].id for r in timed]
    chosen = focus if focus is not None and focus in ids else choose_focus(
        targets, by_id, complete, today)
    sensitivity, risk_sensitivity = {}, {}
    for r, target in enumerate(ids):  # the tornado speaks of a deadline or the finish
        if target is None or target == chosen or by_id[target].deadline is not None:
            sensitivity[target] = dict(zip(node_ids, spearman_rows(ranked, dates[r])))
            risk_sensitivity[target] = dict(zip(prep.risk_ids,
                                                spearman_rows(hit_ranks, dates[r])))
    return RiskResult(
        iterations=iterations, seed=seed, targets=targets,
        criticality={t.id: float(critical[k]) / iterations for k, t in enumerate(tasks)},
        sensitivity=sensitivity, risk_sensitivity=risk_sensitivity, focus=chosen,
        ignored=prep.ignored, rescaled=prep.rescaled)


def compare(tasks: Sequence[TaskInput], links: Sequence[LinkInput], *, mitigation: Mitigation,
            **kwargs) -> tuple[RiskResult, RiskResult]:
    """The same seeded analysis without and with ``mitigation`` (common random numbers, so
    the difference is the mitigation's, not the sampling's)."""
    before = simulate(tasks, links, **kwargs)
    after = simulate(tasks, links, mitigation=mitigation, **kwargs)
    return before, after
