package dev.vpos.gateway.domain;

import dev.vpos.shared.domain.CardExpiry;
import dev.vpos.shared.domain.CardNumber;
import dev.vpos.shared.domain.Money;
import java.util.Objects;

/**
 * What to charge. Holds the card in memory for the bank call only; {@link #toString()} is masked and omits the CVV.
 */
public record SaleInstruction(
        String bankOrderId,
        Money amount,
        int installments,
        CardNumber card,
        CardExpiry expiry,
        String cvv,
        String customerIp,
        String email) {

    public SaleInstruction {
        Objects.requireNonNull(bankOrderId, "bankOrderId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(expiry, "expiry");
    }

    @Override
    public String toString() {
        return "SaleInstruction[order=" + bankOrderId + ", amount=" + amount + ", installments=" + installments
                + ", card=" + card.masked() + "]";
    }
}
