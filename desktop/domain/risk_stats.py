"""Statistics of the Monte Carlo results: percentiles, rank correlations, distributions.

* P-values are read off the empirical CDF ("inverted CDF", Hyndman & Fan type 1): P80 is the
  earliest date by which at least 80 % of the iterations finished, so it is always a date
  some iteration produced and P10 = P50 = P90 when nothing is uncertain.
* Sensitivity is Spearman's rank correlation (ties get their average rank): +1 when the
  longer a task takes, the later the milestone in every iteration; 0 when unrelated or
  when either side never varies.
"""

from __future__ import annotations

import math

_ROWS = 256  # rows ranked at once (bounds the temporary arrays)


def _np():
    import numpy

    return numpy


def percentile(sorted_values, q: float) -> int:
    """The smallest value with at least ``q`` of the values at or below it."""
    n = len(sorted_values)
    return int(sorted_values[max(0, math.ceil(q * n - 1e-9) - 1)])


def average_ranks(values):
    """Ranks 1..n along the last axis of a 2-D array, ties sharing their average rank."""
    np = _np()
    values = np.atleast_2d(values)
    rows, n = values.shape
    out = np.empty((rows, n), dtype=np.float32)
    positions = np.arange(n)
    for start in range(0, rows, _ROWS):
        block = values[start:start + _ROWS]
        order = np.argsort(block, axis=1)  # ties are averaged below: stability is not needed
        ordered = np.take_along_axis(block, order, axis=1)
        first_of_run = np.ones(ordered.shape, dtype=bool)
        first_of_run[:, 1:] = ordered[:, 1:] != ordered[:, :-1]
        last_of_run = np.ones(ordered.shape, dtype=bool)
        last_of_run[:, :-1] = first_of_run[:, 1:]
        first = np.maximum.accumulate(np.where(first_of_run, positions, 0), axis=1)
        last = np.minimum.accumulate(np.where(last_of_run, positions, n)[:, ::-1], axis=1)[:, ::-1]
        ranks = (first + last) / 2.0 + 1.0
        np.put_along_axis(out[start:start + _ROWS], order, ranks.astype(np.float32), axis=1)
    return out


def spearman_rows(ranked_rows, target) -> list[float]:
    """Spearman's ρ of every row (already ranked) with ``target`` (raw values)."""
    np = _np()
    y = average_ranks(np.asarray(target)[None, :])[0].astype(np.float64)
    y -= y.mean()
    y_norm = math.sqrt(float(y @ y))
    result = []
    for start in range(0, len(ranked_rows), _ROWS):
        x = ranked_rows[start:start + _ROWS].astype(np.float64)
        x -= x.mean(axis=1, keepdims=True)
        norms = np.sqrt((x * x).sum(axis=1)) * y_norm
        dots = x @ y
        result.extend(float(d / s) if s > 0 else 0.0 for d, s in zip(dots, norms))
    return result


def distribution(values) -> tuple[list[int], list[int]]:
    """(distinct values ascending, how many times each occurs)."""
    np = _np()
    distinct, counts = np.unique(values, return_counts=True)
    return [int(v) for v in distinct], [int(c) for c in counts]
