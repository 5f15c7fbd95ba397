-- Schedule risk analysis (issue 16): how uncertain each task's duration is, which tasks move
-- together, the risk register, and the analysis cached when a month is closed.  Days are
-- working days (calendar days for an elapsed task), as the schedule counts them.

-- A kind of work whose tasks move together (e.g. every civil work): the rank correlation
-- between any two of its tasks, and the default spread of its tasks' durations (percent
-- below and above the planned duration) for tasks without their own three-point estimate.
CREATE TABLE risk_groups (
    id INTEGER PRIMARY KEY,
    version INTEGER NOT NULL DEFAULT 1,
    project_id INTEGER NOT NULL REFERENCES project(id) ON DELETE CASCADE,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    correlation REAL NOT NULL DEFAULT 0 CHECK (correlation BETWEEN -1 AND 1),
    distribution TEXT NOT NULL DEFAULT 'triangular' CHECK (distribution IN ('triangular', 'pert', 'uniform')),
    optimistic_pct REAL NOT NULL DEFAULT 0 CHECK (optimistic_pct BETWEEN 0 AND 100),
    pessimistic_pct REAL NOT NULL DEFAULT 0 CHECK (pessimistic_pct BETWEEN 0 AND 1000),
    UNIQUE (project_id, name)
);

-- A task's three-point duration (all three or none: none = its group's default spread) and
-- its group.  The most likely value is the planned duration when the estimate was entered.
CREATE TABLE task_estimates (
    task_id INTEGER PRIMARY KEY REFERENCES tasks(id) ON DELETE CASCADE,
    group_id INTEGER REFERENCES risk_groups(id) ON DELETE SET NULL,
    distribution TEXT CHECK (distribution IS NULL OR distribution IN ('triangular', 'pert', 'uniform')),
    optimistic_days REAL CHECK (optimistic_days IS NULL OR optimistic_days BETWEEN 0 AND 100000),
    most_likely_days REAL CHECK (most_likely_days IS NULL OR most_likely_days BETWEEN 0 AND 100000),
    pessimistic_days REAL CHECK (pessimistic_days IS NULL OR pessimistic_days BETWEEN 0 AND 100000),
    CHECK ((optimistic_days IS NULL) = (most_likely_days IS NULL)
           AND (most_likely_days IS NULL) = (pessimistic_days IS NULL)),
    CHECK (optimistic_days IS NULL OR (optimistic_days <= most_likely_days
                                       AND most_likely_days <= pessimistic_days)),
    CHECK (group_id IS NOT NULL OR optimistic_days IS NOT NULL)
);
CREATE INDEX task_estimates_group ON task_estimates(group_id);

-- The risk register: 담당 (owner), 원인 (cause), 확률 (probability), 대응 계획 (response plan).
CREATE TABLE risks (
    id INTEGER PRIMARY KEY,
    version INTEGER NOT NULL DEFAULT 1,
    project_id INTEGER NOT NULL REFERENCES project(id) ON DELETE CASCADE,
    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
    owner TEXT NOT NULL DEFAULT '',
    cause TEXT NOT NULL DEFAULT '',
    probability REAL NOT NULL CHECK (probability BETWEEN 0 AND 1),
    response_plan TEXT NOT NULL DEFAULT '',
    created_on TEXT NOT NULL CHECK (date(created_on) IS created_on)
);

-- 영향 (impact): the days a risk adds to a task (or delays a milestone by) when it occurs.
CREATE TABLE risk_impacts (
    risk_id INTEGER NOT NULL REFERENCES risks(id) ON DELETE CASCADE,
    task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
    impact_days REAL NOT NULL CHECK (impact_days BETWEEN 0 AND 100000),
    PRIMARY KEY (risk_id, task_id)
);
CREATE INDEX risk_impacts_task ON risk_impacts(task_id);

-- The analysis as it stood when a month was closed (JSON and its SHA-256 digest), so the
-- report can compare a deadline's probability with the month before.
CREATE TABLE risk_results (
    id INTEGER PRIMARY KEY,
    version INTEGER NOT NULL DEFAULT 1,
    project_id INTEGER NOT NULL REFERENCES project(id) ON DELETE CASCADE,
    month TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
    as_of_on TEXT NOT NULL CHECK (date(as_of_on) IS as_of_on),
    iterations INTEGER NOT NULL CHECK (iterations > 0),
    seed INTEGER NOT NULL,
    computed_at TEXT NOT NULL,
    results_json TEXT NOT NULL,
    digest TEXT NOT NULL CHECK (length(digest) = 64),
    UNIQUE (project_id, month)
);
