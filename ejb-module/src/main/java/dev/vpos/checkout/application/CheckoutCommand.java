package dev.vpos.checkout.application;

/**
 * A portal's checkout request. {@code purpose} is ORDER (pay at order completion; {@code reference} is the order
 * number) or BALANCE (pay an open balance; {@code reference} is the portal's own text, optionally an invoice number).
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
        String idempotencyKey) {}
