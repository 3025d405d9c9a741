package dev.vpos.gateway.domain;

import java.util.Objects;

/**
 * A card the payer agreed to keep at the provider (myPOS CardToken): the provider's token and what the payer may
 * be shown of the card. Never a full card number.
 *
 * @param token  the provider's token for the card
 * @param last4  the card's last four digits
 * @param brand  e.g. VISA, MASTERCARD (as the provider names it)
 * @param expiry MM/YY as the provider gives it, or null
 */
public record SavedCardToken(String token, String last4, String brand, String expiry) {

    public SavedCardToken {
        Objects.requireNonNull(token, "token");
        if (last4 == null || !last4.matches("\\d{4}")) {
            throw new IllegalArgumentException("last4 must be four digits");
        }
    }

    @Override
    public String toString() {
        return "SavedCardToken[" + brand + " ending " + last4 + "]";
    }
}
