-- V26: day-end reconciliation of the credit-card batches against the banks' settlement files.
-- A bank's file is read with a mapping (columns, formats, sign convention) into statement lines; each line is
-- matched to a batch record of the definition's day; what stays unmatched on either side is a difference that
-- finance resolves (a MANUAL batch, an explanation) before the day is closed.

-- Who keyed in a MANUAL batch (one finance created from a statement line the ERP did not have; no collection).
ALTER TABLE card_batch ADD COLUMN entered_by VARCHAR(100);

-- How one bank writes its settlement file. Column values are header names, or "#n" (1-based position) for files
-- without a header row. Type codes are comma-separated lists, compared without regard to case.
CREATE SEQUENCE settlement_mapping_seq START WITH 100 INCREMENT BY 50;
CREATE TABLE settlement_mapping (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    code                VARCHAR(40)   NOT NULL,
    name                VARCHAR(100)  NOT NULL,
    family              VARCHAR(30),                 -- the gateway family whose files it reads (a hint for the screen)
    separator_char      VARCHAR(1)    NOT NULL,      -- ; , | or a tab
    has_header          BOOLEAN       NOT NULL,
    charset_name        VARCHAR(20)   NOT NULL,      -- UTF-8 | ISO-8859-9 | windows-1254
    decimal_separator   VARCHAR(1)    NOT NULL,      -- . or ,
    sign_convention     VARCHAR(12)   NOT NULL,      -- SIGNED | TYPE_CODE | DEBIT_CREDIT
    date_pattern        VARCHAR(40)   NOT NULL,      -- java.time pattern, e.g. dd.MM.yyyy
    time_pattern        VARCHAR(20),
    date_column         VARCHAR(60)   NOT NULL,
    time_column         VARCHAR(60),
    merchant_column     VARCHAR(60),
    order_id_column     VARCHAR(60),
    type_column         VARCHAR(60),
    amount_column       VARCHAR(60),
    debit_column        VARCHAR(60),
    credit_column       VARCHAR(60),
    currency_column     VARCHAR(60),
    installments_column VARCHAR(60),
    card_column         VARCHAR(60),
    auth_code_column    VARCHAR(60),
    rrn_column          VARCHAR(60),
    trans_id_column     VARCHAR(60),
    batch_column        VARCHAR(60),
    commission_column   VARCHAR(60),
    net_column          VARCHAR(60),
    sale_codes          VARCHAR(300),
    refund_codes        VARCHAR(300),
    ignore_codes        VARCHAR(300),
    default_currency    VARCHAR(3),
    currency_aliases    VARCHAR(300),                -- e.g. TL=TRY,US=USD
    date_tolerance_days INTEGER       NOT NULL,
    amount_tolerance    NUMERIC(19,4) NOT NULL,
    shipped             BOOLEAN       NOT NULL,      -- one of the mappings below
    version             BIGINT        NOT NULL,
    updated_by          VARCHAR(100)  NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_settlement_mapping_code UNIQUE (code)
);

-- One definition's reconciliation of one statement day; CLOSED is read-only.
CREATE SEQUENCE reconciliation_day_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE reconciliation_day (
    id             BIGINT       NOT NULL PRIMARY KEY,
    definition_id  BIGINT       NOT NULL REFERENCES vpos_definition (id),
    company_id     BIGINT       NOT NULL,
    statement_date DATE         NOT NULL,
    status         VARCHAR(10)  NOT NULL,           -- OPEN | CLOSED
    opened_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_by      VARCHAR(100),
    closed_at      TIMESTAMP WITH TIME ZONE,
    version        BIGINT       NOT NULL,
    CONSTRAINT uq_reconciliation_day UNIQUE (definition_id, statement_date)
);

-- One uploaded file. The hash refuses the same file twice; it is cleared when the import fails, and not kept for
-- a file without transactions (nothing in it could be counted twice).
CREATE SEQUENCE statement_import_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE statement_import (
    id               BIGINT        NOT NULL PRIMARY KEY,
    day_id           BIGINT        NOT NULL REFERENCES reconciliation_day (id),
    mapping_id       BIGINT        NOT NULL REFERENCES settlement_mapping (id),
    file_name        VARCHAR(200)  NOT NULL,
    content_sha256   VARCHAR(64),
    file_bytes       BIGINT        NOT NULL,
    line_count       INTEGER       NOT NULL,
    status           VARCHAR(12)   NOT NULL,         -- IMPORTING | DONE | FAILED
    failure          VARCHAR(1000),
    matched_count    INTEGER,
    difference_count INTEGER,
    missing_in_erp   INTEGER,
    missing_at_bank  INTEGER,
    imported_by      VARCHAR(100)  NOT NULL,
    started_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at      TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_statement_import_sha UNIQUE (content_sha256)
);
CREATE INDEX ix_statement_import_day ON statement_import (day_id);

