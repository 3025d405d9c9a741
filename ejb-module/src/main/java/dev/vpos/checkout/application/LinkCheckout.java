package dev.vpos.checkout.application;

import java.time.OffsetDateTime;

/**
 * A checkout session a collector makes for a payment link: for whom (company, customer account), optionally which
 * document it settles, how much, the payer's language and until when it may be paid.
 */
public record LinkCheckout(
        long companyId,
        Long customerAccountId,
        Long documentId,
        String amount,
        String currency,
        String locale,
        OffsetDateTime expiresAt,
        String actor) {}
