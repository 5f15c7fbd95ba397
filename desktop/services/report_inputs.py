"""What the office writes into the monthly report besides the figures: the form's settings
(결재란 boxes, document number, department, contact) and, per month, the cause and recovery
plan of each late milestone (문제점 및 대책).  Every write is audited and returns the old
value, so the window can undo it."""

from __future__ import annotations

import re
from datetime import date

from db import reports as repo
from db.audit import append_audit
from db.closes import close_state
from db.engine import PROJECT_ID, Database
from desktop.domain.dates import parse_month
from desktop.domain.errors import NotFoundError, ValidationError
from desktop.services.boundary import boundary
from desktop.domain.month_report import remedies_for
from desktop.services.changes import Changes
from desktop.services.month_close import ensure_month_open

DEFAULT_SIGNOFF = ("Officer", "Team leader", "Section chief", "Director")  # translated by the report
SETTING_KEYS = {"signoff": "report_signoff", "doc_number": "report_doc_number",
                "department": "report_department", "contact": "report_contact"}
MAX_BOXES, MAX_BOX_CHARS, MAX_TEXT = 6, 12, 100
MAX_REMEDY = 2000
_SEPARATORS = re.compile(r"\s*[,·/\n]\s*")


def split_signoff(text: str) -> list[str]:
    """``담당, 팀장 · 과장 / 국장`` → the box names (blank parts dropped)."""
    return [part for part in (p.strip() for p in _SEPARATORS.split(text or "")) if part]


def report_settings(db: Database) -> dict:
    """``{"signoff": [...] or None (the default boxes), "doc_number", "department", "contact"}``."""
    stored = {r["key"]: r["value"] for r in db.query(
        "SELECT key, value FROM project_settings WHERE project_id = ? AND key LIKE 'report_%'",
        [PROJECT_ID])}
    settings = {name: stored.get(key, "") for name, key in SETTING_KEYS.items()}
    settings["signoff"] = split_signoff(settings["signoff"]) or None
    return settings


def _as_text(settings: dict) -> dict:
    """The settings as the form shows and ``set_report_settings`` takes them."""
    return {"signoff": ", ".join(settings["signoff"] or []), "doc_number": settings["doc_number"],
            "department": settings["department"], "contact": settings["contact"]}


def report_settings_text(db: Database) -> dict:
    return _as_text(report_settings(db))


@boundary
def set_report_settings(db: Database, *, signoff: str = "", doc_number: str = "",
                        department: str = "", contact: str = "") -> Changes:
    """Store the report form's settings; a blank 결재란 means the default boxes."""
    boxes = split_signoff(signoff)
    if len(boxes) > MAX_BOXES:
        raise ValidationError("signoff_too_many", field="report_signoff", count=len(boxes),
                              limit=MAX_BOXES)
    for box in boxes:
        if len(box) > MAX_BOX_CHARS:
            raise ValidationError("signoff_box_too_long", field="report_signoff", text=box,
                                  limit=MAX_BOX_CHARS)
    new = {"signoff": ", ".join(boxes), "doc_number": doc_number.strip(),
           "department": department.strip(), "contact": contact.strip()}
    for name in ("doc_number", "department", "contact"):
        if len(new[name]) > MAX_TEXT:
            raise ValidationError("text_too_long", field=SETTING_KEYS[name], length=len(new[name]),
                                  limit=MAX_TEXT)
    with db.atomic():
        old = report_settings_text(db)
        for name, key in SETTING_KEYS.items():
            if new[name]:
                db.execute("INSERT INTO project_settings (project_id, key, value) VALUES (?, ?, ?)"
                           " ON CONFLICT (project_id, key) DO UPDATE SET value = excluded.value",
                           [PROJECT_ID, key, new[name]])
            else:
                db.execute("DELETE FROM project_settings WHERE project_id = ? AND key = ?",
                           [PROJECT_ID, key])
        append_audit(db, action="update", entity="project_settings", field="report_form",
                     old_value=old, new_value=new)
    return Changes.of("project_settings", field="report_form", old=old, new=new)


# ------------------------------------------------------------------ 문제점 및 대책


def month_remedies(db: Database, month: str) -> dict[int, dict]:
    """task id → {"cause", "plan"} written for ``month``."""
    return {task_id: {"cause": r["cause"], "plan": r["plan"]}
            for task_id, r in repo.remedies(db, parse_month(month)).items()}


@boundary
def set_month_remedy(db: Database, *, month: str, task_id: int, cause: str = "",
                     plan: str = "") -> Changes:
    """The cause and recovery plan of a late milestone in ``month`` (refused once the month
    is closed); both blank removes the entry."""
    month = parse_month(month)
    ensure_month_open(db, month)
    new = {"cause": (cause or "").strip(), "plan": (plan or "").strip()}
    for name, text in new.items():
        if len(text) > MAX_REMEDY:
            raise ValidationError("text_too_long", field=f"remedy_{name}", length=len(text), limit=MAX_REMEDY)
    with db.atomic():
        task = db.execute("SELECT is_milestone FROM tasks WHERE id = ? AND project_id = ?",
                          [task_id, PROJECT_ID]).fetchone()
        if task is None:
            raise NotFoundError("row_not_found", entity="tasks", id=task_id)
        if not task[0]:
            raise ValidationError("not_a_milestone", field="remedy", id=task_id)
        row = repo.remedy(db, month, task_id)
        old = {"cause": row["cause"], "plan": row["plan"]} if row else {"cause": "", "plan": ""}
        if old == new:
            return Changes.of("month_remedies", field=month, old=old, new=new)
        if not new["cause"] and not new["plan"]:
            db.execute("DELETE FROM month_remedies WHERE id = ?", [row["id"]])
            row_id = row["id"]
        elif row:
            db["month_remedies"].update(row["id"], new)
            row_id = row["id"]
        else:
            row_id = db["month_remedies"].insert({"project_id": PROJECT_ID, "month": month,
                                                   "task_id": task_id, **new}).last_pk
        append_audit(db, action="update", entity="month_remedies", entity_id=row_id,
                     field=f"{month} task {task_id}", old_value=old, new_value=new)
    return Changes.of("month_remedies", entity_id=row_id, field=month, old=old, new=new)


def month_late_milestones(db: Database, month: str, today: date) -> list[dict]:
    """The late milestones of ``month`` with their written cause and plan (for the window):
    the frozen list of a closed month, else computed at the month's end (or today)."""
    month = parse_month(month)
    row = close_state(db, month)
    if row and row["state"] == "closed":
        import json

        return json.loads(row["snapshot_json"]).get("remedies", [])
    from desktop.domain.snapshot import month_as_of
    from desktop.services.status import project_status

    status = project_status(db, month_as_of(month, today))
    return remedies_for(status["milestones"], month_remedies(db, month))
