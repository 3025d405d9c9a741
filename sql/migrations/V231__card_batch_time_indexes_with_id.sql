-- V231: the batch listing's index walks by definition and by company carry the record's id (issue #14, target 4).
-- A page sorts by (transaction_time, id); with the id in the index a page's ids come from the index alone (an
-- index-only scan on PostgreSQL once the table's pages are all-visible), so an offset page of a definition's records
-- no longer reads every skipped record's row. Same columns in front, so every statement that used the old index uses
-- the new one (the reconciliation's candidates, the alerts' day ranges, the listing's filters).
CREATE INDEX ix_card_batch_definition_time_id ON card_batch (definition_id, transaction_time, id);
DROP INDEX ix_card_batch_definition_time;
CREATE INDEX ix_card_batch_company_time_id ON card_batch (company_id, transaction_time, id);
DROP INDEX ix_card_batch_company_time;
