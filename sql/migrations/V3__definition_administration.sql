-- V3: administering VPOS definitions: what payers see, the LIVE safeguard, and the audit trail.

ALTER TABLE vpos_definition ADD COLUMN logo_url VARCHAR(500);
-- When the definition last had an APPROVED collection while in TEST: a LIVE definition may only be
-- enabled after one (or with an admin's audited override).
ALTER TABLE vpos_definition ADD COLUMN test_approved_at TIMESTAMP WITH TIME ZONE;

CREATE SEQUENCE definition_audit_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE definition_audit (
    id            BIGINT        NOT NULL PRIMARY KEY,
    definition_id BIGINT        NOT NULL,            -- kept after the definition is deleted
    company_id    BIGINT        NOT NULL,
    action        VARCHAR(20)   NOT NULL,            -- CREATED | UPDATED | ENABLED | DISABLED | DELETED | COPIED
    actor         VARCHAR(100)  NOT NULL,
    changes       VARCHAR(4000) NOT NULL,            -- "field: old -> new" lines; secrets only as "changed"
    reason        VARCHAR(500),                      -- e.g. why LIVE was enabled without a test approval
    occurred_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_definition_audit_definition ON definition_audit (definition_id, occurred_at);

-- "last successful transaction" per definition is read from the batches.
CREATE INDEX ix_card_batch_definition_time ON card_batch (definition_id, transaction_time);
CREATE INDEX ix_collection_definition ON collection (definition_id);
