-- What a proposal's explanation says about risk and tax beyond drift: annual tracking error against the model
-- before and after, losses harvested and net gains deferred compared with a naive full rebalance.
ALTER TABLE proposal ADD COLUMN tracking_error_before NUMERIC(24, 6) DEFAULT 0 NOT NULL;
ALTER TABLE proposal ADD COLUMN tracking_error_after NUMERIC(24, 6) DEFAULT 0 NOT NULL;
ALTER TABLE proposal ADD COLUMN losses_harvested NUMERIC(20, 2) DEFAULT 0 NOT NULL;
ALTER TABLE proposal ADD COLUMN gains_deferred NUMERIC(20, 2) DEFAULT 0 NOT NULL;
