-- What a lot or timing break is about: the acquisition date of the shares, or the unsettled trades that explain it.
ALTER TABLE recon_break ADD COLUMN detail VARCHAR(2000) DEFAULT '' NOT NULL;
