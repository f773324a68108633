-- Backfill: 'T-shirt, black' -> 't-shirt-black'. Only rows without a slug, so a re-run
-- keeps slugs that were set by hand.
UPDATE products
SET slug = lower(replace(replace(trim(title), ', ', '-'), ' ', '-'))
WHERE slug IS NULL;
