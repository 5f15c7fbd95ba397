"""A link edit in the window asks the live plan (desktop.services.live_schedule), not the database.

``LiveLinks(plan)`` is the :class:`desktop.services.plan_links.PlanLinks` a service editing links
is given by the window: the outline and the names from memory, new links checked on the live
schedule, which refuses what the full pass refuses and otherwise keeps them, so the sync after
the write has nothing left to reschedule.  It follows the database when first asked, inside the
service's transaction.
"""

from __future__ import annotations

from desktop.services.live_schedule import LivePlan
from desktop.services.plan_links import Link, PlanLinks, StoredLinks


class LiveLinks(PlanLinks):
    """A live plan's answers for one service editing links."""

    def __init__(self, plan: LivePlan) -> None:
        self._plan = plan
        self._synced = False

    def _current(self) -> LivePlan:
        if not self._synced:
            self._plan.sync()
            self._synced = True
        return self._plan

    @property
    def order(self) -> list[int]:
        return self._current().order

    @property
    def named(self) -> dict[int, tuple[int, str]]:
        return self._current().named

    @property
    def codes(self) -> set[str]:
        return self._current().codes

    def links_into(self, task_id: int) -> list[dict]:
        return self._current().links_into(task_id)

    def check(self, *, remove: list[dict], add: list[Link]) -> None:
        plan = self._current()
        if not plan.try_links(remove=remove, add=add):
            StoredLinks(plan.db).check(remove=remove, add=add)  # read from the database
