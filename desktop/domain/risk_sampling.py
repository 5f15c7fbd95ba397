"""Random durations and risk occurrences for the Monte Carlo, one block of iterations at a time.

Every duration is drawn by inverse transform, ``X = F⁻¹(U)``, so that correlated tasks only
need correlated uniforms ``U`` (Gaussian copula):

* triangular and uniform have closed-form inverses;
* PERT is ``a + (b − a)·Beta(α, β)`` with ``α = 1 + 4(m − a)/(b − a)``, ``β = 1 + 4(b − m)/(b − a)``
  (Malcolm et al. 1959, λ = 4: mean ``(a + 4m + b)/6``).  As α, β ∈ [1, 5] the density is
  bounded; its CDF is tabulated once per shape on a cosine grid (dense at both ends) by the
  trapezoid rule and inverted by linear interpolation (error far below a working day).

Correlation: the normal scores of a group of n tasks are ``Zᵢ = √(1−ρ)·(εᵢ − ε̄) + √(1+(n−1)ρ)·ε̄``
with ε iid N(0, 1) and ε̄ their mean: unit variance and pairwise correlation exactly ρ for every valid
ρ ∈ [−1/(n−1), 1] (for ρ ≥ 0 it is the one-factor model in distribution).  ρ is the normal
correlation that gives the group's rank correlation (``risk_model.normal_correlation``).

Reproducible: block ``k`` (``BLOCK`` iterations) draws from its own stream
``SeedSequence(seed, spawn_key=(k,))`` in a fixed order (all tasks, then all risks), so the
first N iterations of a longer run are the same, whatever the chunk size, and a what-if run
with the same seed sees the same random numbers (common random numbers).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from desktop.domain.risk_model import CorrelationGroup, Distribution, Estimate, normal_correlation

BLOCK = 256
_GRID = 2049


def _np():
    import numpy

    return numpy


def normal_cdf(z):
    """Φ(z) through erfc (Numerical Recipes' Chebyshev fit, fractional error < 1.2·10⁻⁷)."""
    np = _np()
    x = -np.asarray(z, dtype=np.float64) / math.sqrt(2.0)
    a = np.abs(x)
    t = 1.0 / (1.0 + 0.5 * a)
    poly = (-1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (
        -0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (
            -0.82215223 + t * 0.17087277)))))))))
    erfc = t * np.exp(-a * a + poly)
    return 0.5 * np.where(x >= 0, erfc, 2.0 - erfc)


def triangular_ppf(u, a, m, b):
    """Inverse CDF of the triangular distribution (a ≤ m ≤ b; ``u`` rows, parameters columns)."""
    np = _np()
    width = b - a
    split = np.divide(m - a, width, out=np.zeros_like(width), where=width > 0)
    low = u < split
    x = np.where(low, u * ((m - a) * width), (1.0 - u) * ((b - m) * width))
    np.sqrt(x, out=x)
    return np.where(low, a + x, b - x)


def pert_shape(a, m, b) -> tuple[float, float]:
    if b <= a:
        return 1.0, 1.0
    return 1 + 4 * (m - a) / (b - a), 1 + 4 * (b - m) / (b - a)


class BetaTable:
    """Quantiles of Beta(α, β) for 1 ≤ α, β ≤ 5, by an inverted tabulated CDF."""

    def __init__(self, alpha: float, beta: float) -> None:
        np = _np()
        t = np.linspace(0.0, 1.0, _GRID)
        x = (1.0 - np.cos(np.pi * t)) / 2.0
        density = x ** (alpha - 1) * (1.0 - x) ** (beta - 1) * (np.pi / 2) * np.sin(np.pi * t)
        cdf = np.concatenate(([0.0], np.cumsum((density[1:] + density[:-1]) / 2)))
        self.cdf = cdf / cdf[-1]
        self.t = t

    def ppf(self, u):
        np = _np()
        t = np.interp(u, self.cdf, self.t)
        return (1.0 - np.cos(np.pi * t)) / 2.0


class Sampler:
    """Draws durations (rows: ``estimates`` in order) and occurrences (rows: ``probabilities``)."""

    def __init__(self, estimates: Sequence[Estimate], groups: Sequence[CorrelationGroup],
                 probabilities: Sequence[float], seed: int) -> None:
        np = _np()
        self.seed = seed
        self.n = len(estimates)
        self.a = np.array([e.optimistic for e in estimates], dtype=np.float64)[:, None]
        self.m = np.array([e.most_likely for e in estimates], dtype=np.float64)[:, None]
        self.b = np.array([e.pessimistic for e in estimates], dtype=np.float64)[:, None]
        kinds = [e.distribution for e in estimates]
        self.rows = {d: np.array([i for i, k in enumerate(kinds) if k is d], dtype=np.intp)
                     for d in Distribution}
        shapes: dict[tuple[float, float], list[int]] = {}
        for i in self.rows[Distribution.PERT]:
            e = estimates[i]
            key = tuple(round(v, 12) for v in pert_shape(e.optimistic, e.most_likely, e.pessimistic))
            shapes.setdefault(key, []).append(int(i))
        self.pert = [(BetaTable(*key), np.array(rows, dtype=np.intp)) for key, rows in shapes.items()]
        position = {e.task_id: i for i, e in enumerate(estimates)}
        self.groups = []  # (rows, α, β) of the normal-score construction
        for group in groups:
            rows = np.array([position[t] for t in group.task_ids if t in position], dtype=np.intp)
            if len(rows) > 1:
                rho = normal_correlation(group.strength)
                k = len(rows)
                self.groups.append((rows, math.sqrt(max(0.0, 1 - rho)),
                                    math.sqrt(max(0.0, 1 + (k - 1) * rho))))
        self.grouped = sum(len(rows) for rows, _, _ in self.groups)
        self.p = np.array(probabilities, dtype=np.float64)[:, None]

    def block(self, index: int) -> tuple[object, object]:
        """(durations (n × BLOCK) float64, occurred (risks × BLOCK) bool) of block ``index``."""
        np = _np()
        rng = np.random.Generator(np.random.PCG64(np.random.SeedSequence(self.seed,
                                                                          spawn_key=(index,))))
        u = rng.random((self.n, BLOCK))
        if self.groups:
            eps = rng.standard_normal((self.grouped, BLOCK))
            start = 0
            for rows, alpha, beta in self.groups:
                e = eps[start:start + len(rows)]
                start += len(rows)
                mean = e.mean(axis=0)
                z = alpha * (e - mean) + beta * mean
                u[rows] = normal_cdf(z)
        occurred = rng.random((len(self.p), BLOCK)) < self.p
        return self.durations(u), occurred

    def durations(self, u):
        """``F⁻¹(u)`` row by row (a few hundred rows at a time: small temporaries)."""
        np = _np()
        out = np.empty_like(u)
        a, m, b = self.a, self.m, self.b
        parts = [(Distribution.TRIANGULAR, rows) for rows in _slices(self.rows[Distribution.TRIANGULAR])]
        parts += [(Distribution.UNIFORM, rows) for rows in _slices(self.rows[Distribution.UNIFORM])]
        for kind, rows in parts:
            if kind is Distribution.TRIANGULAR:
                out[rows] = triangular_ppf(u[rows], a[rows], m[rows], b[rows])
            else:
                out[rows] = a[rows] + u[rows] * (b[rows] - a[rows])
        for table, all_rows in self.pert:
            for rows in _slices(all_rows):
                out[rows] = a[rows] + (b[rows] - a[rows]) * table.ppf(u[rows])
        return out


def _slices(rows, size: int = 512):
    return [rows[i:i + size] for i in range(0, len(rows), size)]
