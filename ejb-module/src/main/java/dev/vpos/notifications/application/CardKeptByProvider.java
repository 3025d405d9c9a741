package dev.vpos.notifications.application;

import dev.vpos.gateway.domain.SavedCardToken;
import java.util.Objects;

/**
 * CDI event, fired in the transaction that applies an authentic approval notification carrying a card the payer
 * asked the provider to keep (myPOS CardToken). The saved-cards context observes it and keeps the token for the
 * customer account; it never carries a full card number.
 */
public record CardKeptByProvider(
        long collectionId, long companyId, long customerAccountId, long definitionId, SavedCardToken token) {

    public CardKeptByProvider {
        Objects.requireNonNull(token, "token");
    }
}
