package dev.vpos.checkout.application;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What the hosted payment page shows a payer, scoped by the checkout session id: whom they pay (the company), what
 * (order or balance, amount), how (the methods that fit, each with its discount, installment table and saved cards)
 * and, once they have tried, how the last attempt ended. Amounts are plain decimal strings at the currency's scale.
 *
 * @param state OPEN, PAID, EXPIRED or CANCELLED (a payment link its collector withdrew)
 * @param purpose ORDER, BALANCE, or LINK (a payment link a collector sent: no shop to go back to)
 * @param companyLogoUrl where the page loads the company's logo (with its version), or null when it has none
 * @param locale the language the portal chose for the page, or null (the payer's browser decides)
 * @param backUrl the portal's return URL with the session's id and result, as the redirect carries it; null for a link
 * @param last the last payment attempt, or null before the first
 * @param kind SALE, or PRE_AUTH when the payment only reserves the amount on the card (an authorisation hold the
 *     company captures later, e.g. when the order ships): the page says so
 */
public record PayerPage(
        String id,
        String state,
        String companyName,
        String companyLogoUrl,
        String locale,
        String purpose,
        String reference,
        String amount,
        String currency,
        String backUrl,
        OffsetDateTime expiresAt,
        Attempt last,
        List<Method> methods,
        String kind) {

    /**
     * The last attempt: its collection state (APPROVED, DECLINED, NOT_SENT, UNKNOWN, PENDING_3DS, INITIATED) and the
     * unified reason of the bank's answer (e.g. INSUFFICIENT_FUNDS), never the bank's own text.
     */
    public record Attempt(String state, String reason, String amount, String authCode, String maskedPan) {}

    /**
     * A method the payer may choose.
     *
     * @param asksCard whether the card is typed on our page (false: the provider's or bank's page takes it)
     * @param threeDs whether the payer's bank will ask them to confirm (3-D Secure) before the answer
     */
    public record Method(
            long id,
            String name,
            String family,
            String logoUrl,
            boolean asksCard,
            boolean threeDs,
            String discount,
            String payable,
            List<Installment> installments,
            boolean keepsCards,
            List<SavedCard> savedCards) {}

    /** One row of the installment table: the count, what each month charges and the total. */
    public record Installment(int count, String perMonth, String total, String surcharge) {}

    /** A card the provider keeps for this customer, as a label (brand and last four digits) and expiry. */
    public record SavedCard(long id, String label, String expiry) {}
}
