"""Imports as records of their own: which rows an import added, and undoing exactly those.

An import service opens a batch (:func:`open_batch`) inside its transaction, lists the rows it
adds (:func:`add_rows`; consecutive ids it added are listed as one span) and returns ``Changes``
whose ``entity_id`` is the batch's id.  Its undo is :func:`remove_import` — it removes the rows
the batch lists, nothing found by searching the tables' id ranges — and its redo :func:`restore_import`, which puts the same rows back with their ids.

Rows are removed through the services that own them, so their rules still hold (a cost in a
closed month is not removed; a task goes with its subtree, its links and its baseline rows)
and each removal is audited.  A row of the batch that is gone already (deleted since by
someone) makes the removal refuse, naming the import: nothing is removed half.
"""

from __future__ import annotations

import json

from db.audit import append_audit, os_user
from db.bulk import insert_rows
from db.engine import PROJECT_ID, Database
from desktop.clock import utc_now
from desktop.domain.errors import ConflictError
from desktop.services.boundary import boundary
from desktop.services.changes import Changes
from desktop.services.rows import delete_audited, require_row, restore_audited

_ORDER = ("parties", "tasks", "baselines", "calendar_exceptions", "budget_lines", "commitments",
          "actual_costs", "line_progress", "funding_commitments", "funding_payments",
          "capacity_measurements", "month_remedies", "contractor_schedules", "contractor_versions")
"""Tables an import adds to, in the order rows are put back (removal goes backwards)."""


def open_batch(db: Database, *, kind: str, source: str) -> int:
    """A new import record (inside the caller's transaction); returns its id."""
    return db["imports"].insert({
        "project_id": PROJECT_ID, "kind": kind, "source": source[:260] or "-",
        "imported_at": utc_now().isoformat(timespec="seconds"), "imported_by": os_user(),
        "state": "applied"}).last_pk


def add_rows(db: Database, import_id: int, entity: str, ids) -> None:
    """List the rows ``ids`` of ``entity`` as the import's: each run of consecutive ids is one
    row of import_rows (``row_id`` to ``last_row_id``), a 10,000-task plan one row."""
    insert_rows(db.conn, "import_rows", ("import_id", "entity", "row_id", "last_row_id"),
                [(import_id, entity, first, last) for first, last in id_spans(ids)])


def id_spans(ids) -> list[tuple[int, int | None]]:
    """Runs of consecutive ids, in the order given: (first, last), last None for a run of one.
    An id given twice is refused (ValueError), as the table's key refused it before."""
    spans: list[list[int]] = []
    seen: set[int] = set()
    for row_id in ids:
        if row_id in seen:
            raise ValueError(f"row {row_id} listed twice")
        seen.add(row_id)
        if spans and row_id == spans[-1][1] + 1:
            spans[-1][1] = row_id
        else:
            spans.append([row_id, row_id])
    return [(first, last if last != first else None) for first, last in spans]


def close_batch(db: Database, import_id: int, summary: dict) -> None:
    db.execute("UPDATE imports SET summary_json = ? WHERE id = ?",
               [json.dumps(summary, ensure_ascii=False, sort_keys=True, default=str), import_id])


def batch_rows(db: Database, import_id: int) -> dict[str, list[int]]:
    """The rows the import added, by table."""
    rows: dict[str, list[int]] = {}
    for entity, first, last in db.execute("SELECT entity, row_id, last_row_id FROM import_rows"
                                          " WHERE import_id = ? ORDER BY entity, row_id", [import_id]):
        rows.setdefault(entity, []).extend(range(first, (last if last is not None else first) + 1))
    return rows


def import_changes(db: Database, import_id: int, **kwargs) -> Changes:
    """What an import (or its undo or redo) changed: the batch and every row it lists."""
    listed = batch_rows(db, import_id)
    tables = ["imports", *[t for t in _ORDER if t in listed]]
    if "tasks" in listed:
        tables += ["dependencies", "baseline_tasks"]
    if "baselines" in listed:
        tables.append("baseline_tasks")
    if "budget_lines" in listed:
        tables.append("budget_plan_months")
    if "contractor_schedules" in listed:
        tables.append("contractor_ties")
    return Changes.of(*dict.fromkeys(tables), entity_id=import_id, ids=listed, **kwargs)


