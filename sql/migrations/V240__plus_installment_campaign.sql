-- V240: a card programme's plus-installment campaigns as a company runs them (issue #19, context "routing"):
-- "+extra_installments on minimum_installments or more", valid_from..valid_to (days in the business zone, both
-- included). Shown wherever installments are offered for a card of the programme; what is sent to the bank does not
-- change (the bank adds the extra installments itself). The whole list of a company is replaced at once.
CREATE SEQUENCE plus_installment_campaign_seq START WITH 50 INCREMENT BY 50;  -- = allocationSize
CREATE TABLE plus_installment_campaign (
    id                    BIGINT       PRIMARY KEY,
    company_id            BIGINT       NOT NULL,
    position              INTEGER      NOT NULL,
    programme             VARCHAR(40)  NOT NULL,
    extra_installments    INTEGER      NOT NULL,
    minimum_installments  INTEGER      NOT NULL,
    valid_from            DATE         NOT NULL,
    valid_to              DATE         NOT NULL,
    updated_by            VARCHAR(100) NOT NULL,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_plus_installment_campaign_position UNIQUE (company_id, position),
    CONSTRAINT ck_plus_installment_campaign_extra CHECK (extra_installments BETWEEN 1 AND 12),
    CONSTRAINT ck_plus_installment_campaign_minimum CHECK (minimum_installments BETWEEN 2 AND 36),
    CONSTRAINT ck_plus_installment_campaign_dates CHECK (valid_to >= valid_from)
);
