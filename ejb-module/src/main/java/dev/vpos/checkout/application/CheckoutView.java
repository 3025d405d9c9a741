package dev.vpos.checkout.application;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * A checkout session as the portal sees it. {@code paymentPath} is the hosted page (relative to the server), where
 * the portal sends the payer. {@code collectionState} is the last attempt's state, if any.
 */
public record CheckoutView(String id, String state, long companyId, long customerAccountId, String purpose,
                           String reference, BigDecimal amount, String currency, String returnUrl, String paymentPath,
                           String collectionReference, String collectionState, String authCode, int attempts,
                           OffsetDateTime createdAt, OffsetDateTime expiresAt, boolean replayed) {
}
