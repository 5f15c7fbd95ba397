-- The change log's index on audit_id served no query (the claim reads this transaction's rows
-- by id, verify reads the whole log, history looks rows up by table and key), yet each logged
-- change wrote an entry into it and each claim moved that entry: dropped.
DROP INDEX IF EXISTS change_log_audit;
