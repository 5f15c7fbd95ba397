"""The tables a user can export to .xlsx/.csv (tasks, variance, funding, effects), built from
the services' data with Korean headers; the command line and the File menu both use them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from db.engine import Database
from desktop.domain.dates import from_iso
from desktop.interop.tables import TableExport


def tasks_table(db: Database, as_of: date) -> TableExport:
    """The schedule: one row per task in outline order, the engine's dates."""
    from desktop.services.schedule import load_schedule

    view = load_schedule(db, as_of=as_of)
    columns = [("WBS", "text"), ("작업명", "text"), ("기간 (일)", "number"), ("시작", "date"),
               ("완료", "date"), ("기준 시작", "date"), ("기준 완료", "date"), ("실제 시작", "date"),
               ("실제 완료", "date"), ("진척률", "percent"), ("선행 작업", "text"),
               ("총 여유 (일)", "number"), ("담당", "text")]
    rows = [[r.wbs, "  " * r.level + r.name_ko, None if r.is_summary else r.duration_days, r.start,
             r.finish, r.baseline_start, r.baseline_finish, r.actual_start, r.actual_finish,
             r.percent_complete / 100, r.predecessors, r.total_float, r.responsible]
            for r in view.rows]
    notes = [f"기준일 {view.status_date.isoformat()}"]
    if view.baseline_name:
        notes.append(f"기준선: {view.baseline_name}")
    return TableExport(title="공정표", columns=columns, rows=rows, notes=notes)


def funding_table(db: Database, as_of: date) -> TableExport:
    """Funding commitments (signed and planned) with what has been paid on each."""
    from desktop.services.funding import load_funding

    commitments, _payments, _summary = load_funding(db, as_of=as_of)
    columns = [("약정일", "date"), ("참여자", "text"), ("구분", "text"), ("단계", "text"),
               ("상태", "text"), ("통화", "text"), ("금액 (통화)", "number"), ("환율", "number"),
               ("금액 (원)", "won"), ("지급액 (원)", "won"), ("비고", "text")]
    rows = [[from_iso(c["committed_on"]), c["party_ko"], "외국인 투자" if c["is_foreign"] else "국내",
             f"{c['phase_number']}단계" if c["phase_number"] else "공통", "계획" if c["is_planned"] else "체결",
             c["currency"], c["amount_currency"], c["fx_rate"], c["amount_won"], c["paid_won"], c["note"]]
            for c in commitments]
    return TableExport(title="투자 약정", columns=columns, rows=rows,
                       notes=["단위: 원 (금액 (통화)는 약정 통화)", f"기준일 {as_of.isoformat()}"])


def effects_table(db: Database, as_of: date) -> TableExport:
    """The expected effects (KPI targets) and every value reported against them."""
    from desktop.services.status import project_data

    data = project_data(db)
    units = {"won": "원", "persons": "명"}
    columns = [("지표", "text"), ("단위", "text"), ("목표", "number"), ("보고일", "date"),
               ("보고값", "number"), ("달성률", "percent"), ("출처", "text")]
    rows = []
    for kpi in data.kpis:
        reports = sorted((r for r in data.kpi_reports if r.kpi_id == kpi.id and r.reported_on <= as_of),
                         key=lambda r: r.reported_on)
        unit = units.get(kpi.unit.value, kpi.unit.value)
        for report in reports or [None]:
            value = report.value if report else None
            share = value / kpi.target_value if value is not None and kpi.target_value else None
            rows.append([kpi.name_ko, unit, kpi.target_value, report.reported_on if report else None,
                         value, share, report.source if report else ""])
    return TableExport(title="기대 효과", columns=columns, rows=rows, notes=[f"기준일 {as_of.isoformat()}"])


def variance_table(db: Database, as_of: date) -> TableExport:
    from desktop.services.money_report import variance_export

    return variance_export(db, as_of)


TableBuilder = Callable[[Database, date], TableExport]
TABLES: dict[str, TableBuilder] = {
    "tasks": tasks_table,
    "variance": variance_table,
    "funding": funding_table,
    "effects": effects_table,
}
