"""The status figures: what the overview shows and ``status --json`` prints.

Plain data in, a JSON-ready dict out.  Money is integer won; anything unknown is None
(never 0): no funding recorded means the shares are not known, not zero.
"""

from __future__ import annotations

from datetime import date

from desktop.domain.capacity import phase_due
from desktop.domain.dates import iso
from desktop.domain.funding_view import summarize_funding
from desktop.domain.milestones import SlipThresholds, days_to_deadline, delay_days, milestone_state
from desktop.domain.schedule_rows import ScheduleView
from desktop.domain.model import CapacityMeasurement, KpiReport, Party, Phase, ProjectData


CONSTRUCTION_START_WBS = "1.1"


def build_status(data: ProjectData, schedule: ScheduleView, as_of: date) -> dict:
    """Every figure of the overview at ``as_of`` (``schedule`` computed at the same date)."""
    project = data.project
    started = construction_started_on(data, as_of)
    return {
        "project": {
            "name_ko": project.name_ko,
            "name_en": project.name_en,
            "owner_ko": project.owner_ko,
            "owner_en": project.owner_en,
            "site_ko": project.site_ko,
            "site_en": project.site_en,
            "total_investment_won": project.total_investment_won,
            "site_m2": project.site_m2,
            "mou_signed_on": iso(project.mou_signed_on),
            "construction_start_deadline": iso(project.construction_start_deadline_on),
            "days_to_construction_start_deadline": days_to_deadline(
                project.construction_start_deadline_on, as_of),
            "construction_started_on": iso(started),
            "construction_start_delay_days": delay_days(
                due=project.construction_start_deadline_on, reached=started, forecast=None, as_of=as_of),
            "total_mw_target": project.total_mw_target,
            "total_gpus_target": project.total_gpus_target,
            "as_of": as_of.isoformat(),
        },
        "phases": [_phase(p, data.capacity, as_of) for p in data.phases],
        "milestones": milestone_rows(data, schedule, as_of),
        "schedule": schedule_figures(schedule),
        "funding": funding_figures(data, as_of),
        "capacity": capacity_figures(data, as_of),
        "participants": [
            {"name_ko": p.name_ko, "name_en": p.name_en, "kind": p.kind.value, "foreign": p.foreign,
             "country": p.country or None, "currency": p.currency or None}
            for p in participants_as_of(data.parties, as_of)
        ],
        "kpis": kpi_rows(data, as_of),
        "example_data": data.example_rows > 0,
    }


def construction_started_on(data: ProjectData, as_of: date):
    """The actual date of the construction-start milestone (WBS 1.1), if recorded by ``as_of``."""
    for task in data.tasks:
        if task.is_milestone and task.wbs_code == CONSTRUCTION_START_WBS:
            reached = task.actual_finish_on
            return reached if reached is not None and reached <= as_of else None
    return None


def participants_as_of(parties: list[Party], as_of: date) -> list[Party]:
    """The parties taking part at ``as_of``: those retired on or before it are left out."""
    return [p for p in parties if p.retired_on is None or as_of < p.retired_on]


def latest_capacity(measurements: list[CapacityMeasurement], phase_id: int,
                    as_of: date) -> CapacityMeasurement | None:
    latest = None
    for m in measurements:
        if m.phase_id == phase_id and m.measured_on <= as_of:
            if latest is None or m.measured_on >= latest.measured_on:
                latest = m
    return latest


def _phase(phase: Phase, capacity: list[CapacityMeasurement], as_of: date) -> dict:
    measured = latest_capacity(capacity, phase.id, as_of)
    return {
        "number": phase.number,
        "name": phase.name_ko,
        "name_en": phase.name_en,
        "planned_start": iso(phase.planned_start_on),
        "planned_finish": iso(phase.planned_finish_on),
        "target_mw": phase.target_mw,
        "target_gpus": phase.target_gpus,
        "installed_mw": measured.installed_mw if measured else None,
        "installed_gpus": measured.installed_gpus if measured else None,
        "energised_mw": measured.energised_mw if measured else None,
        "measured_on": iso(measured.measured_on) if measured else None,
    }


