"""A scheduled plan held in memory; each edit reschedules only what it can move.

    live = LiveSchedule(tasks, links, project_start=..., calendar=..., status_date=...)
    changed = live.update_task(task._replace(duration=8))   # ids whose results changed
    live.result.tasks[7].early_finish

The full pass (:func:`desktop.domain.cpm.schedule`) stays the reference: after every edit
``live.result`` equals ``schedule(live.tasks, live.links, ...)`` (a property test checks it
on random plans and random edits).

How an edit is applied:

* a task's duration, constraint, actual dates, % complete or deadline: its bounds are
  recomputed, then the forward pass runs from it through what it pushes, the backward pass
  over whatever changed (and what pulls from it), both stopping where times stop moving;
* a link added, removed or changed: the two ends are rewired; when a new link goes against
  the current topological order the forward pass is run in full (it yields a new order);
* when the project finish moves, every late date moves with it: the backward pass, the
  floats and the results are then recomputed for every task (no network rebuild);
* adding or removing tasks, moving a task to another parent, a link that gives a summary its
  first incoming link (or takes its last): the network is rebuilt and every pass run.

Refused edits raise the same typed errors as the full pass and change nothing.

Tasks on calendars of their own (``calendars``, as :func:`desktop.domain.cpm.schedule` takes
them) are not rescheduled incrementally: with them every edit runs the full pass (the
incremental steps count lags and durations on one calendar).  Without them (``None``, the
plan's own schedule) edits are incremental as described above.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from itertools import compress, repeat
from operator import eq

from desktop.domain.calendar import WorkCalendar
from desktop.domain.cpm import run_passes
from desktop.domain.cpm_bases import Bases
from desktop.domain.cpm_checks import check_link, check_task
from desktop.domain.cpm_model import (
    ConstraintType, LinkInput, ScheduleInputError, ScheduleLoopError, ScheduleResult, TaskInput,
)
from desktop.domain.cpm_network import link_slots, out_lists, wire_inputs
from desktop.domain.cpm_nodes import FIXED, NO_BOUND, SUMMARY
from desktop.domain.cpm_passes import (
    backward, forward, free_floats, project_finish, slack_of, total_floats,
)
from desktop.domain.cpm_propagate import (
    backward_from, descendants, forward_from, free_float_nodes, free_floats_of, order_rank,
    shown_times, total_floats_of,
)
from desktop.domain.gc_pause import paused_gc


class LiveSchedule:
    """The schedule of ``tasks`` and ``links``, kept up to date edit by edit."""

    def __init__(self, tasks: Sequence[TaskInput], links: Sequence[LinkInput], *,
                 project_start: date, calendar: WorkCalendar, status_date: date | None = None,
                 critical_threshold: int = 0, weights: Mapping[int, float] | None = None,
                 calendars: Mapping[int, WorkCalendar] | None = None,
                 lags_on: str = "successor") -> None:
        self.tasks: list[TaskInput] = list(tasks)
        self.links: list[LinkInput] = list(links)
        self.project_start, self.calendar, self.status_date = project_start, calendar, status_date
        self.threshold, self.weights = critical_threshold, weights
        self.calendars, self.lags_on = calendars, lags_on
        with paused_gc():
            self._build()

    @property
    def result(self) -> ScheduleResult:
        return self._passes.result

    # ------------------------------------------------------------------ edits
    def update_task(self, task: TaskInput) -> set[int]:
        """Replace the task with ``task.id`` (its duration, constraint, progress, ...)."""
        k = self._position(task.id)
        check_task(task)
        if task.parent_id != self.tasks[k].parent_id or self._full_passes_only:
            return self._rebuild_with(lambda: self.tasks.__setitem__(k, task))
        with paused_gc():
            return self._update_task(k, task)

    def add_task(self, task: TaskInput) -> set[int]:
        """A new task (last in the plan's order); rebuilds the network."""
        return self._rebuild_with(lambda: self.tasks.append(task))

    def remove_task(self, task_id: int) -> set[int]:
        """Remove a task with its subtree and every link touching them; rebuilds the network."""
        k = self._position(task_id)
        gone = {self.tasks[i].id for i in [k, *descendants(self._passes.net, k)]}

        def remove() -> None:
            self.tasks[:] = [t for t in self.tasks if t.id not in gone]
            self.links[:] = [l for l in self.links if l.pred_id not in gone and l.succ_id not in gone]
        return self._rebuild_with(remove)

    def add_link(self, link: LinkInput) -> set[int]:
        return self.edit_links(add=[link])

    def remove_link(self, pred_id: int, succ_id: int) -> set[int]:
        return self.edit_links(remove=[(pred_id, succ_id)])

    def update_link(self, link: LinkInput) -> set[int]:
        """Change the type or lag of the link ``link.pred_id → link.succ_id``."""
        return self.edit_links(remove=[(link.pred_id, link.succ_id)], add=[link])

    def edit_links(self, *, remove: Iterable[tuple[int, int]] = (),
                   add: Iterable[LinkInput] = ()) -> set[int]:
        """Remove the links ``(pred id, succ id)``, then add ``add``, as one edit."""
        remove, add = list(remove), list(add)
        positions = self._link_indices(remove)
        for link in add:
            self._check_link(link)
        if self._full_passes_only or self._changes_gates(positions, add):
            return self._rebuild_with(lambda: self._splice_links(positions, add))
        with paused_gc():
            return self._edit_links(positions, add)

    # ------------------------------------------------------------------ full runs
    @property
    def _full_passes_only(self) -> bool:
        """Tasks on calendars of their own: every edit runs the full pass."""
        return self._passes.net.cals is not None

    def _build(self) -> None:
        p = run_passes(self.tasks, self.links, self.project_start, self.calendar,
                       self.status_date, self.threshold, self.weights, self.calendars,
                       self.lags_on)
        wire_inputs(p.net)
        self._passes = p
        self._pos = {t.id: k for k, t in enumerate(self.tasks)}
        self._rank = order_rank(p.net)
        self._bases = Bases(p.net, self.calendar, self.status_date)
        self._is_summary = [k == SUMMARY for k in p.net.kind[:p.net.n_tasks]]
        self._alap = {k for k, t in enumerate(self.tasks)
                      if t.constraint is ConstraintType.ALAP and p.net.kind[k] not in (SUMMARY, FIXED)}

    def _rebuild_with(self, change) -> set[int]:
        """Apply ``change`` to the inputs and run every pass; on a refusal, undo it."""
        tasks, links, before = list(self.tasks), list(self.links), self._passes.result.tasks
        change()
        try:
            with paused_gc():
                self._build()
        except Exception:
            self.tasks[:], self.links[:] = tasks, links
            raise
        after = self._passes.result.tasks
        return {i for i in before.keys() | after.keys() if before.get(i) != after.get(i)}

    # ------------------------------------------------------------------ incremental edits
    def _position(self, task_id: int) -> int:
        try:
            return self._pos[task_id]
        except KeyError:
            raise ScheduleInputError("task_unknown", task_id) from None

    def _update_task(self, k: int, task: TaskInput) -> set[int]:
        p = self._passes
        net = p.net
        was_fixed = net.kind[k] == FIXED
        self.tasks[k] = task
        self._bases.refill(k, task)
        sources: set[int] = set()
        if was_fixed != (net.kind[k] == FIXED):  # links into started work stop bounding
            sources = self._rebound_inputs(k)
        self._alap.discard(k)
        if task.constraint is ConstraintType.ALAP and net.kind[k] not in (SUMMARY, FIXED):
            self._alap.add(k)
        return self._propagate(early_seeds={k}, late_seeds={k} | sources,
                               float_seeds={k} | sources, result_seeds={k})

    def _rebound_inputs(self, k: int) -> set[int]:
        """Rewrite the predecessors' side of the links into node ``k`` after it became (or
        stopped being) started work; returns those predecessors."""
        net = self._passes.net
        outs = out_lists(net)
        fixed = net.kind[k] == FIXED
        sources = set()
        for target, entries in ((2 * k, net.start_in[k]), (2 * k + 1, net.finish_in[k])):
            for source, lag in entries:
                old, new = (target, lag if fixed else NO_BOUND), (target, NO_BOUND if fixed else lag)
                out = outs[source]
                out[out.index(old)] = new
                sources.add(source >> 1)
        return sources

    def _check_link(self, link: LinkInput) -> None:
        net = self._passes.net
        for task_id in (link.pred_id, link.succ_id):
            if task_id not in self._pos:
                raise ScheduleInputError("link_task_unknown", task_id, pred_id=link.pred_id,
                                         succ_id=link.succ_id)
        check_link(link, self._pos[link.pred_id], self._pos[link.succ_id], net.parent,
                   self._is_summary)

    def _link_indices(self, pairs: list[tuple[int, int]]) -> list[int]:
        """Positions in ``links`` of the first link of each pair ``(pred id, succ id)`` (a pair
        named twice: the first two such links, and so on)."""
        net, found = self._passes.net, []
        for pred_id, succ_id in pairs:
            pred, succ = self._pos.get(pred_id), self._pos.get(succ_id)
            into = compress(range(len(net.link_succ)), map(eq, net.link_succ, repeat(succ)))
            j = next((j for j in into if net.link_pred[j] == pred and j not in found), None)
            if j is None:
                raise ScheduleInputError("link_unknown", succ_id, pred_id=pred_id, succ_id=succ_id)
            found.append(j)
        return found

    def _changes_gates(self, positions: list[int], add: list[LinkInput]) -> bool:
        """Would a fresh build give a summary a gate it has not, or take one away?"""
        net = self._passes.net
        summaries = {self._pos[l.succ_id] for l in add} | {
            self._pos[self.links[j].succ_id] for j in positions}
        summaries = {s for s in summaries if net.kind[s] == SUMMARY}
        if not summaries:
            return False
        removed = set(positions)
        linked = {s for j, s in enumerate(net.link_succ) if j not in removed}
        linked.update(self._pos[l.succ_id] for l in add)
        return any((s in linked or net.parent[s] in net.gate_of) != (s in net.gate_of)
                   for s in summaries)

    def _splice_links(self, positions: list[int], add: list[LinkInput]) -> None:
        for j in sorted(positions, reverse=True):
            del self.links[j]
        self.links.extend(add)

    def _edit_links(self, positions: list[int], add: list[LinkInput]) -> set[int]:
        net = self._passes.net
        before = list(self.links)
        ends = [(net.link_pred[j], net.link_succ[j]) for j in positions]
        self._unwire(positions)
        first = len(self.links)
        self.links.extend(add)
        net.link_pred.extend(self._pos[l.pred_id] for l in add)
        net.link_succ.extend(self._pos[l.succ_id] for l in add)
        outs, ins = out_lists(net), self._inputs()
        reorder = False
        for j, (source, target, lag) in enumerate(link_slots(net, range(first, len(self.links))),
                                                  start=first):
            outs[source].append((target, NO_BOUND if net.kind[target >> 1] == FIXED else lag))
            ins[target].append((source, lag))
            net.n_in[target >> 1] += 1
            reorder = reorder or self._rank[source >> 1] >= self._rank[target >> 1]
            ends.append((net.link_pred[j], net.link_succ[j]))
        preds = {pred for pred, _ in ends}
        float_seeds = set(preds)
        for pred in preds:
            if net.kind[pred] == SUMMARY:
                float_seeds.update(descendants(net, pred))
        early_seeds = {net.gate_of.get(succ, succ) for _, succ in ends}
        if reorder:
            early_seeds = self._reorder(before)
        return self._propagate(early_seeds=early_seeds, late_seeds=preds,
                               float_seeds=float_seeds, result_seeds=set(), ordered=not reorder)

    def _inputs(self) -> list:
        """``start_in`` and ``finish_in`` interleaved: the incoming list of each slot."""
        net = self._passes.net
        ins: list = [None] * (2 * len(net.kind))
        ins[0::2], ins[1::2] = net.start_in, net.finish_in
        return ins

    def _unwire(self, positions: list[int]) -> None:
        net = self._passes.net
        outs, ins = out_lists(net), self._inputs()
        ordered = sorted(positions, reverse=True)
        for j, (source, target, lag) in zip(ordered, list(link_slots(net, ordered))):
            outs[source].remove((target, NO_BOUND if net.kind[target >> 1] == FIXED else lag))
            ins[target].remove((source, lag))
            net.n_in[target >> 1] -= 1
            del self.links[j], net.link_pred[j], net.link_succ[j]

    def _reorder(self, links_before: list[LinkInput]) -> set[int]:
        """A new link against the current order: the forward pass in full, which finds a
        new order (or a loop: then the plan is put back and the full pass's own error
        raised).  Returns the nodes whose early times moved."""
        p = self._passes
        try:
            early = forward(p.net, self.calendar)
        except ScheduleLoopError:
            proposed = list(self.links)
            self.links[:] = links_before
            with paused_gc():
                self._build()
            run_passes(self.tasks, proposed, self.project_start, self.calendar,
                       self.status_date, self.threshold, self.weights)
            raise
        self._rank = order_rank(p.net)
        moved = {i for i in range(len(early) // 2)
                 if early[2 * i] != p.early[2 * i] or early[2 * i + 1] != p.early[2 * i + 1]}
        p.early[:] = early
        return moved

    # ------------------------------------------------------------------ propagation
    def _propagate(self, *, early_seeds: set[int], late_seeds: set[int], float_seeds: set[int],
                   result_seeds: set[int], ordered: bool = True) -> set[int]:
        """Reschedule from the seeds; ``ordered=False``: ``early_seeds`` already moved (the
        forward pass ran in full)."""
        p, cal, rank = self._passes, self.calendar, self._rank
        net = p.net
        if ordered:
            moved_early = forward_from(net, p.early, cal, early_seeds, rank)
        else:
            moved_early = early_seeds
        finish = project_finish(net, p.early)
        if finish != p.finish:
            return self._late_in_full(finish)
        late_seeds = late_seeds | moved_early
        for i in moved_early:
            if net.kind[i] == SUMMARY:
                late_seeds.update(net.kids[i])
        moved_late = backward_from(net, p.early, p.late, cal, finish, late_seeds, rank)
        changed_t, changed_l = shown_times(net, p.early, p.late, p.T, p.L, moved_early | early_seeds,
                                           moved_late | late_seeds, self._alap, cal, finish, rank)
        changed_tf = total_floats_of(net, p.T, p.L, p.tf, changed_t | changed_l, rank)
        nodes = free_float_nodes(net, changed_t, float_seeds | changed_tf)
        changed_ff = free_floats_of(net, p.early, p.T, p.late, p.tf, p.ff, cal, finish, nodes)
        touched = result_seeds | changed_t | changed_l | changed_tf | changed_ff
        fresh = p.columns.update({i for i in touched if i < net.n_tasks}, rank)
        return self._publish(fresh)

    def _late_in_full(self, finish: int) -> set[int]:
        """The project finish moved, so every late date moves: backward pass and the rest."""
        p, cal = self._passes, self.calendar
        net = p.net
        everything = set(range(len(net.kind)))
        p.finish = finish
        p.late[:] = backward(net, p.early, cal, finish)
        shown_times(net, p.early, p.late, p.T, p.L, everything, everything, self._alap, cal,
                    finish, self._rank)
        p.tf[:] = total_floats(net, p.T, p.L)
        p.ff[:] = free_floats(slack_of(net, p.early, p.T, p.late, cal, finish), p.tf)
        return self._publish(p.columns.build())

    def _publish(self, fresh: dict) -> set[int]:
        """Put the recomputed results in place; the ids whose results changed."""
        p = self._passes
        tasks = p.result.tasks
        changed = {i for i, r in fresh.items() if tasks.get(i) != r}
        if changed:
            tasks.update((i, fresh[i]) for i in changed)
            p.result = ScheduleResult(tasks, *p.columns.plan_dates(self.project_start),
                                      internals=p.result.internals)
        return changed


__all__ = ["LiveSchedule"]