# --------------------------------------------------------------------------- undo and redo
@boundary
def remove_import(db: Database, *, import_id: int) -> Changes:
    """Remove every row import ``import_id`` added (its undo); ``Changes.old`` restores them."""
    from desktop.services.baselines import delete_baseline
    from desktop.services.budget import delete_budget_line
    from desktop.services.contractor_rows import delete_contractor_schedule
    from desktop.services.costs import delete_actual_cost, delete_commitment
    from desktop.services.parties import delete_party
    from desktop.services.tasks import delete_task

    with db.atomic():
        batch = require_row(db, "imports", import_id)
        if batch["state"] != "applied":
            raise ConflictError("import_not_applied", source=batch["source"])
        listed = batch_rows(db, import_id)
        _check_present(db, batch, listed)
        snapshot: dict[str, list] = {}
        for table in reversed(_ORDER):
            ids = listed.get(table, [])
            if table == "tasks":
                tops = _top_tasks(db, ids)
                snapshot[table] = [delete_task(db, task_id=t).old for t in tops]
            elif table == "baselines":
                snapshot[table] = [delete_baseline(db, baseline_id=b).old for b in ids]
            elif table == "actual_costs":
                snapshot[table] = [delete_actual_cost(db, cost_id=c).old for c in reversed(ids)]
            elif table == "budget_lines":
                snapshot[table] = [delete_budget_line(db, line_id=i).old for i in reversed(ids)]
            elif table == "commitments":
                snapshot[table] = [delete_commitment(db, commitment_id=i).old for i in reversed(ids)]
            elif table == "contractor_schedules":
                snapshot[table] = [delete_contractor_schedule(db, schedule_id=i).old for i in reversed(ids)]
            elif table == "parties":  # refused, typed, when a record names one of them since
                snapshot[table] = [delete_party(db, party_id=p).old for p in reversed(ids)]
            else:
                snapshot[table] = [delete_audited(db, table, r).old for r in reversed(ids)]
        db.execute("UPDATE imports SET state = 'removed' WHERE id = ?", [import_id])
        append_audit(db, action="remove_import", entity="imports", entity_id=import_id,
                     old_value={"source": batch["source"], "kind": batch["kind"]})
    return import_changes(db, import_id, old=snapshot)


@boundary
def restore_import(db: Database, *, import_id: int, snapshot: dict) -> Changes:
    """Put back what :func:`remove_import` removed, with the same ids (its redo)."""
    from desktop.services.baselines import restore_baseline
    from desktop.services.budget import restore_budget_line
    from desktop.services.contractor_rows import restore_contractor_schedule
    from desktop.services.costs import restore_actual_cost, restore_commitment
    from desktop.services.parties import restore_party
    from desktop.services.tasks import restore_tasks

    with db.atomic():
        batch = require_row(db, "imports", import_id)
        if batch["state"] != "removed":
            raise ConflictError("import_not_removed", source=batch["source"])
        for table in _ORDER:  # the exact reverse of the removal
            for item in reversed(snapshot.get(table, [])):
                if table == "tasks":
                    restore_tasks(db, snapshot=item)
                elif table == "baselines":
                    restore_baseline(db, snapshot=item)
                elif table == "actual_costs":
                    restore_actual_cost(db, row=item)
                elif table == "budget_lines":
                    restore_budget_line(db, **item)
                elif table == "commitments":
                    restore_commitment(db, row=item)
                elif table == "contractor_schedules":
                    restore_contractor_schedule(db, snapshot=item)
                elif table == "parties":
                    restore_party(db, row=item)
                else:
                    restore_audited(db, table, item)
        db.execute("UPDATE imports SET state = 'applied' WHERE id = ?", [import_id])
        append_audit(db, action="restore_import", entity="imports", entity_id=import_id,
                     new_value={"source": batch["source"], "kind": batch["kind"]})
    return import_changes(db, import_id, new=import_id)


def _top_tasks(db: Database, ids: list[int]) -> list[int]:
    """The imported tasks whose parent was not imported: removing them removes the rest."""
    chosen = set(ids)
    parents = {r[0]: r[1] for r in db.execute(
        f"SELECT id, parent_id FROM tasks WHERE id IN ({','.join('?' * len(ids))})", ids)} if ids else {}
    return [i for i in ids if parents.get(i) not in chosen]


def _check_present(db: Database, batch: dict, listed: dict[str, list[int]]) -> None:
    """Every row the import added must still be there, or nothing is removed."""
    for table, ids in listed.items():
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            found = db.execute(f"SELECT count(*) FROM [{table}] WHERE id IN ({','.join('?' * len(chunk))})",
                               chunk).fetchone()[0]
            if found != len(chunk):
                raise ConflictError("import_rows_changed", source=batch["source"])
