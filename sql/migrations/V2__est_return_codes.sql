-- V2: return-code catalog for the EST/NestPay family (ProcReturnCode, ISO 8583 style response codes).
-- reason is the module's unified reason; retryable says whether the same card may be tried again later;
-- fraud_suspected marks pick-up codes that finance must see.
INSERT INTO return_code (family, bank_code, reason, message_en, message_tr, retryable, fraud_suspected) VALUES
('EST', '00', 'APPROVED',              'Approved',                                   'Onaylandı',                                FALSE, FALSE),
('EST', '01', 'REFER_TO_ISSUER',       'Refer to card issuer (call the bank)',       'Bankanızı arayın',                         FALSE, FALSE),
('EST', '02', 'REFER_TO_ISSUER',       'Refer to card issuer, special condition',    'Bankanızı arayın (özel durum)',             FALSE, FALSE),
('EST', '04', 'PICK_UP_CARD',          'Pick up card',                               'Karta el koyunuz',                          FALSE, TRUE),
('EST', '05', 'DO_NOT_HONOR',          'Do not honor',                               'İşlem onaylanmadı',                         FALSE, FALSE),
('EST', '07', 'PICK_UP_CARD',          'Pick up card, special condition',            'Karta el koyunuz (özel durum)',             FALSE, TRUE),
('EST', '12', 'INVALID_TRANSACTION',   'Invalid transaction',                        'Geçersiz işlem',                            FALSE, FALSE),
('EST', '13', 'INVALID_AMOUNT',        'Invalid amount',                             'Geçersiz tutar',                            FALSE, FALSE),
('EST', '14', 'INVALID_CARD',          'Invalid card number',                        'Geçersiz kart numarası',                    FALSE, FALSE),
('EST', '15', 'INVALID_CARD',          'No such issuer',                             'Kart veren banka bulunamadı',               FALSE, FALSE),
('EST', '41', 'LOST_CARD_PICK_UP',     'Lost card – pick up',                        'Kayıp kart – karta el koyunuz',             FALSE, TRUE),
('EST', '43', 'STOLEN_CARD_PICK_UP',   'Stolen card – pick up',                      'Çalıntı kart – karta el koyunuz',           FALSE, TRUE),
('EST', '51', 'INSUFFICIENT_FUNDS',    'Insufficient funds',                         'Yetersiz bakiye',                           TRUE,  FALSE),
('EST', '54', 'EXPIRED_CARD',          'Expired card',                               'Kartın son kullanma tarihi geçmiş',         FALSE, FALSE),
('EST', '57', 'NOT_PERMITTED',         'Transaction not permitted to cardholder',    'Kart sahibine bu işlem izni yok',           FALSE, FALSE),
('EST', '58', 'NOT_PERMITTED',         'Transaction not permitted to terminal',      'Üye işyerine bu işlem izni yok',            FALSE, FALSE),
('EST', '61', 'LIMIT_EXCEEDED',        'Exceeds withdrawal amount limit',            'Limit aşıldı',                              TRUE,  FALSE),
('EST', '62', 'RESTRICTED_CARD',       'Restricted card',                            'Kısıtlı kart',                              FALSE, FALSE),
('EST', '65', 'LIMIT_EXCEEDED',        'Exceeds withdrawal frequency limit',         'İşlem sayısı limiti aşıldı',                TRUE,  FALSE),
('EST', '77', 'REQUEST_REJECTED',      'Request rejected',                           'İstek reddedildi',                          FALSE, FALSE),
('EST', '91', 'BANK_SYSTEM_ERROR',     'Issuer or switch inoperative',               'Kart veren banka hizmet veremiyor',         TRUE,  FALSE),
('EST', '96', 'BANK_SYSTEM_ERROR',     'System malfunction',                         'Sistem arızası',                            TRUE,  FALSE),
('EST', '99', 'GATEWAY_ERROR',         'Gateway rejected the request',               'Sanal POS isteği reddetti',                 FALSE, FALSE);
