"""Costs of an XER project: resource assignments (``TASKRSRC``) and expenses (``PROJCOST``),
summed per activity and rolled up to the WBS summaries; resource assignments counted.

An activity's cost is its cost at completion (actual + remaining, what MS Project calls
Cost), its actual cost the actual regular and overtime cost; a row without remaining cost
counts its budget (``target_cost``).  Money is the file's currency in whole units.
"""

from __future__ import annotations

from decimal import Decimal

from desktop.domain.schedule_file import FileTask, ScheduleFile
from desktop.interop.xer_tables import XerTables
from desktop.interop.xer_values import whole, xer_money

_ACTUAL = {"TASKRSRC": ("act_reg_cost", "act_ot_cost"), "PROJCOST": ("act_cost",)}


def add_costs(tables: XerTables, p: ScheduleFile, by_uid: dict[int, FileTask], file_name: str) -> None:
    total: dict[int, Decimal] = {}
    actual: dict[int, Decimal] = {}
    for name in ("TASKRSRC", "PROJCOST"):
        table = tables.get(name)
        if "task_id" not in table.fields:
            continue
        for row, line in zip(table.rows, table.lines):
            uid = int(row["task_id"]) if row["task_id"].strip().isdigit() else None
            task = by_uid.get(uid) if uid is not None else None
            if task is None or task.is_summary:
                continue
            money = lambda field: xer_money(row.get(field), name, field, line, file_name)  # noqa: E731
            done = sum((money(f) for f in _ACTUAL[name]), Decimal(0))
            left = money("remain_cost") if row.get("remain_cost", "").strip() else \
                max(Decimal(0), money("target_cost") - done)
            total[uid] = total.get(uid, Decimal(0)) + done + left
            actual[uid] = actual.get(uid, Decimal(0)) + done
            if name == "TASKRSRC":
                task.resources += 1
    for uid, amount in total.items():
        by_uid[uid].cost_won = whole(amount)
        by_uid[uid].actual_cost_won = whole(actual[uid])
    for task in reversed(p.tasks):  # children come after their summary: roll up from the leaves
        parent = by_uid.get(task.parent_uid) if task.parent_uid is not None else None
        if parent is not None and task.cost_won is not None:
            parent.cost_won = (parent.cost_won or 0) + task.cost_won
            parent.actual_cost_won = (parent.actual_cost_won or 0) + (task.actual_cost_won or 0)
