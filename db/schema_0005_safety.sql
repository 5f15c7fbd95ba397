-- Safety on a shared desk: row versions, a change log, the audit chain's second version, anchors.
-- The change-log triggers are created by db/tracking.py from its list of tracked tables (one
-- generator for this step and for any later table), so they are not spelled out here.

-- Each editable row carries a version, raised by a trigger on every UPDATE: an edit that
-- started from version n is refused when the row is no longer at n (db/versions.py).
ALTER TABLE project ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE phases ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE parties ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE tasks ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE dependencies ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE calendar_exceptions ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE baselines ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE capacity_measurements ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE budget_categories ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE budget_lines ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE commitments ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE actual_costs ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE funding_commitments ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE funding_payments ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE kpis ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE kpi_reports ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE month_closes ADD COLUMN version INTEGER NOT NULL DEFAULT 1;

-- Audit rows of version 2 hash the values as stored (read back), and the changes they claim.
ALTER TABLE audit_log ADD COLUMN hash_version INTEGER NOT NULL DEFAULT 1 CHECK (hash_version IN (1, 2));
ALTER TABLE audit_log ADD COLUMN changes TEXT;

-- Every insert, update and delete of a tracked table, written by triggers (also when another
-- program edits the file); the application's audit row of the same transaction claims it and
-- records the hash of the row as stored.  Unclaimed rows are changes made outside the app.
CREATE TABLE change_log (
    id INTEGER PRIMARY KEY,
    tbl TEXT NOT NULL,
    row_key TEXT NOT NULL,
    op TEXT NOT NULL CHECK (op IN ('I', 'U', 'D', 'B')),
    audit_id INTEGER,
    row_hash TEXT CHECK (row_hash IS NULL OR length(row_hash) = 64)
);
CREATE INDEX change_log_row ON change_log (tbl, row_key);
CREATE INDEX change_log_audit ON change_log (audit_id);

-- The chain's head recorded at each month close and each backup: rows at or before an anchor
-- cannot be removed or rewritten without the anchor showing it.
CREATE TABLE audit_anchors (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    reason TEXT NOT NULL CHECK (reason IN ('month_close', 'backup', 'restore', 'migration', 'manual')),
    audit_id INTEGER NOT NULL,
    audit_hash TEXT NOT NULL CHECK (length(audit_hash) = 64),
    audit_rows INTEGER NOT NULL CHECK (audit_rows >= 0)
);
