"""Read the project as domain objects (the overview's and ``status``'s one query set)."""

from __future__ import annotations

from db.engine import PROJECT_ID, Database

from desktop.domain.dates import from_iso
from db.examples import EXAMPLE_TABLES, count_example_rows, example_tables  # noqa: F401
from desktop.domain.model import (
    CapacityMeasurement, FundingItem, Kpi, KpiReport, KpiUnit, Party, PartyKind, Phase,
    Project, ProjectData, Task,
)

def load_project(db: Database) -> Project:
    row = next(db.query("SELECT * FROM project WHERE id = ?", [PROJECT_ID]))
    return Project(
        id=row["id"], name_ko=row["name_ko"], name_en=row["name_en"], owner_ko=row["owner_ko"],
        owner_en=row["owner_en"], site_ko=row["site_ko"], site_en=row["site_en"],
        site_m2=row["site_m2"], total_investment_won=row["total_investment_won"],
        min_foreign_share=row["min_foreign_share"],
        mou_signed_on=from_iso(row["mou_signed_on"]),
        construction_start_deadline_on=from_iso(row["construction_start_deadline_on"]),
        total_mw_target=row["total_mw_target"], total_gpus_target=row["total_gpus_target"],
    )


def load_phases(db: Database) -> list[Phase]:
    return [
        Phase(id=r["id"], number=r["number"], name_ko=r["name_ko"], name_en=r["name_en"],
              planned_start_on=from_iso(r["planned_start_on"]),
              planned_finish_on=from_iso(r["planned_finish_on"]),
              target_mw=r["target_mw"], target_gpus=r["target_gpus"],
              note_ko=r["note_ko"], note_en=r["note_en"])
        for r in db.query("SELECT * FROM phases WHERE project_id = ? ORDER BY number", [PROJECT_ID])
    ]


def load_parties(db: Database) -> list[Party]:
    return [
        Party(id=r["id"], name_ko=r["name_ko"], name_en=r["name_en"], kind=PartyKind(r["kind"]),
              foreign=bool(r["is_foreign"]), role_ko=r["role_ko"], role_en=r["role_en"],
              country=r["country"], currency=r["currency"], retired_on=from_iso(r["retired_on"]))
        for r in db.query("SELECT * FROM parties WHERE project_id = ? ORDER BY sort_order, id",
                          [PROJECT_ID])
    ]


def current_baseline_id(db: Database) -> int | None:
    row = db.execute("SELECT id FROM baselines WHERE project_id = ? ORDER BY is_current DESC, id"
                     " LIMIT 1", [PROJECT_ID]).fetchone()
    return row[0] if row else None


def load_tasks(db: Database, *, milestones_only: bool = False) -> list[Task]:
    """Tasks in outline order with the dates of the current baseline (only the milestones:
    what the overview's figures read, without 10,000 tasks of a contractor's plan)."""
    sql = f"""
        SELECT t.*, b.start_on AS b_start, b.finish_on AS b_finish
        FROM tasks t LEFT JOIN baseline_tasks b ON b.task_id = t.id AND b.baseline_id = ?
        WHERE t.project_id = ?{" AND t.is_milestone = 1" if milestones_only else ""}
        ORDER BY t.sort_order, t.id"""
    return [
        Task(id=r["id"], wbs_code=r["wbs_code"], name_ko=r["name_ko"], name_en=r["name_en"],
             is_milestone=bool(r["is_milestone"]), phase_id=r["phase_id"], parent_id=r["parent_id"],
             start_on=from_iso(r["start_on"]), finish_on=from_iso(r["finish_on"]),
             baseline_start_on=from_iso(r["b_start"]), baseline_finish_on=from_iso(r["b_finish"]),
             actual_start_on=from_iso(r["actual_start_on"]),
             actual_finish_on=from_iso(r["actual_finish_on"]),
             percent_complete=r["percent_complete"], responsible_party_id=r["responsible_party_id"],
             is_example=bool(r["is_example"]))
        for r in db.query(sql, [current_baseline_id(db), PROJECT_ID])
    ]


