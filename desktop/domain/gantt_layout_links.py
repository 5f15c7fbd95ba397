"""Gantt link geometry: elbow polylines with arrow heads, and a row-range index over them.

Pure Python (no Qt).  Each link is drawn from the predecessor's start or end to the
successor's start or end, as its type says (FS: end → start, SS: start → start,
FF: end → end, SF: start → end), with right-angle turns between rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

STUB = 6.0  # horizontal run out of a bar before turning
ARROW = 5.0  # arrow head length
INSET = 6.0  # how far into a successor bar an FS line drops onto it
BUCKET_ROWS = 32  # rows per bucket of the link index
LONG_BUCKETS = 8  # links crossing more buckets than this are kept in one list

Point = tuple[float, float]


class Anchor(NamedTuple):
    """Where links attach to a row's forecast bar or diamond."""

    x0: float  # start edge
    x1: float  # end edge
    y_mid: float
    y_top: float
    y_bottom: float
    centre: float | None = None  # milestone: the diamond's x (FS lines drop onto it)


@dataclass(frozen=True, slots=True)
class GanttLink:
    """One link as drawn: ``points`` is the polyline ending at the arrow's tip."""

    pred_row: int
    succ_row: int
    type: str
    critical: bool
    points: tuple[Point, ...]
    arrow: tuple[Point, Point, Point]  # tip, then the two base corners
    x_min: float
    x_max: float

    @property
    def row_min(self) -> int:
        return min(self.pred_row, self.succ_row)

    @property
    def row_max(self) -> int:
        return max(self.pred_row, self.succ_row)


def _arrow(tip: Point, dx: float, dy: float) -> tuple[Point, Point, Point]:
    """Arrow head at ``tip`` pointing along the unit vector (dx, dy)."""
    x, y = tip
    bx, by = x - dx * ARROW, y - dy * ARROW
    half = ARROW * 0.6
    return tip, (bx - dy * half, by + dx * half), (bx + dy * half, by - dx * half)


def _boundary(pred_row: int, succ_row: int, row_height: float) -> float:
    """The y between the predecessor's row and its neighbour towards the successor."""
    return (pred_row + 1) * row_height if succ_row > pred_row else pred_row * row_height


def link_points(kind: str, p: Anchor, s: Anchor, yb: float) -> tuple[list[Point], float, float]:
    """Polyline from predecessor anchor ``p`` to successor anchor ``s`` and the arrow direction.

    ``yb`` is the row boundary used when the line has to double back.
    """
    down = s.y_mid > p.y_mid
    if kind == "SS":
        xl = min(p.x0, s.x0) - STUB
        return [(p.x0, p.y_mid), (xl, p.y_mid), (xl, s.y_mid), (s.x0, s.y_mid)], 1.0, 0.0
    if kind == "FF":
        xr = max(p.x1, s.x1) + STUB
        return [(p.x1, p.y_mid), (xr, p.y_mid), (xr, s.y_mid), (s.x1, s.y_mid)], -1.0, 0.0
    if kind == "SF":
        xl = p.x0 - STUB
        if s.x1 + STUB <= xl:
            return [(p.x0, p.y_mid), (xl, p.y_mid), (xl, s.y_mid), (s.x1, s.y_mid)], -1.0, 0.0
        xr = s.x1 + STUB
        return ([(p.x0, p.y_mid), (xl, p.y_mid), (xl, yb), (xr, yb), (xr, s.y_mid),
                 (s.x1, s.y_mid)], -1.0, 0.0)
    # FS: drop onto the successor from above (or below) when it reaches past the stub
    xe = p.x1 + STUB
    drop = _drop_point(s, xe, down)
    if drop is not None:
        vx, ty = drop
        return [(p.x1, p.y_mid), (vx, p.y_mid), (vx, ty)], 0.0, (1.0 if down else -1.0)
    xl = s.x0 - STUB
    return ([(p.x1, p.y_mid), (xe, p.y_mid), (xe, yb), (xl, yb), (xl, s.y_mid), (s.x0, s.y_mid)],
            1.0, 0.0)


