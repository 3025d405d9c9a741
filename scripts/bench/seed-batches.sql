-- One million credit-card batch records for the listing benchmark (PostgreSQL only: generate_series).
-- Run on an EMPTY database that the project's migrations have just created (scripts/bench/batch-listing does both);
-- never on a database with real data: it writes ids from 1 and moves the sequences past them.
--
-- Deterministic (no random()): the same rows on every run, so numbers are comparable between runs.
-- Shape, over one year (2025-11-23 .. 2026-11-23, Europe/Istanbul):
--   5 companies, 10,000 customer accounts, 200,000 invoices, 60 definitions (each company x the twelve Turkish bank
--   families: the first six, Vakif Katilim, Tosla, Akbank, Param, InterPOS, PosNet V1);
--   1,020,000 collections: 970,000 with a sale record (APPROVED 90 %, CAPTURED 4 %, VOIDED 4 %,
--   PARTIALLY_REFUNDED 1 %, REFUNDED 1 %) and 50,000 DECLINED without one;
--   card_batch = 970,000 sale records + 19,400 negative refund records + 10,600 MANUAL records = 1,000,000;
--   channels MOTO 50 %, PORTAL_ORDER 25 %, PORTAL_BALANCE 15 %, API 10 %; currencies TRY 85 %, USD 8 %, EUR 6 %,
--   JPY 1 % (no decimals); reconciliation MATCHED for all but the last 10 days (OPEN), with 1.5 % OPEN,
--   1 % DIFFERENCE and 0.5 % EXPLAINED among the older ones.

\set ON_ERROR_STOP on

INSERT INTO erp_company (id, code, name, created_at)
SELECT g, 'BENCH' || g, 'Benchmark Company ' || g, TIMESTAMPTZ '2025-01-01 00:00:00+03'
FROM generate_series(1, 5) g;

INSERT INTO erp_customer_account (id, company_id, code, name, active)
SELECT g, 1 + (g - 1) % 5, 'C' || lpad(g::text, 6, '0'),
       (ARRAY['Yilmaz', 'Kaya', 'Demir', 'Sahin', 'Celik', 'Yildiz', 'Aydin', 'Ozturk', 'Arslan', 'Dogan'])[(1 + g % 10)::int]
       || ' ' || (ARRAY['Tekstil', 'Gida', 'Insaat', 'Otomotiv', 'Lojistik', 'Enerji', 'Kimya'])[(1 + g % 7)::int]
       || ' A.S. ' || g, TRUE
FROM generate_series(1::bigint, 10000) g;

INSERT INTO erp_document (id, company_id, customer_account_id, document_type, document_no, currency, total_amount,
                          open_amount, due_date)
SELECT g, 1 + (1 + g % 10000 - 1) % 5, 1 + g % 10000, 'INVOICE', 'INV-' || lpad(g::text, 8, '0'), 'TRY', 1000, 0,
       DATE '2026-01-01'
FROM generate_series(1::bigint, 200000) g;

INSERT INTO vpos_definition (id, company_id, code, display_name, bank_name, family, environment, payment_model,
                             connect_timeout_ms, read_timeout_ms, currencies, enabled, is_default, version, created_at,
                             updated_at)
SELECT (c - 1) * 12 + f, c, fam || '-' || c, fam || ' POS of company ' || c, fam || ' Bank', fam, 'LIVE', 'REGULAR',
       5000, 30000, 'TRY,USD,EUR,JPY', TRUE, f = 1, 0, TIMESTAMPTZ '2025-01-01 00:00:00+03',
       TIMESTAMPTZ '2025-01-01 00:00:00+03'
FROM generate_series(1, 5) c,
     LATERAL (SELECT f, (ARRAY['EST', 'GARANTI', 'POSNET', 'PAYFOR', 'KUVEYT_TURK', 'PAYFLEX', 'VAKIF_KATILIM', 'TOSLA', 'AKBANK',
             'PARAM', 'INTERPOS', 'POSNET_V1'])[f] AS fam
              FROM generate_series(1, 12) f) d;