def load_capacity(db: Database) -> list[CapacityMeasurement]:
    return [
        CapacityMeasurement(id=r["id"], phase_id=r["phase_id"], measured_on=from_iso(r["measured_on"]),
                            installed_mw=r["installed_mw"], installed_gpus=r["installed_gpus"],
                            energised_mw=r["energised_mw"], is_example=bool(r["is_example"]))
        for r in db.query("SELECT * FROM capacity_measurements WHERE project_id = ?"
                          " ORDER BY measured_on, id", [PROJECT_ID])
    ]


def load_funding(db: Database) -> tuple[list[FundingItem], list[FundingItem]]:
    """Signed commitments and paid-in amounts (planned commitments are left out)."""
    commitments = [
        FundingItem(party_id=r["party_id"], foreign=bool(r["is_foreign"]), phase_number=r["number"],
                    amount_won=r["amount_won"], on=from_iso(r["committed_on"]),
                    is_example=bool(r["is_example"]))
        for r in db.query("""
            SELECT c.*, p.is_foreign, ph.number FROM funding_commitments c
            JOIN parties p ON p.id = c.party_id LEFT JOIN phases ph ON ph.id = c.phase_id
            WHERE c.project_id = ? AND c.is_planned = 0 ORDER BY c.committed_on, c.id""", [PROJECT_ID])
    ]
    payments = [
        FundingItem(party_id=r["party_id"], foreign=bool(r["is_foreign"]), phase_number=r["number"],
                    amount_won=r["amount_won"], on=from_iso(r["paid_on"]),
                    is_example=bool(r["is_example"]))
        for r in db.query("""
            SELECT pay.*, c.party_id, p.is_foreign, ph.number FROM funding_payments pay
            JOIN funding_commitments c ON c.id = pay.commitment_id
            JOIN parties p ON p.id = c.party_id LEFT JOIN phases ph ON ph.id = c.phase_id
            WHERE c.project_id = ? ORDER BY pay.paid_on, pay.id""", [PROJECT_ID])
    ]
    return commitments, payments


def load_kpis(db: Database) -> tuple[list[Kpi], list[KpiReport]]:
    kpis = [Kpi(id=r["id"], code=r["code"], name_ko=r["name_ko"], name_en=r["name_en"],
                unit=KpiUnit(r["unit"]), target_value=r["target_value"])
            for r in db.query("SELECT * FROM kpis WHERE project_id = ? ORDER BY sort_order", [PROJECT_ID])]
    reports = [KpiReport(kpi_id=r["kpi_id"], reported_on=from_iso(r["reported_on"]), value=r["value"],
                         source=r["source"], is_example=bool(r["is_example"]))
               for r in db.query("SELECT * FROM kpi_reports ORDER BY reported_on, id")]
    return kpis, reports


def load_settings(db: Database) -> dict[str, str]:
    return {r["key"]: r["value"] for r in
            db.query("SELECT key, value FROM project_settings WHERE project_id = ?", [PROJECT_ID])}


def load_project_data(db: Database, *, milestones_only: bool = False) -> ProjectData:
    commitments, payments = load_funding(db)
    kpis, reports = load_kpis(db)
    return ProjectData(
        project=load_project(db), phases=load_phases(db), parties=load_parties(db),
        tasks=load_tasks(db, milestones_only=milestones_only), capacity=load_capacity(db),
        commitments=commitments,
        payments=payments, kpis=kpis, kpi_reports=reports, settings=load_settings(db),
        example_rows=count_example_rows(db),
    )


def measurement_rows(db: Database) -> list[dict]:
    """Every capacity measurement with its phase (newest first)."""
    return list(db.query(
        "SELECT m.*, p.number, p.name_ko, p.name_en FROM capacity_measurements m"
        " JOIN phases p ON p.id = m.phase_id ORDER BY m.measured_on DESC, m.id DESC"))


def kpi_report_rows(db: Database) -> list[dict]:
    """Every expected-effect report with its effect (newest first)."""
    return list(db.query(
        "SELECT r.*, k.name_ko, k.name_en, k.unit FROM kpi_reports r JOIN kpis k ON k.id = r.kpi_id"
        " ORDER BY r.reported_on DESC, r.id DESC"))


def party_rows(db: Database) -> list[dict]:
    return list(db.query("SELECT * FROM parties WHERE project_id = ? ORDER BY sort_order, id",
                         [PROJECT_ID]))
