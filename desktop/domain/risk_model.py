"""Inputs, checks and results of the schedule risk analysis (Monte Carlo on the CPM network).

Uncertainty comes from three sources, each checked here before anything is sampled:

* **Three-point estimates** per task (optimistic ≤ most likely ≤ pessimistic, in the task's
  own unit: working days, calendar days for an elapsed task) with a distribution:
  triangular, PERT (beta with λ = 4) or uniform.
* **Correlation groups**: the tasks of one group (e.g. every civil work) move together with
  the chosen *rank* correlation between any two of them (−1 … 1).  The group's matrix is
  refused when it is not a valid correlation matrix (below −1/(n−1) for n tasks).
* **Risk events** of the register: each occurs in an iteration with its probability and then
  adds its impact (days) to the named tasks; a milestone is delayed by its impact.

Every refusal is a :class:`ValidationError` with a code of ``desktop.domain.messages``; the
``task``/``group`` params name what is wrong (the caller passes names; ids otherwise).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from typing import NamedTuple

from desktop.domain.errors import DomainError, ValidationError

MAX_ITERATIONS = 1_000_000
MAX_DAYS = 100_000


class Distribution(str, Enum):
    TRIANGULAR = "triangular"
    PERT = "pert"
    UNIFORM = "uniform"


class Estimate(NamedTuple):
    """Three-point duration of one task (most likely = the plan's duration)."""

    task_id: int
    optimistic: float
    most_likely: float
    pessimistic: float
    distribution: Distribution = Distribution.TRIANGULAR


class CorrelationGroup(NamedTuple):
    """Tasks whose durations move together: ``strength`` is their pairwise rank correlation."""

    name: str
    strength: float
    task_ids: tuple[int, ...]


class RiskEvent(NamedTuple):
    """A register entry: occurs with ``probability``; ``impacts`` are (task id, days)."""

    id: int
    probability: float
    impacts: tuple[tuple[int, float], ...]


class Mitigation(NamedTuple):
    """A what-if: risks taken out of the register, durations cut by days (task id → days)."""

    removed_risks: frozenset[int] = frozenset()
    duration_cuts: Mapping[int, float] = {}


class RiskCancelled(DomainError):
    """The analysis was cancelled by its caller (nothing is stored)."""

    def __init__(self) -> None:
        super().__init__("risk_cancelled")


def _label(names: Mapping[int, str], task_id: int) -> str:
    return names.get(task_id, str(task_id))


def _number(value: object) -> bool:
    return (isinstance(value, (int, float)) and not isinstance(value, bool)
            and math.isfinite(value))


def check_estimate(estimate: Estimate, names: Mapping[int, str] = {}) -> None:
    """Refuse a three-point estimate that is not a number, negative or out of order."""
    task = _label(names, estimate.task_id)
    values = (estimate.optimistic, estimate.most_likely, estimate.pessimistic)
    if not all(_number(v) for v in values):
        raise ValidationError("estimate_not_number", field="estimate", task=task)
    low, likely, high = values
    if min(values) < 0:
        raise ValidationError("estimate_negative", field="estimate", task=task,
                              value=min(values))
    if max(values) > MAX_DAYS:
        raise ValidationError("quantity_out_of_range", field="duration_days", value=max(values))
    if not low <= likely <= high:
        raise ValidationError("estimate_out_of_order", field="estimate", task=task,
                              optimistic=low, most_likely=likely, pessimistic=high)
    if not isinstance(estimate.distribution, Distribution):
        raise ValidationError("distribution_invalid", field="distribution",
                              value=str(estimate.distribution))


def check_probability(probability: object, title: str = "") -> float:
    if not _number(probability) or not 0 <= probability <= 1:
        raise ValidationError("risk_probability_out_of_range", field="probability",
                              risk=title, value=probability)
    return float(probability)


def check_impact(days: object, task: str) -> float:
    if not _number(days) or days < 0 or days > MAX_DAYS:
        raise ValidationError("risk_impact_invalid", field="impact_days", task=task,
                              value=days)
    return float(days)


def normal_correlation(strength: float) -> float:
    """Correlation of the normal scores giving rank correlation ``strength`` (Gaussian
    copula: ρ_s = (6/π)·asin(ρ/2), so ρ = 2·sin(π·ρ_s/6))."""
    return 2 * math.sin(math.pi * strength / 6)


def check_correlation(group: CorrelationGroup) -> None:
    """An equicorrelation matrix of n tasks is valid for −1/(n−1) ≤ ρ ≤ 1 (its eigenvalues
    are 1 − ρ and 1 + (n−1)·ρ); refuse anything else, naming the group."""
    strength, n = group.strength, len(group.task_ids)
    if not _number(strength) or not -1 <= strength <= 1:
        raise ValidationError("correlation_invalid", field="correlation", group=group.name,
                              value=strength, minimum=-1.0)
    if n > 1 and 1 + (n - 1) * normal_correlation(strength) < -1e-12:
        minimum = 6 / math.pi * math.asin(-1 / (2 * (n - 1)))
        raise ValidationError("correlation_invalid", field="correlation", group=group.name,
                              value=strength, minimum=round(minimum, 3))


def check_iterations(iterations: object) -> int:
    if isinstance(iterations, bool) or not isinstance(iterations, int):
        raise ValidationError("count_invalid", field="iterations", value=iterations)
    if not 1 <= iterations <= MAX_ITERATIONS:
        raise ValidationError("quantity_out_of_range", field="iterations", value=iterations)
    return iterations


def check_inputs(estimates: Sequence[Estimate], groups: Sequence[CorrelationGroup],
                 risks: Sequence[RiskEvent], names: Mapping[int, str] = {}) -> None:
    """Every check of this module over a whole analysis input."""
    seen: set[int] = set()
    for estimate in estimates:
        if estimate.task_id in seen:
            raise ValidationError("estimate_duplicate", task=_label(names, estimate.task_id))
        seen.add(estimate.task_id)
        check_estimate(estimate, names)
    grouped: dict[int, str] = {}
    for group in groups:
        check_correlation(group)
        for task_id in group.task_ids:
            if task_id in grouped:
                raise ValidationError("task_in_two_groups", task=_label(names, task_id),
                                      group=group.name, other=grouped[task_id])
            grouped[task_id] = group.name
    for risk in risks:
        check_probability(risk.probability, str(risk.id))
        for task_id, days in risk.impacts:
            check_impact(days, _label(names, task_id))


# ---------------------------------------------------------------------- results
class TargetResult(NamedTuple):
    """The finish date distribution of one milestone (``task_id``) or of the project
    (``task_id`` None).  ``dates``/``counts``: how many iterations finished on each date."""

    task_id: int | None
    deadline: date | None
    deterministic: date
    p10: date
    p50: date
    p80: date
    p90: date
    mean: date
    probability: float | None  # of finishing on or before the deadline
    dates: tuple[date, ...]
    counts: tuple[int, ...]


@dataclass
class RiskResult:
    """What :func:`desktop.domain.risk_engine.simulate` found over ``iterations`` runs."""

    iterations: int
    seed: int
    targets: list[TargetResult]
    criticality: dict[int, float]                   # task id → share of runs critical
    # target (deadlines, the focus, the finish) → task id / risk id → Spearman ρ
    sensitivity: dict[int | None, dict[int, float]]
    risk_sensitivity: dict[int | None, dict[int, float]]
    focus: int | None                                # the target the tornado speaks of
    ignored: list[int] = field(default_factory=list)   # estimates/impacts on finished work
    rescaled: list[int] = field(default_factory=list)  # estimates scaled to a new duration

    def target(self, task_id: int | None) -> TargetResult:
        return next(t for t in self.targets if t.task_id == task_id)
