package dev.vpos.gateway.domain;

import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * What to ask a bank's order history about.
 *
 * @param bankOrderId   our order id at the bank
 * @param currency      the order's currency: every line's amount is in it, at its scale (banks whose history rows
 *                      carry no currency — EST — are read in it; a line in another currency makes the history
 *                      unusable)
 * @param authorization how the order was authorised (SALE or PRE_AUTH), for banks whose report does not tell a sale
 *                      from a pre-authorisation captured later (EST); null when not known
 * @param operationIds  the operation ids of the follow-ups we sent for the order (captures, voids, refunds), for
 *                      banks that find a follow-up only by its own id (PayFlex); others ignore them
 */
public record HistoryInquiry(
        String bankOrderId, Currency currency, AuthorizationKind authorization, List<String> operationIds) {

    public HistoryInquiry {
        Objects.requireNonNull(bankOrderId, "bankOrderId");
        Objects.requireNonNull(currency, "currency");
        operationIds = operationIds == null ? List.of() : List.copyOf(operationIds);
    }

    /** An inquiry for the order alone (how it was authorised and its follow-ups' ids not given). */
    public static HistoryInquiry of(String bankOrderId, Currency currency) {
        return new HistoryInquiry(bankOrderId, currency, null, List.of());
    }
}
