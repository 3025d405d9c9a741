-- Issue #19 part 2: where a definition's bank publishes its day-end settlement file, and what the fetch job did.
-- Owned by the reconciliation context (dev.vpos.reconciliation, docs/reconciliation.md "Fetched over SFTP").

-- One SFTP drop box per VPOS definition. The password and the private key are sealed with the master key (purpose
-- "settlement-source/<definition>/password|privateKey"), as the definitions' secrets are; never returned by the API.
CREATE TABLE settlement_source (
    definition_id       BIGINT        NOT NULL PRIMARY KEY REFERENCES vpos_definition (id) ON DELETE CASCADE,
    company_id          BIGINT        NOT NULL,
    enabled             BOOLEAN       NOT NULL,
    host                VARCHAR(253)  NOT NULL,
    port                INTEGER       NOT NULL,
    username            VARCHAR(100)  NOT NULL,
    password_sealed     VARCHAR(4000),
    private_key_sealed  VARCHAR(16000),
    folder              VARCHAR(500)  NOT NULL,
    file_pattern        VARCHAR(200)  NOT NULL,
    mapping_id          BIGINT        NOT NULL REFERENCES settlement_mapping (id),
    fetch_time          VARCHAR(5)    NOT NULL,          -- HH:mm, every day, in the business time zone
    -- the server's public key (OpenSSH line): pinned by the admin, or recorded at the first connection (trust on
    -- first use); a server that presents another key is refused
    host_key            VARCHAR(4000),
    host_key_recorded   TIMESTAMP WITH TIME ZONE,
    next_fetch_at       TIMESTAMP WITH TIME ZONE,          -- when the job fetches next (null: disabled)
    failures            INTEGER       NOT NULL,          -- failed runs in a row (the back-off grows with it)
    claimed_by          VARCHAR(200),                    -- the node fetching now, until claimed_until
    claimed_until       TIMESTAMP WITH TIME ZONE,
    version             BIGINT        NOT NULL,
    updated_by          VARCHAR(100)  NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_settlement_source_due ON settlement_source (next_fetch_at);

-- One run of the fetch for a definition (scheduled, a retry or "fetch now"): what it found and how it ended.
CREATE SEQUENCE settlement_fetch_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE settlement_fetch (
    id             BIGINT        NOT NULL PRIMARY KEY,
    definition_id  BIGINT        NOT NULL REFERENCES vpos_definition (id) ON DELETE CASCADE,
    trigger_kind   VARCHAR(12)   NOT NULL,               -- SCHEDULE | RETRY | MANUAL
    started_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at    TIMESTAMP WITH TIME ZONE,
    outcome        VARCHAR(12)   NOT NULL,               -- RUNNING | IMPORTED | NOTHING_NEW | FAILED
    attempt        INTEGER       NOT NULL,               -- 1, or the retry's number after failures in a row
    files_listed   INTEGER       NOT NULL,
    files_imported INTEGER       NOT NULL,
    files_known    INTEGER       NOT NULL,
    reason_key     VARCHAR(100),                         -- a message key, shown in the reader's language
    reason_detail  VARCHAR(2000),                        -- the technical detail (never a secret)
    next_try_at    TIMESTAMP WITH TIME ZONE,
    actor          VARCHAR(100)  NOT NULL
);
CREATE INDEX ix_settlement_fetch_definition ON settlement_fetch (definition_id, started_at);

-- Each file a run downloaded: recognised by name + SHA-256 (with its size and time to skip an unchanged file without
-- downloading it again).
CREATE SEQUENCE settlement_fetched_file_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE settlement_fetched_file (
    id             BIGINT        NOT NULL PRIMARY KEY,
    fetch_id       BIGINT        NOT NULL REFERENCES settlement_fetch (id) ON DELETE CASCADE,
    definition_id  BIGINT        NOT NULL REFERENCES vpos_definition (id) ON DELETE CASCADE,
    file_name      VARCHAR(255)  NOT NULL,
    content_sha256 VARCHAR(64)   NOT NULL,
    file_bytes     BIGINT        NOT NULL,
    modified_at    TIMESTAMP WITH TIME ZONE,
    outcome        VARCHAR(12)   NOT NULL,               -- IMPORTED | KNOWN | REFUSED | FAILED
    import_id      BIGINT,                               -- statement_import.id when it was imported
    reason_key     VARCHAR(100),
    reason_detail  VARCHAR(2000),
    fetched_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_settlement_fetched_file_name ON settlement_fetched_file (definition_id, file_name);
