-- V74: a batch record's reconciliation status moves out of card_batch into a narrow table of the batches context
-- (issue #14, target 5; docs/benchmarks.md "After #14, part 2").
--
-- Reconciling a day changes the status of ~100,000 records. In card_batch each change was a new version of a wide row
-- with an entry in each of the table's 14 indexes (no HOT update: the column was indexed by ix_card_batch_recon_time,
-- and the pages are full): 1.66 M WAL records and 267 MB for 100,000 records, 9-19 s on the benchmark machine.
--
-- card_batch_reconciliation holds only the records whose status is not OPEN (a missing row means OPEN), so a sale's
-- insert writes nothing here, and a day's first reconciliation inserts narrow rows into two small indexes.
-- No foreign key: the ids come from card_batch (the reconciliation's candidates), records are never deleted, and a
-- per-row check would cost one card_batch look-up per changed status.
CREATE TABLE card_batch_reconciliation (
    batch_id BIGINT      NOT NULL,
    status   VARCHAR(12) NOT NULL,  -- MATCHED | DIFFERENCE | EXPLAINED (OPEN is the absence of a row)
    CONSTRAINT pk_card_batch_reconciliation PRIMARY KEY (batch_id)
);

INSERT INTO card_batch_reconciliation (batch_id, status)
SELECT id, reconciliation_status FROM card_batch WHERE reconciliation_status <> 'OPEN';

-- the listing's reconciliation filter for a rare status (DIFFERENCE, EXPLAINED): its records, then card_batch by id
CREATE INDEX ix_card_batch_reconciliation_status ON card_batch_reconciliation (status, batch_id);

DROP INDEX ix_card_batch_recon_time;
ALTER TABLE card_batch DROP COLUMN reconciliation_status;
