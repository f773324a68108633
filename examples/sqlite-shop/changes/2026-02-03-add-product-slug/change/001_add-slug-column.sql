-- Products get a URL slug. SQLite cannot add a NOT NULL column without a default,
-- so the column starts nullable and is filled by 002.
ALTER TABLE products ADD COLUMN slug TEXT;
