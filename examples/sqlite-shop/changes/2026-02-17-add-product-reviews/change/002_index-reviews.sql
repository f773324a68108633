-- A product page lists its reviews, newest first.
CREATE INDEX IF NOT EXISTS idx_product_reviews_product ON product_reviews (product_id, created_at);
