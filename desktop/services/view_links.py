"""The schedule views' links (ScheduleLink, in id order) kept by the live plan
(desktop.services.live_schedule): made when first shown, then edited in place of being made
again — a link drawn or removed, the critical flag of the links touching tasks that moved."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from operator import itemgetter

from desktop.domain.gc_pause import paused_gc
from desktop.domain.schedule_rows import ScheduleLink
from desktop.services.schedule import schedule_link

LinkEdit = tuple[tuple[ScheduleLink, ...], tuple[ScheduleLink, ...]]  # (removed, added)
_ID = itemgetter("id")


class ViewLinks:
    """The list the views are given; a list given out before an edit keeps its own links."""

    def __init__(self) -> None:
        self._view: list[ScheduleLink] | None = None
        self._ids: list[int] = []

    @property
    def made(self) -> bool:
        return self._view is not None

    def get(self, links: dict[int, dict], critical: set[int]) -> list[ScheduleLink]:
        """The links by id (``links``: stored rows by id), made when first asked."""
        if self._view is None:
            with paused_gc():
                self._ids = sorted(links)
                self._view = [schedule_link(links[i], critical) for i in self._ids]
        return self._view

    def edit(self, removed: list[dict], added: list[dict], critical: set[int]) -> LinkEdit:
        """A new list less ``removed`` and with ``added``, still in id order."""
        view, ids = list(self._view), self._ids
        gone, new = [], []
        for link in removed:
            k = bisect_left(ids, link["id"])
            gone.append(view.pop(k))
            del ids[k]
        for link in sorted(added, key=_ID):
            k = bisect_left(ids, link["id"])
            ids.insert(k, link["id"])
            view.insert(k, schedule_link(link, critical))
            new.append(view[k])
        self._view = view
        return tuple(gone), tuple(new)

    def reflag(self, link_ids: Iterable[int], links: dict[int, dict], critical: set[int]) -> None:
        """The critical flag of ``link_ids`` again, in place (nothing when not made yet: the
        list is made with the flags of the moment it is first shown)."""
        if self._view is None:
            return
        view, ids = self._view, self._ids
        for link_id in link_ids:
            k = bisect_left(ids, link_id)
            link = schedule_link(links[link_id], critical)
            if view[k] != link:
                view[k] = link
