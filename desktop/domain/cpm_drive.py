"""Driving chains: which predecessor, through which link, sets a task's early start."""

from __future__ import annotations

from desktop.domain.cpm_model import DrivingLink, LinkType, ScheduleInputError, ScheduleResult
from desktop.domain.cpm_network import FIXED, SUMMARY, Network
from desktop.domain.cpm_passes import instant

_FROM_FINISH = (LinkType.FS, LinkType.FF)
_TO_START = (LinkType.FS, LinkType.SS)


def _descend(net: Network, T: list[int], node: int, finish_side: bool) -> int:
    """The leaf task whose start (or finish) gives a summary its start (or finish)."""
    while net.kind[node] == SUMMARY:
        slot = 1 if finish_side else 0
        target = instant(T[2 * node + slot])
        node = next(c for c in net.kids[node] if instant(T[2 * c + slot]) == target)
    return node


def _links_into(net: Network, node: int, incoming: dict[int, list[int]]) -> list[int]:
    """Links into ``node`` first, then links into its summary ancestors."""
    found: list[int] = []
    while node >= 0:
        found += incoming.get(node, [])
        node = net.parent[node]
    return found


def _driving_link(net: Network, T: list[int], node: int,
                  incoming: dict[int, list[int]]) -> int | None:
    for index in _links_into(net, node, incoming):
        link = net.links[index]
        pred = net.link_pred[index]
        source = T[2 * pred + (1 if link.type in _FROM_FINISH else 0)]
        source = source + 2 * link.lag if net.cals is None else net.cals.ahead(
            source, 2 * link.lag, pred, net.link_succ[index])
        target = T[2 * node] if link.type in _TO_START else T[2 * node + 1]
        if instant(source) == instant(target):
            return index
    return None


def driving_predecessors(result: ScheduleResult, task_id: int) -> list[DrivingLink]:
    """The chain of links that drives ``task_id``'s early start, nearest first.

    The chain ends at a task held by the project start, a constraint, the status date or
    actual dates.  A summary task is explained through the child that starts it; a link
    from a summary continues through the child that gives the summary its date.
    """
    net, T, _ = result.internals
    position = {task.id: k for k, task in enumerate(net.tasks)}
    if task_id not in position:
        raise ScheduleInputError("task_unknown", task_id)
    incoming: dict[int, list[int]] = {}
    for index, succ in enumerate(net.link_succ):
        incoming.setdefault(succ, []).append(index)
    chain: list[DrivingLink] = []
    node = _descend(net, T, position[task_id], finish_side=False)
    seen: set[int] = set()
    while node not in seen and net.kind[node] != FIXED:
        seen.add(node)
        index = _driving_link(net, T, node, incoming)
        if index is None:
            break
        link = net.links[index]
        chain.append(DrivingLink(link.pred_id, link.succ_id, link.type, link.lag))
        node = _descend(net, T, net.link_pred[index], link.type in _FROM_FINISH)
    return chain
