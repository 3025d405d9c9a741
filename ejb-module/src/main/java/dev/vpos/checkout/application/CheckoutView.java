package dev.vpos.checkout.application;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * A checkout session as the portal sees it. {@code paymentPath} is the hosted page (relative to the server), where
 * the portal sends the payer. {@code collectionState} is the state of the collection that paid the session, or of the
 * last attempt; {@code payments} lists every attempt with its state (a late approval of an abandoned attempt is
 * cancelled and shows VOIDED or REFUNDED there). {@code kind}: SALE, or PRE_AUTH when the payer's payment only
 * reserves the amount (the collection is then APPROVED, captured or voided later).
 */
public record CheckoutView(
        String id,
        String state,
        long companyId,
        long customerAccountId,
        String purpose,
        String reference,
        BigDecimal amount,
        String currency,
        String returnUrl,
        String paymentPath,
        String collectionReference,
        String collectionState,
        String authCode,
        int attempts,
        OffsetDateTime createdAt,
        OffsetDateTime expiresAt,
        boolean replayed,
        java.util.List<Attempt> payments,
        String kind) {

    /** One payment attempt of the session (a collection), oldest first. */
    public record Attempt(String reference, String state, String bankOrderId) {}
}
