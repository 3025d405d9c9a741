package dev.vpos.gateway.domain;

import java.util.Currency;
import java.util.List;
import java.util.Map;
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
 * @param references    what the adapter returned in {@link GatewayResult#references()} for the order, given back
 *                      unchanged (a provider's own id of the payment — Stripe's PaymentIntent, PayMaster's payment id,
 *                      2Checkout's RefNo, myPOS's transaction reference — saves a search); may be empty
 */
public record HistoryInquiry(
        String bankOrderId,
        Currency currency,
        AuthorizationKind authorization,
        List<String> operationIds,
        Map<String, String> references) {

    public HistoryInquiry {
        Objects.requireNonNull(bankOrderId, "bankOrderId");
        Objects.requireNonNull(currency, "currency");
        operationIds = operationIds == null ? List.of() : List.copyOf(operationIds);
        references = references == null ? Map.of() : Map.copyOf(references);
    }

    public HistoryInquiry(
            String bankOrderId, Currency currency, AuthorizationKind authorization, List<String> operationIds) {
        this(bankOrderId, currency, authorization, operationIds, Map.of());
    }

    /** An inquiry for the order alone (how it was authorised, its follow-ups and references not given). */
    public static HistoryInquiry of(String bankOrderId, Currency currency) {
        return new HistoryInquiry(bankOrderId, currency, null, List.of(), Map.of());
    }

    public String reference(String key) {
        return references.getOrDefault(key, "");
    }
}
