"""Month close (as Primavera P6 keeps period performance): the month's figures frozen.

Closing YYYY-MM stores every figure the report shows — schedule and slip, earned value,
budget variance, funding shares, capacity, expected effects and the manager's notes — as
one JSON snapshot with its SHA-256 digest.  Reports of a closed month are built from the
snapshot, so they come out the same later.  A closed month's data cannot be changed until
the month is reopened, which is audited.

Version 2 of the snapshot adds (older snapshots lack them, and the report reads them with
defaults): ``example_rows`` (how many example rows existed: the report then marks every
page), ``remedies`` (each late milestone with its written cause and recovery plan — a month
with a late milestone cannot be closed without them), ``notes.suggestions`` (건의사항),
``investment_by_party`` and ``previous`` (the previous month's closed key figures, for
"what moved since last month").
"""

from __future__ import annotations

import json
from datetime import date

from db.audit import append_audit, os_user, request_anchor
from db.closes import close_state, closed_months, is_closed  # noqa: F401 - closed_months: for the window
from db.engine import PROJECT_ID, Database
from desktop.clock import utc_now
from desktop.domain.dates import parse_month, past_month
from desktop.domain.errors import ConflictError
from desktop.domain.schedule_rows import view_to_dict
from desktop.domain.snapshot import canonical_json, digest, month_as_of
from desktop.services.changes import Changes
from desktop.services.boundary import boundary
from desktop.domain.month_report import missing_remedies

SNAPSHOT_VERSION = 2


def _month(month: str, today: date) -> str:
    return past_month(month, "month", today)


NOTE_FIELDS = ("notes", "risks", "issues", "suggestions")


def month_notes(db: Database, month: str) -> dict:
    row = next(db.query("SELECT notes, risks, issues, suggestions FROM month_notes"
                        " WHERE project_id = ? AND month = ?", [PROJECT_ID, month]), None)
    return row or {key: "" for key in NOTE_FIELDS}


def build_month_figures(db: Database, month: str, today: date, *,
                        risk_analysis: dict | None = None) -> dict:
    """Everything the month's report shows, computed now from the live data (``risk_analysis``:
    the schedule risk analysis a month close has just run, not run twice)."""
    from desktop.services.risk_report import risk_report_figures

    from db.project import count_example_rows, load_capacity
    from db.reports import investment_by_party
    from desktop.domain.capacity import facility_totals
    from db.reports import remedies
    from desktop.domain.month_report import key_figures, previous_month, remedies_for
    from desktop.services.funding import load_funding
    from desktop.services.money_report import budget_report_figures
    from desktop.services.schedule import load_schedule
    from desktop.services.contractor_read import contractor_review_figures
    from desktop.services.status import project_status

    month = _month(month, today)
    as_of = month_as_of(month, today)
    status = project_status(db, as_of)
    previous = close_state(db, previous_month(month))
    figures = {
        "version": SNAPSHOT_VERSION,
        "month": month,
        "as_of": as_of.isoformat(),
        "status": status,
        "schedule": view_to_dict(load_schedule(db, as_of=as_of)),
        "notes": month_notes(db, month),
        "budget": budget_report_figures(db, as_of),
        "funding_history": [list(h) for h in load_funding(db, as_of=as_of)[2].history],
        "capacity_points": [
            {"on": p.on.isoformat(), "installed_mw": p.installed_mw, "energised_mw": p.energised_mw,
             "installed_gpus": p.installed_gpus}
            for p in facility_totals(m for m in load_capacity(db) if m.measured_on <= as_of)],
        "example_rows": count_example_rows(db),
        "remedies": remedies_for(status["milestones"], remedies(db, month)),
        "investment_by_party": [
            {"name": r["name_ko"], "name_en": r["name_en"], "kind": r["kind"], "foreign": bool(r["is_foreign"]),
             "pledged_won": r["pledged_won"], "paid_in_won": r["paid_in_won"]}
            for r in investment_by_party(db, as_of.isoformat())],
        "risk": risk_report_figures(db, month, today, current=risk_analysis),
        "contractor_reviews": contractor_review_figures(db, as_of=as_of),
        "previous": None if not previous or previous["state"] != "closed" else {
            "month": previous["month"], "digest": previous["digest"],
            "key": key_figures(json.loads(previous["snapshot_json"]))},
    }
    return figures




