"""Named queries of the monthly report: remedies of late milestones, investment by party."""

from __future__ import annotations

from db.engine import PROJECT_ID, Database


def remedies(db: Database, month: str) -> dict[int, dict]:
    """The month's written cause and recovery plan per milestone (task id → row)."""
    return {r["task_id"]: r for r in db.query(
        "SELECT id, task_id, cause, plan FROM month_remedies WHERE project_id = ? AND month = ?",
        [PROJECT_ID, month])}


def remedy(db: Database, month: str, task_id: int) -> dict | None:
    return remedies(db, month).get(task_id)


def investment_by_party(db: Database, as_of: str) -> list[dict]:
    """Every party with its signed pledges and payments up to ``as_of`` (ISO date), in the
    parties' order; parties without any pledge are left out."""
    return list(db.query("""
        SELECT p.id, p.name_ko, p.name_en, p.kind, p.is_foreign, p.is_example,
               coalesce((SELECT sum(c.amount_won) FROM funding_commitments c
                         WHERE c.party_id = p.id AND c.is_planned = 0 AND c.committed_on <= :as_of), 0)
                   AS pledged_won,
               coalesce((SELECT sum(pay.amount_won) FROM funding_payments pay
                         JOIN funding_commitments c ON c.id = pay.commitment_id
                         WHERE c.party_id = p.id AND pay.paid_on <= :as_of), 0)
                   AS paid_in_won
        FROM parties p
        WHERE p.project_id = :project AND EXISTS (
            SELECT 1 FROM funding_commitments c WHERE c.party_id = p.id AND c.is_planned = 0
            AND c.committed_on <= :as_of)
        ORDER BY p.sort_order, p.id""", {"as_of": as_of, "project": PROJECT_ID}))
