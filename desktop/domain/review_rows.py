"""The monthly update review as rows: one line per change, with its kind, for the review table
of the window (filtered by kind) and the report's summary (counted by kind).

``review_rows(comparison) -> list[ReviewRow]`` flattens a :class:`ScheduleComparison`;
``KINDS`` lists the kinds in the order they are shown, ``FILTERS`` the window's filters and
the kinds each one shows.  Values are plain (dates, numbers, text); the views format them.
"""

from __future__ import annotations

from typing import NamedTuple

from desktop.domain.schedule_compare import ScheduleComparison

KINDS = ("added", "deleted", "duration", "link_added", "link_removed", "link_changed", "constraint",
         "calendar", "dates", "progress", "float", "critical_joined", "critical_left", "milestone")
FILTERS = {
    "all": KINDS, "activities": ("added", "deleted"), "durations": ("duration",),
    "logic": ("link_added", "link_removed", "link_changed"), "constraints": ("constraint",),
    "calendars": ("calendar",), "dates": ("dates",), "progress": ("progress",), "float": ("float",),
    "critical": ("critical_joined", "critical_left"), "milestones": ("milestone",),
}


class ReviewRow(NamedTuple):
    kind: str  # one of KINDS
    key: str  # the activity (P6 Activity ID or UID), or "pred→succ" for a link
    name: str
    before: object = None  # the old value (a date, days, %, "FS+2", a calendar's name...)
    after: object = None
    days: int | None = None  # a date's move in calendar days (+ later)
    note: str = ""  # progress: "started" or "finished" this period


def _link(kind: str, lag: float) -> str:
    return f"{kind}{lag:+g}" if lag else kind


def _constraint(value) -> str:
    kind, on = value
    return kind.upper() + (f" {on.isoformat()}" if on else "")


def review_rows(r: ScheduleComparison, names: dict[str, str] | None = None) -> list[ReviewRow]:
    """Every change of ``r``; ``names`` (key → activity name) names the critical path's
    activities and the ends of links."""
    names = names or {}
    rows = [ReviewRow("added", a.key, a.name) for a in r.added]
    rows += [ReviewRow("deleted", a.key, a.name) for a in r.deleted]
    rows += [ReviewRow("duration", c.key, c.name, c.old, c.new) for c in r.durations]
    rows += [ReviewRow("link_added", f"{l.pred}→{l.succ}", names.get(l.succ, ""), None, _link(l.type, l.lag_days))
             for l in r.links_added]
    rows += [ReviewRow("link_removed", f"{l.pred}→{l.succ}", names.get(l.succ, ""), _link(l.type, l.lag_days))
             for l in r.links_removed]
    rows += [ReviewRow("link_changed", f"{l.pred}→{l.succ}", names.get(l.succ, ""),
                       _link(l.old_type, l.old_lag_days), _link(l.new_type, l.new_lag_days))
             for l in r.links_changed]
    rows += [ReviewRow("constraint", c.key, c.name, _constraint(c.old), _constraint(c.new)) for c in r.constraints]
    rows += [ReviewRow("calendar", c.key, c.name, c.old, c.new) for c in r.task_calendars]
    rows += [ReviewRow("calendar", "", name) for name in r.calendars_changed]
    rows += [ReviewRow("dates", m.key, m.name, m.old_finish, m.new_finish, m.finish_days) for m in r.dates_moved]
    rows += [ReviewRow("progress", g.key, g.name, g.old_percent, g.new_percent,
                       note="finished" if g.finished else "started" if g.started else "") for g in r.progress]
    rows += [ReviewRow("float", c.key, c.name, c.old, c.new) for c in r.float_eroded]
    before, after = set(r.critical_before), set(r.critical_after)
    rows += [ReviewRow("critical_joined", k, names.get(k, "")) for k in r.critical_after if k not in before]
    rows += [ReviewRow("critical_left", k, names.get(k, "")) for k in r.critical_before if k not in after]
    rows += [ReviewRow("milestone", m.key, m.name, m.old_finish, m.new_finish, m.finish_days)
             for m in r.milestones_moved]
    return rows


def counts_by_kind(rows: list[ReviewRow]) -> dict[str, int]:
    """How many rows of each kind (every kind, 0 included), in ``KINDS`` order."""
    counts = dict.fromkeys(KINDS, 0)
    for row in rows:
        counts[row.kind] += 1
    return counts
