"""What was known at a date: records dated after it are left out of a view "as of" that date.

A report of October shows the project as it stood on 31 October, even when it is printed on
24 November: a milestone reached on 20 November is not done in it, a payment of November is
not paid in it.  Dated records (payments, measurements, effect reports, party retirements)
are filtered by their date where they are summed; this module does the same for the dates
stored on a task.
"""

from __future__ import annotations

import math
from datetime import date


def actuals_as_of(actual_start: date | None, actual_finish: date | None, percent: float,
                  is_milestone: bool, as_of: date | None) -> tuple[date | None, date | None, float]:
    """A task's (actual start, actual finish, % complete) as they stood at ``as_of``.

    Started after ``as_of``: not started (0 %).  Finished after it: still in progress, its
    % complete no more than the share of its actual span elapsed by then (the stored figure
    is today's; a milestone, which has no span, is 0 % until reached).
    """
    if as_of is None:
        return actual_start, actual_finish, percent
    if actual_start is not None and actual_start > as_of:
        return None, None, 0.0
    if actual_finish is None or actual_finish <= as_of:
        return actual_start, actual_finish, percent
    if is_milestone or actual_start is None:
        return None, None, 0.0
    elapsed = ((as_of - actual_start).days + 1) / ((actual_finish - actual_start).days + 1)
    return actual_start, None, min(percent, math.floor(1000 * elapsed) / 10)  # below 100
