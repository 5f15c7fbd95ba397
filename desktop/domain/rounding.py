"""Rounding for display so that printed rows add up to their printed total.

A table in 백만원 or 억원 that rounds each row on its own can print rows summing to 3,597
under a total of 3,596.  Largest-remainder rounding (the Hamilton method) rounds the total
as usual, gives every row the whole units it certainly has (its floor), and hands the units
still missing to the rows with the largest remainders, so the rows sum to the total exactly
and no row moves by a whole unit or more.  Trees (total → phases → categories) are rounded
from the top: each parent's printed value is then split among its children the same way.

Integer arithmetic only (amounts are int won); an unknown value (None) stays unknown, and a
parent with an unknown child is unknown too (its sum would be derived from an unknown).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Sequence

from desktop.domain.money import round_half_away


def round_units(value: int, divisor: int) -> int:
    """``value`` in units of ``divisor``, halves away from zero (how a lone figure is printed)."""
    return round_half_away(Decimal(value) / divisor)


def round_to_total(values: Sequence[int], divisor: int, total_units: int | None = None) -> list[int]:
    """``values`` in units of ``divisor``, summing to ``total_units`` (default: their sum,
    rounded half away from zero).  ``total_units`` must lie between the sum of the floors and
    that sum plus the number of values (any rounding of the exact sum does)."""
    if divisor <= 0:
        raise ValueError("divisor must be positive")
    if not values:
        if total_units not in (None, 0):
            raise ValueError("no values to make up a non-zero total")
        return []
    floors, remainders = zip(*(divmod(v, divisor) for v in values))
    target = round_units(sum(values), divisor) if total_units is None else total_units
    missing = target - sum(floors)
    if not 0 <= missing <= len(values):
        raise ValueError(f"total {target} cannot be made from {list(values)} in units of {divisor}")
    # largest remainder first; on a tie the larger value, then the earlier row
    order = sorted(range(len(values)), key=lambda i: (-remainders[i], -values[i], i))
    result = list(floors)
    for i in order[:missing]:
        result[i] += 1
    return result


@dataclass
class Node:
    """A figure and the figures it is the sum of (``children`` empty for a leaf)."""

    value: int | None
    children: list["Node"] = field(default_factory=list)


@dataclass
class Rounded:
    units: int | None
    children: list["Rounded"] = field(default_factory=list)


def round_tree(node: Node, divisor: int, units: int | None = None) -> Rounded:
    """Round ``node`` (to ``units`` when its parent decided them) and split its units among
    its children.  A node whose children do not sum to it is refused (a table bug)."""
    if node.value is None:
        return Rounded(None, [round_tree(child, divisor) for child in node.children])
    own = round_units(node.value, divisor) if units is None else units
    if not node.children:
        return Rounded(own)
    values = [child.value for child in node.children]
    if any(v is None for v in values):  # cannot happen for a known parent built by sum_node
        raise ValueError("a known figure cannot have an unknown part")
    if sum(values) != node.value:
        raise ValueError(f"children sum to {sum(values)}, not {node.value}")
    parts = round_to_total(values, divisor, own)
    return Rounded(own, [round_tree(child, divisor, u) for child, u in zip(node.children, parts)])


def sum_node(children: list[Node]) -> Node:
    """A parent that is the sum of ``children``; unknown when any child is unknown."""
    values = [c.value for c in children]
    total = None if any(v is None for v in values) else sum(values)
    return Node(total, children)
