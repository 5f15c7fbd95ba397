-- Contractors' schedules as what they are: sub-schedules beside the plan, never merged into its
-- tasks.  A schedule (a contractor's programme, e.g. 현대건설's phase-1 works) has versions, one
-- per monthly update as received: the file's own start, status (data) date, day length and
-- finish, and the whole file in the format-neutral model (desktop/domain/schedule_json.py):
-- UIDs, every link of a pair, calendars, baselines as they were, costs of summaries, the
-- producer's own dates, floats and critical flags.  A schedule may be tied to a plan milestone:
-- its latest finish is then that milestone's forecast in the plan's schedule.

CREATE TABLE contractor_schedules (
    id INTEGER PRIMARY KEY,
    project_id INTEGER NOT NULL REFERENCES project(id) ON DELETE CASCADE,
    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    party_id INTEGER REFERENCES parties(id) ON DELETE SET NULL,
    format TEXT NOT NULL CHECK (format IN ('mspdi', 'xer')),
    created_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (project_id, name)
);

CREATE TABLE contractor_versions (
    id INTEGER PRIMARY KEY,
    schedule_id INTEGER NOT NULL REFERENCES contractor_schedules(id) ON DELETE CASCADE,
    number INTEGER NOT NULL CHECK (number BETWEEN 1 AND 100000),
    file_name TEXT NOT NULL CHECK (length(file_name) BETWEEN 1 AND 260),
    file_sha256 TEXT NOT NULL CHECK (length(file_sha256) = 64),
    project_code TEXT NOT NULL DEFAULT '' CHECK (length(project_code) <= 200),
    producer TEXT NOT NULL DEFAULT '' CHECK (length(producer) <= 200),
    imported_at TEXT NOT NULL,
    imported_by TEXT NOT NULL,
    start_on TEXT CHECK (start_on IS NULL OR date(start_on) IS start_on),
    status_on TEXT CHECK (status_on IS NULL OR date(status_on) IS status_on),
    finish_on TEXT CHECK (finish_on IS NULL OR date(finish_on) IS finish_on),
    minutes_per_day INTEGER NOT NULL CHECK (minutes_per_day BETWEEN 1 AND 1440),
    activities INTEGER NOT NULL CHECK (activities >= 0),
    links INTEGER NOT NULL CHECK (links >= 0),
    calendar_json TEXT NOT NULL CHECK (json_valid(calendar_json)),
    schedule_json TEXT NOT NULL CHECK (json_valid(schedule_json)),
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (schedule_id, number)
);
CREATE INDEX contractor_versions_schedule ON contractor_versions(schedule_id);

CREATE TABLE contractor_ties (
    id INTEGER PRIMARY KEY,
    schedule_id INTEGER NOT NULL UNIQUE REFERENCES contractor_schedules(id) ON DELETE CASCADE,
    task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX contractor_ties_task ON contractor_ties(task_id);
