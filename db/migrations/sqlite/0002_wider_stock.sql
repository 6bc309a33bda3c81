-- The MySQL twin widens stock.quantity to DECIMAL(20,3). SQLite's REAL column has no such
-- limit, so nothing changes here; the file keeps the two schemas on the same version.

-- migrate:up

-- migrate:down
