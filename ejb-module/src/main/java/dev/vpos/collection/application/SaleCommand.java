package dev.vpos.collection.application;

import dev.vpos.collection.domain.Channel;

/**
 * A sale as the caller sent it, not yet validated. The card fields live here only for the length of the request.
 * {@link #toString()} never shows them.
 */
public record SaleCommand(Long companyId, Long customerAccountId, Long definitionId, String amount, String currency,
                          Integer installments, String cardNumber, String expiry, String cvv, String cardHolder,
                          Channel channel, String idempotencyKey, String clientIp, String email) {

    @Override
    public String toString() {
        return "SaleCommand[company=" + companyId + ", customerAccount=" + customerAccountId + ", definition="
                + definitionId + ", amount=" + amount + " " + currency + ", installments=" + installments + "]";
    }
}
