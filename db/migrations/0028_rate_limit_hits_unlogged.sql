-- Rate-limit counters need no durability: every request adds to them, and waiting for the WAL to
-- reach the disk for each of those writes put an fsync on the path of every request. Unlogged, a
-- write to them commits without waiting for the disk. After a crash PostgreSQL empties the table,
-- which only starts every window afresh; a clean restart keeps it. (drizzle-kit does not model
-- UNLOGGED, so db/schema/audit.ts cannot say it; this migration does.)
ALTER TABLE "rate_limit_hits" SET UNLOGGED;
