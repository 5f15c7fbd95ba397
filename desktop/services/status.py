"""Read the status figures (the overview's and ``status --json``'s)."""

from __future__ import annotations

from datetime import date

from db.engine import Database

from db.project import load_project_data
from desktop.domain.model import ProjectData
from desktop.domain.status import build_status
from desktop.services.schedule import load_schedule


def project_data(db: Database, *, milestones_only: bool = False) -> ProjectData:
    """The project's data; ``milestones_only``: of the tasks, only the milestones (all that
    :func:`desktop.domain.status.build_status` reads of them)."""
    return load_project_data(db, milestones_only=milestones_only)


def overview_figures(db: Database, *, today: date, plan) -> dict:
    """The overview's figures at ``today`` (JSON: desktop/services/figure_cache.py keeps them):
    the status from ``plan``'s schedule (the window's live plan), the ids of the phases and KPIs
    its rows edit, and whether the first-run hints show (nothing measured or committed yet)."""
    from desktop.services.contractor_read import add_contractor_ties

    data = project_data(db, milestones_only=True)
    status = add_contractor_ties(db, build_status(data, plan.status_view(), today))
    return {"status": status, "phase_ids": [p.id for p in data.phases], "kpi_ids": [k.id for k in data.kpis],
            "first_run": not (data.commitments or data.capacity or data.kpi_reports)}


def project_status(db: Database, as_of: date) -> dict:
    """The status figures at ``as_of``, the schedule computed at that date."""
    from desktop.services.budget import budget_status

    from desktop.services.contractor_read import add_contractor_ties

    status = build_status(load_project_data(db), load_schedule(db, as_of=as_of), as_of)
    status["budget"] = budget_status(db, as_of)
    return add_contractor_ties(db, status)
