-- V27: the return-code log viewer (filters and the decline-reason chart), retention per company, and the record of
-- every pruning run so an auditor can see that log rows were removed by policy.

-- The viewer's filters. V1 has ix_bank_interaction_time (occurred_at: the default newest-first order and any period)
-- and ix_bank_interaction_collection (collection_id). Each filter below is selective on its own and is always read
-- newest first or within a period, so the time is the second column.
-- company: the company filter, and the nightly pruning (company_id = ? and occurred_at < cutoff)
CREATE INDEX ix_bank_interaction_company_time ON bank_interaction (company_id, occurred_at);
-- bank (family), unified reason, bank code, outcome (declines are the minority worth an index)
CREATE INDEX ix_bank_interaction_family_time ON bank_interaction (family, occurred_at);
CREATE INDEX ix_bank_interaction_reason_time ON bank_interaction (reason, occurred_at);
CREATE INDEX ix_bank_interaction_code_time ON bank_interaction (bank_code, occurred_at);
CREATE INDEX ix_bank_interaction_outcome_time ON bank_interaction (outcome, occurred_at);

-- How many months a company keeps its return-code log; a company without a row keeps the default
-- (vpos.logRetention.defaultMonths, 13).
CREATE TABLE log_retention (
    company_id  BIGINT       NOT NULL PRIMARY KEY REFERENCES erp_company (id),
    months      INTEGER      NOT NULL,
    updated_by  VARCHAR(100) NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ck_log_retention_months CHECK (months BETWEEN 1 AND 120)
);

-- One row per company per pruning run (scheduled or started by an admin): the cutoff applied, how many log rows were
-- deleted, how many older rows were kept because their collection is still open, and a failure if the run stopped.
CREATE SEQUENCE log_pruning_run_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE log_pruning_run (
    id               BIGINT       NOT NULL PRIMARY KEY,
    company_id       BIGINT       NOT NULL,
    retention_months INTEGER      NOT NULL,
    cutoff           TIMESTAMP WITH TIME ZONE NOT NULL,
    deleted          BIGINT       NOT NULL,
    kept_open        BIGINT       NOT NULL,
    triggered_by     VARCHAR(10)  NOT NULL,  -- SCHEDULE | MANUAL
    actor            VARCHAR(100) NOT NULL,
    started_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    failure          VARCHAR(500)
);
CREATE INDEX ix_log_pruning_run_time ON log_pruning_run (finished_at);