-- the collections: g's facts derived by multiplicative hashing of g, times spread evenly over the year
CREATE TEMPORARY TABLE bench_sale AS
SELECT g,
       TIMESTAMPTZ '2025-11-23 00:00:00+03' + (g - 1) * (INTERVAL '365 days' / 970000) + ((g * 37) % 600) * INTERVAL '1 second' AS t,
       1 + (g * 7919) % 10000 AS customer,
       1 + (g * 31) % 12 AS family,
       (g * 13) % 100 AS ch,
       (g * 17) % 100 AS cur,
       (g * 19) % 1000 AS st,
       CASE WHEN g % 10 = 0 THEN 3 WHEN g % 20 = 1 THEN 6 ELSE 1 END AS inst,
       10 + (g * 7) % 50000 + (g % 100) / 100.0 AS gross
FROM generate_series(1::bigint, 970000) g;

INSERT INTO collection (id, reference, bank_order_id, company_id, customer_account_id, definition_id, family, channel,
                        amount, currency, installments, masked_pan, card_brand, state, bank_code, auth_code,
                        host_ref_num, bank_trans_id, request_fingerprint, created_by, created_at, updated_at, version,
                        authorization_kind, captured_amount, refunded_amount, document_id, approved_at)
SELECT g, md5('c' || g)::uuid::text,
       'VP' || to_char(t AT TIME ZONE 'Europe/Istanbul', 'YYMMDD') || lpad(upper(to_hex((g::bigint * 1103515245) % 281474976710597)), 12, '0'),
       1 + (customer - 1) % 5, customer, (1 + (customer - 1) % 5 - 1) * 12 + family,
       (ARRAY['EST', 'GARANTI', 'POSNET', 'PAYFOR', 'KUVEYT_TURK', 'PAYFLEX', 'VAKIF_KATILIM', 'TOSLA', 'AKBANK',
             'PARAM', 'INTERPOS', 'POSNET_V1'])[family::int],
       CASE WHEN ch < 50 THEN 'MOTO' WHEN ch < 75 THEN 'PORTAL_ORDER' WHEN ch < 90 THEN 'PORTAL_BALANCE' ELSE 'API' END,
       CASE WHEN cur = 99 THEN round(gross * 4) ELSE gross END,
       CASE WHEN cur < 85 THEN 'TRY' WHEN cur < 93 THEN 'USD' WHEN cur < 99 THEN 'EUR' ELSE 'JPY' END,
       inst, '435508******' || lpad((g % 10000)::text, 4, '0'),
       (ARRAY['VISA', 'MASTERCARD', 'TROY'])[(1 + g % 3)::int],
       CASE WHEN st < 900 THEN 'APPROVED' WHEN st < 940 THEN 'CAPTURED' WHEN st < 980 THEN 'VOIDED'
            WHEN st < 990 THEN 'PARTIALLY_REFUNDED' ELSE 'REFUNDED' END,
       '00', lpad(((g * 48271) % 1000000)::text, 6, '0'),
       lpad(((g::bigint * 2654435761) % 1000000000000)::text, 12, '0'), 'T' || lpad(g::text, 10, '0'),
       md5('f' || g), 'collector', t, t, 0,
       CASE WHEN st >= 900 AND st < 940 THEN 'PRE_AUTH' ELSE 'SALE' END,
       CASE WHEN cur = 99 THEN round(gross * 4) ELSE gross END,
       CASE WHEN st >= 990 THEN CASE WHEN cur = 99 THEN round(gross * 4) ELSE gross END
            WHEN st >= 980 THEN CASE WHEN cur = 99 THEN round(gross * 2) ELSE round(gross / 2, 2) END ELSE 0 END,
       CASE WHEN ch >= 50 AND ch < 75 THEN 1 + g % 200000 END, t
FROM bench_sale;

-- declined attempts: collections without a batch record
INSERT INTO collection (id, reference, bank_order_id, company_id, customer_account_id, definition_id, family, channel,
                        amount, currency, installments, masked_pan, card_brand, state, bank_code, request_fingerprint,
                        created_by, created_at, updated_at, version)
