-- V101: routing rules per company (issue #19, context "routing"), evaluated in position order for a sale that names
-- no definition: ON_US (match_value = the issuer code of the card's bank -> that bank's own definition), PROGRAMME
-- (match_value = a card programme -> the definition of one of the programme's banks), CHEAPEST (the lowest commission
-- % + fixed fee of each eligible definition's plan for the installment count; no match_value, no definition).
-- A company without rows keeps the old choice: its default definition, else the first by code that fits.
CREATE SEQUENCE routing_rule_seq START WITH 50 INCREMENT BY 50;  -- = allocationSize
CREATE TABLE routing_rule (
    id             BIGINT       PRIMARY KEY,
    company_id     BIGINT       NOT NULL,
    position       INTEGER      NOT NULL,
    kind           VARCHAR(12)  NOT NULL,
    match_value    VARCHAR(40),
    definition_id  BIGINT,
    updated_by     VARCHAR(100) NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_routing_rule_position UNIQUE (company_id, position),
    CONSTRAINT ck_routing_rule_kind CHECK (kind IN ('ON_US', 'PROGRAMME', 'CHEAPEST'))
);
