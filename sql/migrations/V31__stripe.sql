-- V31: the Stripe family.
-- 1. Stripe's codes are words, kept verbatim as the bank code, and some are longer than 30 characters
--    (payment_intent_authentication_failure, withdrawal_count_limit_exceeded, new_account_information_available):
--    every bank_code column grows to 64 characters.
ALTER TABLE return_code ALTER COLUMN bank_code SET DATA TYPE VARCHAR(64);
ALTER TABLE unclassified_return_code ALTER COLUMN bank_code SET DATA TYPE VARCHAR(64);
ALTER TABLE collection ALTER COLUMN bank_code SET DATA TYPE VARCHAR(64);
ALTER TABLE collection_operation ALTER COLUMN bank_code SET DATA TYPE VARCHAR(64);
ALTER TABLE bank_interaction ALTER COLUMN bank_code SET DATA TYPE VARCHAR(64);
ALTER TABLE provider_notification ALTER COLUMN bank_code SET DATA TYPE VARCHAR(64);

-- 2. Return codes. The bank code of a decline is the error's decline_code (the issuer's reason) when Stripe gives one,
--    else the error's code; approvals carry the PaymentIntent's status (succeeded, requires_capture) and a released
--    authorisation "canceled"; an error without a code is http_<status>. A PaymentIntent cancelled at Stripe is
--    declined with its cancellation_reason. Sources: docs.stripe.com/declines/codes and /error-codes.
-- retryable: the same card may be tried again later; fraud_suspected: codes finance must see (Stripe asks merchants
-- to show the payer a generic decline for them).
INSERT INTO return_code (family, bank_code, reason, message_en, message_tr, retryable, fraud_suspected) VALUES
('STRIPE', 'succeeded',                         'APPROVED',                      'Payment succeeded',                                          'Ödeme başarılı',                                          FALSE, FALSE),
('STRIPE', 'requires_capture',                  'APPROVED',                      'Authorised, waiting for capture',                            'Provizyon alındı, tahsilat bekleniyor',                   FALSE, FALSE),
('STRIPE', 'canceled',                          'APPROVED',                      'Cancelled at Stripe: the authorisation is released',         'Stripe''ta iptal edildi: provizyon serbest bırakıldı',    FALSE, FALSE),
('STRIPE', 'generic_decline',                   'DO_NOT_HONOR',                  'The card was declined',                                      'Kart reddedildi',                                         FALSE, FALSE),
('STRIPE', 'card_declined',                     'DO_NOT_HONOR',                  'The card was declined',                                      'Kart reddedildi',                                         FALSE, FALSE),
('STRIPE', 'do_not_honor',                      'DO_NOT_HONOR',                  'The card was declined (do not honour)',                      'Kart reddedildi (onaylanmadı)',                           FALSE, FALSE),
('STRIPE', 'do_not_try_again',                  'DO_NOT_HONOR',                  'Declined: do not try this card again',                       'Reddedildi: bu kartla tekrar denemeyin',                  FALSE, FALSE),
('STRIPE', 'no_action_taken',                   'DO_NOT_HONOR',                  'The card was declined',                                      'Kart reddedildi',                                         FALSE, FALSE),
('STRIPE', 'stop_payment_order',                'DO_NOT_HONOR',                  'The cardholder stopped this payment',                        'Kart sahibi bu ödemeyi durdurmuş',                        FALSE, FALSE),
('STRIPE', 'revocation_of_authorization',       'DO_NOT_HONOR',                  'The cardholder revoked the authorisation',                   'Kart sahibi ödeme iznini geri almış',                     FALSE, FALSE),
('STRIPE', 'revocation_of_all_authorizations',  'DO_NOT_HONOR',                  'The cardholder revoked all authorisations',                  'Kart sahibi tüm ödeme izinlerini geri almış',             FALSE, FALSE),
('STRIPE', 'incorrect_pin',                     'DO_NOT_HONOR',                  'Incorrect PIN',                                              'Hatalı şifre',                                            FALSE, FALSE),
('STRIPE', 'pin_try_exceeded',                  'DO_NOT_HONOR',                  'PIN tries exceeded',                                         'Şifre deneme sayısı aşıldı',                              FALSE, FALSE),
('STRIPE', 'insufficient_funds',                'INSUFFICIENT_FUNDS',            'Insufficient funds',                                         'Yetersiz bakiye',                                         TRUE,  FALSE),
('STRIPE', 'lost_card',                         'LOST_CARD_PICK_UP',             'Lost card',                                                  'Kayıp kart',                                              FALSE, TRUE),
('STRIPE', 'stolen_card',                       'STOLEN_CARD_PICK_UP',           'Stolen card',                                                'Çalıntı kart',                                            FALSE, TRUE),
('STRIPE', 'pickup_card',                       'PICK_UP_CARD',                  'Pick up card',                                               'Karta el koyunuz',                                        FALSE, TRUE),
('STRIPE', 'fraudulent',                        'DO_NOT_HONOR',                  'Declined as suspected fraud',                                'Sahtekarlık şüphesiyle reddedildi',                       FALSE, TRUE),
('STRIPE', 'merchant_blacklist',                'DO_NOT_HONOR',                  'Declined by the merchant''s block list',                     'İşyerinin engel listesi nedeniyle reddedildi',            FALSE, TRUE),
('STRIPE', 'security_violation',                'REQUEST_REJECTED',              'Declined: security violation',                               'Reddedildi: güvenlik ihlali',                             FALSE, TRUE),
('STRIPE', 'expired_card',                      'EXPIRED_CARD',                  'The card has expired',                                       'Kartın süresi dolmuş',                                    FALSE, FALSE),
('STRIPE', 'incorrect_cvc',                     'INVALID_CARD',                  'The card''s security code is incorrect',                     'Kartın güvenlik kodu hatalı',                             FALSE, FALSE),
('STRIPE', 'invalid_cvc',                       'INVALID_CARD',                  'The card''s security code is invalid',                       'Kartın güvenlik kodu geçersiz',                           FALSE, FALSE),
('STRIPE', 'incorrect_number',                  'INVALID_CARD',                  'The card number is incorrect',                               'Kart numarası hatalı',                                    FALSE, FALSE),
('STRIPE', 'invalid_number',                    'INVALID_CARD',                  'The card number is invalid',                                 'Kart numarası geçersiz',                                  FALSE, FALSE),
('STRIPE', 'invalid_expiry_month',              'INVALID_CARD',                  'The card''s expiry month is invalid',                        'Kartın son kullanma ayı geçersiz',                        FALSE, FALSE),
('STRIPE', 'invalid_expiry_year',               'INVALID_CARD',                  'The card''s expiry year is invalid',                         'Kartın son kullanma yılı geçersiz',                       FALSE, FALSE),
('STRIPE', 'incorrect_zip',                     'INVALID_CARD',                  'The postal code is incorrect',                               'Posta kodu hatalı',                                       FALSE, FALSE),
('STRIPE', 'invalid_account',                   'INVALID_CARD',                  'The card or its account is invalid',                         'Kart veya hesabı geçersiz',                               FALSE, FALSE),
('STRIPE', 'new_account_information_available', 'INVALID_CARD',                  'The card or its account is invalid: new details exist',      'Kart bilgileri değişmiş: yeni bilgiler gerekli',          FALSE, FALSE),
('STRIPE', 'processing_error',                  'BANK_SYSTEM_ERROR',             'An error occurred while processing the card',                'Kart işlenirken hata oluştu',                             TRUE,  FALSE),
('STRIPE', 'issuer_not_available',              'BANK_SYSTEM_ERROR',             'The card issuer could not be reached',                       'Kartı veren bankaya ulaşılamadı',                         TRUE,  FALSE),
('STRIPE', 'try_again_later',                   'BANK_SYSTEM_ERROR',             'Declined for now: try again later',                          'Şimdilik reddedildi: daha sonra tekrar deneyin',          TRUE,  FALSE),
('STRIPE', 'reenter_transaction',               'BANK_SYSTEM_ERROR',             'The issuer could not process it: try again',                 'Banka işleyemedi: tekrar deneyin',                        TRUE,  FALSE),
('STRIPE', 'call_issuer',                       'REFER_TO_ISSUER',               'Declined: the cardholder should call the issuer',            'Reddedildi: kart sahibi bankasını aramalı',               FALSE, FALSE),
('STRIPE', 'approve_with_id',                   'REFER_TO_ISSUER',               'The payment cannot be authorised',                           'Ödemeye onay verilemedi',                                 TRUE,  FALSE),
('STRIPE', 'restricted_card',                   'RESTRICTED_CARD',               'Restricted card',                                            'Kısıtlı kart',                                            FALSE, FALSE),
('STRIPE', 'card_not_supported',                'NOT_PERMITTED',                 'The card does not support this kind of purchase',            'Kart bu tür alışverişe kapalı',                           FALSE, FALSE),
('STRIPE', 'currency_not_supported',            'NOT_PERMITTED',                 'The card does not support this currency',                    'Kart bu para birimini desteklemiyor',                     FALSE, FALSE),
('STRIPE', 'transaction_not_allowed',           'NOT_PERMITTED',                 'Transaction not allowed for this card',                      'Bu kartla bu işleme izin verilmiyor',                     FALSE, FALSE),
('STRIPE', 'not_permitted',                     'NOT_PERMITTED',                 'The payment is not permitted',                               'Ödemeye izin verilmiyor',                                 FALSE, FALSE),
('STRIPE', 'service_not_allowed',               'NOT_PERMITTED',                 'The card does not allow this service',                       'Kart bu hizmete kapalı',                                  FALSE, FALSE),
('STRIPE', 'testmode_decline',                  'NOT_PERMITTED',                 'A Stripe test card was used for a live payment',             'Canlı ödemede Stripe test kartı kullanıldı',              FALSE, FALSE),
('STRIPE', 'offline_pin_required',              'NOT_PERMITTED',                 'The card requires a PIN',                                    'Kart şifre gerektiriyor',                                 FALSE, FALSE),
('STRIPE', 'online_or_offline_pin_required',    'NOT_PERMITTED',                 'The card requires a PIN',                                    'Kart şifre gerektiriyor',                                 FALSE, FALSE),
('STRIPE', 'card_velocity_exceeded',            'LIMIT_EXCEEDED',                'The card''s limit or balance was exceeded',                  'Kart limiti aşıldı',                                      TRUE,  FALSE),
('STRIPE', 'withdrawal_count_limit_exceeded',   'LIMIT_EXCEEDED',                'The card''s limit was exceeded',                             'Kart limiti aşıldı',                                      TRUE,  FALSE),
('STRIPE', 'invalid_amount',                    'INVALID_AMOUNT',                'The amount is invalid or above what the card allows',        'Tutar geçersiz veya kartın izin verdiğinden yüksek',      FALSE, FALSE),
('STRIPE', 'amount_too_large',                  'INVALID_AMOUNT',                'The amount is too large (e.g. more than can be refunded)',   'Tutar çok büyük (ör. iade edilebilecekten fazla)',        FALSE, FALSE),
('STRIPE', 'amount_too_small',                  'INVALID_AMOUNT',                'The amount is below Stripe''s minimum',                      'Tutar Stripe''ın alt sınırının altında',                  FALSE, FALSE),
('STRIPE', 'duplicate_transaction',             'INVALID_TRANSACTION',           'An identical payment was made moments ago',                  'Aynı ödeme az önce yapıldı',                              FALSE, FALSE),
('STRIPE', 'authentication_required',           'THREE_D_AUTHENTICATION_FAILED', 'The card requires 3-D Secure authentication',                'Kart 3D Secure doğrulaması gerektiriyor',                 FALSE, FALSE),
('STRIPE', 'payment_intent_authentication_failure', 'THREE_D_AUTHENTICATION_FAILED', '3-D Secure authentication failed',                     '3D Secure doğrulaması başarısız',                         FALSE, FALSE),
('STRIPE', 'payment_intent_unexpected_state',   'INVALID_TRANSACTION',           'Not possible in the payment''s state (a captured payment cannot be cancelled: refund it)', 'Ödemenin durumunda yapılamaz (tahsil edilmiş ödeme iptal edilemez: iade edin)', FALSE, FALSE),
('STRIPE', 'charge_already_refunded',           'INVALID_TRANSACTION',           'The payment has already been refunded in full',              'Ödemenin tamamı zaten iade edilmiş',                      FALSE, FALSE),
('STRIPE', 'charge_already_captured',           'INVALID_TRANSACTION',           'The payment has already been captured',                      'Ödeme zaten tahsil edilmiş',                              FALSE, FALSE),
('STRIPE', 'resource_missing',                  'INVALID_TRANSACTION',           'Stripe has no such payment or payment method',               'Stripe''ta böyle bir ödeme veya ödeme yöntemi yok',       FALSE, FALSE),
('STRIPE', 'abandoned',                         'INVALID_TRANSACTION',           'Cancelled at Stripe: abandoned',                             'Stripe''ta iptal edildi: yarım bırakıldı',                FALSE, FALSE),
('STRIPE', 'requested_by_customer',             'INVALID_TRANSACTION',           'Cancelled at Stripe at the customer''s request',             'Stripe''ta müşterinin isteğiyle iptal edildi',            FALSE, FALSE),
('STRIPE', 'duplicate',                         'INVALID_TRANSACTION',           'Cancelled at Stripe as a duplicate',                         'Stripe''ta mükerrer olarak iptal edildi',                 FALSE, FALSE),
('STRIPE', 'automatic',                         'INVALID_TRANSACTION',           'Cancelled by Stripe automatically',                          'Stripe tarafından otomatik iptal edildi',                 FALSE, FALSE),
('STRIPE', 'parameter_missing',                 'GATEWAY_ERROR',                 'Stripe refused the request: a parameter is missing',         'Stripe isteği reddetti: eksik parametre',                 FALSE, FALSE),
('STRIPE', 'parameter_invalid_integer',         'GATEWAY_ERROR',                 'Stripe refused the request: a number is invalid',            'Stripe isteği reddetti: geçersiz sayı',                   FALSE, FALSE),
('STRIPE', 'parameter_invalid_empty',           'GATEWAY_ERROR',                 'Stripe refused the request: a parameter is invalid',         'Stripe isteği reddetti: geçersiz parametre',              FALSE, FALSE),
('STRIPE', 'idempotency_error',                 'GATEWAY_ERROR',                 'Stripe refused a reused idempotency key',                    'Stripe tekrar kullanılan idempotency anahtarını reddetti', FALSE, FALSE),
('STRIPE', 'api_key_expired',                   'GATEWAY_ERROR',                 'The definition''s Stripe API key has expired',               'Tanımdaki Stripe API anahtarının süresi dolmuş',          FALSE, FALSE),
('STRIPE', 'http_401',                          'GATEWAY_ERROR',                 'Stripe refused the API key: check the definition''s secret key', 'Stripe API anahtarını reddetti: tanımdaki gizli anahtarı kontrol edin', FALSE, FALSE),
('STRIPE', 'http_403',                          'GATEWAY_ERROR',                 'The Stripe key may not do this (a restricted key lacks the permission)', 'Stripe anahtarının bu işleme yetkisi yok (kısıtlı anahtar)', FALSE, FALSE),
('STRIPE', 'http_404',                          'GATEWAY_ERROR',                 'Stripe does not know this address',                          'Stripe bu adresi tanımıyor',                              FALSE, FALSE),
('STRIPE', 'http_400',                          'GATEWAY_ERROR',                 'Stripe refused the request',                                 'Stripe isteği reddetti',                                  FALSE, FALSE);