-- How far a running import is; its own row, so the import's long transaction never blocks the progress writes.
CREATE TABLE statement_import_progress (
    import_id  BIGINT  NOT NULL PRIMARY KEY,
    processed  INTEGER NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- One transaction of a bank's file, its match and its resolution. Written in JDBC batches (identity ids).
CREATE TABLE statement_line (
    id                BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    import_id         BIGINT        NOT NULL REFERENCES statement_import (id),
    day_id            BIGINT        NOT NULL REFERENCES reconciliation_day (id),
    line_no           INTEGER       NOT NULL,        -- the record's first line in the file (the header is line 1)
    transaction_date  DATE          NOT NULL,
    transaction_clock VARCHAR(8),                    -- HH:mm:ss when the file has it
    merchant_id       VARCHAR(40),
    order_id          VARCHAR(64),
    auth_code         VARCHAR(20),
    rrn               VARCHAR(40),
    trans_id          VARCHAR(64),
    batch_no          VARCHAR(20),
    masked_pan        VARCHAR(19),                   -- BIN + last 4 only: a full number in a file is masked on reading
    type_code         VARCHAR(30),
    kind              VARCHAR(10)   NOT NULL,        -- SALE | REFUND
    amount            NUMERIC(19,4) NOT NULL,        -- signed: a refund is negative
    currency          CHAR(3)       NOT NULL,
    installments      INTEGER       NOT NULL,
    commission        NUMERIC(19,4),
    net_amount        NUMERIC(19,4),
    match_status      VARCHAR(16)   NOT NULL,        -- MATCHED | DIFFERENCE | MISSING_IN_ERP
    matched_by        VARCHAR(16),                   -- ORDER_ID | AUTH_CODE | RRN | CARD_AMOUNT_DATE | MANUAL
    batch_id          BIGINT        REFERENCES card_batch (id),
    difference_kind   VARCHAR(16),                   -- AMOUNT | FEE | VOIDED_IN_ERP | DUPLICATE | MISSING_IN_ERP
    erp_amount        NUMERIC(19,4),
    erp_commission    NUMERIC(19,4),
    resolution        VARCHAR(16),                   -- EXPLAINED | MANUAL_BATCH
    resolution_reason VARCHAR(500),
    resolved_by       VARCHAR(100),
    resolved_at       TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_statement_line_day ON statement_line (day_id, match_status);
CREATE INDEX ix_statement_line_batch ON statement_line (batch_id);
CREATE INDEX ix_statement_line_import ON statement_line (import_id);

-- A batch of the day that no statement line has: the ERP has it, the bank does not.
CREATE TABLE missing_at_bank (
    batch_id          BIGINT       NOT NULL PRIMARY KEY REFERENCES card_batch (id),
    day_id            BIGINT       NOT NULL REFERENCES reconciliation_day (id),
    found_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    resolution        VARCHAR(16),                   -- EXPLAINED
    resolution_reason VARCHAR(500),
    resolved_by       VARCHAR(100),
    resolved_at       TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_missing_at_bank_day ON missing_at_bank (day_id);

-- Every import, resolution, reopening and closing, and every mapping change: who, when, why. No foreign keys:
-- the trail outlives what it describes (e.g. a manual batch removed by a reopening).
CREATE SEQUENCE reconciliation_audit_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE reconciliation_audit (
    id          BIGINT        NOT NULL PRIMARY KEY,
    day_id      BIGINT,
    mapping_id  BIGINT,
    line_id     BIGINT,
    batch_id    BIGINT,
    action      VARCHAR(24)   NOT NULL,
    actor       VARCHAR(100)  NOT NULL,
    reason      VARCHAR(500),
    details     VARCHAR(2000),
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_reconciliation_audit_day ON reconciliation_audit (day_id, occurred_at);

-- The bank simulator's six settlement-file layouts (bank-simulator: settlement/SettlementLayouts), so that its
-- files import with no admin work. Commission = what the bank kept; net = amount - commission.
INSERT INTO settlement_mapping (id, code, name, family, separator_char, has_header, charset_name, decimal_separator,
    sign_convention, date_pattern, time_pattern, date_column, time_column, merchant_column, order_id_column,
    type_column, amount_column, debit_column, credit_column, currency_column, installments_column, card_column,
    auth_code_column, rrn_column, trans_id_column, batch_column, commission_column, net_column, sale_codes,
    refund_codes, ignore_codes, default_currency, currency_aliases, date_tolerance_days, amount_tolerance, shipped,
    version, updated_by, updated_at) VALUES
(1, 'SIM-EST', 'EST / NestPay day-end file (bank simulator)', 'EST', ';', TRUE, 'UTF-8', ',', 'SIGNED',
    'dd.MM.yyyy', 'HH:mm:ss', 'ISLEM_TARIHI', 'ISLEM_SAATI', 'UYE_ISYERI_NO', 'SIPARIS_NO', 'ISLEM_TIPI', 'TUTAR',
    NULL, NULL, 'PARA_BIRIMI', 'TAKSIT', 'KART_NO', 'ONAY_KODU', 'HOST_REF_NO', 'ISLEM_NO', 'GUN_SONU_NO', 'KOMISYON',
    'NET_TUTAR', 'Satis,OnProvKapama', 'Iade', NULL, NULL, NULL, 1, 0, TRUE, 0, 'V26', CURRENT_TIMESTAMP),
(2, 'SIM-GARANTI', 'Garanti BBVA day-end file (bank simulator)', 'GARANTI', ';', TRUE, 'UTF-8', '.', 'TYPE_CODE',
    'yyyy-MM-dd', 'HH:mm:ss', 'TRANSACTION_DATE', 'TRANSACTION_TIME', 'TERMINAL_ID', 'ORDER_ID', 'TXN_TYPE', 'AMOUNT',
    NULL, NULL, 'CURRENCY', 'INSTALLMENT', 'CARD_NUMBER', 'AUTH_CODE', 'RRN', NULL, 'BATCH_NO', 'COMMISSION',
    'NET_AMOUNT', 'sales,postauth', 'refund', NULL, NULL, NULL, 1, 0, TRUE, 0, 'V26', CURRENT_TIMESTAMP),
(3, 'SIM-POSNET', 'YapiKredi PosNet day-end file (bank simulator)', 'POSNET', ',', TRUE, 'UTF-8', '.', 'SIGNED',
    'yyyyMMdd', 'HHmmss', 'Tarih', 'Saat', 'MID', 'XID', 'IslemTipi', 'Tutar',
    NULL, NULL, 'DovizKodu', 'Taksit', 'KartNo', 'OnayKodu', 'HostLogKey', NULL, 'BatchNo', 'Komisyon',
    'NetTutar', 'Sale,Capt', 'Return', NULL, NULL, 'TL=TRY,YTL=TRY,US=USD,EU=EUR,GB=GBP,JP=JPY,RU=RUB', 1, 0, TRUE, 0, 'V26', CURRENT_TIMESTAMP),
(4, 'SIM-PAYFOR', 'QNB PayFor day-end file (bank simulator)', 'PAYFOR', ';', TRUE, 'UTF-8', ',', 'TYPE_CODE',
    'dd/MM/yyyy', 'HH:mm:ss', 'IslemTarihi', 'IslemSaati', 'MbrId_MerchantId', 'OrderId', 'TxnType', 'PurchAmount',
    NULL, NULL, 'Currency', 'InstallmentCount', 'MaskedPan', 'AuthCode', 'HostRefNum', 'TransId', 'BatchNo', 'Commission',
    'NetAmount', 'Auth,PostAuth', 'Refund', NULL, NULL, NULL, 1, 0, TRUE, 0, 'V26', CURRENT_TIMESTAMP),
(5, 'SIM-KUVEYT_TURK', 'KuveytTurk day-end file (bank simulator)', 'KUVEYT_TURK', ';', TRUE, 'UTF-8', ',', 'SIGNED',
    'dd.MM.yyyy', 'HH:mm:ss', 'ProvisionDate', 'ProvisionTime', 'MerchantId', 'MerchantOrderId', 'TransactionType', 'Amount',
    NULL, NULL, 'CurrencyCode', 'InstallmentCount', 'CardNumber', 'ProvisionNumber', 'RRN', 'Stan', 'BatchId', 'CommissionAmount',
    'NetAmount', 'Sale,PreAuthClose', 'Drawback', NULL, NULL, NULL, 1, 0, TRUE, 0, 'V26', CURRENT_TIMESTAMP),
(6, 'SIM-PAYFLEX', 'VakifBank PayFlex day-end file (bank simulator)', 'PAYFLEX', ';', TRUE, 'UTF-8', '.', 'SIGNED',
    'yyyyMMdd', 'HHmmss', 'HostDate', 'HostTime', 'MerchantId', 'TransactionId', 'TransactionType', 'CurrencyAmount',
    NULL, NULL, 'CurrencyCode', 'NumberOfInstallments', 'Pan', 'AuthCode', 'Rrn', 'HostLogKey', 'BatchNo', 'Commission',
    'NetAmount', 'Sale,Capture', 'Refund', NULL, NULL, NULL, 1, 0, TRUE, 0, 'V26', CURRENT_TIMESTAMP);
