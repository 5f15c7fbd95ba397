"""The risk register and correlation groups: each change one transaction and one audit row.

Every service returns a :class:`Changes` carrying what its inverse needs, for undo:

* ``add_risk`` ↔ ``delete_risk`` ↔ ``restore_risk`` (the whole risk with its impacts);
* ``update_risk(draft=...)`` with ``Changes.old``/``new`` as drafts (call it with the old one);
* ``set_risk_group`` (create: undone by ``delete_risk_group``; edit: call with the old
  values) ↔ ``delete_risk_group`` ↔ ``restore_risk_group`` (the group and its members).

Three-point estimates are in :mod:`desktop.services.risk_estimates`.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from db import risk as repo
from db.audit import append_audit
from db.engine import PROJECT_ID, Database
from desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from desktop.domain.risk_model import (
    CorrelationGroup, Distribution, check_correlation, check_impact, check_probability,
)
from desktop.services.changes import Changes

RISK_TABLES = ("risks", "risk_impacts")
GROUP_FIELDS = ("name", "correlation", "distribution", "optimistic_pct", "pessimistic_pct")


def _text(value: object) -> str:
    return str(value or "").strip()


def distribution_of(value: object) -> Distribution:
    try:
        return value if isinstance(value, Distribution) else Distribution(str(value).lower())
    except ValueError:
        raise ValidationError("distribution_invalid", field="distribution", value=str(value)) from None


def _risk_values(db: Database, draft: Mapping) -> tuple[dict, dict[int, float]]:
    """Checked fields and impacts ({task id: days}) of a risk draft."""
    title = _text(draft.get("title"))
    if not title:
        raise ValidationError("risk_title_required", field="title")
    probability = check_probability(draft.get("probability"), title)
    tasks = repo.task_names(db)
    impacts: dict[int, float] = {}
    for task_id, days in dict(draft.get("impacts") or {}).items():
        task = tasks.get(int(task_id))
        if task is None:
            raise ValidationError("risk_task_unknown", task=str(task_id))
        if task["is_summary"]:
            raise ValidationError("risk_on_summary", task=task["name_ko"])
        impacts[int(task_id)] = check_impact(days, task["name_ko"])
    if not impacts:
        raise ValidationError("risk_no_impact", field="impact_days")
    fields = {"title": title, "owner": _text(draft.get("owner")), "cause": _text(draft.get("cause")),
              "probability": probability, "response_plan": _text(draft.get("response_plan"))}
    return fields, impacts


def risk_draft(row: Mapping) -> dict:
    """The editable part of a stored risk (what ``update_risk`` takes)."""
    return {**{k: row[k] for k in repo.RISK_FIELDS}, "impacts": dict(row["impacts"])}


def _require_risk(db: Database, risk_id: int) -> dict:
    row = repo.risk_row(db, risk_id)
    if row is None:
        raise NotFoundError("row_not_found", entity="risks", id=risk_id)
    return row


def _write_impacts(db: Database, risk_id: int, impacts: Mapping[int, float]) -> None:
    db.execute("DELETE FROM risk_impacts WHERE risk_id = ?", [risk_id])
    for task_id, days in impacts.items():
        db.execute("INSERT INTO risk_impacts (risk_id, task_id, impact_days) VALUES (?, ?, ?)",
                   [risk_id, int(task_id), float(days)])


def add_risk(db: Database, *, title: str, probability: float, impacts: Mapping[int, float],
             today: date, owner: str = "", cause: str = "", response_plan: str = "") -> Changes:
    """A new register entry, dated ``today``."""
    fields, checked = _risk_values(db, {"title": title, "probability": probability, "impacts": impacts,
                                        "owner": owner, "cause": cause, "response_plan": response_plan})
    with db.atomic():
        risk_id = db["risks"].insert({"project_id": PROJECT_ID, **fields,
                                      "created_on": today.isoformat()}).last_pk
        _write_impacts(db, risk_id, checked)
        row = repo.risk_row(db, risk_id)
        append_audit(db, action="insert", entity="risks", entity_id=risk_id, new_value=row)
    return Changes.of(*RISK_TABLES, entity_id=risk_id, new=row)


def update_risk(db: Database, *, risk_id: int, draft: Mapping) -> Changes:
    """Replace a risk's fields and impacts with ``draft`` (keys of :func:`risk_draft`)."""
    fields, checked = _risk_values(db, draft)
    with db.atomic():
        old = _require_risk(db, risk_id)
        db["risks"].update(risk_id, fields)
        _write_impacts(db, risk_id, checked)
        new = repo.risk_row(db, risk_id)
        append_audit(db, action="update", entity="risks", entity_id=risk_id, old_value=old,
                     new_value=new)
    return Changes.of(*RISK_TABLES, entity_id=risk_id, old=risk_draft(old), new=risk_draft(new))


