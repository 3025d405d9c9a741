-- V131: the POSNET_V1 family (PosNet V1 JSON, Albaraka Türk's MerchantJSONAPI; issue #16): its settlement cut-off and
-- return-code catalog. ServiceResponseData.ResponseCode: 00 approved (payments and follow-ups), 0000 an inquiry
-- answered; card declines in PosNet's four digits (0005, 0051, ...). Seen in mews/pos's PosNetV1Pos fixtures and
-- mapping: 0127 order id used (the adapter never declines on it but asks the inquiry), 0148 invalid merchant/terminal/IP,
-- E219 no record, 0001/0007/0030/0053/0091/0444 call the bank, 0005/0012/0014/0041/0043/0051/0054/0057/0058/0062/0065
-- rejects, 0123 transaction not found. A failed 3-D authentication (MdStatus other than 1) is MD:<MdStatus>.
-- E201 (the MAC does not verify) is the bank simulator's choice; 0030 (format), 0012 (rules) and 0013 (amount) carry
-- the meanings PosNet's XML API gives them (docs/families/posnetv1.md).
INSERT INTO settlement_cutoff (family, cutoff_time, time_zone, note) VALUES
('POSNET_V1', '23:00', 'Europe/Istanbul', 'Reverse before day end; Return afterwards');

INSERT INTO return_code (family, bank_code, reason, message_en, message_tr, retryable, fraud_suspected) VALUES
('POSNET_V1', '00',   'APPROVED',                      'Approved',                                          'Onaylandı',                                        FALSE, FALSE),
('POSNET_V1', '0000', 'APPROVED',                      'Inquiry answered',                                  'Başarılı',                                         FALSE, FALSE),
('POSNET_V1', '0',    'DO_NOT_HONOR',                  'Declined without a reason code',                    'İşlem onaylanmadı (kod yok)',                      FALSE, FALSE),
('POSNET_V1', '0001', 'REFER_TO_ISSUER',               'Refer to card issuer (call the bank)',              'Bankanızı arayın',                                 FALSE, FALSE),
('POSNET_V1', '0004', 'PICK_UP_CARD',                  'Pick up card',                                      'Karta el koyunuz',                                 FALSE, TRUE),
('POSNET_V1', '0005', 'DO_NOT_HONOR',                  'Do not honor',                                      'İşlem onaylanmadı',                                FALSE, FALSE),
('POSNET_V1', '0007', 'PICK_UP_CARD',                  'Pick up card, special condition',                   'Karta el koyunuz (özel durum)',                    FALSE, TRUE),
('POSNET_V1', '0012', 'INVALID_TRANSACTION',           'Invalid transaction (e.g. refund before day end)',  'Geçersiz işlem (ör. gün sonu öncesi iade)',        FALSE, FALSE),
('POSNET_V1', '0013', 'INVALID_AMOUNT',                'Invalid amount (more than is left)',                'Geçersiz tutar',                                   FALSE, FALSE),
('POSNET_V1', '0014', 'INVALID_CARD',                  'Invalid card number',                               'Geçersiz kart numarası',                           FALSE, FALSE),
('POSNET_V1', '0030', 'GATEWAY_ERROR',                 'Format error in the request',                       'İstek format hatası',                              FALSE, FALSE),
('POSNET_V1', '0041', 'LOST_CARD_PICK_UP',             'Lost card – pick up',                               'Kayıp kart – karta el koyunuz',                    FALSE, TRUE),
('POSNET_V1', '0043', 'STOLEN_CARD_PICK_UP',           'Stolen card – pick up',                             'Çalıntı kart – karta el koyunuz',                  FALSE, TRUE),
('POSNET_V1', '0051', 'INSUFFICIENT_FUNDS',            'Insufficient funds',                                'Yetersiz bakiye',                                  TRUE,  FALSE),
('POSNET_V1', '0053', 'REFER_TO_ISSUER',               'No savings account (call the bank)',                'Hesap bulunamadı, bankanızı arayın',               FALSE, FALSE),
('POSNET_V1', '0054', 'EXPIRED_CARD',                  'Expired card',                                      'Kartın son kullanma tarihi geçmiş',                FALSE, FALSE),
('POSNET_V1', '0057', 'NOT_PERMITTED',                 'Transaction not permitted to cardholder',           'Kart sahibine bu işlem izni yok',                  FALSE, FALSE),
('POSNET_V1', '0058', 'NOT_PERMITTED',                 'Transaction not permitted to terminal',             'Üye işyerine bu işlem izni yok',                   FALSE, FALSE),
('POSNET_V1', '0062', 'RESTRICTED_CARD',               'Restricted card',                                   'Kısıtlı kart',                                     FALSE, FALSE),
('POSNET_V1', '0065', 'LIMIT_EXCEEDED',                'Exceeds withdrawal frequency limit',                'İşlem sayısı limiti aşıldı',                       TRUE,  FALSE),
('POSNET_V1', '0091', 'BANK_SYSTEM_ERROR',             'Issuer or switch inoperative',                      'Kart veren banka hizmet veremiyor',                TRUE,  FALSE),
('POSNET_V1', '0096', 'BANK_SYSTEM_ERROR',             'System malfunction',                                'Sistem arızası',                                   TRUE,  FALSE),
('POSNET_V1', '0123', 'REQUEST_REJECTED',              'Transaction not found',                             'İşlem bulunamadı',                                 FALSE, FALSE),
('POSNET_V1', '0127', 'REQUEST_REJECTED',              'Order id already used',                             'Sipariş numarası daha önce kullanılmış',           FALSE, FALSE),
('POSNET_V1', '0148', 'GATEWAY_ERROR',                 'Invalid merchant, terminal or server IP',           'Geçersiz üye işyeri, terminal veya IP',            FALSE, FALSE),
('POSNET_V1', '0444', 'REFER_TO_ISSUER',               'Call the bank',                                     'Bankanızı arayın',                                 FALSE, FALSE),
('POSNET_V1', 'E201', 'GATEWAY_ERROR',                 'MAC does not verify (bank simulator)',              'MAC doğrulanamadı',                                FALSE, FALSE),
('POSNET_V1', 'E219', 'REQUEST_REJECTED',              'No record found',                                   'Kayıt bulunamadı',                                 FALSE, FALSE),
('POSNET_V1', 'MD:0', 'THREE_D_AUTHENTICATION_FAILED', '3-D Secure authentication failed',                  '3D doğrulama başarısız',                           FALSE, FALSE),
('POSNET_V1', 'MD:2', 'THREE_D_AUTHENTICATION_FAILED', '3-D Secure: cardholder or issuer not enrolled',     '3D Secure: kart veya banka kayıtlı değil',         FALSE, FALSE),
('POSNET_V1', 'MD:3', 'THREE_D_AUTHENTICATION_FAILED', '3-D Secure: issuer not enrolled',                   '3D Secure: banka kayıtlı değil',                   FALSE, FALSE),
('POSNET_V1', 'MD:4', 'THREE_D_AUTHENTICATION_FAILED', '3-D Secure: attempt only',                          '3D Secure: deneme',                                FALSE, FALSE),
('POSNET_V1', 'MD:5', 'THREE_D_AUTHENTICATION_FAILED', '3-D Secure: unable to verify',                      '3D doğrulama yapılamadı',                          FALSE, FALSE),
('POSNET_V1', 'MD:6', 'THREE_D_AUTHENTICATION_FAILED', '3-D Secure error',                                  '3D Secure hatası',                                 FALSE, FALSE),
('POSNET_V1', 'MD:7', 'THREE_D_AUTHENTICATION_FAILED', '3-D Secure system error',                           '3D Secure sistem hatası',                          FALSE, FALSE),
('POSNET_V1', 'MD:8', 'THREE_D_AUTHENTICATION_FAILED', '3-D Secure: unknown card number',                   '3D Secure: bilinmeyen kart numarası',              FALSE, FALSE),
('POSNET_V1', 'MD:9', 'THREE_D_AUTHENTICATION_FAILED', 'Merchant not registered for 3-D Secure',            'Üye işyeri 3D Secure kaydı yok',                   FALSE, FALSE);
