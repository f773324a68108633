-- Undo 001 (and with it the backfill of 002). DROP COLUMN needs SQLite 3.35 or newer.
ALTER TABLE products DROP COLUMN slug;