def ensure_month_open(db: Database, on: date | str) -> None:
    """Refuse a change dated in a closed month (reopen it first)."""
    month = on[:7] if isinstance(on, str) else f"{on.year:04d}-{on.month:02d}"
    if is_closed(db, month):
        raise ConflictError("month_closed", month=month)


@boundary
def close_month(db: Database, *, month: str, today: date) -> Changes:
    month = _month(month, today)
    if is_closed(db, month):
        raise ConflictError("month_already_closed", month=month)
    from desktop.services.risk_report import month_risk_row, save_cached_result

    risk = month_risk_row(db, month, today)  # the schedule risk analysis, cached with the close
    figures = build_month_figures(db, month, today, risk_analysis=json.loads(risk["results_json"]))
    missing = missing_remedies(figures["remedies"])
    if missing:
        raise ConflictError("remedy_missing", month=month, milestone=missing[0]["name"],
                            count=len(missing))
    text, sha = canonical_json(figures), digest(figures)
    row = {"project_id": PROJECT_ID, "month": month, "state": "closed",
           "closed_at": utc_now().isoformat(timespec="seconds"),
           "closed_by": os_user(), "snapshot_json": text, "digest": sha,
           "reopened_at": None, "reopened_by": None}
    with db.atomic():
        previous = close_state(db, month)
        if previous:
            db["month_closes"].update(previous["id"], row)
        else:
            db["month_closes"].insert(row)
        save_cached_result(db, risk)
        append_audit(db, action="close_month", entity="month_closes", field="month",
                     old_value=previous["digest"] if previous else None,
                     new_value={"month": month, "digest": sha, "risk_digest": risk["digest"]})
        request_anchor(db, "month_close")  # the chain's head, with this close, is anchored
    return Changes.of("month_closes", "risk_results", field="month", new=month, extra={"digest": sha})


@boundary
def reopen_month(db: Database, *, month: str) -> Changes:
    month = parse_month(month)
    with db.atomic():
        row = close_state(db, month)
        if not row or row["state"] != "closed":
            raise ConflictError("month_not_closed", month=month)
        db["month_closes"].update(row["id"], {
            "state": "reopened", "reopened_at": utc_now().isoformat(timespec="seconds"),
            "reopened_by": os_user()})
        append_audit(db, action="reopen_month", entity="month_closes", entity_id=row["id"],
                     field="state", old_value={"month": month, "digest": row["digest"]},
                     new_value="reopened")
    return Changes.of("month_closes", field="month", old=month)


def report_figures(db: Database, month: str, today: date) -> tuple[dict, str, bool]:
    """(figures, digest, closed): the snapshot of a closed month, else the live figures."""
    month = _month(month, today)
    row = close_state(db, month)
    if row and row["state"] == "closed":
        return json.loads(row["snapshot_json"]), row["digest"], True
    figures = build_month_figures(db, month, today)
    return figures, digest(figures), False


@boundary
def set_month_notes(db: Database, *, month: str, notes: str = "", risks: str = "",
                    issues: str = "", suggestions: str = "") -> Changes:
    """The manager's notes, risks, issues and suggestions (건의사항) of the month (refused
    once the month is closed)."""
    month = parse_month(month)
    ensure_month_open(db, month)
    new = {"notes": notes.strip(), "risks": risks.strip(), "issues": issues.strip(),
           "suggestions": suggestions.strip()}
    with db.atomic():
        old = month_notes(db, month)
        db.execute("INSERT INTO month_notes (project_id, month, notes, risks, issues, suggestions)"
                   " VALUES (?, ?, ?, ?, ?, ?)"
                   " ON CONFLICT (project_id, month) DO UPDATE SET notes = excluded.notes,"
                   " risks = excluded.risks, issues = excluded.issues, suggestions = excluded.suggestions",
                   [PROJECT_ID, month, new["notes"], new["risks"], new["issues"], new["suggestions"]])
        append_audit(db, action="update", entity="month_notes", field=month, old_value=old, new_value=new)
    return Changes.of("month_notes", field=month, old=old, new=new)
