-- V6: the whole life of a collection: pre-authorisation and capture, void and refund, 3-D Secure, the ERP
-- document it pays, the history of who moved it and why, and the per-family cut-off that decides void or refund.

-- What was authorised and how; what has been captured and refunded since; the ERP document paid.
ALTER TABLE collection ADD COLUMN authorization_kind VARCHAR(10) DEFAULT 'SALE' NOT NULL;
ALTER TABLE collection ADD COLUMN payment_model VARCHAR(20) DEFAULT 'REGULAR' NOT NULL;
ALTER TABLE collection ADD COLUMN captured_amount NUMERIC(19,4) DEFAULT 0 NOT NULL;
ALTER TABLE collection ADD COLUMN refunded_amount NUMERIC(19,4) DEFAULT 0 NOT NULL;
-- Opaque, family-specific codes needed for follow-ups (never card data or secrets).
ALTER TABLE collection ADD COLUMN bank_references VARCHAR(2000);
ALTER TABLE collection ADD COLUMN document_id BIGINT REFERENCES erp_document (id);
ALTER TABLE collection ADD COLUMN approved_at TIMESTAMP WITH TIME ZONE;
-- A 3-D Secure payment waits for the payer at the bank until this time, then the janitor asks the bank.
ALTER TABLE collection ADD COLUMN pending_until TIMESTAMP WITH TIME ZONE;
ALTER TABLE collection ADD COLUMN cardholder_name VARCHAR(100);
CREATE INDEX ix_collection_pending ON collection (state, pending_until);
CREATE INDEX ix_collection_document ON collection (document_id);

-- Every transition says through which channel it happened, which bank interaction caused it, and why.
ALTER TABLE collection_state_change ADD COLUMN channel VARCHAR(20);
ALTER TABLE collection_state_change ADD COLUMN interaction_id BIGINT;
ALTER TABLE collection_state_change ADD COLUMN note VARCHAR(300);

-- Captures, voids and refunds of a collection: each is its own bank call with its own idempotency key.
CREATE SEQUENCE collection_operation_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE collection_operation (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    collection_id       BIGINT        NOT NULL REFERENCES collection (id),
    kind                VARCHAR(10)   NOT NULL,  -- CAPTURE | VOID | REFUND
    operation_id        VARCHAR(20)   NOT NULL,  -- ours, sent to banks that want a new id per follow-up
    amount              NUMERIC(19,4) NOT NULL,
    currency            CHAR(3)       NOT NULL,
    state               VARCHAR(20)   NOT NULL,  -- INITIATED | APPROVED | DECLINED | NOT_SENT | UNKNOWN
    bank_code           VARCHAR(30),
    reason              VARCHAR(40),
    bank_message        VARCHAR(500),
    auth_code           VARCHAR(20),
    host_ref_num        VARCHAR(40),
    bank_trans_id       VARCHAR(64),
    idempotency_key     VARCHAR(255),
    request_fingerprint VARCHAR(64)   NOT NULL,
    created_by          VARCHAR(100)  NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    version             BIGINT        NOT NULL,
    CONSTRAINT uq_collection_operation_id UNIQUE (operation_id),
    CONSTRAINT uq_collection_operation_idem UNIQUE (created_by, idempotency_key)
);
CREATE INDEX ix_collection_operation_collection ON collection_operation (collection_id);

-- A batch record per settled movement: the sale or capture, and each refund (negative). A void marks the
-- original VOIDED (it never settles at the bank).
ALTER TABLE card_batch DROP CONSTRAINT uq_card_batch_collection;
ALTER TABLE card_batch ADD COLUMN kind VARCHAR(10) DEFAULT 'SALE' NOT NULL;  -- SALE | REFUND
ALTER TABLE card_batch ADD COLUMN status VARCHAR(10) DEFAULT 'ACTIVE' NOT NULL;  -- ACTIVE | VOIDED
ALTER TABLE card_batch ADD COLUMN operation_id BIGINT REFERENCES collection_operation (id);
CREATE UNIQUE INDEX uq_card_batch_movement ON card_batch (collection_id, kind, operation_id);
CREATE INDEX ix_card_batch_collection ON card_batch (collection_id);