def delete_risk(db: Database, *, risk_id: int) -> Changes:
    with db.atomic():
        old = _require_risk(db, risk_id)
        db.execute("DELETE FROM risks WHERE id = ?", [risk_id])  # impacts go with it
        append_audit(db, action="delete", entity="risks", entity_id=risk_id, old_value=old)
    return Changes.of(*RISK_TABLES, entity_id=risk_id, old=old)


def restore_risk(db: Database, *, risk: Mapping) -> Changes:
    """Put a deleted risk back with its id and impacts (the undo of :func:`delete_risk`)."""
    _risk_values(db, risk)
    row = {k: risk[k] for k in ("id", "project_id", "created_on", *repo.RISK_FIELDS)}
    with db.atomic():
        if repo.risk_row(db, row["id"]) is not None:  # its id was given to a newer risk
            del row["id"]
        risk_id = db["risks"].insert(row).last_pk
        _write_impacts(db, risk_id, risk["impacts"])
        restored = repo.risk_row(db, risk_id)
        append_audit(db, action="restore", entity="risks", entity_id=risk_id, new_value=restored)
    return Changes.of(*RISK_TABLES, entity_id=risk_id, new=restored)


# ---------------------------------------------------------------------- groups
def _number(value: object, field: str, low: float, high: float) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not low <= value <= high:
        raise ValidationError("quantity_out_of_range", field=field, value=value)
    return float(value)


def _group_values(db: Database, group_id: int | None, values: Mapping) -> dict:
    name = _text(values.get("name"))
    if not name:
        raise ValidationError("value_required", field="name_ko")
    clash = next(db.query("SELECT id FROM risk_groups WHERE project_id = ? AND name = ?",
                          [PROJECT_ID, name]), None)
    if clash and clash["id"] != group_id:
        raise ConflictError("group_name_exists", name=name)
    members = tuple(repo.group_members(db, group_id)) if group_id is not None else ()
    correlation = values.get("correlation", 0.0)
    check_correlation(CorrelationGroup(name, correlation, members))
    return {"name": name, "correlation": float(correlation),
            "distribution": distribution_of(values.get("distribution", "triangular")).value,
            "optimistic_pct": _number(values.get("optimistic_pct", 0.0), "optimistic_pct", 0, 100),
            "pessimistic_pct": _number(values.get("pessimistic_pct", 0.0), "pessimistic_pct", 0, 1000)}


def set_risk_group(db: Database, *, group_id: int | None = None, name: str,
                   correlation: float = 0.0, distribution: str = "triangular",
                   optimistic_pct: float = 0.0, pessimistic_pct: float = 0.0) -> Changes:
    """Create a group (``group_id`` None) or change one; ``old``/``new`` are its values."""
    values = _group_values(db, group_id, {"name": name, "correlation": correlation,
                                          "distribution": distribution,
                                          "optimistic_pct": optimistic_pct,
                                          "pessimistic_pct": pessimistic_pct})
    with db.atomic():
        old = None
        if group_id is None:
            group_id = db["risk_groups"].insert({"project_id": PROJECT_ID, **values}).last_pk
        else:
            row = repo.group_row(db, group_id)
            if row is None:
                raise NotFoundError("row_not_found", entity="risk_groups", id=group_id)
            old = {k: row[k] for k in GROUP_FIELDS}
            db["risk_groups"].update(group_id, values)
        append_audit(db, action="update" if old else "insert", entity="risk_groups",
                     entity_id=group_id, old_value=old, new_value=values)
    return Changes.of("risk_groups", entity_id=group_id, old=old, new=values)


def delete_risk_group(db: Database, *, group_id: int) -> Changes:
    """Remove a group; its tasks keep their own estimates and lose only the membership."""
    with db.atomic():
        row = repo.group_row(db, group_id)
        if row is None:
            raise NotFoundError("row_not_found", entity="risk_groups", id=group_id)
        members = [r for r in db.query("SELECT * FROM task_estimates WHERE group_id = ?", [group_id])]
        db.execute("DELETE FROM task_estimates WHERE group_id = ? AND optimistic_days IS NULL",
                   [group_id])  # membership was all those rows said
        db.execute("DELETE FROM risk_groups WHERE id = ?", [group_id])
        old = {"group": row, "members": members}
        append_audit(db, action="delete", entity="risk_groups", entity_id=group_id, old_value=old)
    return Changes.of("risk_groups", "task_estimates", entity_id=group_id, old=old)


def restore_risk_group(db: Database, *, group: Mapping) -> Changes:
    """The undo of :func:`delete_risk_group`: the group with its id and its members back."""
    row = group["group"]
    with db.atomic():
        db["risk_groups"].insert(dict(row))
        for member in group["members"]:
            db.execute("DELETE FROM task_estimates WHERE task_id = ?", [member["task_id"]])
            db["task_estimates"].insert(dict(member))
        append_audit(db, action="restore", entity="risk_groups", entity_id=row["id"], new_value=group)
    return Changes.of("risk_groups", "task_estimates", entity_id=row["id"], new=group)
