-- V29: the inbox of providers' server-to-server notifications (myPOS, Stripe, 2Checkout, PayMaster). Every notification
-- is stored before it is acknowledged, authentic or not, with its payload masked; it is processed afterwards.
CREATE SEQUENCE provider_notification_seq START WITH 20 INCREMENT BY 20;  -- = allocationSize (EclipseLink reads the block's last id)
CREATE TABLE provider_notification (
    id              BIGINT        PRIMARY KEY,
    definition_id   BIGINT        NOT NULL REFERENCES vpos_definition (id),
    company_id      BIGINT        NOT NULL,
    family          VARCHAR(30)   NOT NULL,
    received_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    authentic       BOOLEAN       NOT NULL,
    rejection       VARCHAR(500),
    event_id        VARCHAR(200),
    -- set only on the first authentic notification of an event: the provider's resends are recognised by it
    first_event_key VARCHAR(230)  UNIQUE,
    bank_order_id   VARCHAR(64),
    kind            VARCHAR(20),
    amount          NUMERIC(19, 4),
    currency        CHAR(3),
    -- the provider's codes, verbatim, for the batch record and later follow-ups
    bank_code       VARCHAR(30),
    bank_message    VARCHAR(500),
    auth_code       VARCHAR(30),
    host_ref_num    VARCHAR(64),
    trans_id        VARCHAR(100),
    bank_references VARCHAR(2000),
    masked_payload  VARCHAR(16000) NOT NULL,
    status          VARCHAR(20)   NOT NULL,  -- RECEIVED | APPLIED | NO_CHANGE | DUPLICATE | REJECTED | UNMATCHED | MISMATCH | DEFERRED
    collection_id   BIGINT        REFERENCES collection (id),
    outcome_note    VARCHAR(500),
    attempts        INT           DEFAULT 0 NOT NULL,
    processed_at    TIMESTAMP WITH TIME ZONE,
    needs_attention BOOLEAN       DEFAULT FALSE NOT NULL
);
CREATE INDEX ix_provider_notification_status ON provider_notification (status, received_at);
CREATE INDEX ix_provider_notification_order ON provider_notification (definition_id, bank_order_id);
CREATE INDEX ix_provider_notification_attention ON provider_notification (needs_attention, received_at);

-- The hosted page's method choice: the chosen method's discount is charged less and settles the rest of the document.
ALTER TABLE collection ADD COLUMN discount_amount NUMERIC(19, 4);
ALTER TABLE erp_document_payment ADD COLUMN discount NUMERIC(19, 4) DEFAULT 0 NOT NULL;
