"""What the window reads: named queries of db/, so that no view holds SQL or imports db.

Each function is a read of the stored data as it is (no rule applied); the figures computed
from it (schedule, earned value, funding shares) come from the other service modules.
"""

from __future__ import annotations

from db import budget as _budget, project as _project, schedule as _schedule, tracking as _tracking

phase_rows = _schedule.phase_rows
baseline_rows = _schedule.baselines
announced_milestone_ids = _schedule.announced_milestone_ids
party_rows = _project.party_rows
measurement_rows = _project.measurement_rows
kpi_report_rows = _project.kpi_report_rows
count_example_rows = _project.count_example_rows
example_tables = _project.example_tables
change_mark, changed_since = _tracking.change_mark, _tracking.changed_since
EXAMPLE_TABLES = _project.EXAMPLE_TABLES
load_project = _project.load_project
load_phases = _project.load_phases
load_capacity = _project.load_capacity
load_kpis = _project.load_kpis
budget_categories = _budget.categories
budget_line_choices = _budget.line_choices
month_actual_sums = _budget.month_actual_sums
budget_month_span = _budget.month_span
eac_method = _budget.eac_method
month_cost_rows = _budget.month_cost_rows
progress_history = _budget.progress_history
contract_rows = _budget.contract_rows
budget_by_phase = _budget.budget_by_phase
total_investment = _budget.total_investment
line_row = _budget.line_row
plan_of = _budget.plan_of

__all__ = [
    "announced_milestone_ids", "baseline_rows", "budget_by_phase", "contract_rows", "line_row", "plan_of", "total_investment", "budget_categories", "budget_line_choices", "budget_month_span",
    "change_mark", "changed_since", "count_example_rows", "example_tables", "EXAMPLE_TABLES", "eac_method", "kpi_report_rows", "load_capacity", "load_kpis",
    "load_phases", "load_project", "measurement_rows", "month_actual_sums", "month_cost_rows",
    "party_rows", "phase_rows", "progress_history",
]