def capacity_figures(data: ProjectData, as_of: date) -> dict:
    """Installed capacity over all phases (latest measurement of each) against the target due
    now (the current phase's end-of-phase scale, ``target_*``) and the final goal (``goal_*``)."""
    latest = [m for m in (latest_capacity(data.capacity, p.id, as_of) for p in data.phases) if m]
    mw = [m.installed_mw for m in latest if m.installed_mw is not None]
    gpus = [m.installed_gpus for m in latest if m.installed_gpus is not None]
    total_mw = sum(mw) if mw else None
    total_gpus = sum(gpus) if gpus else None
    due = phase_due(data.phases, as_of)
    target_mw = due.target_mw if due else None
    target_gpus = due.target_gpus if due else None
    return {
        "installed_mw": total_mw,
        "installed_gpus": total_gpus,
        "goal_mw": data.project.total_mw_target,
        "goal_gpus": data.project.total_gpus_target,
        "share_of_goal_mw": (total_mw / data.project.total_mw_target
                             if total_mw is not None and data.project.total_mw_target else None),
        "gpus_per_mw": (total_gpus / total_mw if total_gpus is not None and total_mw else None),
        "target_phase": due.number if due else None,
        "target_due": iso(due.planned_finish_on) if due else None,
        "target_mw": target_mw,
        "target_gpus": target_gpus,
        "share_of_target_mw": (total_mw / target_mw if total_mw is not None and target_mw else None),
        "share_of_target_gpus": (total_gpus / target_gpus if total_gpus is not None and target_gpus
                                 else None),
    }


def milestone_rows(data: ProjectData, schedule: ScheduleView, as_of: date) -> list[dict]:
    thresholds = SlipThresholds.from_settings(data.settings)
    rows = []
    for row in schedule.rows:
        if not row.is_milestone:
            continue
        state = milestone_state(baseline=row.baseline_finish, actual=row.actual_finish,
                                delay=row.slip_days, as_of=as_of, thresholds=thresholds)
        rows.append({
            "task_id": row.task_id,
            "wbs": row.wbs,
            "name": row.name_ko,
            "name_en": row.name_en,
            "baseline": iso(row.baseline_finish),
            "forecast": iso(row.finish),
            "actual": iso(row.actual_finish),
            "slip_days": state.slip_days,
            "total_float_days": row.total_float,
            "status": state.status.value,
            "overdue": state.overdue,
        })
    return rows


def schedule_figures(schedule: ScheduleView) -> dict:
    """Project start and finish (forecast and baseline) and the critical tasks."""
    dated = [r for r in schedule.rows if r.baseline_start or r.baseline_finish]
    names = {r.task_id: r.name_ko for r in schedule.rows}
    return {
        "status_date": iso(schedule.status_date),
        "baseline": schedule.baseline_name,
        "forecast_start": iso(schedule.start),
        "forecast_finish": iso(schedule.finish),
        "baseline_start": iso(min((r.baseline_start or r.baseline_finish for r in dated), default=None)),
        "baseline_finish": iso(max((r.baseline_finish or r.baseline_start for r in dated), default=None)),
        "critical_tasks": [names[i] for i in schedule.critical_ids if i in names],
    }


def funding_figures(data: ProjectData, as_of: date) -> dict:
    """Both bases, the rule, and the shares per phase (None = not tied to a phase)."""
    summary = summarize_funding(data.commitments, data.payments, [],
                                minimum=data.project.min_foreign_share, as_of=as_of)
    committed, paid = summary.committed, summary.paid_in
    verdicts = [v for v in (summary.compliant_committed, summary.compliant_paid_in) if v is not None]
    return {
        "committed_won": committed.total_won if committed.total_won else None,
        "foreign_committed_won": committed.foreign_won if committed.total_won else None,
        "foreign_share_committed": committed.share,
        "paid_in_won": paid.total_won if paid.total_won else None,
        "foreign_paid_in_won": paid.foreign_won if paid.total_won else None,
        "foreign_share_paid_in": paid.share,
        "min_foreign_share": summary.minimum,
        "compliant": all(verdicts) if verdicts else None,
        "foreign_needed_to_restore_won": summary.restore_committed_won if verdicts else None,
        "by_phase": [{
            "phase": p.phase_number,
            "committed_won": p.committed.total_won, "foreign_committed_won": p.committed.foreign_won,
            "foreign_share_committed": p.committed.share,
            "paid_in_won": p.paid_in.total_won, "foreign_paid_in_won": p.paid_in.foreign_won,
            "foreign_share_paid_in": p.paid_in.share,
        } for p in summary.by_phase],
    }


def _latest_report(reports: list[KpiReport], kpi_id: int, as_of: date) -> KpiReport | None:
    found = [r for r in reports if r.kpi_id == kpi_id and r.reported_on <= as_of]
    return max(found, key=lambda r: r.reported_on) if found else None


def kpi_rows(data: ProjectData, as_of: date) -> list[dict]:
    rows = []
    for kpi in data.kpis:
        report = _latest_report(data.kpi_reports, kpi.id, as_of)
        rows.append({
            "code": kpi.code,
            "name": kpi.name_ko,
            "name_en": kpi.name_en,
            "target": kpi.target_value,
            "unit": kpi.unit.value,
            "reported": report.value if report else None,
            "reported_on": iso(report.reported_on) if report else None,
            "source": report.source if report else None,
        })
    return rows
