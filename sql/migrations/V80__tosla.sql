-- V80: the Tosla family (issue #16). Its settlement cut-off and its return-code catalog.
-- Tosla answers two kinds of code: the API's own "Code" (0 taken; 101 original record not found, 997 hash error,
-- 998 validation error, 999 general error — from mews/pos ToslaPosResponseDataMapper and its test fixtures) and,
-- when the API took the request, the card host's "BankResponseCode" (ISO 8583 style: 00, 05, 51, ...; a failed 3-D
-- authentication as MD:<mdStatus>, e.g. MD:0). The adapter reports the host's code when there is one, else the API's.
-- 102 (order id already used) is the bank simulator's choice: Tosla's real code for it is not public
-- (docs/families/tosla.md); the adapter never declines on it but asks the order's status.
INSERT INTO settlement_cutoff (family, cutoff_time, time_zone, note) VALUES
('TOSLA', '23:00', 'Europe/Istanbul', 'Void before day end; refund afterwards');

INSERT INTO return_code (family, bank_code, reason, message_en, message_tr, retryable, fraud_suspected) VALUES
('TOSLA', '00',   'APPROVED',                      'Approved',                                             'Onaylandı',                                         FALSE, FALSE),
('TOSLA', '01',   'REFER_TO_ISSUER',               'Refer to card issuer (call the bank)',                 'Bankanızı arayın',                                  FALSE, FALSE),
('TOSLA', '04',   'PICK_UP_CARD',                  'Pick up card',                                         'Karta el koyunuz',                                  FALSE, TRUE),
('TOSLA', '05',   'DO_NOT_HONOR',                  'Do not honor',                                         'Red, onaylanmadı',                                  FALSE, FALSE),
('TOSLA', '07',   'PICK_UP_CARD',                  'Pick up card, special condition',                      'Karta el koyunuz (özel durum)',                     FALSE, TRUE),
('TOSLA', '12',   'INVALID_TRANSACTION',           'Invalid transaction',                                  'Geçersiz işlem',                                    FALSE, FALSE),
('TOSLA', '13',   'INVALID_AMOUNT',                'Invalid amount',                                       'Geçersiz tutar',                                    FALSE, FALSE),
('TOSLA', '14',   'INVALID_CARD',                  'Invalid card number',                                  'Geçersiz kart numarası',                            FALSE, FALSE),
('TOSLA', '41',   'LOST_CARD_PICK_UP',             'Lost card – pick up',                                  'Kayıp kart, karta el koyunuz',                      FALSE, TRUE),
('TOSLA', '43',   'STOLEN_CARD_PICK_UP',           'Stolen card – pick up',                                'Çalıntı kart, karta el koyunuz',                    FALSE, TRUE),
('TOSLA', '51',   'INSUFFICIENT_FUNDS',            'Insufficient funds',                                   'Yetersiz bakiye',                                   TRUE,  FALSE),
('TOSLA', '54',   'EXPIRED_CARD',                  'Expired card',                                         'Vadesi dolmuş kart',                                FALSE, FALSE),
('TOSLA', '57',   'NOT_PERMITTED',                 'Transaction not permitted to cardholder',              'Kart sahibine bu işlem izni yok',                   FALSE, FALSE),
('TOSLA', '58',   'NOT_PERMITTED',                 'Transaction not permitted to terminal',                'Üye işyerine bu işlem izni yok',                    FALSE, FALSE),
('TOSLA', '61',   'LIMIT_EXCEEDED',                'Exceeds amount limit',                                 'Limit aşıldı',                                      TRUE,  FALSE),
('TOSLA', '62',   'RESTRICTED_CARD',               'Restricted card',                                      'Kısıtlı kart',                                      FALSE, FALSE),
('TOSLA', '91',   'BANK_SYSTEM_ERROR',             'Issuer or switch inoperative',                         'Kartı veren banka hizmet veremiyor',                TRUE,  FALSE),
('TOSLA', '96',   'BANK_SYSTEM_ERROR',             'System malfunction',                                   'Sistem arızası',                                    TRUE,  FALSE),
('TOSLA', '101',  'REQUEST_REJECTED',              'Original record not found',                            'Orjinal kayıt bulunamadı',                          FALSE, FALSE),
('TOSLA', '102',  'REQUEST_REJECTED',              'The order id was already used (bank simulator)',       'Bu sipariş numarası ile daha önce işlem yapılmış',  FALSE, FALSE),
('TOSLA', '997',  'GATEWAY_ERROR',                 'Request hash does not verify (client, user, password or time)', 'Hash hatası',                              FALSE, FALSE),
('TOSLA', '998',  'REQUEST_REJECTED',              'Request refused by the bank''s rules or validation',   'Validasyon hatası',                                 FALSE, FALSE),
('TOSLA', '999',  'BANK_SYSTEM_ERROR',             'General error at the bank',                            'Genel hata',                                        TRUE,  FALSE),
('TOSLA', 'MD:0', 'THREE_D_AUTHENTICATION_FAILED', '3-D Secure authentication failed',                     '3D Secure doğrulaması başarısız',                   FALSE, FALSE),
('TOSLA', 'MD:1', 'THREE_D_AUTHENTICATION_FAILED', '3-D authenticated, payment not completed',             '3D doğrulandı, ödeme tamamlanmadı',                 FALSE, FALSE),
('TOSLA', 'MD:2', 'THREE_D_AUTHENTICATION_FAILED', 'Card not enrolled in 3-D Secure',                      'Kart 3D Secure programına kayıtlı değil',           FALSE, FALSE),
('TOSLA', 'MD:3', 'THREE_D_AUTHENTICATION_FAILED', 'Card issuer not enrolled in 3-D Secure',               'Kartı veren banka 3D Secure programına kayıtlı değil', FALSE, FALSE),
('TOSLA', 'MD:4', 'THREE_D_AUTHENTICATION_FAILED', '3-D Secure attempt only (not accepted by Tosla)',      '3D Secure doğrulama denemesi (kabul edilmez)',      FALSE, FALSE),
('TOSLA', 'MD:5', 'THREE_D_AUTHENTICATION_FAILED', '3-D Secure unable to verify',                          '3D Secure doğrulanamadı',                           FALSE, FALSE),
('TOSLA', 'MD:6', 'THREE_D_AUTHENTICATION_FAILED', '3-D Secure error',                                     '3D Secure hatası',                                  FALSE, FALSE),
('TOSLA', 'MD:7', 'THREE_D_AUTHENTICATION_FAILED', '3-D Secure system error',                              '3D Secure sistem hatası',                           FALSE, FALSE),
('TOSLA', 'MD:8', 'THREE_D_AUTHENTICATION_FAILED', '3-D Secure: unknown card number',                      '3D Secure: bilinmeyen kart numarası',               FALSE, FALSE),
('TOSLA', 'MD:9', 'THREE_D_AUTHENTICATION_FAILED', 'Merchant not registered for 3-D Secure',               'Üye işyeri 3D Secure programına kayıtlı değil',     FALSE, FALSE);
