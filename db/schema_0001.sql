-- The whole mission's schema, first version.  Money is INTEGER won (*_won), dates ISO text (*_on),
-- months 'YYYY-MM', enums and ranges guarded by CHECK constraints.  Rows added by the example-data
-- action carry is_example = 1 so they can be shown and removed as one set.

CREATE TABLE project (
    id INTEGER PRIMARY KEY,
    name_ko TEXT NOT NULL CHECK (length(name_ko) > 0),
    name_en TEXT NOT NULL DEFAULT '',
    owner_ko TEXT NOT NULL DEFAULT '',
    owner_en TEXT NOT NULL DEFAULT '',
    site_ko TEXT NOT NULL DEFAULT '',
    site_en TEXT NOT NULL DEFAULT '',
    site_m2 REAL CHECK (site_m2 IS NULL OR site_m2 > 0),
    total_investment_won INTEGER CHECK (total_investment_won IS NULL OR total_investment_won BETWEEN 0 AND 1000000000000000),
    min_foreign_share REAL NOT NULL DEFAULT 0.3 CHECK (min_foreign_share BETWEEN 0 AND 1),
    mou_signed_on TEXT CHECK (mou_signed_on IS NULL OR date(mou_signed_on) IS mou_signed_on),
    construction_start_deadline_on TEXT CHECK (construction_start_deadline_on IS NULL OR date(construction_start_deadline_on) IS construction_start_deadline_on),
    total_mw_target REAL CHECK (total_mw_target IS NULL OR total_mw_target >= 0),
    total_gpus_target INTEGER CHECK (total_gpus_target IS NULL OR total_gpus_target >= 0),
    eac_method TEXT NOT NULL DEFAULT 'cpi' CHECK (eac_method IN ('cpi', 'atypical', 'cpi_spi', 'bottom_up')),
    status_date_on TEXT CHECK (status_date_on IS NULL OR date(status_date_on) IS status_date_on),
    source_note TEXT NOT NULL DEFAULT ''
);

