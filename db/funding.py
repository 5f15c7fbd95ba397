"""Funding rows: commitments (signed and planned) and payments, with the parties' names."""

from __future__ import annotations

from db.engine import PROJECT_ID, Database


def commitment_rows(db: Database) -> list[dict]:
    return list(db.query("""
        SELECT c.*, p.name_ko AS party_ko, p.name_en AS party_en, p.is_foreign,
               p.retired_on AS party_retired_on, ph.number AS phase_number,
               coalesce((SELECT sum(amount_won) FROM funding_payments WHERE commitment_id = c.id), 0)
                   AS paid_won,
               coalesce((SELECT sum(amount_currency) FROM funding_payments WHERE commitment_id = c.id), 0)
                   AS paid_currency
        FROM funding_commitments c JOIN parties p ON p.id = c.party_id
        LEFT JOIN phases ph ON ph.id = c.phase_id
        WHERE c.project_id = ? ORDER BY c.committed_on, c.id""", [PROJECT_ID]))


def payment_rows(db: Database) -> list[dict]:
    return list(db.query("""
        SELECT pay.*, p.name_ko AS party_ko, p.name_en AS party_en, p.is_foreign,
               ph.number AS phase_number
        FROM funding_payments pay JOIN funding_commitments c ON c.id = pay.commitment_id
        JOIN parties p ON p.id = c.party_id LEFT JOIN phases ph ON ph.id = c.phase_id
        WHERE c.project_id = ? ORDER BY pay.paid_on, pay.id""", [PROJECT_ID]))
