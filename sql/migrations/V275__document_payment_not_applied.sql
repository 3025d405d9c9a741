-- V275: a card payment the document could not take whole (it was paid meanwhile through another channel, while this
-- payer was at the bank's 3-D page) is applied as far as the document is open; the rest is kept here and raised to
-- finance on the collection, instead of the bank's approval failing to be recorded.
ALTER TABLE erp_document_payment ADD COLUMN not_applied NUMERIC(19,4) DEFAULT 0 NOT NULL;
