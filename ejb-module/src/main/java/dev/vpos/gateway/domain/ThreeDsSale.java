package dev.vpos.gateway.domain;

import dev.vpos.shared.domain.CardExpiry;
import dev.vpos.shared.domain.CardNumber;
import dev.vpos.shared.domain.Money;
import java.util.Objects;
import java.util.Optional;

/**
 * What a 3-D Secure payment is for. The card is present for 3D and 3D Pay (our page took it and posts it to the
 * bank's gate) and absent for 3D Host (the bank's page takes it). At rest only sealed
 * ({@code collection.application.CardHold}); {@link #toString()} is masked.
 */
public record ThreeDsSale(
        String bankOrderId,
        Money amount,
        int installments,
        CardNumber card,
        CardExpiry expiry,
        String cvv,
        String holderName,
        String customerIp,
        String email) {

    public ThreeDsSale {
        Objects.requireNonNull(bankOrderId, "bankOrderId");
        Objects.requireNonNull(amount, "amount");
    }

    public static ThreeDsSale withoutCard(
            String bankOrderId, Money amount, int installments, String customerIp, String email) {
        return new ThreeDsSale(bankOrderId, amount, installments, null, null, null, null, customerIp, email);
    }

    public Optional<CardNumber> cardNumber() {
        return Optional.ofNullable(card);
    }

    public boolean hasCard() {
        return card != null;
    }

    @Override
    public String toString() {
        return "ThreeDsSale[order=" + bankOrderId + ", amount=" + amount + ", installments=" + installments + ", card="
                + (card == null ? "-" : card.masked()) + "]";
    }
}
