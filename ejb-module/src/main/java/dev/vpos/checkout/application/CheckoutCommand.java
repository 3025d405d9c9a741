package dev.vpos.checkout.application;

/**
 * A portal's checkout request. {@code purpose} is ORDER (pay at order completion; {@code reference} is the order
 * number) or BALANCE (pay an open balance; {@code reference} is the portal's own text, optionally an invoice number).
 * {@code locale} (optional, a language tag such as "tr" or "ar-SA") is the language the payer's page speaks; without
 * it the page follows the payer's browser.
 */
public record CheckoutCommand(
        Long companyId,
        Long customerAccountId,
        String purpose,
        String reference,
        String amount,
        String currency,
        String returnUrl,
        String notificationUrl,
        String idempotencyKey,
        String locale) {}
