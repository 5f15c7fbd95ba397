"""Turn a plan and its uncertainty into what the Monte Carlo loop needs (no sampling here).

Which tasks vary: every open leaf task (not finished; started tasks vary in their remaining
work) with a three-point estimate, a risk impact or a duration cut.  Per such task the
sampled duration ``x`` (continuous, in the task's unit) becomes whole days as the engine
counts them:

* a task: ``max(1, ⌈x + impacts⌉)`` days (work occupies whole days);
* a started task: ``max(1, ⌈x·(100 − %)/100⌉) + ⌈impacts⌉`` days left, resuming where the
  deterministic schedule resumes it (the engine's own rounding of the remaining work);
* a milestone: delayed by ``⌈impacts⌉`` working days.

With every ``x`` at its most likely value and no risk this is the plan itself (iteration 0).
An estimate whose most likely value is not the plan's duration any more (the plan changed
after it was entered) is scaled by duration / most likely and listed in ``rescaled``;
estimates and impacts on finished work are listed in ``ignored``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from desktop.domain.calendar import WorkCalendar
from desktop.domain.cpm_model import is_complete
from desktop.domain.cpm_model import LinkInput, TaskInput
from desktop.domain.cpm_bases import remaining_days
from desktop.domain.cpm_network import FIXED, MILESTONE, build_network, wire_inputs
from desktop.domain.cpm_passes import forward
from desktop.domain.errors import ValidationError
from desktop.domain.risk_model import CorrelationGroup, Estimate, Mitigation, RiskEvent
from desktop.domain.risk_network import Compiled, DayIndex, Variation, is_open
from desktop.domain.risk_passes import FinishDates


def _np():
    import numpy

    return numpy


@dataclass
class Prepared:
    """The compiled network and, per varying node (row), what moves it."""

    compiled: Compiled
    day: DayIndex
    dates: FinishDates
    estimates: list[Estimate]          # aligned to the plan, one per sampled row
    est_rows: object                   # varying row of each estimate
    nodes: list[int]                   # varying rows → node
    ml: object                         # most likely duration per row (float64)
    cuts: object                       # days cut per row
    impacts: object                    # risks × rows, days (0 for removed risks)
    risk_ids: list[int]
    probabilities: list[float]
    whole: object                      # rows of tasks (work in whole days)
    delayed: object                    # rows of milestones
    started: object                    # rows of started tasks
    percent: object                    # % complete of the started rows
    remaining_ml: object               # their remaining days in the plan
    targets: list[int | None]          # target nodes; None = the project's finish
    complete: object                   # per task: finished (never critical)
    has_alap: bool = False
    ignored: list[int] = field(default_factory=list)
    rescaled: list[int] = field(default_factory=list)


def _position(pos: Mapping[int, int], task_id: int, names: Mapping[int, str]) -> int:
    if task_id not in pos:
        raise ValidationError("risk_task_unknown", task=names.get(task_id, str(task_id)))
    return pos[task_id]


def _align(estimate: Estimate, duration: int, rescaled: list[int]) -> Estimate:
    if estimate.most_likely == duration:
        return estimate
    rescaled.append(estimate.task_id)
    factor = duration / estimate.most_likely
    return estimate._replace(optimistic=estimate.optimistic * factor, most_likely=float(duration),
                             pessimistic=estimate.pessimistic * factor)


def default_targets(tasks: Sequence[TaskInput], kids: list[list[int]]) -> list[int]:
    """Positions of the milestones and of the tasks with a deadline (not summaries)."""
    return [k for k, t in enumerate(tasks)
            if not kids[k] and (t.duration == 0 or t.deadline is not None)]


def prepare(tasks: Sequence[TaskInput], links: Sequence[LinkInput], *, project_start: date,
            calendar: WorkCalendar, status_date: date | None, estimates: Sequence[Estimate],
            groups: Sequence[CorrelationGroup], risks: Sequence[RiskEvent],
            names: Mapping[int, str], mitigation: Mitigation | None,
            targets: Sequence[int] | None) -> Prepared:
    np = _np()
    mitigation = mitigation or Mitigation()
    net = build_network(tasks, links, calendar, project_start, status_date)
    forward(net, calendar)  # the engine's own walk orders the nodes (net.order)
    wire_inputs(net)  # and the incoming lists the sampled passes read
    pos = {t.id: k for k, t in enumerate(tasks)}
    ignored: list[int] = []
    rescaled: list[int] = []
    used: dict[int, Estimate] = {}
    for estimate in estimates:
        k = _position(pos, estimate.task_id, names)
        label = names.get(estimate.task_id, str(estimate.task_id))
        if net.kids[k]:
            raise ValidationError("estimate_on_summary", task=label)
        if tasks[k].duration == 0:
            raise ValidationError("milestone_has_no_duration", task=label)
        if not is_open(net, k) or estimate.most_likely <= 0:
            ignored.append(estimate.task_id)
            continue
        used[k] = _align(estimate, tasks[k].duration, rescaled)
    hit: dict[tuple[int, int], float] = {}
    for r, risk in enumerate(risks):
        for task_id, days in risk.impacts:
            k = _position(pos, task_id, names)
            if net.kids[k]:
                raise ValidationError("risk_on_summary", task=names.get(task_id, str(task_id)))
            if not is_open(net, k):
                ignored.append(task_id)
            elif risk.id not in mitigation.removed_risks:
                hit[(r, k)] = hit.get((r, k), 0.0) + days
    cuts = {pos[t]: float(d) for t, d in mitigation.duration_cuts.items()
            if t in pos and is_open(net, pos[t]) and tasks[pos[t]].duration > 0}
    nodes = sorted(set(used) | {k for _, k in hit} | set(cuts))
    row = {k: r for r, k in enumerate(nodes)}
    delayed = [k for k in nodes if net.kind[k] == MILESTONE]
    compiled = Compiled(net)
    project_index = calendar.index_on_or_after(project_start)
    day = DayIndex(calendar, project_index - 260, project_index + 5200)
    impacts = np.zeros((len(risks), len(nodes)))
    for (r, k), days in hit.items():
        impacts[r, row[k]] = days
    started = [row[k] for k in nodes if net.kind[k] == FIXED]
    chosen = list(targets) if targets is not None else default_targets(tasks, net.kids)
    ordered = sorted(used)
    return Prepared(
        compiled=compiled, day=day, dates=FinishDates(compiled, day),
        estimates=[used[k] for k in ordered],
        est_rows=np.array([row[k] for k in ordered], dtype=np.intp),
        nodes=nodes, ml=np.array([float(tasks[k].duration) for k in nodes]),
        cuts=np.array([cuts.get(k, 0.0) for k in nodes]), impacts=impacts,
        risk_ids=[r.id for r in risks], probabilities=[r.probability for r in risks],
        whole=np.array([row[k] for k in nodes if net.kind[k] not in (MILESTONE, FIXED)],
                       dtype=np.intp),
        delayed=np.array([row[k] for k in delayed], dtype=np.intp),
        started=np.array(started, dtype=np.intp),
        percent=np.array([float(tasks[nodes[r]].percent_complete) for r in started]),
        remaining_ml=np.array([remaining_days(tasks[nodes[r]].duration,
                                          tasks[nodes[r]].percent_complete) for r in started]),
        targets=chosen + [None],
        complete=np.array([is_complete(t) for t in tasks], dtype=bool),
        has_alap=any(t.constraint.value == "ALAP" for t in tasks),
        ignored=sorted(set(ignored)), rescaled=rescaled)


def durations_and_delta(prep: Prepared, sampled, occurred, width: int):
    """(x: continuous duration incl. impacts per row, Δ: whole days more than the plan)."""
    np = _np()
    x = np.empty((len(prep.nodes), width))
    x[:] = prep.ml[:, None]
    if sampled is not None and len(prep.est_rows):
        x[prep.est_rows] = sampled
    x -= prep.cuts[:, None]
    delta = np.zeros(x.shape, dtype=np.int32)
    rows = prep.started
    if len(rows):  # remaining work of started tasks: from the duration before impacts
        left = x[rows] * (100 - prep.percent[:, None]) / 100 - 1e-9
        delta[rows] = np.maximum(1, np.ceil(left)) - prep.remaining_ml[:, None]
    if occurred is not None and len(prep.impacts):
        impact = prep.impacts.T @ occurred
        x += impact
        extra = np.ceil(impact - 1e-9)
        delta[prep.started] += extra[prep.started].astype(np.int32)
        delta[prep.delayed] = extra[prep.delayed]
        del impact, extra
    rows = prep.whole
    if len(rows):
        delta[rows] = np.maximum(1, np.ceil(x[rows] - 1e-9)) - prep.ml[rows, None]
    return x, delta


def variation(prep: Prepared, delta) -> Variation:
    """The :class:`Variation` of the passes for these Δ (rows of ``prep.nodes``)."""
    np = _np()
    net = prep.compiled.net
    dense = np.zeros((prep.compiled.size, delta.shape[1]), dtype=np.int32)
    dense[prep.nodes] = delta
    var = Variation(delta=dense)
    for r in prep.started:
        k = prep.nodes[r]
        if net.tasks[k].elapsed:
            last = net.shown_finish[k].toordinal() + delta[r]
            var.shown[k] = last
            var.finish[k] = 2 * prep.day.on_or_after(last + 1) - 1
    return var
