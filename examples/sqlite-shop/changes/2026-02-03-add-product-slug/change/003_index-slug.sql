-- Slugs are looked up by the shop's URLs and must not repeat.
CREATE UNIQUE INDEX IF NOT EXISTS idx_products_slug ON products (slug);
