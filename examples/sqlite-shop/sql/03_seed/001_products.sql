-- Seed data: idempotent inserts.
INSERT OR IGNORE INTO products (sku, title, price_cents, stock) VALUES
    ('MUG-01', 'Coffee mug', 1200, 40),
    ('TEE-01', 'T-shirt, black', 2500, 25),
    ('STK-01', 'Sticker pack', 500, 200);
