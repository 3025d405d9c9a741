-- V5: the janitor that asks the bank about UNKNOWN collections with growing delays.
ALTER TABLE collection ADD COLUMN status_checks INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE collection ADD COLUMN next_status_check_at TIMESTAMP WITH TIME ZONE;
-- After the last try the collection is raised to finance.
ALTER TABLE collection ADD COLUMN needs_attention BOOLEAN DEFAULT FALSE NOT NULL;
CREATE INDEX ix_collection_status_check ON collection (state, next_status_check_at);
