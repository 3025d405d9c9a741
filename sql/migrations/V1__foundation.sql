-- V1: the foundation schema. Plain SQL that runs unchanged on PostgreSQL 15+ and H2 2.x.
-- Ids come from sequences allocated in blocks of 50 (JPA allocationSize = 50; EclipseLink reads a sequence
-- value as the last id of its block, hence START WITH 50).
-- Money is NUMERIC(19,4) beside an ISO 4217 currency code; the domain rounds to the currency's scale.
-- Times are TIMESTAMP WITH TIME ZONE (timestamptz).

-- ---------------------------------------------------------------------------------------------
-- erp: the module's own reference tables, behind the ErpPort that a host ERP can replace.
-- ---------------------------------------------------------------------------------------------
CREATE SEQUENCE erp_company_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE erp_company (
    id          BIGINT       NOT NULL PRIMARY KEY,
    code        VARCHAR(20)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_erp_company_code UNIQUE (code)
);

CREATE SEQUENCE erp_customer_account_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE erp_customer_account (
    id          BIGINT       NOT NULL PRIMARY KEY,
    company_id  BIGINT       NOT NULL REFERENCES erp_company (id),
    code        VARCHAR(30)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    active      BOOLEAN      NOT NULL,
    CONSTRAINT uq_erp_customer_account UNIQUE (company_id, code)
);

CREATE SEQUENCE erp_bank_account_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE erp_bank_account (
    id          BIGINT       NOT NULL PRIMARY KEY,
    company_id  BIGINT       NOT NULL REFERENCES erp_company (id),
    code        VARCHAR(30)  NOT NULL,
    bank_name   VARCHAR(100) NOT NULL,
    iban        VARCHAR(34)  NOT NULL,
    currency    CHAR(3)      NOT NULL,
    CONSTRAINT uq_erp_bank_account UNIQUE (company_id, code)
);

CREATE SEQUENCE erp_document_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE erp_document (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    company_id          BIGINT        NOT NULL REFERENCES erp_company (id),
    customer_account_id BIGINT        NOT NULL REFERENCES erp_customer_account (id),
    document_type       VARCHAR(10)   NOT NULL,  -- INVOICE | ORDER
    document_no         VARCHAR(40)   NOT NULL,
    currency            CHAR(3)       NOT NULL,
    total_amount        NUMERIC(19,4) NOT NULL,
    open_amount         NUMERIC(19,4) NOT NULL,
    due_date            DATE,
    CONSTRAINT uq_erp_document UNIQUE (company_id, document_type, document_no)
);

-- ---------------------------------------------------------------------------------------------
-- definitions: company-specific VPOS accounts; secret credentials are sealed (AES-GCM) by the app.
-- ---------------------------------------------------------------------------------------------
CREATE SEQUENCE vpos_definition_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE vpos_definition (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    company_id         BIGINT        NOT NULL REFERENCES erp_company (id),
    code               VARCHAR(40)   NOT NULL,
    display_name       VARCHAR(100)  NOT NULL,
    bank_name          VARCHAR(100)  NOT NULL,
    family             VARCHAR(30)   NOT NULL,
    environment        VARCHAR(10)   NOT NULL,  -- TEST | LIVE
    payment_model      VARCHAR(20)   NOT NULL,  -- REGULAR | THREE_D | THREE_D_PAY | THREE_D_HOST
    endpoint_url       VARCHAR(500)  NOT NULL,
    connect_timeout_ms INTEGER       NOT NULL,
    read_timeout_ms    INTEGER       NOT NULL,
    currencies         VARCHAR(100)  NOT NULL,  -- comma separated ISO 4217 codes
    min_amount         NUMERIC(19,4),
    max_amount         NUMERIC(19,4),
    commission_rate    NUMERIC(9,4)  NOT NULL,  -- percent of the amount
    blocked_days       INTEGER       NOT NULL,  -- value date = transaction date + blocked days
    bank_account_id    BIGINT        REFERENCES erp_bank_account (id),
    enabled            BOOLEAN       NOT NULL,
    is_default         BOOLEAN       NOT NULL,
    version            BIGINT        NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_vpos_definition_code UNIQUE (company_id, code)
);

CREATE TABLE vpos_definition_credential (
    definition_id BIGINT        NOT NULL REFERENCES vpos_definition (id),
    name          VARCHAR(60)   NOT NULL,
    stored_value  VARCHAR(4000) NOT NULL,      -- plain text, or "v1:<key id>:<base64 nonce+ciphertext>" when sealed
    sealed        BOOLEAN       NOT NULL,
    PRIMARY KEY (definition_id, name)
);

