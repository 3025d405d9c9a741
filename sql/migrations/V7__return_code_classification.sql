-- V7: bank codes the catalog did not know when a bank answered with them, kept verbatim for an admin to classify.
CREATE TABLE unclassified_return_code (
    family        VARCHAR(30)  NOT NULL,
    bank_code     VARCHAR(30)  NOT NULL,
    first_seen_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    occurrences   BIGINT       NOT NULL,
    PRIMARY KEY (family, bank_code)
);