SELECT g, md5('c' || g)::uuid::text, 'VPD' || lpad(g::text, 17, '0'), 1 + (g % 10000) % 5, 1 + g % 10000,
       (g % 10000) % 5 * 12 + 1, 'EST', 'MOTO', 100, 'TRY', 1, '454671******7894', 'VISA', 'DECLINED', '51',
       md5('f' || g), 'collector',
       TIMESTAMPTZ '2025-11-23 00:00:00+03' + (g - 970001) * (INTERVAL '365 days' / 50000),
       TIMESTAMPTZ '2025-11-23 00:00:00+03' + (g - 970001) * (INTERVAL '365 days' / 50000), 0
FROM generate_series(970001::bigint, 1020000) g;

-- one sale record per approved collection (voided ones marked VOIDED)
INSERT INTO card_batch (id, collection_id, company_id, definition_id, customer_account_id, transaction_time, amount,
                        currency, commission, net_amount, value_date, installments, masked_pan, card_brand,
                        bank_order_id, auth_code, host_ref_num, bank_trans_id, source, created_at, kind, status,
                        reconciliation_status, channel, collection_state)
SELECT c.id, c.id, c.company_id, c.definition_id, c.customer_account_id, c.approved_at, c.amount, c.currency,
       round(c.amount * (1.5 + c.installments * 0.25) / 100, CASE WHEN c.currency = 'JPY' THEN 0 ELSE 2 END),
       c.amount - round(c.amount * (1.5 + c.installments * 0.25) / 100, CASE WHEN c.currency = 'JPY' THEN 0 ELSE 2 END),
       (c.approved_at AT TIME ZONE 'Europe/Istanbul')::date + c.installments * 10, c.installments, c.masked_pan,
       c.card_brand, c.bank_order_id, c.auth_code, c.host_ref_num, c.bank_trans_id, 'ONLINE', c.approved_at, 'SALE',
       CASE WHEN c.state = 'VOIDED' THEN 'VOIDED' ELSE 'ACTIVE' END,
       CASE WHEN c.approved_at >= TIMESTAMPTZ '2026-11-13 00:00:00+03' THEN 'OPEN'
            WHEN (c.id * 23) % 1000 < 15 THEN 'OPEN' WHEN (c.id * 23) % 1000 < 25 THEN 'DIFFERENCE'
            WHEN (c.id * 23) % 1000 < 30 THEN 'EXPLAINED' ELSE 'MATCHED' END,
       c.channel, c.state
FROM collection c
WHERE c.id <= 970000;

-- a negative refund record per refunded collection, two days later
INSERT INTO card_batch (id, collection_id, company_id, definition_id, customer_account_id, transaction_time, amount,
                        currency, commission, net_amount, value_date, installments, masked_pan, card_brand,
                        bank_order_id, auth_code, host_ref_num, bank_trans_id, source, created_at, kind, status,
                        reconciliation_status, channel, collection_state)
SELECT 970000 + row_number() OVER (ORDER BY c.id), c.id, c.company_id, c.definition_id, c.customer_account_id,
       c.approved_at + INTERVAL '2 days', -c.refunded_amount, c.currency, 0, -c.refunded_amount,
       ((c.approved_at + INTERVAL '2 days') AT TIME ZONE 'Europe/Istanbul')::date, c.installments, c.masked_pan,
       c.card_brand, c.bank_order_id, lpad(((c.id * 69621) % 1000000)::text, 6, '0'),
       lpad(((c.id::bigint * 40503) % 1000000000000)::text, 12, '0'), 'R' || lpad(c.id::text, 10, '0'), 'ONLINE',
       c.approved_at + INTERVAL '2 days', 'REFUND', 'ACTIVE',
       CASE WHEN c.approved_at >= TIMESTAMPTZ '2026-11-11 00:00:00+03' THEN 'OPEN' ELSE 'MATCHED' END,
       c.channel, c.state
FROM collection c
WHERE c.state IN ('PARTIALLY_REFUNDED', 'REFUNDED');

-- records keyed in by hand (no collection), up to one million rows in all
INSERT INTO card_batch (id, collection_id, company_id, definition_id, customer_account_id, transaction_time, amount,
                        currency, commission, net_amount, value_date, installments, masked_pan, card_brand,
                        bank_order_id, auth_code, host_ref_num, bank_trans_id, source, created_at, kind, status,
                        reconciliation_status, channel, collection_state)