-- ---------------------------------------------------------------------------------------------
-- returncodes: (family, bank code) -> unified reason, messages, retry decision, fraud flag.
-- ---------------------------------------------------------------------------------------------
CREATE TABLE return_code (
    family          VARCHAR(30)  NOT NULL,
    bank_code       VARCHAR(30)  NOT NULL,
    reason          VARCHAR(40)  NOT NULL,
    message_en      VARCHAR(300) NOT NULL,
    message_tr      VARCHAR(300) NOT NULL,
    retryable       BOOLEAN      NOT NULL,
    fraud_suspected BOOLEAN      NOT NULL,
    PRIMARY KEY (family, bank_code)
);

-- ---------------------------------------------------------------------------------------------
-- collection: one card payment attempt; written INITIATED before any bank call.
-- ---------------------------------------------------------------------------------------------
CREATE SEQUENCE collection_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE collection (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    reference           VARCHAR(36)   NOT NULL,
    bank_order_id       VARCHAR(64)   NOT NULL,
    company_id          BIGINT        NOT NULL REFERENCES erp_company (id),
    customer_account_id BIGINT        NOT NULL REFERENCES erp_customer_account (id),
    definition_id       BIGINT        NOT NULL REFERENCES vpos_definition (id),
    family              VARCHAR(30)   NOT NULL,
    channel             VARCHAR(20)   NOT NULL,
    amount              NUMERIC(19,4) NOT NULL,
    currency            CHAR(3)       NOT NULL,
    installments        INTEGER       NOT NULL,
    masked_pan          VARCHAR(19)   NOT NULL,
    card_brand          VARCHAR(20)   NOT NULL,
    state               VARCHAR(20)   NOT NULL,
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
    CONSTRAINT uq_collection_reference UNIQUE (reference),
    CONSTRAINT uq_collection_bank_order UNIQUE (bank_order_id),
    CONSTRAINT uq_collection_idempotency UNIQUE (created_by, idempotency_key)
);
CREATE INDEX ix_collection_state ON collection (state, created_at);

CREATE SEQUENCE collection_state_change_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE collection_state_change (
    id            BIGINT      NOT NULL PRIMARY KEY,
    collection_id BIGINT      NOT NULL REFERENCES collection (id),
    from_state    VARCHAR(20),
    to_state      VARCHAR(20) NOT NULL,
    actor         VARCHAR(100) NOT NULL,
    occurred_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_collection_state_change ON collection_state_change (collection_id);

-- ---------------------------------------------------------------------------------------------
-- txlog: append-only return-code log of every bank interaction (masked request/response).
-- ---------------------------------------------------------------------------------------------
CREATE SEQUENCE bank_interaction_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE bank_interaction (
    id              BIGINT        NOT NULL PRIMARY KEY,
    collection_id   BIGINT        REFERENCES collection (id),
    company_id      BIGINT        NOT NULL,
    definition_id   BIGINT        NOT NULL,
    family          VARCHAR(30)   NOT NULL,
    operation       VARCHAR(20)   NOT NULL,
    bank_order_id   VARCHAR(64),
    outcome         VARCHAR(20)   NOT NULL,
    bank_code       VARCHAR(30),
    reason          VARCHAR(40),
    message         VARCHAR(500),
    http_status     INTEGER,
    latency_ms      BIGINT        NOT NULL,
    masked_request  VARCHAR(8000),
    masked_response VARCHAR(8000),
    occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_bank_interaction_time ON bank_interaction (occurred_at);
CREATE INDEX ix_bank_interaction_collection ON bank_interaction (collection_id);

-- ---------------------------------------------------------------------------------------------
-- batches: the ERP's credit-card batch record of each approved collection.
-- ---------------------------------------------------------------------------------------------
CREATE SEQUENCE card_batch_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE card_batch (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    collection_id       BIGINT        REFERENCES collection (id),
    company_id          BIGINT        NOT NULL REFERENCES erp_company (id),
    definition_id       BIGINT        NOT NULL REFERENCES vpos_definition (id),
    customer_account_id BIGINT        NOT NULL REFERENCES erp_customer_account (id),
    transaction_time    TIMESTAMP WITH TIME ZONE NOT NULL,
    amount              NUMERIC(19,4) NOT NULL,
    currency            CHAR(3)       NOT NULL,
    commission          NUMERIC(19,4) NOT NULL,
    net_amount          NUMERIC(19,4) NOT NULL,
    value_date          DATE          NOT NULL,
    installments        INTEGER       NOT NULL,
    masked_pan          VARCHAR(19)   NOT NULL,
    card_brand          VARCHAR(20)   NOT NULL,
    bank_order_id       VARCHAR(64)   NOT NULL,
    auth_code           VARCHAR(20),
    host_ref_num        VARCHAR(40),
    bank_trans_id       VARCHAR(64),
    source              VARCHAR(10)   NOT NULL,  -- ONLINE | MANUAL
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_card_batch_collection UNIQUE (collection_id)
);
CREATE INDEX ix_card_batch_company_time ON card_batch (company_id, transaction_time);
