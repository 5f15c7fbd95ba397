-- Imports as the application's own records: which file added which rows, so that undoing an
-- import removes exactly those rows (by the import's id), and an auditor can trace a row to its file.

CREATE TABLE imports (
    id INTEGER PRIMARY KEY,
    version INTEGER NOT NULL DEFAULT 1,
    project_id INTEGER NOT NULL REFERENCES project(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (length(kind) BETWEEN 1 AND 40),
    source TEXT NOT NULL CHECK (length(source) BETWEEN 1 AND 260),
    imported_at TEXT NOT NULL,
    imported_by TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'applied' CHECK (state IN ('applied', 'removed')),
    summary_json TEXT NOT NULL DEFAULT '{}'
);

CREATE TABLE import_rows (
    import_id INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE,
    entity TEXT NOT NULL,
    row_id INTEGER NOT NULL,
    PRIMARY KEY (import_id, entity, row_id)
);
