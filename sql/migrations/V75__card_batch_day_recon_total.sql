-- V75: the listing's day totals split by reconciliation status (issue #14, target 4), so that the reconciliation
-- filter's totals (OPEN: ~42,000 of a million records) add up day rows instead of scanning the status index and the
-- records. Kept like V65's and V74's: every status change marks the record's day dirty in its transaction
-- (ReconciliationStatuses for a run, BatchService.markReconciliation for one record), the compaction recomputes.
CREATE TABLE card_batch_day_recon_total (
    batch_day             DATE          NOT NULL,
    company_id            BIGINT        NOT NULL,
    definition_id         BIGINT        NOT NULL,
    currency              CHAR(3)       NOT NULL,
    reconciliation_status VARCHAR(12)   NOT NULL,
    record_count          BIGINT        NOT NULL,
    amount                NUMERIC(19,4) NOT NULL,
    commission            NUMERIC(19,4) NOT NULL,
    net_amount            NUMERIC(19,4) NOT NULL,
    CONSTRAINT pk_card_batch_day_recon_total
        PRIMARY KEY (batch_day, company_id, definition_id, currency, reconciliation_status)
);
CREATE INDEX ix_card_batch_day_recon_total_status ON card_batch_day_recon_total (reconciliation_status, batch_day);

INSERT INTO card_batch_day_recon_total (batch_day, company_id, definition_id, currency, reconciliation_status,
                                        record_count, amount, commission, net_amount)
SELECT CAST(transaction_time AT TIME ZONE 'UTC' AS DATE), company_id, definition_id, currency, reconciliation_status,
       COUNT(*), SUM(amount), SUM(commission), SUM(net_amount)
FROM card_batch
GROUP BY CAST(transaction_time AT TIME ZONE 'UTC' AS DATE), company_id, definition_id, currency, reconciliation_status;
