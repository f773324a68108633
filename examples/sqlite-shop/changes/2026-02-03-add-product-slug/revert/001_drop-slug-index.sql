-- Undo 003 first: SQLite refuses to drop an indexed column.
DROP INDEX IF EXISTS idx_products_slug;
