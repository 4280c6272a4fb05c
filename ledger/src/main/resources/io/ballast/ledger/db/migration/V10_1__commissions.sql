-- Commissions in dollars: each fill's as reported (Commission 12 / CommType 13), the block's over its live fills,
-- and each account's pro-rata share of its block's.
ALTER TABLE execution ADD COLUMN commission NUMERIC(20, 2) DEFAULT 0 NOT NULL;
ALTER TABLE block_order ADD COLUMN commission NUMERIC(20, 2) DEFAULT 0 NOT NULL;
ALTER TABLE allocation ADD COLUMN commission NUMERIC(20, 2) DEFAULT 0 NOT NULL;
