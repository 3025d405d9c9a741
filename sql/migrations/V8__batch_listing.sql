-- V8: the credit-card batch listing's filters on a million rows, and the reconciliation status of each record.
ALTER TABLE card_batch ADD COLUMN reconciliation_status VARCHAR(12) DEFAULT 'OPEN' NOT NULL;  -- OPEN | MATCHED | DIFFERENCE | EXPLAINED
-- newest first, whatever else is filtered: the listing's default order, and keyset export
CREATE INDEX ix_card_batch_time ON card_batch (transaction_time, id);
CREATE INDEX ix_card_batch_customer_time ON card_batch (customer_account_id, transaction_time);
CREATE INDEX ix_card_batch_recon_time ON card_batch (reconciliation_status, transaction_time);
-- the bank's codes, looked up exactly (free text and reconciliation matching)
CREATE INDEX ix_card_batch_order ON card_batch (bank_order_id);
CREATE INDEX ix_card_batch_auth ON card_batch (auth_code);
CREATE INDEX ix_card_batch_rrn ON card_batch (host_ref_num);
