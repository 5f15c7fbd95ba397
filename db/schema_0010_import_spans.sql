-- An import lists the rows it added as spans: a row of import_rows with last_row_id stands for
-- the rows row_id, row_id + 1, ..., last_row_id of the entity, every one of them added by the
-- import (NULL: row_id alone, as every row written before this step).  A 10,000-task plan is
-- then listed in one row instead of 10,000; undo still removes exactly the listed rows.
ALTER TABLE import_rows ADD COLUMN last_row_id INTEGER CHECK (last_row_id IS NULL OR last_row_id > row_id);
