-- V230: the batch listing's totals kept per customer account (issue #14, target 4), so that a free-text search
-- matching many customers (a common surname) adds up one row per customer, definition and currency instead of
-- every record of those customers.
--
-- card_batch_customer_total: count, gross, commission and net per customer account, definition and currency over
-- all of the customer's records. It is kept like the day totals (V65): a write that adds or removes a record marks
-- its customer in card_batch_day_dirty in the same transaction (the new column; marks of changes that do not touch
-- amounts, such as a reconciliation status or a collection's state, leave it empty), the listing sums a marked
-- customer from card_batch itself, and BatchDayTotalsCompaction recomputes marked customers and deletes the marks.
ALTER TABLE card_batch_day_dirty ADD COLUMN customer_account_id BIGINT;

CREATE TABLE card_batch_customer_total (
    customer_account_id BIGINT        NOT NULL,
    definition_id       BIGINT        NOT NULL,
    company_id          BIGINT        NOT NULL,
    currency            CHAR(3)       NOT NULL,
    record_count        BIGINT        NOT NULL,
    amount              NUMERIC(19,4) NOT NULL,
    commission          NUMERIC(19,4) NOT NULL,
    net_amount          NUMERIC(19,4) NOT NULL,
    CONSTRAINT pk_card_batch_customer_total PRIMARY KEY (customer_account_id, definition_id, currency)
);

INSERT INTO card_batch_customer_total (customer_account_id, definition_id, company_id, currency, record_count, amount,
                                       commission, net_amount)
SELECT customer_account_id, definition_id, company_id, currency, COUNT(*), SUM(amount), SUM(commission),
       SUM(net_amount)
FROM card_batch
GROUP BY customer_account_id, definition_id, company_id, currency;
