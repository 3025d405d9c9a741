-- V30: the myPOS Checkout (IPC) family and saved cards.
--
-- 1. Return codes of myPOS's answers: Status 0 success, 1-21 and 99 as the Checkout API v1.4 and its official SDK
--    (Defines::STATUS_*) name them; 'IPCPurchaseCancel' and 'IPCPurchaseRollback' are the module's codes for what
--    myPOS tells by IPC method instead of a status (the payer gave up on the myPOS page; myPOS took a payment back
--    because the shop did not acknowledge its notification). Turkish texts are our translations.
INSERT INTO return_code (family, bank_code, reason, message_en, message_tr, retryable, fraud_suspected) VALUES
('MYPOS', '0',                   'APPROVED',                      'Success',                                               'İşlem başarılı',                                         FALSE, FALSE),
('MYPOS', '1',                   'GATEWAY_ERROR',                 'Missing required parameters',                           'Zorunlu parametre eksik',                                FALSE, FALSE),
('MYPOS', '2',                   'REQUEST_REJECTED',              'Signature check failed',                                'İmza doğrulanamadı',                                     FALSE, FALSE),
('MYPOS', '3',                   'BANK_SYSTEM_ERROR',             'IPC error at myPOS',                                    'myPOS sistem hatası (IPC)',                              TRUE,  FALSE),
('MYPOS', '4',                   'GATEWAY_ERROR',                 'Invalid store id (SID)',                                'Geçersiz mağaza numarası (SID)',                         FALSE, FALSE),
('MYPOS', '5',                   'GATEWAY_ERROR',                 'Invalid parameters',                                    'Geçersiz parametre',                                     FALSE, FALSE),
('MYPOS', '6',                   'REQUEST_REJECTED',              'Invalid referer',                                       'Geçersiz yönlendiren adres',                             FALSE, FALSE),
('MYPOS', '7',                   'LIMIT_EXCEEDED',                'Too many payment attempts',                             'Ödeme deneme sayısı aşıldı',                             FALSE, FALSE),
('MYPOS', '8',                   'DO_NOT_HONOR',                  'Transaction authorisation failed',                      'İşlem onaylanamadı',                                     FALSE, FALSE),
('MYPOS', '9',                   'INVALID_AMOUNT',                'Wrong amount',                                          'Hatalı tutar',                                           FALSE, FALSE),
('MYPOS', '10',                  'INVALID_TRANSACTION',           'Unsupported call',                                      'Desteklenmeyen işlem',                                   FALSE, FALSE),
('MYPOS', '11',                  'NOT_PERMITTED',                 'Inactive mandate reference',                            'Talimat referansı aktif değil',                          FALSE, FALSE),
('MYPOS', '12',                  'NOT_PERMITTED',                 'Invalid mandate reference',                             'Geçersiz talimat referansı',                             FALSE, FALSE),
('MYPOS', '13',                  'INSUFFICIENT_FUNDS',            'Not sufficient funds',                                  'Bakiye yetersiz',                                        TRUE,  FALSE),
('MYPOS', '14',                  'NOT_PERMITTED',                 'Transaction not permitted',                             'İşleme izin verilmiyor',                                 FALSE, FALSE),
('MYPOS', '15',                  'LIMIT_EXCEEDED',                'Limit exceeded',                                        'Limit aşıldı',                                           TRUE,  FALSE),
('MYPOS', '16',                  'INVALID_TRANSACTION',           'Mandate already registered',                            'Talimat zaten kayıtlı',                                  FALSE, FALSE),
('MYPOS', '17',                  'NOT_PERMITTED',                 'Inactive account identifier',                           'Hesap tanımlayıcısı aktif değil',                        FALSE, FALSE),
('MYPOS', '18',                  'INVALID_CARD',                  'Invalid account identifier',                            'Geçersiz hesap tanımlayıcısı',                           FALSE, FALSE),
('MYPOS', '19',                  'LIMIT_EXCEEDED',                'Account limits exceeded',                               'Hesap limitleri aşıldı',                                 TRUE,  FALSE),
('MYPOS', '20',                  'INVALID_TRANSACTION',           'Duplicate transmission',                                'Mükerrer işlem',                                         FALSE, FALSE),
('MYPOS', '21',                  'DO_NOT_HONOR',                  'Transaction declined',                                  'İşlem reddedildi',                                       FALSE, FALSE),
('MYPOS', '99',                  'BANK_SYSTEM_ERROR',             'Undefined error at myPOS',                              'myPOS tanımsız hata',                                    TRUE,  FALSE),
('MYPOS', 'IPCPurchaseCancel',   'THREE_D_AUTHENTICATION_FAILED', 'The payer cancelled the payment on the myPOS page',      'Ödeyen myPOS sayfasında ödemeyi iptal etti',             TRUE,  FALSE),
('MYPOS', 'IPCPurchaseRollback', 'GATEWAY_ERROR',                 'myPOS took the payment back: its notification was not acknowledged', 'myPOS ödemeyi geri aldı: bildirimi onaylanmadı', TRUE, FALSE);

-- 2. myPOS cancels by IPCReversal while the payment is in the day's batch and refunds (also partly) afterwards.
UPDATE settlement_cutoff SET note = 'IPCReversal the same day; IPCRefund afterwards or for a part' WHERE family = 'MYPOS';

-- 3. Saved cards: a card a provider keeps for a customer (myPOS CardToken) after the payer agreed, offered at the
--    customer's next checkout on the same definition. The provider's token is a credential: sealed like definition
--    secrets ("v1:<key id>:<base64>"); token_digest (SHA-256 hex of definition id + token) finds the same card again
--    without opening the seal. One row per card per customer account and definition; a deleted card keeps its row
--    (who deleted it and when) and comes back to life if the payer saves it again.
CREATE SEQUENCE saved_card_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE saved_card (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    company_id          BIGINT        NOT NULL REFERENCES erp_company (id),
    customer_account_id BIGINT        NOT NULL REFERENCES erp_customer_account (id),
    definition_id       BIGINT        NOT NULL REFERENCES vpos_definition (id),
    family              VARCHAR(30)   NOT NULL,
    token_sealed        VARCHAR(1000) NOT NULL,
    token_digest        VARCHAR(64)   NOT NULL,
    last4               VARCHAR(4)    NOT NULL,
    brand               VARCHAR(30),
    expiry              VARCHAR(7),
    last_collection_id  BIGINT        REFERENCES collection (id),
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    deleted_at          TIMESTAMP WITH TIME ZONE,
    deleted_by          VARCHAR(100),
    version             BIGINT        NOT NULL,
    CONSTRAINT uq_saved_card_token UNIQUE (customer_account_id, definition_id, token_digest)
);
CREATE INDEX ix_saved_card_customer ON saved_card (company_id, customer_account_id);
