-- V32: return-code catalog for the hosted-payment families 2Checkout (Verifone) and PayMaster.
-- 2Checkout: the order statuses of IPNs (ORDERSTATUS) and of REST API 6.0 orders (Status), and the REST API's
--   error_code values the adapter can meet (refund, order look-up). Sources: 2Checkout knowledge center (IPN, order
--   statuses, REST API 6.0 order and refund calls), 2Checkout's official WooCommerce plugin (status handling).
-- PayMaster: the payment states of the REST API (State), the refund statuses (Refund.Status) and the API's ErrorCode
--   values. Sources: paymaster.ru REST API documentation ("old" HTTP API), the payment notification protocol.
-- Card declines never reach us from these families: the provider's own page takes the card and refuses it there.
INSERT INTO return_code (family, bank_code, reason, message_en, message_tr, retryable, fraud_suspected) VALUES
('TWOCHECKOUT', 'COMPLETE',               'APPROVED',            'Order complete: payment approved',                      'Sipariş tamamlandı: ödeme onaylandı',                  FALSE, FALSE),
('TWOCHECKOUT', 'AUTHRECEIVED',           'APPROVED',            'Payment authorised',                                    'Ödeme provizyonu alındı',                              FALSE, FALSE),
('TWOCHECKOUT', 'PAYMENT_AUTHORIZED',     'APPROVED',            'Payment authorised',                                    'Ödeme provizyonu alındı',                              FALSE, FALSE),
('TWOCHECKOUT', 'PAYMENT_RECEIVED',       'APPROVED',            'Payment received',                                      'Ödeme alındı',                                         FALSE, FALSE),
('TWOCHECKOUT', 'REFUND',                 'APPROVED',            'Order refunded',                                        'Sipariş iade edildi',                                  FALSE, FALSE),
('TWOCHECKOUT', 'CANCELED',               'DO_NOT_HONOR',        'Order canceled at 2Checkout',                           'Sipariş 2Checkout tarafında iptal edildi',             FALSE, FALSE),
('TWOCHECKOUT', 'REVERSED',               'DO_NOT_HONOR',        'Payment reversed at 2Checkout',                         'Ödeme 2Checkout tarafında ters kayıtla geri alındı',   FALSE, FALSE),
('TWOCHECKOUT', 'INVALID',                'REQUEST_REJECTED',    'Order refused by 2Checkout (invalid or fraudulent)',    'Sipariş 2Checkout tarafından reddedildi (geçersiz veya sahte)', FALSE, TRUE),
('TWOCHECKOUT', 'ORDER_NOT_FOUND',        'INVALID_TRANSACTION', '2Checkout has no such order',                          '2Checkout''ta böyle bir sipariş yok',                  FALSE, FALSE),
('TWOCHECKOUT', 'ORDER_ALREADY_REFUNDED', 'INVALID_TRANSACTION', 'The order is already refunded',                         'Sipariş zaten iade edilmiş',                           FALSE, FALSE),
('TWOCHECKOUT', 'INVALID_ORDER_STATUS',   'INVALID_TRANSACTION', 'The order''s status does not allow this operation',     'Siparişin durumu bu işleme izin vermiyor',             FALSE, FALSE),
('TWOCHECKOUT', 'INVALID_REFUND_AMOUNT',  'INVALID_AMOUNT',      'Refund amount not accepted',                            'İade tutarı kabul edilmedi',                           FALSE, FALSE),
('TWOCHECKOUT', 'AUTHENTICATION_ERROR',   'GATEWAY_ERROR',       'REST API refused the merchant code or secret key',      'REST API üye işyeri kodunu veya gizli anahtarı reddetti', FALSE, FALSE),
('TWOCHECKOUT', 'INVALID_REQUEST',        'GATEWAY_ERROR',       'REST API refused the request',                          'REST API isteği reddetti',                             FALSE, FALSE),
('PAYMASTER',   'COMPLETE',               'APPROVED',            'Payment complete',                                      'Ödeme tamamlandı',                                     FALSE, FALSE),
('PAYMASTER',   'SUCCESS',                'APPROVED',            'Refund done',                                           'İade yapıldı',                                         FALSE, FALSE),
('PAYMASTER',   'CANCELLED',              'DO_NOT_HONOR',        'Payment failed or was cancelled at PayMaster',          'Ödeme PayMaster tarafında başarısız oldu veya iptal edildi', FALSE, FALSE),
('PAYMASTER',   'FAILURE',                'DO_NOT_HONOR',        'Refund failed at PayMaster',                            'İade PayMaster tarafında başarısız oldu',              FALSE, FALSE),
('PAYMASTER',   '-1',                     'BANK_SYSTEM_ERROR',   'PayMaster system failure',                              'PayMaster sistem hatası',                              TRUE,  FALSE),
('PAYMASTER',   '-2',                     'BANK_SYSTEM_ERROR',   'PayMaster network failure',                             'PayMaster ağ hatası',                                  TRUE,  FALSE),
('PAYMASTER',   '-6',                     'GATEWAY_ERROR',       'No access: wrong API login or no right to this site',   'Erişim yok: API kullanıcısı hatalı veya bu siteye yetkisi yok', FALSE, FALSE),
('PAYMASTER',   '-7',                     'GATEWAY_ERROR',       'Wrong request signature (API password)',                'İstek imzası hatalı (API parolası)',                   FALSE, FALSE),
('PAYMASTER',   '-13',                    'INVALID_TRANSACTION', 'Payment not found',                                     'Ödeme bulunamadı',                                     FALSE, FALSE),
('PAYMASTER',   '-14',                    'GATEWAY_ERROR',       'Request repeated with the same nonce',                  'İstek aynı nonce ile tekrarlandı',                     TRUE,  FALSE),
('PAYMASTER',   '-18',                    'INVALID_AMOUNT',      'Wrong amount (e.g. more than can be refunded)',         'Tutar hatalı (ör. iade edilebilirden fazla)',          FALSE, FALSE);
