package dev.vpos.checkout.application;

/**
 * A portal's checkout request. {@code purpose} is ORDER (pay at order completion; {@code reference} is the order
 * number) or BALANCE (pay an open balance; {@code reference} is the portal's own text, optionally an invoice number).
 * {@code locale} (optional, a language tag such as "tr" or "ar-SA") is the language the payer's page speaks; without
 * it the page follows the payer's browser. {@code kind} (optional) is SALE (the default: the payer is charged) or
 * PRE_AUTH (the payer's payment only reserves the amount on the card; it is captured, in full or in part, or voided
 * later through the collection's follow-ups).
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
        String locale,
        String kind) {

    /** A sale (as before the kind existed). */
    public CheckoutCommand(
            Long companyId,
            Long customerAccountId,
            String purpose,
            String reference,
            String amount,
            String currency,
            String returnUrl,
            String notificationUrl,
            String idempotencyKey,
            String locale) {
        this(
                companyId,
                customerAccountId,
                purpose,
                reference,
                amount,
                currency,
                returnUrl,
                notificationUrl,
                idempotencyKey,
                locale,
                null);
    }
}
