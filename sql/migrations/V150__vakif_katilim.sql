-- V150: the Vakıf Katılım family (issue #16). Its settlement cut-off and its return-code catalog.
-- ResponseCode is an ISO 8583 code from the card host (00, 05, 51, ...) or one of the gateway's text codes. Seen in
-- mews/pos's Vakıf Katılım fixtures: MPIAuthenticationStatusN (3-D authentication refused), CardNotEnrolled,
-- OrderDataNotFound, NonResult (a query found nothing: the adapter reads it as "no such order", never a decline) and
-- MerchantNotDefined. HashDataError, MetaDataNotFound and EmptyMDException are the KuveytTürk platform's codes, which the
-- bank shares (not confirmed for Vakıf Katılım). InvalidTransactionSecurity, DuplicateMerchantOrderId,
-- InvalidCurrencyCode, InvalidRequest and InvalidOrderStatus are the bank simulator's names for answers whose real
-- codes are not public (docs/families/vakifkatilim.md); the adapter never declines on DuplicateMerchantOrderId but
-- asks the order's status.
INSERT INTO settlement_cutoff (family, cutoff_time, time_zone, note) VALUES
('VAKIF_KATILIM', '23:00', 'Europe/Istanbul', 'Cancel before day end; refund afterwards');

INSERT INTO return_code (family, bank_code, reason, message_en, message_tr, retryable, fraud_suspected) VALUES
('VAKIF_KATILIM', '00', 'APPROVED',                  'Approved',                                         'Onaylandı',                                        FALSE, FALSE),
('VAKIF_KATILIM', '01', 'REFER_TO_ISSUER',           'Refer to card issuer (call the bank)',             'Bankanızı arayın',                                 FALSE, FALSE),
('VAKIF_KATILIM', '04', 'PICK_UP_CARD',              'Pick up card',                                     'Karta el koyunuz',                                 FALSE, TRUE),
('VAKIF_KATILIM', '05', 'DO_NOT_HONOR',              'Do not honor',                                     'İşlem onaylanmadı',                                FALSE, FALSE),
('VAKIF_KATILIM', '07', 'PICK_UP_CARD',              'Pick up card, special condition',                  'Karta el koyunuz (özel durum)',                    FALSE, TRUE),
('VAKIF_KATILIM', '12', 'INVALID_TRANSACTION',       'Invalid transaction',                              'Geçersiz işlem',                                   FALSE, FALSE),
('VAKIF_KATILIM', '13', 'INVALID_AMOUNT',            'Invalid amount',                                   'Geçersiz tutar',                                   FALSE, FALSE),
('VAKIF_KATILIM', '14', 'INVALID_CARD',              'Invalid card number',                              'Geçersiz kart numarası',                           FALSE, FALSE),
('VAKIF_KATILIM', '41', 'LOST_CARD_PICK_UP',         'Lost card – pick up',                              'Kayıp kart – karta el koyunuz',                    FALSE, TRUE),
('VAKIF_KATILIM', '43', 'STOLEN_CARD_PICK_UP',       'Stolen card – pick up',                            'Çalıntı kart – karta el koyunuz',                  FALSE, TRUE),
('VAKIF_KATILIM', '51', 'INSUFFICIENT_FUNDS',        'Insufficient funds',                               'Limit yetersiz',                                   TRUE,  FALSE),
('VAKIF_KATILIM', '54', 'EXPIRED_CARD',              'Expired card',                                     'Kartın son kullanma tarihi geçmiş',                FALSE, FALSE),
('VAKIF_KATILIM', '57', 'NOT_PERMITTED',             'Transaction not permitted to cardholder',          'Kart sahibine bu işlem izni yok',                  FALSE, FALSE),
('VAKIF_KATILIM', '58', 'NOT_PERMITTED',             'Transaction not permitted to terminal',            'Üye işyerine bu işlem izni yok',                   FALSE, FALSE),
('VAKIF_KATILIM', '61', 'LIMIT_EXCEEDED',            'Exceeds amount limit',                             'Limit aşıldı',                                     TRUE,  FALSE),
('VAKIF_KATILIM', '62', 'RESTRICTED_CARD',           'Restricted card',                                  'Kısıtlı kart',                                     FALSE, FALSE),
('VAKIF_KATILIM', '91', 'BANK_SYSTEM_ERROR',         'Issuer or switch inoperative',                     'Kart veren banka hizmet veremiyor',                TRUE,  FALSE),
('VAKIF_KATILIM', '96', 'BANK_SYSTEM_ERROR',         'System malfunction',                               'Sistem arızası',                                   TRUE,  FALSE),
('VAKIF_KATILIM', 'MPIAuthenticationStatusN', 'THREE_D_AUTHENTICATION_FAILED', '3-D Secure authentication refused', '3D doğrulama başarısız, işlem gerçekleştirilemedi', FALSE, FALSE),
('VAKIF_KATILIM', 'CardNotEnrolled',          'THREE_D_AUTHENTICATION_FAILED', 'Card not enrolled in 3-D Secure',   'Kart 3D Secure sistemine kayıtlı değil',          FALSE, FALSE),
('VAKIF_KATILIM', 'OrderDataNotFound',        'REQUEST_REJECTED', 'The original order was not found',             'İşlem bilgisi bulunamadı',                         FALSE, FALSE),
('VAKIF_KATILIM', 'NonResult',                'REQUEST_REJECTED', 'No order matches the inquiry',                 'Kriterlere uygun sonuç bulunmamaktadır',           FALSE, FALSE),
('VAKIF_KATILIM', 'MerchantNotDefined',       'GATEWAY_ERROR',    'Merchant user not defined (merchant, customer or user name)', 'Üye işyeri kullanıcı tanımı bulunamadı', FALSE, FALSE),
('VAKIF_KATILIM', 'HashDataError',            'GATEWAY_ERROR',    'The request hash or hashed password does not match', 'Şifrelenen veriler (Hashdata) uyuşmamaktadır',  FALSE, FALSE),
('VAKIF_KATILIM', 'MetaDataNotFound',         'REQUEST_REJECTED', 'Payment details not found (unknown or used MD, other amount)', 'Ödeme detayı bulunamadı',          FALSE, FALSE),
('VAKIF_KATILIM', 'EmptyMDException',         'GATEWAY_ERROR',    'The provision carried no valid MD',             'Geçerli bir MD değeri giriniz',                    FALSE, FALSE),
('VAKIF_KATILIM', 'InvalidTransactionSecurity', 'GATEWAY_ERROR',  'Invalid transaction security (payment model)', 'İşlem türü geçersizdir',                           FALSE, FALSE),
('VAKIF_KATILIM', 'DuplicateMerchantOrderId', 'REQUEST_REJECTED', 'The order id was already approved (bank simulator)', 'Bu sipariş numarası ile onaylı işlem var',     FALSE, FALSE),
('VAKIF_KATILIM', 'InvalidCurrencyCode',      'INVALID_TRANSACTION', 'Currency not supported (bank simulator)',   'Geçersiz para birimi',                             FALSE, FALSE),
('VAKIF_KATILIM', 'InvalidRequest',           'GATEWAY_ERROR',    'The bank could not read the request (bank simulator)', 'İstek okunamadı',                          FALSE, FALSE),
('VAKIF_KATILIM', 'InvalidOrderStatus',       'REQUEST_REJECTED', 'The order''s state does not allow this (cancel same day only, refund after the day end, capture once; bank simulator)', 'Siparişin durumu bu işleme uygun değil', FALSE, FALSE);
