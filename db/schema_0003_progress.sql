-- Progress as a history: % complete (and the bottom-up estimate to complete) of each budget line
-- and % complete of each task, one measurement per month, dated, so earned value exists for
-- every past month and a closed month keeps its own.  The line's single latest measurement moves
-- from budget_lines into this history.

CREATE TABLE line_progress (
    id INTEGER PRIMARY KEY,
    version INTEGER NOT NULL DEFAULT 1,
    line_id INTEGER NOT NULL REFERENCES budget_lines(id) ON DELETE CASCADE,
    month TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
    measured_on TEXT NOT NULL CHECK (date(measured_on) IS measured_on AND substr(measured_on, 1, 7) = month),
    percent_complete REAL CHECK (percent_complete IS NULL OR percent_complete BETWEEN 0 AND 100),
    etc_won INTEGER CHECK (etc_won IS NULL OR etc_won BETWEEN 0 AND 1000000000000000),
    is_example INTEGER NOT NULL DEFAULT 0 CHECK (is_example IN (0, 1)),
    CHECK (percent_complete IS NOT NULL OR etc_won IS NOT NULL),
    UNIQUE (line_id, month)
);

CREATE INDEX line_progress_line ON line_progress(line_id, measured_on);

INSERT INTO line_progress (line_id, month, measured_on, percent_complete, etc_won, is_example)
    SELECT id, substr(coalesce(progress_on, start_month || '-01'), 1, 7),
           coalesce(progress_on, start_month || '-01'), percent_complete, etc_won, is_example
    FROM budget_lines WHERE percent_complete IS NOT NULL OR etc_won IS NOT NULL;

ALTER TABLE budget_lines DROP COLUMN percent_complete;
ALTER TABLE budget_lines DROP COLUMN progress_on;
ALTER TABLE budget_lines DROP COLUMN etc_won;

CREATE TABLE task_progress (
    id INTEGER PRIMARY KEY,
    version INTEGER NOT NULL DEFAULT 1,
    task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
    month TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
    measured_on TEXT NOT NULL CHECK (date(measured_on) IS measured_on AND substr(measured_on, 1, 7) = month),
    percent_complete REAL NOT NULL CHECK (percent_complete BETWEEN 0 AND 100),
    is_example INTEGER NOT NULL DEFAULT 0 CHECK (is_example IN (0, 1)),
    UNIQUE (task_id, month)
);

CREATE INDEX task_progress_task ON task_progress(task_id, measured_on);
