-- Order totals in cents; a ';' inside a string must not split the statement.
DROP VIEW IF EXISTS order_totals;
CREATE VIEW order_totals AS
SELECT o.id AS order_id,
       c.email,
       SUM(l.quantity * p.price_cents) AS total_cents,
       'cents; not dollars' AS unit
FROM orders o
JOIN customers c ON c.id = o.customer_id
JOIN order_lines l ON l.order_id = o.id
JOIN products p ON p.id = l.product_id
GROUP BY o.id, c.email;
