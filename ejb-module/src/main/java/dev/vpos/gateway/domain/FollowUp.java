package dev.vpos.gateway.domain;

import dev.vpos.shared.domain.Money;
import java.util.Map;
import java.util.Objects;

/**
 * A capture, void or refund of an earlier transaction.
 *
 * @param bankOrderId    our order id of the original transaction
 * @param operationId    a new id, unique per follow-up (at most 20 letters and digits), for banks that want one
 * @param amount         the amount of this operation (the capture or refund amount; for a void the original amount)
 * @param originalAmount the amount of the original authorisation
 * @param installments   the original installment count (1 for a single payment)
 * @param references     what the adapter returned in {@link GatewayResult#references()} for the original
 *                       transaction, given back unchanged; only the family's own package knows the keys
 */
public record FollowUp(
        String bankOrderId,
        String operationId,
        Money amount,
        Money originalAmount,
        int installments,
        Map<String, String> references) {

    public FollowUp {
        Objects.requireNonNull(bankOrderId, "bankOrderId");
        Objects.requireNonNull(operationId, "operationId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(originalAmount, "originalAmount");
        references = references == null ? Map.of() : Map.copyOf(references);
    }

    public String reference(String key) {
        return references.getOrDefault(key, "");
    }

    public boolean isPartial() {
        return amount.amount().compareTo(originalAmount.amount()) != 0;
    }
}
