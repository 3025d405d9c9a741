-- V61: four eyes on refunds (issue #13 item 8). A company turns it on per currency with a threshold: a refund, void or
-- cancel above it, and any of them asked for by the user who took the sale, waits for a second user with the FINANCE
-- role instead of going to the bank. No row = four eyes off for that company and currency (the default).
CREATE TABLE four_eyes_threshold (
    company_id  BIGINT         NOT NULL,
    currency    CHAR(3)        NOT NULL,
    threshold   NUMERIC(19, 4) NOT NULL,
    updated_by  VARCHAR(100)   NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (company_id, currency),
    CONSTRAINT ck_four_eyes_threshold_positive CHECK (threshold >= 0)
);

-- A follow-up that waits for a second pair of eyes; nothing is sent to the bank until it is approved. The request's own
-- Idempotency-Key (per requester) answers a retry with this row, never a second one. Approving sends the follow-up
-- through the normal path with the key 'four-eyes-<reference>' (operation_id links the result); both decisions keep
-- who and when.
CREATE SEQUENCE refund_approval_seq START WITH 20 INCREMENT BY 20;  -- = allocationSize
CREATE TABLE refund_approval (
    id                  BIGINT         PRIMARY KEY,
    reference           VARCHAR(40)    NOT NULL UNIQUE,
    collection_id       BIGINT         NOT NULL REFERENCES collection (id),
    collection_reference VARCHAR(36)   NOT NULL,
    company_id          BIGINT         NOT NULL,
    requested           VARCHAR(10)    NOT NULL,  -- REFUND | VOID | CANCEL, as the requester asked
    expected_kind       VARCHAR(10)    NOT NULL,  -- VOID | REFUND: what it would have been when asked
    amount              NUMERIC(19, 4) NOT NULL,
    currency            CHAR(3)        NOT NULL,
    wait_reasons        VARCHAR(100)   NOT NULL,  -- ABOVE_THRESHOLD,SAME_USER_AS_SALE
    threshold           NUMERIC(19, 4),
    sale_taken_by       VARCHAR(100),
    requested_by        VARCHAR(100)   NOT NULL,
    requested_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    channel             VARCHAR(30)    NOT NULL,
    idempotency_key     VARCHAR(255),
    request_fingerprint VARCHAR(64)    NOT NULL,
    state               VARCHAR(10)    NOT NULL,  -- PENDING | APPROVED | REJECTED
    decided_by          VARCHAR(100),
    decided_at          TIMESTAMP WITH TIME ZONE,
    decision_note       VARCHAR(500),
    operation_id        VARCHAR(64),
    version             BIGINT         DEFAULT 0 NOT NULL,
    CONSTRAINT uq_refund_approval_key UNIQUE (requested_by, idempotency_key),
    CONSTRAINT ck_refund_approval_state CHECK (state IN ('PENDING', 'APPROVED', 'REJECTED'))
);
CREATE INDEX ix_refund_approval_state ON refund_approval (state, requested_at);
CREATE INDEX ix_refund_approval_collection ON refund_approval (collection_id);
