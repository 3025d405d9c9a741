-- V33: nothing in flight is lost. A collection or follow-up written INITIATED carries the time by which its bank call
-- must have ended (its in-flight deadline); past it, the janitor takes it as found in flight after a crash, makes it
-- UNKNOWN and asks the bank. Follow-ups gain the same status-check schedule and attention flag as collections.
ALTER TABLE collection_operation ADD COLUMN status_checks INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE collection_operation ADD COLUMN next_check_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE collection_operation ADD COLUMN needs_attention BOOLEAN DEFAULT FALSE NOT NULL;
CREATE INDEX ix_collection_operation_check ON collection_operation (state, next_check_at);
-- A MOTO approval that repeats an earlier approved charge (same customer, card and amount, keyed again after an
-- UNKNOWN) points at the first one and is raised to finance.
ALTER TABLE collection ADD COLUMN duplicate_of BIGINT;
-- Rows a crash left behind before this version: due at once.
UPDATE collection SET next_status_check_at = created_at WHERE state = 'INITIATED' AND next_status_check_at IS NULL;
UPDATE collection_operation SET next_check_at = created_at WHERE state IN ('INITIATED', 'UNKNOWN');
