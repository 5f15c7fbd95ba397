"""The money view's series over the months: the cumulative S-curve (budget plan, PV, EV from
the measured history, AC) and the earned schedule of the total (definitions: desktop.domain.variance)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from desktop.domain.evm import EarnedSchedule, earned_schedule, ev_from_percent
from desktop.domain.spread import months_between
from desktop.domain.variance_model import MoneySeries

if TYPE_CHECKING:
    from desktop.domain.variance import MoneyView


def build_series(view: "MoneyView", months: list[str]) -> MoneySeries:
    """The view's cumulative monthly series (the S-curve), see desktop.domain.variance."""
    baseline, pv = [], []
    planned = 0
    as_of_index = None
    for i, month in enumerate(months):
        planned += view._plan_months.get(month, 0)
        baseline.append(planned)
        pv.append(planned if month <= view.as_of_month else None)
        if month == view.as_of_month:
            as_of_index = i
    return MoneySeries(months, baseline, pv, ev_history(view, months), ac_history(view, months),
                       as_of_index)


def ac_history(view: "MoneyView", months: list[str]) -> list[int | None]:
    """Cumulative actual cost at the end of each month up to the as-of month."""
    ac: list[int | None] = []
    spent = 0
    for month in months:
        if month <= view.as_of_month:
            spent += view._ac_months.get(month, 0)
            ac.append(spent)
        else:
            ac.append(None)
    return ac


def ev_history(view: "MoneyView", months: list[str]) -> list[int | None]:
    """Earned value at the end of each month up to the as-of month (see the module doc):
    each line's measurements become steps of EV, added up over the lines."""
    ev: list[int | None] = [None] * len(months)
    if view.period is not None or not months:
        return ev
    index = {m: i for i, m in enumerate(months)}
    step_won = [0] * len(months)
    step_lines = [0] * len(months)
    for node in view.lines.values():
        previous = None
        for month, percent in node.line.progress:
            at = 0 if month < months[0] else index.get(month)
            if at is None:
                continue
            won = ev_from_percent(node.bac, percent)
            step_won[at] += won - (previous or 0)
            step_lines[at] += previous is None
            previous = won
    running = measured = 0
    for i, month in enumerate(months):
        if month > view.as_of_month:
            break
        running += step_won[i]
        measured += step_lines[i]
        ev[i] = running if measured else None
    if view.as_of_month in index:  # the view's own figure (it follows in-place edits)
        ev[index[view.as_of_month]] = view.total.figures.ev_won
    return ev

def view_earned_schedule(view: "MoneyView", months: list[str]) -> EarnedSchedule | None:
    """Earned schedule of the view's total over its measured lines' PV curve."""
    total = view.total
    if view.period is not None or not total.measured or not months:
        return None
    index = {m: i for i, m in enumerate(months)}
    monthly = [0] * len(months)
    for node in view.lines.values():
        if node.measured:
            for month, won in plan_in(node.line.plan, view):
                monthly[index[month]] += won
    curve, running = [], 0
    for won in monthly:
        running += won
        curve.append(running)
    at = len(months_between(months[0], view.as_of_month)) if view.as_of_month >= months[0] else 0
    return earned_schedule(curve, total.m_ev, at or None)


def plan_in(plan: Mapping[str, int], view: "MoneyView") -> Iterable[tuple[str, int]]:
    first, last = view.first_month, view.last_month
    for month, won in plan.items():
        if (first is None or month >= first) and (last is None or month <= last):
            yield month, won
