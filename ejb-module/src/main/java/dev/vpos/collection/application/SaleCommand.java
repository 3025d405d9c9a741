package dev.vpos.collection.application;

import dev.vpos.collection.domain.Channel;

/**
 * A sale or pre-authorisation as the caller sent it, not yet validated. The card fields live here only for the
 * length of the request. {@link #toString()} never shows them.
 *
 * @param kind       "SALE" (default) or "PRE_AUTH"
 * @param documentId the ERP invoice/order this payment is for (optional)
 * @param discount   what the payer saves by the chosen method (the hosted page only): {@code amount} is what is
 *                   charged, the document is settled by amount + discount
 */
public record SaleCommand(
        Long companyId,
        Long customerAccountId,
        Long definitionId,
        String amount,
        String currency,
        Integer installments,
        String cardNumber,
        String expiry,
        String cvv,
        String cardHolder,
        Channel channel,
        String idempotencyKey,
        String clientIp,
        String email,
        String kind,
        Long documentId,
        java.math.BigDecimal discount) {

    /** Without a discount (every caller but the hosted page, which grants the chosen method's discount). */
    public SaleCommand(
            Long companyId,
            Long customerAccountId,
            Long definitionId,
            String amount,
            String currency,
            Integer installments,
            String cardNumber,
            String expiry,
            String cvv,
            String cardHolder,
            Channel channel,
            String idempotencyKey,
            String clientIp,
            String email,
            String kind,
            Long documentId) {
        this(
                companyId,
                customerAccountId,
                definitionId,
                amount,
                currency,
                installments,
                cardNumber,
                expiry,
                cvv,
                cardHolder,
                channel,
                idempotencyKey,
                clientIp,
                email,
                kind,
                documentId,
                null);
    }

    public SaleCommand(
            Long companyId,
            Long customerAccountId,
            Long definitionId,
            String amount,
            String currency,
            Integer installments,
            String cardNumber,
            String expiry,
            String cvv,
            String cardHolder,
            Channel channel,
            String idempotencyKey,
            String clientIp,
            String email) {
        this(
                companyId,
                customerAccountId,
                definitionId,
                amount,
                currency,
                installments,
                cardNumber,
                expiry,
                cvv,
                cardHolder,
                channel,
                idempotencyKey,
                clientIp,
                email,
                null,
                null);
    }

    @Override
    public String toString() {
        return "SaleCommand[company=" + companyId + ", customerAccount=" + customerAccountId + ", definition="
                + definitionId + ", amount=" + amount + " " + currency + ", installments=" + installments
                + ", kind=" + kind + ", document=" + documentId + "]";
    }
}