CREATE TABLE project_settings (
    project_id INTEGER NOT NULL REFERENCES project(id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (project_id, key)
);

CREATE TABLE phases (
    id INTEGER PRIMARY KEY,
    project_id INTEGER NOT NULL REFERENCES project(id) ON DELETE CASCADE,
    number INTEGER NOT NULL CHECK (number BETWEEN 1 AND 99),
    name_ko TEXT NOT NULL,
    name_en TEXT NOT NULL DEFAULT '',
    planned_start_on TEXT CHECK (planned_start_on IS NULL OR date(planned_start_on) IS planned_start_on),
    planned_finish_on TEXT CHECK (planned_finish_on IS NULL OR date(planned_finish_on) IS planned_finish_on),
    target_mw REAL CHECK (target_mw IS NULL OR target_mw >= 0),
    target_gpus INTEGER CHECK (target_gpus IS NULL OR target_gpus >= 0),
    note_ko TEXT NOT NULL DEFAULT '',
    note_en TEXT NOT NULL DEFAULT '',
    UNIQUE (project_id, number),
    CHECK (planned_finish_on IS NULL OR planned_start_on IS NULL OR planned_finish_on >= planned_start_on)
);

CREATE TABLE parties (
    id INTEGER PRIMARY KEY,
    project_id INTEGER NOT NULL REFERENCES project(id) ON DELETE CASCADE,
    name_ko TEXT NOT NULL CHECK (length(name_ko) > 0),
    name_en TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL CHECK (kind IN ('local_government', 'provincial_government', 'public_agency', 'company', 'university', 'other')),
    is_foreign INTEGER NOT NULL DEFAULT 0 CHECK (is_foreign IN (0, 1)),
    role_ko TEXT NOT NULL DEFAULT '',
    role_en TEXT NOT NULL DEFAULT '',
    sort_order INTEGER NOT NULL DEFAULT 0,
    is_example INTEGER NOT NULL DEFAULT 0 CHECK (is_example IN (0, 1)),
    UNIQUE (project_id, name_ko)
);

CREATE TABLE tasks (
    id INTEGER PRIMARY KEY,
    project_id INTEGER NOT NULL REFERENCES project(id) ON DELETE CASCADE,
    phase_id INTEGER REFERENCES phases(id) ON DELETE SET NULL,
    parent_id INTEGER REFERENCES tasks(id) ON DELETE CASCADE,
    sort_order INTEGER NOT NULL DEFAULT 0,
    wbs_code TEXT NOT NULL DEFAULT '',
    name_ko TEXT NOT NULL CHECK (length(name_ko) > 0),
    name_en TEXT NOT NULL DEFAULT '',
    is_milestone INTEGER NOT NULL DEFAULT 0 CHECK (is_milestone IN (0, 1)),
    duration_days REAL CHECK (duration_days IS NULL OR duration_days >= 0),
    duration_elapsed INTEGER NOT NULL DEFAULT 0 CHECK (duration_elapsed IN (0, 1)),
    start_on TEXT CHECK (start_on IS NULL OR date(start_on) IS start_on),
    finish_on TEXT CHECK (finish_on IS NULL OR date(finish_on) IS finish_on),
    actual_start_on TEXT CHECK (actual_start_on IS NULL OR date(actual_start_on) IS actual_start_on),
    actual_finish_on TEXT CHECK (actual_finish_on IS NULL OR date(actual_finish_on) IS actual_finish_on),
    percent_complete REAL NOT NULL DEFAULT 0 CHECK (percent_complete BETWEEN 0 AND 100),
    constraint_type TEXT NOT NULL DEFAULT 'asap' CHECK (constraint_type IN ('asap', 'alap', 'snet', 'snlt', 'fnet', 'fnlt', 'mso', 'mfo')),
    constraint_on TEXT CHECK (constraint_on IS NULL OR date(constraint_on) IS constraint_on),
    deadline_on TEXT CHECK (deadline_on IS NULL OR date(deadline_on) IS deadline_on),
    responsible_party_id INTEGER REFERENCES parties(id) ON DELETE SET NULL,
    budget_won INTEGER CHECK (budget_won IS NULL OR budget_won BETWEEN 0 AND 1000000000000000),
    source_uid TEXT,
    notes TEXT NOT NULL DEFAULT '',
    is_example INTEGER NOT NULL DEFAULT 0 CHECK (is_example IN (0, 1)),
    CHECK (finish_on IS NULL OR start_on IS NULL OR finish_on >= start_on),
    CHECK (actual_finish_on IS NULL OR actual_start_on IS NULL OR actual_finish_on >= actual_start_on),
    CHECK (parent_id IS NULL OR parent_id <> id)
);
CREATE INDEX tasks_parent ON tasks(parent_id);
CREATE INDEX tasks_phase ON tasks(phase_id);

CREATE TABLE dependencies (
    id INTEGER PRIMARY KEY,
    project_id INTEGER NOT NULL REFERENCES project(id) ON DELETE CASCADE,
    predecessor_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
    successor_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
    link_type TEXT NOT NULL DEFAULT 'FS' CHECK (link_type IN ('FS', 'SS', 'FF', 'SF')),
    lag_days REAL NOT NULL DEFAULT 0 CHECK (lag_days BETWEEN -100000 AND 100000),
    lag_elapsed INTEGER NOT NULL DEFAULT 0 CHECK (lag_elapsed IN (0, 1)),
    is_example INTEGER NOT NULL DEFAULT 0 CHECK (is_example IN (0, 1)),
    UNIQUE (predecessor_id, successor_id),
    CHECK (predecessor_id <> successor_id)
);
CREATE INDEX dependencies_successor ON dependencies(successor_id);

CREATE TABLE calendar_exceptions (
    id INTEGER PRIMARY KEY,
    project_id INTEGER NOT NULL REFERENCES project(id) ON DELETE CASCADE,
    on_date TEXT NOT NULL CHECK (date(on_date) IS on_date),
    is_working INTEGER NOT NULL DEFAULT 0 CHECK (is_working IN (0, 1)),
    name TEXT NOT NULL DEFAULT '',
    UNIQUE (project_id, on_date)
);

CREATE TABLE baselines (
    id INTEGER PRIMARY KEY,
    project_id INTEGER NOT NULL REFERENCES project(id) ON DELETE CASCADE,
    name TEXT NOT NULL CHECK (length(name) > 0),
    saved_at TEXT NOT NULL,
    is_current INTEGER NOT NULL DEFAULT 0 CHECK (is_current IN (0, 1)),
    note TEXT NOT NULL DEFAULT '',
    UNIQUE (project_id, name)
);

CREATE TABLE baseline_tasks (
    baseline_id INTEGER NOT NULL REFERENCES baselines(id) ON DELETE CASCADE,
    task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
    start_on TEXT CHECK (start_on IS NULL OR date(start_on) IS start_on),
    finish_on TEXT CHECK (finish_on IS NULL OR date(finish_on) IS finish_on),
    duration_days REAL CHECK (duration_days IS NULL OR duration_days >= 0),
    cost_won INTEGER CHECK (cost_won IS NULL OR cost_won BETWEEN 0 AND 1000000000000000),
    PRIMARY KEY (baseline_id, task_id),
    CHECK (finish_on IS NULL OR start_on IS NULL OR finish_on >= start_on)
);

CREATE TABLE capacity_measurements (
    id INTEGER PRIMARY KEY,
    project_id INTEGER NOT NULL REFERENCES project(id) ON DELETE CASCADE,
    phase_id INTEGER NOT NULL REFERENCES phases(id) ON DELETE CASCADE,
    measured_on TEXT NOT NULL CHECK (date(measured_on) IS measured_on),
    installed_mw REAL CHECK (installed_mw IS NULL OR installed_mw BETWEEN 0 AND 100000),
    energised_mw REAL CHECK (energised_mw IS NULL OR energised_mw BETWEEN 0 AND 100000),
    installed_gpus INTEGER CHECK (installed_gpus IS NULL OR installed_gpus BETWEEN 0 AND 100000000),
    source TEXT NOT NULL DEFAULT '',
    is_example INTEGER NOT NULL DEFAULT 0 CHECK (is_example IN (0, 1))
);

CREATE TABLE budget_categories (
    id INTEGER PRIMARY KEY,
    project_id INTEGER NOT NULL REFERENCES project(id) ON DELETE CASCADE,
    code TEXT NOT NULL,
    name_ko TEXT NOT NULL CHECK (length(name_ko) > 0),
    name_en TEXT NOT NULL DEFAULT '',
    sort_order INTEGER NOT NULL DEFAULT 0,
    UNIQUE (project_id, code)
);

CREATE TABLE budget_lines (
    id INTEGER PRIMARY KEY,
    project_id INTEGER NOT NULL REFERENCES project(id) ON DELETE CASCADE,
    phase_id INTEGER NOT NULL REFERENCES phases(id) ON DELETE RESTRICT,
    category_id INTEGER NOT NULL REFERENCES budget_categories(id) ON DELETE RESTRICT,
    name TEXT NOT NULL DEFAULT '',
    budget_won INTEGER NOT NULL CHECK (budget_won BETWEEN 0 AND 1000000000000000),
    start_month TEXT NOT NULL CHECK (start_month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
    finish_month TEXT NOT NULL CHECK (finish_month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
    spread TEXT NOT NULL DEFAULT 'even' CHECK (spread IN ('even', 's_curve', 'manual')),
    etc_won INTEGER CHECK (etc_won IS NULL OR etc_won BETWEEN 0 AND 1000000000000000),
    percent_complete REAL CHECK (percent_complete IS NULL OR percent_complete BETWEEN 0 AND 100),
    progress_on TEXT CHECK (progress_on IS NULL OR date(progress_on) IS progress_on),
    is_example INTEGER NOT NULL DEFAULT 0 CHECK (is_example IN (0, 1)),
    CHECK (finish_month >= start_month)
);

CREATE TABLE budget_plan_months (
    line_id INTEGER NOT NULL REFERENCES budget_lines(id) ON DELETE CASCADE,
    month TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
    planned_won INTEGER NOT NULL CHECK (planned_won BETWEEN 0 AND 1000000000000000),
    PRIMARY KEY (line_id, month)
);

CREATE TABLE commitments (
    id INTEGER PRIMARY KEY,
    project_id INTEGER NOT NULL REFERENCES project(id) ON DELETE CASCADE,
    line_id INTEGER NOT NULL REFERENCES budget_lines(id) ON DELETE RESTRICT,
    party_id INTEGER REFERENCES parties(id) ON DELETE RESTRICT,
    contract_no TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    amount_won INTEGER NOT NULL CHECK (amount_won BETWEEN 0 AND 1000000000000000),
    committed_on TEXT NOT NULL CHECK (date(committed_on) IS committed_on),
    is_example INTEGER NOT NULL DEFAULT 0 CHECK (is_example IN (0, 1))
);

CREATE TABLE actual_costs (
    id INTEGER PRIMARY KEY,
    project_id INTEGER NOT NULL REFERENCES project(id) ON DELETE CASCADE,
    line_id INTEGER NOT NULL REFERENCES budget_lines(id) ON DELETE RESTRICT,
    commitment_id INTEGER REFERENCES commitments(id) ON DELETE SET NULL,
    month TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
    amount_won INTEGER NOT NULL CHECK (amount_won BETWEEN 0 AND 1000000000000000),
    note TEXT NOT NULL DEFAULT '',
    is_example INTEGER NOT NULL DEFAULT 0 CHECK (is_example IN (0, 1))
);
CREATE INDEX actual_costs_line_month ON actual_costs(line_id, month);

CREATE TABLE funding_commitments (
    id INTEGER PRIMARY KEY,
    project_id INTEGER NOT NULL REFERENCES project(id) ON DELETE CASCADE,
    party_id INTEGER NOT NULL REFERENCES parties(id) ON DELETE RESTRICT,
    phase_id INTEGER REFERENCES phases(id) ON DELETE RESTRICT,
    committed_on TEXT NOT NULL CHECK (date(committed_on) IS committed_on),
    currency TEXT NOT NULL DEFAULT 'KRW' CHECK (length(currency) = 3 AND upper(currency) = currency),
    amount_currency REAL NOT NULL CHECK (amount_currency >= 0),
    fx_rate REAL NOT NULL DEFAULT 1 CHECK (fx_rate > 0),
    amount_won INTEGER NOT NULL CHECK (amount_won BETWEEN 0 AND 1000000000000000),
    is_planned INTEGER NOT NULL DEFAULT 0 CHECK (is_planned IN (0, 1)),
    note TEXT NOT NULL DEFAULT '',
    is_example INTEGER NOT NULL DEFAULT 0 CHECK (is_example IN (0, 1))
);

CREATE TABLE funding_payments (
    id INTEGER PRIMARY KEY,
    commitment_id INTEGER NOT NULL REFERENCES funding_commitments(id) ON DELETE RESTRICT,
    paid_on TEXT NOT NULL CHECK (date(paid_on) IS paid_on),
    currency TEXT NOT NULL DEFAULT 'KRW' CHECK (length(currency) = 3 AND upper(currency) = currency),
    amount_currency REAL NOT NULL CHECK (amount_currency >= 0),
    fx_rate REAL NOT NULL DEFAULT 1 CHECK (fx_rate > 0),
    amount_won INTEGER NOT NULL CHECK (amount_won BETWEEN 0 AND 1000000000000000),
    note TEXT NOT NULL DEFAULT '',
    is_example INTEGER NOT NULL DEFAULT 0 CHECK (is_example IN (0, 1))
);

CREATE TABLE kpis (
    id INTEGER PRIMARY KEY,
    project_id INTEGER NOT NULL REFERENCES project(id) ON DELETE CASCADE,
    code TEXT NOT NULL,
    name_ko TEXT NOT NULL,
    name_en TEXT NOT NULL DEFAULT '',
    unit TEXT NOT NULL CHECK (unit IN ('won', 'persons')),
    target_value INTEGER CHECK (target_value IS NULL OR target_value >= 0),
    sort_order INTEGER NOT NULL DEFAULT 0,
    UNIQUE (project_id, code)
);

CREATE TABLE kpi_reports (
    id INTEGER PRIMARY KEY,
    kpi_id INTEGER NOT NULL REFERENCES kpis(id) ON DELETE CASCADE,
    reported_on TEXT NOT NULL CHECK (date(reported_on) IS reported_on),
    value INTEGER NOT NULL CHECK (value >= 0),
    source TEXT NOT NULL DEFAULT '',
    is_example INTEGER NOT NULL DEFAULT 0 CHECK (is_example IN (0, 1))
);

CREATE TABLE month_notes (
    project_id INTEGER NOT NULL REFERENCES project(id) ON DELETE CASCADE,
    month TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
    notes TEXT NOT NULL DEFAULT '',
    risks TEXT NOT NULL DEFAULT '',
    issues TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (project_id, month)
);

CREATE TABLE month_closes (
    id INTEGER PRIMARY KEY,
    project_id INTEGER NOT NULL REFERENCES project(id) ON DELETE CASCADE,
    month TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
    state TEXT NOT NULL CHECK (state IN ('closed', 'reopened')),
    closed_at TEXT NOT NULL,
    closed_by TEXT NOT NULL,
    snapshot_json TEXT NOT NULL,
    digest TEXT NOT NULL CHECK (length(digest) = 64),
    reopened_at TEXT,
    reopened_by TEXT,
    UNIQUE (project_id, month)
);

CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    os_user TEXT NOT NULL,
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id INTEGER,
    field TEXT NOT NULL DEFAULT '',
    old_value TEXT,
    new_value TEXT,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL UNIQUE
);
