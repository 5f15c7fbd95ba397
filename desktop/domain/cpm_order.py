"""Would the engine take these links?  Its own checks and its loop search, without dates.

A link typed or drawn at 10,000 tasks needs only what :func:`desktop.domain.cpm.schedule`
refuses — a link to itself, into its own summary, to an unknown task, a loop — not the dates:
:func:`check_links` builds the engine's network (the same checks, summaries' gates and
roll-ups) and walks it in topological order as the forward pass does (Kahn), without the
calendar's arithmetic, raising the same :class:`ScheduleInputError` or
:class:`ScheduleLoopError` naming the same tasks.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from desktop.domain.calendar import WorkCalendar
from desktop.domain.cpm_model import LinkInput, ScheduleLoopError, TaskInput
from desktop.domain.cpm_network import build_network, find_loop


def check_links(tasks: Sequence[TaskInput], links: Sequence[LinkInput], *, calendar: WorkCalendar,
                project_start: date) -> None:
    """Raise what scheduling ``tasks`` and ``links`` would raise; return when it would not."""
    net = build_network(tasks, links, calendar, project_start, None)
    indeg = list(net.n_in)
    order = [i for i, d in enumerate(indeg) if not d]
    append = order.append
    start_out, finish_out, parent = net.start_out, net.finish_out, net.parent
    for a in order:  # the list grows while it is walked
        for outs in (start_out[a], finish_out[a]):
            for slot, _lag in outs:
                b = slot >> 1
                left = indeg[b] - 1
                indeg[b] = left
                if not left:
                    append(b)
        b = parent[a]
        if b >= 0:
            left = indeg[b] - 1
            indeg[b] = left
            if not left:
                append(b)
    if len(order) < len(indeg):
        raise ScheduleLoopError(find_loop(net, indeg))
