-- V22: return-code catalog for the YapıKredi PosNet family (posnetRequest XML).
-- PosNet answers approved=1 with an empty respCode for an approval: the adapter reports it as bank code 00.
-- approved=0 carries a 4-digit respCode (ISO 8583 codes zero-padded, e.g. 0051) or a gateway code (E216);
-- a refusal without a respCode is reported as 0. A 3-D authentication that does not allow the provision
-- (mdStatus other than 1-4) is reported as MD:<mdStatus>.
INSERT INTO return_code (family, bank_code, reason, message_en, message_tr, retryable, fraud_suspected) VALUES
('POSNET', '00',    'APPROVED',                      'Approved',                                          'Onaylandı',                                           FALSE, FALSE),
('POSNET', '0',     'DO_NOT_HONOR',                  'Declined without a reason code',                    'İşlem onaylanmadı (kod yok)',                          FALSE, FALSE),
('POSNET', '0001',  'REFER_TO_ISSUER',               'Refer to card issuer (call the bank)',              'Bankanızı arayın',                                    FALSE, FALSE),
('POSNET', '0004',  'PICK_UP_CARD',                  'Pick up card',                                      'Karta el koyunuz',                                    FALSE, TRUE),
('POSNET', '0005',  'DO_NOT_HONOR',                  'Do not honor',                                      'İşlem onaylanmadı',                                   FALSE, FALSE),
('POSNET', '0007',  'PICK_UP_CARD',                  'Pick up card, special condition',                   'Karta el koyunuz (özel durum)',                       FALSE, TRUE),
('POSNET', '0012',  'INVALID_TRANSACTION',           'Invalid transaction (e.g. refund before day end: reverse instead)', 'Geçersiz işlem (ör. gün sonu öncesi iade: iptal yapınız)', FALSE, FALSE),
('POSNET', '0013',  'INVALID_AMOUNT',                'Invalid amount',                                    'Geçersiz tutar',                                      FALSE, FALSE),
('POSNET', '0014',  'INVALID_CARD',                  'Invalid card number',                               'Geçersiz kart numarası',                              FALSE, FALSE),
('POSNET', '0030',  'GATEWAY_ERROR',                 'Format error in the request',                       'İstek format hatası',                                 FALSE, FALSE),
('POSNET', '0041',  'LOST_CARD_PICK_UP',             'Lost card – pick up',                               'Kayıp kart – karta el koyunuz',                       FALSE, TRUE),
('POSNET', '0043',  'STOLEN_CARD_PICK_UP',           'Stolen card – pick up',                             'Çalıntı kart – karta el koyunuz',                     FALSE, TRUE),
('POSNET', '0051',  'INSUFFICIENT_FUNDS',            'Insufficient funds',                                'Yetersiz bakiye',                                     TRUE,  FALSE),
('POSNET', '0053',  'REFER_TO_ISSUER',               'No savings account (call the bank)',                'Hesap bulunamadı, bankanızı arayın',                  FALSE, FALSE),
('POSNET', '0054',  'EXPIRED_CARD',                  'Expired card',                                      'Kartın son kullanma tarihi geçmiş',                   FALSE, FALSE),
('POSNET', '0057',  'NOT_PERMITTED',                 'Transaction not permitted to cardholder',           'Kart sahibine bu işlem izni yok',                     FALSE, FALSE),
('POSNET', '0058',  'NOT_PERMITTED',                 'Transaction not permitted to terminal',             'Üye işyerine bu işlem izni yok',                      FALSE, FALSE),
('POSNET', '0062',  'RESTRICTED_CARD',               'Restricted card',                                   'Kısıtlı kart',                                        FALSE, FALSE),
('POSNET', '0065',  'LIMIT_EXCEEDED',                'Exceeds withdrawal frequency limit',                'İşlem sayısı limiti aşıldı',                          TRUE,  FALSE),
('POSNET', '0091',  'BANK_SYSTEM_ERROR',             'Issuer or switch inoperative',                      'Kart veren banka hizmet veremiyor',                   TRUE,  FALSE),
('POSNET', '0096',  'BANK_SYSTEM_ERROR',             'System malfunction',                                'Sistem arızası',                                      TRUE,  FALSE),
('POSNET', '0123',  'REQUEST_REJECTED',              'Transaction not found',                             'İşlem bulunamadı',                                    FALSE, FALSE),
('POSNET', '0127',  'REQUEST_REJECTED',              'Order id already used',                             'Sipariş numarası daha önce kullanılmış',              FALSE, FALSE),
('POSNET', '0148',  'GATEWAY_ERROR',                 'Invalid merchant, terminal or server IP',           'Geçersiz üye işyeri, terminal veya IP',               FALSE, FALSE),
('POSNET', '0444',  'REFER_TO_ISSUER',               'Call the bank',                                     'Bankanızı arayın',                                    FALSE, FALSE),
('POSNET', 'E216',  'GATEWAY_ERROR',                 '3-D data could not be verified (MAC/sign error)',   '3D verisi doğrulanamadı (MAC hatası)',                FALSE, FALSE),
('POSNET', 'MD:',   'THREE_D_AUTHENTICATION_FAILED', '3-D Secure gave no authentication status',          '3D Secure doğrulama sonucu dönmedi',                  FALSE, FALSE),
('POSNET', 'MD:0',  'THREE_D_AUTHENTICATION_FAILED', '3-D Secure authentication failed',                  '3D Secure kart doğrulaması başarısız',                FALSE, FALSE),
('POSNET', 'MD:5',  'THREE_D_AUTHENTICATION_FAILED', '3-D Secure: authentication could not be done',      '3D Secure: doğrulama yapılamıyor',                    TRUE,  FALSE),
('POSNET', 'MD:6',  'THREE_D_AUTHENTICATION_FAILED', '3-D Secure error',                                  '3D Secure hatası',                                    TRUE,  FALSE),
('POSNET', 'MD:7',  'THREE_D_AUTHENTICATION_FAILED', '3-D Secure system error',                           '3D Secure sistem hatası',                             TRUE,  FALSE),
('POSNET', 'MD:8',  'THREE_D_AUTHENTICATION_FAILED', '3-D Secure: unknown card number',                   '3D Secure: bilinmeyen kart numarası',                 FALSE, FALSE),
('POSNET', 'MD:9',  'THREE_D_AUTHENTICATION_FAILED', 'Merchant not registered for 3-D Secure',            'Üye işyeri 3D Secure sistemine kayıtlı değil',        FALSE, FALSE);
