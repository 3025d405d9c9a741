-- V4: what a definition offers payers and what it costs: installment plans, discount, saved cards;
-- one endpoint per environment; the outgoing IP the bank whitelisted.

-- The installment counts a definition offers (1 = single payment), each with the bank's commission
-- (percent + fixed fee per transaction, in the transaction's currency) and blocked days (value date offset).
CREATE TABLE definition_installment_plan (
    definition_id   BIGINT        NOT NULL REFERENCES vpos_definition (id),
    installments    INTEGER       NOT NULL,
    commission_rate NUMERIC(9,4)  NOT NULL,
    fixed_fee       NUMERIC(19,4) NOT NULL,
    blocked_days    INTEGER       NOT NULL,
    PRIMARY KEY (definition_id, installments)
);
INSERT INTO definition_installment_plan (definition_id, installments, commission_rate, fixed_fee, blocked_days)
    SELECT id, 1, commission_rate, 0, blocked_days FROM vpos_definition;
ALTER TABLE vpos_definition DROP COLUMN commission_rate;
ALTER TABLE vpos_definition DROP COLUMN blocked_days;

-- A discount for paying with this definition (shown to payers before they pay).
ALTER TABLE vpos_definition ADD COLUMN discount_type VARCHAR(10) DEFAULT 'NONE' NOT NULL;  -- NONE | PERCENT | FIXED
ALTER TABLE vpos_definition ADD COLUMN discount_value NUMERIC(19,4) DEFAULT 0 NOT NULL;
ALTER TABLE vpos_definition ADD COLUMN save_card_allowed BOOLEAN DEFAULT FALSE NOT NULL;
-- The static outgoing IP the bank whitelisted for this merchant: a note for operators, shown in /health.
ALTER TABLE vpos_definition ADD COLUMN outgoing_ip VARCHAR(45);

-- Test and live endpoints side by side (family defaults, overridable); the environment picks one.
ALTER TABLE vpos_definition ADD COLUMN test_endpoint_url VARCHAR(500);
ALTER TABLE vpos_definition ADD COLUMN live_endpoint_url VARCHAR(500);
UPDATE vpos_definition SET test_endpoint_url = endpoint_url WHERE environment = 'TEST';
UPDATE vpos_definition SET live_endpoint_url = endpoint_url WHERE environment = 'LIVE';
ALTER TABLE vpos_definition DROP COLUMN endpoint_url;
