"""Monte Carlo results against answers known in closed form.

Every case runs on a calendar where every day is a working day, from day 0, so a task of
d days finishes on day d − 1 (finish day number d) and a sampled duration x takes ⌈x⌉
days: P(finish day ≤ k) = F(k) for the duration's CDF F at whole days.

Tolerances (N = 20,000 seeded iterations): distributions by the Kolmogorov–Smirnov
statistic D = max |F̂(k) − F(k)| < 1.95/√N ≈ 0.0138 (the asymptotic 0.1 % critical value,
conservative for discrete data); means and proportions within 4 standard errors
(≈ 99.99 % two-sided), variances within 4·σ²·√(2/(N−1)).
"""

from __future__ import annotations

import math
from datetime import date, timedelta

import numpy as np
import pytest

from desktop.domain.calendar import WorkCalendar
from desktop.domain.cpm import LinkInput, TaskInput
from desktop.domain.risk_engine import compare, simulate
from desktop.domain.risk_model import CorrelationGroup, Distribution, Estimate, Mitigation, RiskEvent
from desktop.domain.risk_sampling import Sampler
from desktop.domain.risk_stats import average_ranks, spearman_rows

PLAIN = WorkCalendar(country=None, weekend=())
DAY0 = date(2025, 1, 1)
N = 20_000
KS = 1.95 / math.sqrt(N)
TRI, PERT, UNI = Distribution.TRIANGULAR, Distribution.PERT, Distribution.UNIFORM


def run(tasks, links=(), **kwargs):
    return simulate(tasks, list(links), project_start=DAY0, calendar=PLAIN,
                    iterations=kwargs.pop("iterations", N), seed=kwargs.pop("seed", 2025), **kwargs)


def day_cdf(target) -> dict[int, float]:
    """Empirical P(finish day number ≤ k) at each day that occurred."""
    total, running, cdf = sum(target.counts), 0, {}
    for on, count in zip(target.dates, target.counts):
        running += count
        cdf[(on - DAY0).days + 1] = running / total
    return cdf


def ks(target, cdf) -> float:
    empirical = day_cdf(target)
    days = range(min(empirical) - 2, max(empirical) + 3)
    last, worst = 0.0, 0.0
    for k in days:
        last = empirical.get(k, last)
        worst = max(worst, abs(last - cdf(k)))
    return worst


def tri(a, m, b):
    return lambda x: 0.0 if x <= a else 1.0 if x >= b else (
        (x - a) ** 2 / ((b - a) * (m - a)) if x <= m else 1 - (b - x) ** 2 / ((b - a) * (b - m)))


def uni(a, b):
    return lambda x: min(1.0, max(0.0, (x - a) / (b - a)))


def pert_integer(a, m, b):
    """PERT with α, β whole numbers: the beta CDF is a binomial tail sum."""
    alpha, beta = 1 + 4 * (m - a) / (b - a), 1 + 4 * (b - m) / (b - a)
    alpha, beta = round(alpha), round(beta)
    n = alpha + beta - 1

    def cdf(x):
        y = min(1.0, max(0.0, (x - a) / (b - a)))
        return sum(math.comb(n, j) * y ** j * (1 - y) ** (n - j) for j in range(alpha, n + 1))
    return cdf


def moments(cdf, low, high):
    """Mean and variance of ⌈X⌉ from the closed-form CDF."""
    pmf = {k: cdf(k) - cdf(k - 1) for k in range(low, high + 1)}
    mean = sum(k * p for k, p in pmf.items())
    return mean, sum((k - mean) ** 2 * p for k, p in pmf.items())


def test_one_triangular_task_finishes_as_the_triangular_cdf():
    result = run([TaskInput(1, 20)], estimates=[Estimate(1, 10, 20, 40, TRI)])
    assert ks(result.target(None), tri(10, 20, 40)) < KS
    assert result.target(None).deterministic == DAY0 + timedelta(days=19)


