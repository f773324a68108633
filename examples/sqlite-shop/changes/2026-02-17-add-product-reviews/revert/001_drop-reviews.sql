-- Drops the table with its index, and every review: export them first if they matter.
DROP TABLE IF EXISTS product_reviews;