def _drop_point(s: Anchor, x_min: float, down: bool) -> Point | None:
    """Where a vertical FS line at x ≥ ``x_min`` meets the successor's top (bottom when
    ``down`` is False), or None when the successor ends before it."""
    if s.centre is not None:  # a diamond: meet its sloped edge
        r = (s.x1 - s.x0) / 2
        vx = max(s.centre, x_min)
        off = vx - s.centre
        if off > r * 0.6:
            return None
        return vx, (s.y_mid - (r - off) if down else s.y_mid + (r - off))
    vx = max(s.x0 + min(INSET, (s.x1 - s.x0) / 2), x_min)
    if vx > s.x1 - 1:
        return None
    return vx, (s.y_top if down else s.y_bottom)


def make_link(kind: str, pred_row: int, succ_row: int, p: Anchor, s: Anchor, critical: bool,
              row_height: float) -> GanttLink:
    points, dx, dy = link_points(kind, p, s, _boundary(pred_row, succ_row, row_height))
    xs = [pt[0] for pt in points]
    return GanttLink(pred_row, succ_row, kind, critical, tuple(points), _arrow(points[-1], dx, dy),
                     min(xs) - ARROW, max(xs) + ARROW)


class LinkIndex:
    """Finds the links whose row span meets a row range without scanning them all.

    Links are put in fixed buckets of rows; the few that cross many buckets are kept in one
    list that every query filters.
    """

    def __init__(self, links: list, row_count: int) -> None:
        self._links = list(links)
        self._buckets: list[list[int]] = [[] for _ in range(row_count // BUCKET_ROWS + 1)]
        self._long: list[int] = []
        buckets, long = self._buckets, self._long
        for i, link in enumerate(self._links):  # as _place, inline: 20,000 links at first paint
            a, b = link.pred_row, link.succ_row
            lo, hi = (a, b) if a < b else (b, a)
            first, last = lo // BUCKET_ROWS, hi // BUCKET_ROWS
            if last - first > LONG_BUCKETS:
                long.append(i)
            elif first == last:
                buckets[first].append(i)
            else:
                for k in range(first, last + 1):
                    buckets[k].append(i)

    def _place(self, i: int, link, put) -> None:
        """Put (or take, with ``put=list.remove``) link ``i`` in the buckets of its rows."""
        a, b = link.pred_row, link.succ_row
        lo, hi = (a, b) if a < b else (b, a)
        first, last = lo // BUCKET_ROWS, hi // BUCKET_ROWS
        if last - first > LONG_BUCKETS:
            put(self._long, i)
            return
        buckets = self._buckets
        for k in range(first, last + 1):
            put(buckets[k], i)

    @property
    def size(self) -> int:
        """The number the next link added gets."""
        return len(self._links)

    def add(self, link) -> None:
        """One link more (numbered :attr:`size`; its rows within the index's)."""
        self._links.append(link)
        self._place(len(self._links) - 1, link, list.append)

    def remove(self, i: int) -> None:
        """Link number ``i`` no more (the numbers of the others stay)."""
        self._place(i, self._links[i], list.remove)
        self._links[i] = None

    def query(self, first_row: int, last_row: int) -> list[GanttLink]:
        """Links with a row span meeting ``first_row..last_row`` (inclusive), in link order."""
        if not self._links or last_row < first_row:
            return []
        top = len(self._buckets) - 1
        b0 = min(top, max(0, first_row // BUCKET_ROWS))
        b1 = min(top, max(0, last_row // BUCKET_ROWS))
        found = set(self._long)
        for k in range(b0, b1 + 1):
            found.update(self._buckets[k])
        links = self._links
        result = []
        for i in sorted(found):
            link = links[i]  # never a removed one: it left its buckets
            a, b = link.pred_row, link.succ_row
            if (a if a < b else b) <= last_row and (b if a < b else a) >= first_row:
                result.append(link)
        return result
