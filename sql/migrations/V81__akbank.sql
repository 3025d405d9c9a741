-- V81: the AKBANK family (Akbank's new virtual POS API, issue #16): its settlement cut-off and return-code catalog.
-- The API answers responseCode VPS-xxxx; for VPS-1005 "Provizyon Hatası" the card host's hostResponseCode (ISO 8583
-- style) is the code worth keeping, and the adapter reports that one. Codes and texts seen in mews/pos's
-- AkbankPosResponseDataMapperTest fixtures: VPS-0000, 1005, 1007, 1008, 1013, 1055, 1059, 1060, 1061, 1073, 1123, 1279.
-- VPS-1001 (a missing or invalid field), VPS-1090 (a follow-up the bank's rules refuse) and VPS-1099 (auth-hash
-- does not verify, unknown terminal) are the bank simulator's choices: the real codes are not public
-- (docs/families/akbank.md).
INSERT INTO settlement_cutoff (family, cutoff_time, time_zone, note) VALUES
('AKBANK', '23:00', 'Europe/Istanbul', 'Cancel (1003) before day end; refund (1002) afterwards');

INSERT INTO return_code (family, bank_code, reason, message_en, message_tr, retryable, fraud_suspected) VALUES
('AKBANK', 'VPS-0000', 'APPROVED',                      'Approved',                                          'Başarılı',                                         FALSE, FALSE),
('AKBANK', '01',       'REFER_TO_ISSUER',               'Refer to card issuer (call the bank)',              'Bankanızı arayın',                                 FALSE, FALSE),
('AKBANK', '04',       'PICK_UP_CARD',                  'Pick up card',                                      'Karta el koyunuz',                                 FALSE, TRUE),
('AKBANK', '05',       'DO_NOT_HONOR',                  'Do not honor',                                      'Red, onaylanmadı',                                 FALSE, FALSE),
('AKBANK', '07',       'PICK_UP_CARD',                  'Pick up card, special condition',                   'Karta el koyunuz (özel durum)',                    FALSE, TRUE),
('AKBANK', '12',       'INVALID_TRANSACTION',           'Invalid transaction',                               'Geçersiz işlem',                                   FALSE, FALSE),
('AKBANK', '13',       'INVALID_AMOUNT',                'Invalid amount',                                    'Geçersiz tutar',                                   FALSE, FALSE),
('AKBANK', '14',       'INVALID_CARD',                  'Invalid card number',                               'Geçersiz kart numarası',                           FALSE, FALSE),
('AKBANK', '41',       'LOST_CARD_PICK_UP',             'Lost card – pick up',                               'Kayıp kart, karta el koyunuz',                     FALSE, TRUE),
('AKBANK', '43',       'STOLEN_CARD_PICK_UP',           'Stolen card – pick up',                             'Çalıntı kart, karta el koyunuz',                   FALSE, TRUE),
('AKBANK', '51',       'INSUFFICIENT_FUNDS',            'Insufficient funds',                                'Limit yetersiz',                                   TRUE,  FALSE),
('AKBANK', '54',       'EXPIRED_CARD',                  'Expired card',                                      'Vadesi geçmiş kart',                               FALSE, FALSE),
('AKBANK', '57',       'NOT_PERMITTED',                 'Transaction not permitted to cardholder',           'Kart sahibine bu işlem izni yok',                  FALSE, FALSE),
('AKBANK', '58',       'NOT_PERMITTED',                 'Transaction not permitted to terminal',             'Üye işyerine bu işlem izni yok',                   FALSE, FALSE),
('AKBANK', '61',       'LIMIT_EXCEEDED',                'Exceeds amount limit',                              'Limit aşıldı',                                     TRUE,  FALSE),
('AKBANK', '62',       'RESTRICTED_CARD',               'Restricted card',                                   'Kısıtlı kart',                                     FALSE, FALSE),
('AKBANK', '83',       'DO_NOT_HONOR',                  'Declined by the host',                              'Provizyon hatası',                                 FALSE, FALSE),
('AKBANK', '91',       'BANK_SYSTEM_ERROR',             'Issuer or switch inoperative',                      'Kartı veren banka hizmet veremiyor',               TRUE,  FALSE),
('AKBANK', '96',       'BANK_SYSTEM_ERROR',             'System malfunction',                                'Sistem arızası',                                   TRUE,  FALSE),
('AKBANK', 'VPS-1001', 'GATEWAY_ERROR',                 'A field is missing or invalid (bank simulator)',    'Eksik veya geçersiz alan',                         FALSE, FALSE),
('AKBANK', 'VPS-1005', 'DO_NOT_HONOR',                  'Provision error (no host code given)',              'Provizyon hatası',                                 FALSE, FALSE),
('AKBANK', 'VPS-1007', 'REQUEST_REJECTED',              'Original transaction not found',                    'Orjinal işlem bulunamadı',                         FALSE, FALSE),
('AKBANK', 'VPS-1008', 'REQUEST_REJECTED',              'Transaction already cancelled',                     'Daha önce iptal edilmiş işlem',                    FALSE, FALSE),
('AKBANK', 'VPS-1013', 'REQUEST_REJECTED',              'The order id must be unique',                       'Sipariş numarası tekil olmalıdır',                 FALSE, FALSE),
('AKBANK', 'VPS-1055', 'GATEWAY_ERROR',                 'Missing or invalid recurring payment fields',       'Eksik veya geçersiz tekrarlayan ödeme alanları',   FALSE, FALSE),
('AKBANK', 'VPS-1059', 'REQUEST_REJECTED',              'Recurring order not found',                         'Planlı işlem bulunamadı',                          FALSE, FALSE),
('AKBANK', 'VPS-1060', 'NOT_PERMITTED',                 'E-commerce not supported for this merchant',        'ECOM desteklenmemektedir',                         FALSE, FALSE),
('AKBANK', 'VPS-1061', 'NOT_PERMITTED',                 'Merchant not permitted recurring transactions',     'Planlı ve tekrarlayan işlem yetkisi yoktur',       FALSE, FALSE),
('AKBANK', 'VPS-1073', 'GATEWAY_ERROR',                 'Invalid request time (clock or time zone)',         'Geçerli talep tarihi giriniz',                     FALSE, FALSE),
('AKBANK', 'VPS-1090', 'REQUEST_REJECTED',              'Refused by the bank''s rules (bank simulator)',     'Banka kuralı gereği reddedildi',                   FALSE, FALSE),
('AKBANK', 'VPS-1099', 'GATEWAY_ERROR',                 'Signature does not verify (bank simulator)',        'İmza doğrulanamadı',                               FALSE, FALSE),
('AKBANK', 'VPS-1123', 'REQUEST_REJECTED',              'Transaction not found',                             'İşlem bulunamadı',                                 FALSE, FALSE),
('AKBANK', 'VPS-1279', 'THREE_D_AUTHENTICATION_FAILED', '3-D Secure authentication failed',                  'BKM 3DS Server doğrulama başarısız',               FALSE, FALSE);
