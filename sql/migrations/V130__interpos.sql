-- V130: the INTERPOS family (Denizbank InterPOS, issue #16): its settlement cut-off and return-code catalog.
-- InterPOS answers ProcReturnCode: 00 approved, the card host's ISO 8583 style codes for declines (05, 51, ...);
-- mews/pos's fixtures show 81 (ErrorCode B810002 "Terminal Aktif Degil") and map E31/E39 to invalid_transaction.
-- A failed 3-D authentication (mdStatus other than 1-4) is reported as MD:<mdStatus>.
-- 81 for a wrong shop/user/password, E31 (missing or invalid field), E39 (refused by the follow-up rules),
-- E30 (no such order) and E46 (order id used before) are the bank simulator's choices: InterPOS's own codes for these
-- are not public (docs/families/interpos.md). The adapter never declines on E46 but asks the order's status.
INSERT INTO settlement_cutoff (family, cutoff_time, time_zone, note) VALUES
('INTERPOS', '23:00', 'Europe/Istanbul', 'Void before day end; refund afterwards');

INSERT INTO return_code (family, bank_code, reason, message_en, message_tr, retryable, fraud_suspected) VALUES
('INTERPOS', '00',   'APPROVED',                      'Approved',                                          'Onaylandı',                                        FALSE, FALSE),
('INTERPOS', '01',   'REFER_TO_ISSUER',               'Refer to card issuer (call the bank)',              'Bankanızı arayın',                                 FALSE, FALSE),
('INTERPOS', '02',   'REFER_TO_ISSUER',               'Refer to card issuer, special condition',           'Bankanızı arayın (özel durum)',                    FALSE, FALSE),
('INTERPOS', '04',   'PICK_UP_CARD',                  'Pick up card',                                      'Karta el koyunuz',                                 FALSE, TRUE),
('INTERPOS', '05',   'DO_NOT_HONOR',                  'Do not honor',                                      'Red, onaylanmadı',                                 FALSE, FALSE),
('INTERPOS', '07',   'PICK_UP_CARD',                  'Pick up card, special condition',                   'Karta el koyunuz (özel durum)',                    FALSE, TRUE),
('INTERPOS', '12',   'INVALID_TRANSACTION',           'Invalid transaction',                               'Geçersiz işlem',                                   FALSE, FALSE),
('INTERPOS', '13',   'INVALID_AMOUNT',                'Invalid amount',                                    'Geçersiz tutar',                                   FALSE, FALSE),
('INTERPOS', '14',   'INVALID_CARD',                  'Invalid card number',                               'Geçersiz kart numarası',                           FALSE, FALSE),
('INTERPOS', '41',   'LOST_CARD_PICK_UP',             'Lost card – pick up',                               'Kayıp kart, karta el koyunuz',                     FALSE, TRUE),
('INTERPOS', '43',   'STOLEN_CARD_PICK_UP',           'Stolen card – pick up',                             'Çalıntı kart, karta el koyunuz',                   FALSE, TRUE),
('INTERPOS', '51',   'INSUFFICIENT_FUNDS',            'Insufficient funds',                                'Limit yetersiz',                                   TRUE,  FALSE),
('INTERPOS', '54',   'EXPIRED_CARD',                  'Expired card',                                      'Vadesi geçmiş kart',                               FALSE, FALSE),
('INTERPOS', '57',   'NOT_PERMITTED',                 'Transaction not permitted to cardholder',           'Kart sahibine bu işlem izni yok',                  FALSE, FALSE),
('INTERPOS', '58',   'NOT_PERMITTED',                 'Transaction not permitted to terminal',             'Üye işyerine bu işlem izni yok',                   FALSE, FALSE),
('INTERPOS', '61',   'LIMIT_EXCEEDED',                'Exceeds amount limit',                              'Limit aşıldı',                                     TRUE,  FALSE),
('INTERPOS', '62',   'RESTRICTED_CARD',               'Restricted card',                                   'Kısıtlı kart',                                     FALSE, FALSE),
('INTERPOS', '91',   'BANK_SYSTEM_ERROR',             'Issuer or switch inoperative',                      'Kartı veren banka hizmet veremiyor',               TRUE,  FALSE),
('INTERPOS', '96',   'BANK_SYSTEM_ERROR',             'System malfunction',                                'Sistem arızası',                                   TRUE,  FALSE),
('INTERPOS', '81',   'GATEWAY_ERROR',                 'Shop, user or password refused / terminal not active', 'Üye işyeri bilgileri hatalı veya terminal aktif değil', FALSE, FALSE),
('INTERPOS', 'E30',  'REQUEST_REJECTED',              'Order not found (bank simulator)',                  'İşlem bulunamadı',                                 FALSE, FALSE),
('INTERPOS', 'E31',  'GATEWAY_ERROR',                 'A field is missing or invalid',                     'Eksik veya geçersiz alan',                         FALSE, FALSE),
('INTERPOS', 'E39',  'REQUEST_REJECTED',              'Refused by the transaction rules',                  'İşlem kuralları gereği reddedildi',                FALSE, FALSE),
('INTERPOS', 'E46',  'REQUEST_REJECTED',              'Order id used before (bank simulator)',             'Sipariş numarası daha önce kullanılmış',           FALSE, FALSE),
('INTERPOS', 'MD:0', 'THREE_D_AUTHENTICATION_FAILED', '3-D Secure authentication failed',                  '3D doğrulama başarısız',                           FALSE, FALSE),
('INTERPOS', 'MD:5', 'THREE_D_AUTHENTICATION_FAILED', '3-D Secure: unable to verify',                      '3D doğrulama yapılamadı',                          FALSE, FALSE),
('INTERPOS', 'MD:6', 'THREE_D_AUTHENTICATION_FAILED', '3-D Secure error',                                  '3D Secure hatası',                                 FALSE, FALSE),
('INTERPOS', 'MD:7', 'THREE_D_AUTHENTICATION_FAILED', '3-D Secure system error',                           '3D Secure sistem hatası',                          FALSE, FALSE),
('INTERPOS', 'MD:8', 'THREE_D_AUTHENTICATION_FAILED', '3-D Secure: unknown card number',                   '3D Secure: bilinmeyen kart numarası',              FALSE, FALSE),
('INTERPOS', 'MD:9', 'THREE_D_AUTHENTICATION_FAILED', 'Merchant not registered for 3-D Secure',            'Üye işyeri 3D Secure kaydı yok',                   FALSE, FALSE);