-- Payments applied to ERP documents (invoice/order), so they can be reversed exactly.
CREATE SEQUENCE erp_document_payment_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE erp_document_payment (
    id            BIGINT        NOT NULL PRIMARY KEY,
    document_id   BIGINT        NOT NULL REFERENCES erp_document (id),
    collection_id BIGINT        NOT NULL REFERENCES collection (id),
    amount        NUMERIC(19,4) NOT NULL,  -- negative for a reversal
    occurred_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_erp_document_payment ON erp_document_payment (document_id);

-- The bank's day-end cut-off per family: before it a cancel voids, after it a cancel refunds. Data, not code.
CREATE TABLE settlement_cutoff (
    family      VARCHAR(30) NOT NULL PRIMARY KEY,
    cutoff_time VARCHAR(8)  NOT NULL,  -- HH:mm or HH:mm:ss, local time of time_zone
    time_zone   VARCHAR(40) NOT NULL,
    note        VARCHAR(300)
);
INSERT INTO settlement_cutoff (family, cutoff_time, time_zone, note) VALUES
('EST',         '23:00', 'Europe/Istanbul', 'Batch closes at the end of day; void same day before close'),
('GARANTI',     '23:00', 'Europe/Istanbul', 'Void (cancel) only in the open batch; refund afterwards'),
('POSNET',      '23:00', 'Europe/Istanbul', 'Reverse only before day end; return afterwards'),
('PAYFOR',      '23:00', 'Europe/Istanbul', 'Void before day end; refund afterwards'),
('KUVEYT_TURK', '23:00', 'Europe/Istanbul', 'SaleReversal same day; Drawback afterwards'),
('PAYFLEX',     '23:00', 'Europe/Istanbul', 'Cancel before day end; refund afterwards'),
('MYPOS',       '00:00', 'Europe/Sofia',    'Refunds only'),
('STRIPE',      '00:00', 'UTC',             'A captured payment is always refunded'),
('TWOCHECKOUT', '00:00', 'UTC',             'Refunds only'),
('PAYMASTER',   '00:00', 'Europe/Moscow',   'Refunds only');

-- Portal checkout sessions: a portal asks for a payment, the payer pays on our hosted page.
CREATE SEQUENCE checkout_session_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE checkout_session (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    public_id           VARCHAR(36)   NOT NULL,
    company_id          BIGINT        NOT NULL REFERENCES erp_company (id),
    customer_account_id BIGINT        NOT NULL REFERENCES erp_customer_account (id),
    document_id         BIGINT        REFERENCES erp_document (id),
    channel             VARCHAR(20)   NOT NULL,  -- PORTAL_ORDER | PORTAL_BALANCE
    reference_text      VARCHAR(100)  NOT NULL,  -- the portal's order or balance reference
    amount              NUMERIC(19,4) NOT NULL,
    currency            CHAR(3)       NOT NULL,
    return_url          VARCHAR(1000) NOT NULL,
    notification_url    VARCHAR(1000),
    state               VARCHAR(20)   NOT NULL,  -- OPEN | PAID | FAILED | EXPIRED
    collection_id       BIGINT        REFERENCES collection (id),
    attempts            INTEGER       DEFAULT 0 NOT NULL,
    notified_at         TIMESTAMP WITH TIME ZONE,
    notification_attempts INTEGER     DEFAULT 0 NOT NULL,
    idempotency_key     VARCHAR(255),
    request_fingerprint VARCHAR(64)   NOT NULL,
    created_by          VARCHAR(100)  NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    version             BIGINT        NOT NULL,
    CONSTRAINT uq_checkout_session_public UNIQUE (public_id),
    CONSTRAINT uq_checkout_session_idem UNIQUE (created_by, idempotency_key)
);
ALTER TABLE collection ADD COLUMN checkout_session_id BIGINT REFERENCES checkout_session (id);
