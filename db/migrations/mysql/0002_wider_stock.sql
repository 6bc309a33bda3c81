-- Stock totals may grow past DECIMAL(14,3) (about 1e11) from events of up to 1e9 each; 20
-- digits leave room for the journal's limit of 1e15 per product and place
-- (products.stock.MAX_STOCK).

-- migrate:up
ALTER TABLE stock MODIFY quantity DECIMAL(20,3) NOT NULL;

-- migrate:down
ALTER TABLE stock MODIFY quantity DECIMAL(14,3) NOT NULL;
