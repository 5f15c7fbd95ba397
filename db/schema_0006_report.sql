-- The monthly report as the office writes it: per month, the cause and recovery plan of each
-- late milestone (문제점 및 대책), required before the month can be closed, and the month's
-- suggestions to superiors (건의사항) beside its notes, risks and issues.

CREATE TABLE month_remedies (
    id INTEGER PRIMARY KEY,
    project_id INTEGER NOT NULL REFERENCES project(id) ON DELETE CASCADE,
    month TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
    task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
    cause TEXT NOT NULL DEFAULT '' CHECK (length(cause) <= 2000),
    plan TEXT NOT NULL DEFAULT '' CHECK (length(plan) <= 2000),
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (project_id, month, task_id)
);

ALTER TABLE month_notes ADD COLUMN suggestions TEXT NOT NULL DEFAULT '';
