-- One approved sale's writes, as the module makes them (scripts/bench/sale compare runs this with pgbench beside the
-- module and prints both write sets from pg_stat: rows inserted and updated per table must be the same). Statements
-- and columns are the ones EclipseLink sends (PostgreSQL's log_statement of one sale, issue #14); the ids come from
-- the module's own sequences (a value is the last id of a block of 50 the module never uses), so pgbench's rows
-- live beside the module's. Only the write transactions: the module's read-only ones are what the comparison
-- charges to the module.

-- CollectionRecorder.open: the collection INITIATED and its first history row, committed before the bank call
BEGIN;
SELECT nextval('collection_seq') AS cid, nextval('collection_state_change_seq') AS s1,
       nextval('collection_state_change_seq') AS s2, nextval('bank_interaction_seq') AS bi,
       nextval('card_batch_seq') AS cb \gset
INSERT INTO collection (id, amount, approved_at, auth_code, authorization_kind, bank_code, bank_message, bank_order_id,
    bank_references, bank_trans_id, captured_amount, card_brand, cardholder_name, channel, checkout_session_id,
    company_id, created_at, created_by, currency, customer_account_id, definition_id, discount_amount, document_id,
    duplicate_of, family, host_ref_num, idempotency_key, installments, masked_pan, needs_attention,
    next_status_check_at, payment_model, pending_until, reason, reference, refunded_amount, request_fingerprint,
    state, status_checks, updated_at, version)
  VALUES (:cid, 100.00, NULL, NULL, 'SALE', NULL, NULL, 'PGB' || :cid, NULL, NULL, 0, 'VISA', NULL, 'API', NULL, 1,
    now(), 'pgbench', 'TRY', 1, 1, NULL, NULL, NULL, 'EST', NULL, 'pgbench-' || :cid, 1, '435508******4358', false,
    now() + interval '62 seconds', 'REGULAR', NULL, NULL, 'pgbench-' || :cid, 0, md5('pgbench-' || :cid), 'INITIATED', 0, now(), 1);
INSERT INTO collection_state_change (id, actor, channel, collection_id, from_state, interaction_id, note, occurred_at,
    to_state) VALUES (:s1, 'pgbench', 'API', :cid, NULL, NULL, NULL, now(), 'INITIATED');
COMMIT;

-- InteractionLogger: the masked request and answer (about 420 and 500 characters) in their own transaction
BEGIN;
INSERT INTO bank_interaction (id, bank_code, bank_order_id, collection_id, company_id, definition_id, family,
    http_status, latency_ms, masked_request, masked_response, message, occurred_at, operation, outcome, reason)
  VALUES (:bi, '00', 'PGB' || :cid, :cid, 1, 1, 'EST', 200, 3, repeat('<CC5Request>x</CC5Request>', 16),
    repeat('<CC5Response>xy</CC5Response>', 17), '', now(), 'SALE', 'APPROVED', 'APPROVED');
COMMIT;

-- CollectionRecorder.settle: row lock, batch record and its day mark, outcome, history row, the TEST-approval mark (no row matches)
BEGIN;
SELECT id, state, version FROM collection WHERE id = :cid FOR UPDATE;
INSERT INTO card_batch (id, amount, auth_code, bank_order_id, bank_trans_id, card_brand, collection_id, commission,
    company_id, created_at, currency, customer_account_id, definition_id, entered_by, host_ref_num, installments, kind,
    masked_pan, net_amount, operation_id, source, status, transaction_time, value_date, channel, collection_state)
  VALUES (:cb, 100.00, 'P01251', 'PGB' || :cid, 'T' || :cid, 'VISA', :cid, 1.75, 1, now(), 'TRY', 1, 1, NULL,
    'R' || :cid, 1, 'SALE', '435508******4358', 98.25, NULL, 'ONLINE', 'ACTIVE', now(), current_date + 1, 'API',
    'APPROVED');
-- BatchDayTotals.MARK: the record's day is marked for the listing's day totals (V65)
INSERT INTO card_batch_day_dirty (batch_day) VALUES (CAST(now() AT TIME ZONE 'UTC' AS DATE));
UPDATE collection SET state = 'APPROVED', bank_code = '00', reason = 'APPROVED', bank_message = '',
    auth_code = 'P01251', host_ref_num = 'R' || :cid, bank_trans_id = 'T' || :cid, updated_at = now(),
    approved_at = now(), captured_amount = 100.00, next_status_check_at = NULL, version = 2
  WHERE id = :cid AND version = 1;
INSERT INTO collection_state_change (id, actor, channel, collection_id, from_state, interaction_id, note, occurred_at,
    to_state) VALUES (:s2, 'pgbench', 'API', :cid, 'INITIATED', :bi, NULL, now(), 'APPROVED');
UPDATE vpos_definition SET test_approved_at = now()
  WHERE id = 1 AND test_approved_at IS NULL AND environment = 'TEST';
COMMIT;
