"""Which tables hold example data (rows flagged is_example): the window's banner asks at every
opening, so this module loads nothing but the database handle's type."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from db.engine import Database

EXAMPLE_TABLES = ("tasks", "dependencies", "capacity_measurements", "budget_lines",
                  "line_progress", "commitments", "actual_costs", "funding_commitments",
                  "funding_payments", "kpi_reports", "parties")


def count_example_rows(db: Database) -> int:
    return sum(db.execute(f"SELECT count(*) FROM {t} WHERE is_example = 1").fetchone()[0]
               for t in EXAMPLE_TABLES)


def example_tables(db: Database, tables=EXAMPLE_TABLES, ids=None) -> dict[str, bool]:
    """Whether each table holds example rows (only among the rows with ``ids`` when given:
    the rows a change touched, in a table that had none)."""
    if ids is None:
        return {t: bool(db.execute(f"SELECT EXISTS (SELECT 1 FROM {t} WHERE is_example = 1)")
                        .fetchone()[0]) for t in tables}
    ids = sorted(ids)
    chunks = [ids[k:k + 500] for k in range(0, len(ids), 500)]
    return {t: any(db.execute(f"SELECT EXISTS (SELECT 1 FROM {t} WHERE is_example = 1 AND id IN"
                              f" ({','.join('?' * len(chunk))}))", chunk).fetchone()[0]
                   for chunk in chunks) for t in tables}
