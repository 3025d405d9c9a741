-- The bank simulator's settlement-file layout of VakifBank Common Payment (PAYFLEX_CP; bank-simulator:
-- settlement/SettlementLayouts), shipped as V190 shipped the other families of issue #16, so that its day-end file
-- imports with no admin work. VakifBank publishes no merchant day-end file layout: this one is the simulator's own
-- choice (docs/families/payflex-cp.md says so). Amounts unsigned with a decimal comma; the type says refund.
INSERT INTO settlement_mapping (id, code, name, family, separator_char, has_header, charset_name, decimal_separator,
    sign_convention, date_pattern, time_pattern, date_column, time_column, merchant_column, order_id_column,
    type_column, amount_column, debit_column, credit_column, currency_column, installments_column, card_column,
    auth_code_column, rrn_column, trans_id_column, batch_column, commission_column, net_column, sale_codes,
    refund_codes, ignore_codes, default_currency, currency_aliases, date_tolerance_days, amount_tolerance, shipped,
    version, updated_by, updated_at) VALUES
(13, 'SIM-PAYFLEX_CP', 'VakifBank Common Payment day-end file (bank simulator)', 'PAYFLEX_CP', ';', TRUE, 'UTF-8',
    ',', 'TYPE_CODE', 'dd.MM.yyyy', 'HH:mm:ss', 'TransactionDate', 'TransactionTime', 'HostMerchantId', 'OrderID',
    'TransactionType', 'Amount', NULL, NULL, 'AmountCode', 'InstallmentCount', 'MaskedPan', 'AuthCode', 'Rrn',
    'TransactionId', 'BatchNo', 'Commission', 'NetAmount', 'Sale,Capture', 'Refund', NULL, NULL, NULL, 1, 0, TRUE, 0,
    'V260', CURRENT_TIMESTAMP);
