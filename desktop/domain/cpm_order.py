"""Would the engine take these links?  Its own checks and its loop search, without the rest.

A link typed or drawn needs only what :func:`desktop.domain.cpm.schedule` refuses — a link
to itself, into its own summary, to an unknown task, a loop — not the late dates, floats and
results: :func:`check_links` builds the engine's network (the same checks, summaries' gates
and roll-ups) and runs its forward pass (Kahn's order, which finds the loops), raising the
same :class:`ScheduleInputError` or :class:`ScheduleLoopError` naming the same tasks.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from desktop.domain.calendar import WorkCalendar
from desktop.domain.cpm_model import LinkInput, TaskInput
from desktop.domain.cpm_network import build_network
from desktop.domain.cpm_passes import forward


def check_links(tasks: Sequence[TaskInput], links: Sequence[LinkInput], *, calendar: WorkCalendar,
                project_start: date) -> None:
    """Raise what scheduling ``tasks`` and ``links`` would raise; return when it would not."""
    forward(build_network(tasks, links, calendar, project_start, None), calendar)