def test_one_pert_task_finishes_as_the_beta_cdf():
    result = run([TaskInput(1, 15)], estimates=[Estimate(1, 10, 15, 30, PERT)])  # Beta(2, 4)
    assert ks(result.target(None), pert_integer(10, 15, 30)) < KS


def test_two_parallel_tasks_into_a_milestone_multiply_their_cdfs():
    tasks = [TaskInput(1, 20), TaskInput(2, 20), TaskInput(3, 0)]
    f1, f2 = tri(10, 20, 40), uni(15, 25)
    result = run(tasks, [LinkInput(1, 3), LinkInput(2, 3)],
                 estimates=[Estimate(1, 10, 20, 40, TRI), Estimate(2, 15, 20, 25, UNI)])
    assert ks(result.target(3), lambda k: f1(k) * f2(k)) < KS
    # criticality: task 1 is critical when it is not shorter than task 2 (ties: both are)
    p1 = sum((f1(k) - f1(k - 1)) * f2(k) for k in range(10, 41))
    assert abs(result.criticality[1] - p1) < 4 * math.sqrt(p1 * (1 - p1) / N)
    assert result.criticality[3] == 1.0
    # the wider, more often critical task drives the milestone more
    assert result.sensitivity[None][1] > 2 * result.sensitivity[None][2] > 0


def test_a_chain_adds_means_and_variances():
    estimates = [Estimate(1, 10, 20, 40, TRI), Estimate(2, 10, 15, 30, PERT), Estimate(3, 5, 8, 20, UNI),
                 Estimate(4, 3, 9, 12, TRI), Estimate(5, 20, 25, 40, PERT)]
    cdfs = [tri(10, 20, 40), pert_integer(10, 15, 30), uni(5, 20), tri(3, 9, 12), pert_integer(20, 25, 40)]
    tasks = [TaskInput(e.task_id, int(e.most_likely)) for e in estimates]
    result = run(tasks, [LinkInput(k, k + 1) for k in range(1, 5)], estimates=estimates)
    parts = [moments(cdf, 0, 45) for cdf in cdfs]
    mean, variance = sum(m for m, _ in parts), sum(v for _, v in parts)
    empirical = day_cdf(result.target(None))
    days = sorted(empirical)
    probs = np.diff([0.0] + [empirical[k] for k in days])
    got_mean = float(np.dot(days, probs))
    got_var = float(np.dot((np.array(days) - got_mean) ** 2, probs))
    assert abs(got_mean - mean) < 4 * math.sqrt(variance / N)
    assert abs(got_var - variance) < 4 * variance * math.sqrt(2 / (N - 1))
    assert all(result.sensitivity[None][k] > 0.1 for k in range(1, 6))


def test_a_risk_makes_a_mixture():
    p, d = 0.3, 7
    result = run([TaskInput(1, 20)], estimates=[Estimate(1, 10, 20, 40, TRI)],
                 risks=[RiskEvent(5, p, ((1, d),))])
    f = tri(10, 20, 40)
    assert ks(result.target(None), lambda k: (1 - p) * f(k) + p * f(k - d)) < KS
    assert result.risk_sensitivity[None][5] > 0.3


def test_a_risk_on_a_milestone_delays_it_by_its_impact_with_its_probability():
    p = 0.3
    tasks = [TaskInput(1, 10), TaskInput(2, 0, deadline=DAY0 + timedelta(days=9))]
    result = run(tasks, [LinkInput(1, 2)], risks=[RiskEvent(1, p, ((2, 5),))])
    target = result.target(2)
    assert target.dates == (DAY0 + timedelta(days=9), DAY0 + timedelta(days=14))
    late = target.counts[1] / N
    assert abs(late - p) < 4 * math.sqrt(p * (1 - p) / N)
    assert target.probability == pytest.approx(1 - late)
    # the delay takes the predecessor's float: task 1 stays critical, never more
    assert result.criticality[1] == 1.0


