"""What the window reads: named queries of db/, so that no view holds SQL or imports db.

Each function is a read of the stored data as it is (no rule applied); the figures computed
from it (schedule, earned value, funding shares) come from the other service modules.

Each name is imported from its db module when first asked for (PEP 562): the window's start-up
reads the example-data banner's few names without loading the budget's and the schedule's
modules.
"""

from __future__ import annotations

import importlib

_NAMES = {  # name → (module, attribute)
    "phase_rows": ("db.schedule", "phase_rows"),
    "baseline_rows": ("db.schedule", "baselines"),
    "announced_milestone_ids": ("db.schedule", "announced_milestone_ids"),
    "party_rows": ("db.project", "party_rows"),
    "measurement_rows": ("db.project", "measurement_rows"),
    "kpi_report_rows": ("db.project", "kpi_report_rows"),
    "count_example_rows": ("db.examples", "count_example_rows"),
    "example_tables": ("db.examples", "example_tables"),
    "change_mark": ("db.state", "change_mark"),
    "changed_since": ("db.tracking", "changed_since"),
    "EXAMPLE_TABLES": ("db.examples", "EXAMPLE_TABLES"),
    "load_project": ("db.project", "load_project"),
    "load_phases": ("db.project", "load_phases"),
    "load_capacity": ("db.project", "load_capacity"),
    "load_kpis": ("db.project", "load_kpis"),
    "budget_categories": ("db.budget", "categories"),
    "budget_line_choices": ("db.budget", "line_choices"),
    "month_actual_sums": ("db.budget", "month_actual_sums"),
    "budget_month_span": ("db.budget", "month_span"),
    "eac_method": ("db.budget", "eac_method"),
    "month_cost_rows": ("db.budget", "month_cost_rows"),
    "progress_history": ("db.budget", "progress_history"),
    "contract_rows": ("db.budget", "contract_rows"),
    "budget_by_phase": ("db.budget", "budget_by_phase"),
    "total_investment": ("db.budget", "total_investment"),
    "line_row": ("db.budget", "line_row"),
    "plan_of": ("db.budget", "plan_of"),
}
__all__ = sorted(_NAMES)


def __getattr__(name: str):
    try:
        module, attribute = _NAMES[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(importlib.import_module(module), attribute)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_NAMES))
