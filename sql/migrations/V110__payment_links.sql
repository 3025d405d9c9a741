-- Issue #18, pay-by-link: a collector sends a payer a link to the hosted page of a checkout session made for them.

-- erp: where the customer account's mail goes (the link's default recipient); NULL: the collector types one.
ALTER TABLE erp_customer_account ADD COLUMN email VARCHAR(254);

-- checkout: a session a collector made for a link (channel PAY_LINK) can be cancelled before it is paid; a payment
-- started from our own page (view=page) comes back from the bank's 3-D page or the provider's to our result page.
ALTER TABLE checkout_session ADD COLUMN result_page BOOLEAN DEFAULT FALSE NOT NULL;

-- paylinks: one row per link, the checkout session it opens, whom it was mailed to and what became of the mail.
-- Its state (sent, opened, paid, expired, cancelled) is read from these columns and the session's state.
CREATE SEQUENCE payment_link_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE payment_link (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    checkout_session_id BIGINT        NOT NULL REFERENCES checkout_session (id),
    session_public_id   VARCHAR(36)   NOT NULL,  -- the session's id in the link (/vpos/pay/<id>)
    company_id          BIGINT        NOT NULL,
    customer_account_id BIGINT        NOT NULL,
    document_id         BIGINT,
    amount              NUMERIC(19,4) NOT NULL,
    currency            CHAR(3)       NOT NULL,
    email               VARCHAR(254)  NOT NULL,
    language            VARCHAR(5)    NOT NULL,
    created_by          VARCHAR(100)  NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    opened_at           TIMESTAMP WITH TIME ZONE,
    cancelled_at        TIMESTAMP WITH TIME ZONE,
    cancelled_by        VARCHAR(100),
    mails_sent          INTEGER       DEFAULT 0 NOT NULL,
    last_mailed_at      TIMESTAMP WITH TIME ZONE,
    mail_failure        VARCHAR(400),
    mail_failed_at      TIMESTAMP WITH TIME ZONE,
    version             BIGINT        NOT NULL,
    CONSTRAINT uq_payment_link_session UNIQUE (checkout_session_id),
    CONSTRAINT uq_payment_link_public UNIQUE (session_public_id)
);
CREATE INDEX ix_payment_link_company_created ON payment_link (company_id, created_at);