def test_merge_bias_puts_the_join_later_than_either_path():
    tasks = [TaskInput(1, 20), TaskInput(2, 20), TaskInput(3, 0)]
    estimates = [Estimate(1, 10, 20, 31, TRI), Estimate(2, 10, 20, 31, TRI)]
    alone = run(tasks[:1], estimates=estimates[:1])
    joined = run(tasks, [LinkInput(1, 3), LinkInput(2, 3)], estimates=estimates)
    path_p50 = (alone.target(None).p50 - DAY0).days + 1
    join_p50 = (joined.target(3).p50 - DAY0).days + 1
    # a path's median is the first day with F(k) ≥ ½: F(20) = 0.476, F(21) = 0.567 → day 21;
    # the join's is the first with F(k)² ≥ ½: F(22)² = 0.422, F(23)² = 0.523 → day 23
    assert path_p50 == 21 and join_p50 == 23
    assert joined.target(3).deterministic == DAY0 + timedelta(days=19)


def _rank_correlations(strength: float, size: int, blocks: int = 80):
    estimates = [Estimate(k, 10, 20, 40, TRI) for k in range(size)]
    sampler = Sampler(estimates, [CorrelationGroup("토목", strength, tuple(range(size)))], [], 7)
    durations = np.concatenate([sampler.block(b)[0] for b in range(blocks)], axis=1)
    return spearman_rows(average_ranks(durations[1:]), durations[0])


@pytest.mark.parametrize("strength,size", [(0.6, 2), (0.9, 4), (-0.4, 3), (0.0, 3)])
def test_a_group_has_the_chosen_rank_correlation(strength, size):
    for rho in _rank_correlations(strength, size):  # 20,480 draws: standard error < 0.005
        assert abs(rho - strength) < 0.02


def test_correlation_widens_a_chain():
    estimates = [Estimate(k, 10, 20, 40, TRI) for k in range(1, 6)]
    tasks = [TaskInput(k, 20) for k in range(1, 6)]
    links = [LinkInput(k, k + 1) for k in range(1, 5)]
    spread = {}
    for strength in (0.0, 0.8):
        group = [CorrelationGroup("건축", strength, tuple(range(1, 6)))]
        target = run(tasks, links, estimates=estimates, groups=group, iterations=5000).target(None)
        spread[strength] = (target.p90 - target.p10).days
    assert spread[0.8] > 1.5 * spread[0.0]


def test_mitigation_removing_a_risk_and_cutting_a_duration():
    deadline = DAY0 + timedelta(days=19)
    tasks = [TaskInput(1, 20), TaskInput(2, 0, deadline=deadline)]
    kwargs = dict(project_start=DAY0, calendar=PLAIN, iterations=N, seed=9,
                  estimates=[Estimate(1, 15, 20, 30, TRI)], risks=[RiskEvent(4, 0.4, ((1, 10),))])
    before, after = compare(tasks, [LinkInput(1, 2)], mitigation=Mitigation(frozenset({4})), **kwargs)
    p_tri = tri(15, 20, 30)(20)
    assert abs(before.target(2).probability - 0.6 * p_tri) < 4 * math.sqrt(0.25 / N)
    assert abs(after.target(2).probability - p_tri) < 4 * math.sqrt(0.25 / N)
    _, cut = compare(tasks, [LinkInput(1, 2)], mitigation=Mitigation(duration_cuts={1: 5}), **kwargs)
    # 5 days less: P(⌈X − 5⌉ ≤ 20) = F(25), the risk still there
    expected = 0.6 * tri(15, 20, 30)(25) + 0.4 * tri(15, 20, 30)(15)
    assert abs(cut.target(2).probability - expected) < 4 * math.sqrt(0.25 / N)
    assert cut.target(2).deterministic == deadline - timedelta(days=5)
