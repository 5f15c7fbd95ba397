"""The schema's table names, for code that names tables (``Changes``, repositories).

A test compares :data:`TABLES` with the tables of a freshly created database, so a table
added by a migration must be listed here too.
"""

TABLES = frozenset({
    "project", "project_settings", "phases", "parties", "tasks", "dependencies",
    "calendar_exceptions", "baselines", "baseline_tasks", "capacity_measurements",
    "budget_categories", "budget_lines", "budget_plan_months", "commitments", "actual_costs",
    "funding_commitments", "funding_payments", "kpis", "kpi_reports", "month_notes",
    "month_closes", "month_remedies", "audit_log", "imports", "import_rows",
    "line_progress", "task_progress", "change_log", "audit_anchors",
    "risk_groups", "task_estimates", "risks", "risk_impacts", "risk_results",
    "contractor_schedules", "contractor_versions", "contractor_ties",
})

SCHEDULE_INPUTS = frozenset({"tasks", "dependencies", "calendar_exceptions", "project",
                             "contractor_versions", "contractor_ties"})
"""Tables the schedule is computed from: a change to any of them needs the engine again."""
