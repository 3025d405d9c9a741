-- V28: the credit-card batch listing on a million rows (docs/benchmarks.md): the last bank code the free-text search
-- looks up exactly, and the sortable columns, each (on card_batch) with the id that breaks ties, so that a first page
-- sorted by them is an index walk instead of a sort of every row.
CREATE INDEX ix_card_batch_trans ON card_batch (bank_trans_id);
CREATE INDEX ix_card_batch_amount ON card_batch (amount, id);
CREATE INDEX ix_card_batch_value_date ON card_batch (value_date, id);
-- sorted by customer: customers in code order, each one's records through ix_card_batch_customer_time
CREATE INDEX ix_erp_customer_account_code ON erp_customer_account (code);
