-- The built deprivation index as bytes (deprivation.IndexSnapshot), so that a start reads one row
-- instead of rebuilding the index from every postcode row. At most one row: the snapshot of the
-- active releases named by its stamp (a hash of their ids and contents). A stamp that no longer
-- matches the active releases is ignored and replaced. Derived data only: deleting the row is safe.
-- Portable SQL: BYTEA is PostgreSQL's type and an H2 alias of VARBINARY.
CREATE TABLE ref_index_snapshot (
    stamp       VARCHAR(64)              NOT NULL PRIMARY KEY,
    data        BYTEA                    NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