SELECT m.id, NULL, 1 + (m.customer - 1) % 5, (1 + (m.customer - 1) % 5 - 1) * 12 + 1, m.customer, m.t, m.gross, 'TRY',
       round(m.gross * 0.0175, 2), m.gross - round(m.gross * 0.0175, 2), (m.t AT TIME ZONE 'Europe/Istanbul')::date,
       1, '540061******' || lpad((m.id % 10000)::text, 4, '0'), 'MASTERCARD', 'MAN' || lpad(m.id::text, 12, '0'),
       lpad(((m.id * 7) % 1000000)::text, 6, '0'), NULL, NULL, 'MANUAL', m.t, 'SALE', 'ACTIVE',
       CASE WHEN m.t >= TIMESTAMPTZ '2026-11-13 00:00:00+03' THEN 'OPEN' ELSE 'MATCHED' END, '', ''
FROM (SELECT g AS id, 1 + (g * 6151) % 10000 AS customer, 50 + (g * 11) % 5000 AS gross,
             TIMESTAMPTZ '2025-11-23 00:00:00+03' + ((g * 7717) % 1000000) * (INTERVAL '365 days' / 1000000) AS t
      FROM generate_series((SELECT max(id) + 1 FROM card_batch), 1000000::bigint) g) m;

DROP TABLE bench_sale;

-- the application's sequences hand out ids after the seeded ones (blocks of 50, see V1)
SELECT setval('erp_company_seq', 1000), setval('erp_customer_account_seq', 20000),
       setval('erp_document_seq', 300000), setval('vpos_definition_seq', 1000),
       setval('collection_seq', 2000000), setval('card_batch_seq', 2000000);

-- the listing's day totals (V65, and V74's by channel and state), as BatchService keeps them for records it writes: the seed writes card_batch
-- directly, after the migration computed the (then empty) totals, so they are computed here once more
DELETE FROM card_batch_day_dirty;
DELETE FROM card_batch_day_total;
DELETE FROM card_batch_day_state_total;
DELETE FROM card_batch_day_recon_total;
DELETE FROM card_batch_customer_total;
INSERT INTO card_batch_day_total (batch_day, company_id, definition_id, currency, record_count, amount, commission,
                                  net_amount)
SELECT CAST(transaction_time AT TIME ZONE 'UTC' AS DATE), company_id, definition_id, currency, COUNT(*), SUM(amount),
       SUM(commission), SUM(net_amount)
FROM card_batch
GROUP BY CAST(transaction_time AT TIME ZONE 'UTC' AS DATE), company_id, definition_id, currency;
INSERT INTO card_batch_day_state_total (batch_day, company_id, definition_id, currency, channel, collection_state,
                                        record_count, amount, commission, net_amount)
SELECT CAST(transaction_time AT TIME ZONE 'UTC' AS DATE), company_id, definition_id, currency, channel,
       collection_state, COUNT(*), SUM(amount), SUM(commission), SUM(net_amount)
FROM card_batch
GROUP BY CAST(transaction_time AT TIME ZONE 'UTC' AS DATE), company_id, definition_id, currency, channel,
         collection_state;
INSERT INTO card_batch_day_recon_total (batch_day, company_id, definition_id, currency, reconciliation_status,
                                        record_count, amount, commission, net_amount)
SELECT CAST(transaction_time AT TIME ZONE 'UTC' AS DATE), company_id, definition_id, currency, reconciliation_status,
       COUNT(*), SUM(amount), SUM(commission), SUM(net_amount)
FROM card_batch
GROUP BY CAST(transaction_time AT TIME ZONE 'UTC' AS DATE), company_id, definition_id, currency, reconciliation_status;
-- the customer totals (V230), for the same reason: computed by their migration before the records were seeded
INSERT INTO card_batch_customer_total (customer_account_id, definition_id, company_id, currency, record_count, amount,
                                       commission, net_amount)
SELECT customer_account_id, definition_id, company_id, currency, COUNT(*), SUM(amount), SUM(commission),
       SUM(net_amount)
FROM card_batch
GROUP BY customer_account_id, definition_id, company_id, currency;
