"""The integer network the passes of the engine walk: its numbering, kinds and lists.

Time is counted in *half-days* of the working calendar: ``t = 2·i`` is the start of
working day ``i`` (8 a.m.), ``t = 2·i + 1`` its end (5 p.m.).  Both ``2·i + 1`` and
``2·i + 2`` are the same working instant (no working time in between); the instant of
``t`` is ``(t + 1) >> 1`` and floats are differences of instants, in working days.
Tasks start on an even ``t`` and finish on an odd one; milestones keep the side of
whatever placed them, which is how MS Project shows a milestone after a task on that
task's finish date but a milestone at the project start on the start date.

Nodes: task ``k`` of the input is node ``k``; a summary task's node is its roll-up
("out" node).  A summary that receives links also gets a *gate* node, numbered after the
tasks, which collects those links and passes them on to every child.  Each node has two
slots in the time arrays: ``2·node`` (start) and ``2·node + 1`` (finish).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from desktop.domain.cpm_model import LinkInput, TaskInput

if TYPE_CHECKING:  # cpm_calendars builds on this module
    from desktop.domain.cpm_calendars import TaskCalendars

NEG = -(1 << 60)
INF = 1 << 60
# Lag recorded on the predecessor's side of a link into a task that has started: its
# dates are actual, so the link no longer bounds the predecessor's late dates or free
# float (L − NO_BOUND is beyond any date).
NO_BOUND = NEG

# node kinds
NORMAL, MILESTONE, ELAPSED, FIXED, SUMMARY, GATE = range(6)


@dataclass(slots=True)
class Network:
    """Flat lists indexed by node; see the module docstring for the numbering.

    The passes only need the outgoing lists; the incoming ones (``start_in``,
    ``finish_in``) are filled by :func:`desktop.domain.cpm_network.wire_inputs` when asked
    for (naming a loop, editing a live schedule).
    """

    tasks: Sequence[TaskInput]
    links: Sequence[LinkInput]
    link_pred: list[int]                     # position of each link's predecessor
    link_succ: list[int]                     # and successor
    n_tasks: int
    kind: list[int]
    span: list[int]                          # finish − start in half-days (NORMAL, FIXED)
    parent: list[int]                        # parent summary node or −1
    kids: list[list[int]]                    # children of a summary node
    gate_of: dict[int, int]                  # summary position → gate node
    gate_owner: list[int]                    # gate node − n_tasks → summary position
    start_out: list[list[tuple[int, int]]]   # (target slot, lag in half-days or NO_BOUND)
    finish_out: list[list[tuple[int, int]]]
    n_in: list[int]                          # links and children coming into each node
    base_es: list[int]
    base_ef: list[int]
    base_ls: list[int]
    base_lf: list[int]
    project_t: int
    fixed: dict[int, tuple[int, int]] = field(default_factory=dict)  # FIXED → (start, finish)
    shown_start: dict[int, date] = field(default_factory=dict)  # dates shown instead of computed
    shown_finish: dict[int, date] = field(default_factory=dict)
    order: list[int] = field(default_factory=list)
    start_in: list[list[tuple[int, int]]] = field(default_factory=list)  # (source slot, lag)
    finish_in: list[list[tuple[int, int]]] = field(default_factory=list)
    cals: TaskCalendars | None = None  # task calendars (None: every task on the one calendar)

    def release_adjacency(self) -> None:
        """Drop the per-node link lists once the passes are done (they are large)."""
        self.start_in = self.finish_in = self.start_out = self.finish_out = []


def task_of_node(net: Network, node: int) -> int:
    """Input position of the task a node stands for (a gate stands for its summary)."""
    return node if node < net.n_tasks else net.gate_owner[node - net.n_tasks]
