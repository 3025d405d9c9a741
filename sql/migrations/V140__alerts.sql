-- V140: alerts before things break (issue #19 part 3, context "alerts"; docs/alerts.md).
-- A company's rules (one row per kind it configured, with its threshold), the people its alerts are mailed to, the
-- certificates and keys an admin asked to watch (an expiry the definition's own key material does not carry), the
-- alerts raised (one row per condition while it lasts, kept after it resolves) and their e-mails (an outbox).

CREATE SEQUENCE alert_rule_seq START WITH 50 INCREMENT BY 50;  -- = allocationSize
CREATE TABLE alert_rule (
    id          BIGINT       PRIMARY KEY,
    company_id  BIGINT       NOT NULL REFERENCES erp_company (id),
    kind        VARCHAR(30)  NOT NULL,
    enabled     BOOLEAN      NOT NULL,
    -- days (CREDENTIAL_EXPIRY), % of the usual rate (APPROVAL_RATE_DROP), calls in 10 minutes (BANK_UNANSWERED),
    -- refused notifications in an hour (FORGED_NOTIFICATIONS), hours (ATTENTION_AGED), hour of the next day
    -- (DAY_NOT_CLOSED)
    threshold   INTEGER      NOT NULL,
    updated_by  VARCHAR(100) NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_alert_rule_kind UNIQUE (company_id, kind),
    CONSTRAINT ck_alert_rule_kind CHECK (kind IN ('CREDENTIAL_EXPIRY', 'APPROVAL_RATE_DROP', 'BANK_UNANSWERED',
        'FORGED_NOTIFICATIONS', 'ATTENTION_AGED', 'DAY_NOT_CLOSED'))
);

CREATE SEQUENCE alert_recipient_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE alert_recipient (
    id          BIGINT       PRIMARY KEY,
    company_id  BIGINT       NOT NULL REFERENCES erp_company (id),
    email       VARCHAR(254) NOT NULL,
    CONSTRAINT uq_alert_recipient UNIQUE (company_id, email)
);

-- An expiry entered by an admin for a definition's certificate or key whose value does not say when it expires
-- (a bank's 3-D store key, a client certificate kept outside the module).
CREATE SEQUENCE watched_expiry_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE watched_expiry (
    id            BIGINT       PRIMARY KEY,
    company_id    BIGINT       NOT NULL REFERENCES erp_company (id),
    definition_id BIGINT       NOT NULL REFERENCES vpos_definition (id),
    label         VARCHAR(100) NOT NULL,
    expires_on    DATE         NOT NULL,
    CONSTRAINT uq_watched_expiry UNIQUE (definition_id, label)
);

-- One alert per condition: open_key (company/kind/subject) is set while ACTIVE and cleared when it resolves, so a
-- condition has at most one active alert however many evaluator runs see it; resolved rows stay as history.
CREATE SEQUENCE alert_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE alert (
    id               BIGINT        PRIMARY KEY,
    company_id       BIGINT        NOT NULL REFERENCES erp_company (id),
    kind             VARCHAR(30)   NOT NULL,
    subject          VARCHAR(200)  NOT NULL,
    definition_id    BIGINT,
    status           VARCHAR(10)   NOT NULL,  -- ACTIVE | RESOLVED
    open_key         VARCHAR(260)  UNIQUE,
    facts            VARCHAR(4000) NOT NULL,  -- JSON object of strings: the numbers, the window, the definition
    raised_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    resolved_at      TIMESTAMP WITH TIME ZONE,
    acknowledged_by  VARCHAR(100),
    acknowledged_at  TIMESTAMP WITH TIME ZONE,
    version          BIGINT        NOT NULL,
    CONSTRAINT ck_alert_status CHECK (status IN ('ACTIVE', 'RESOLVED'))
);
CREATE INDEX ix_alert_company_status ON alert (company_id, status, raised_at);

-- The e-mail of an alert to one recipient: PENDING until the SMTP server took it (SENT), retried on failure with a
-- growing delay, FAILED after the last try; the reason of the last failure is kept.
CREATE SEQUENCE alert_mail_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE alert_mail (
    id            BIGINT        PRIMARY KEY,
    alert_id      BIGINT        NOT NULL REFERENCES alert (id),
    recipient     VARCHAR(254)  NOT NULL,
    status        VARCHAR(10)   NOT NULL,  -- PENDING | SENT | FAILED
    attempts      INTEGER       NOT NULL,
    next_try_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    claimed_until TIMESTAMP WITH TIME ZONE,
    last_error    VARCHAR(500),
    sent_at       TIMESTAMP WITH TIME ZONE,
    CONSTRAINT ck_alert_mail_status CHECK (status IN ('PENDING', 'SENT', 'FAILED'))
);
CREATE INDEX ix_alert_mail_due ON alert_mail (status, next_try_at);
CREATE INDEX ix_alert_mail_alert ON alert_mail (alert_id);
