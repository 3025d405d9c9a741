package dev.vpos.collection.application;

import java.net.URI;

/**
 * A 3-D Secure payment to begin for a validated sale: the card (absent for 3D Host), where the bank posts the payer
 * back, and what the collection pays.
 *
 * @param callbackBase our callback URL without the collection reference, e.g. {@code https://erp/vpos/3ds/callback/}
 * @param cardToken    saved-card instructions for providers that keep cards (myPOS)
 */
public record ThreeDsCommand(
        SaleCommand sale,
        URI callbackBase,
        String language,
        Long checkoutSessionId,
        dev.vpos.gateway.domain.CardTokenUse cardToken) {

    public ThreeDsCommand {
        cardToken = cardToken == null ? dev.vpos.gateway.domain.CardTokenUse.NONE : cardToken;
    }

    public ThreeDsCommand(SaleCommand sale, URI callbackBase, String language, Long checkoutSessionId) {
        this(sale, callbackBase, language, checkoutSessionId, null);
    }

    /** Our notification inbox for a definition, next to the callback: {@code .../vpos/notify/{definitionId}}. */
    public URI notifyUrl(long definitionId) {
        return callbackBase.resolve("../../notify/" + definitionId);
    }
}
