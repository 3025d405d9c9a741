package dev.vpos.gateway.domain;

import java.net.URI;
import java.util.Objects;

/**
 * Start of a 3-D Secure payment.
 *
 * @param sale       order, amount, installments and (for 3D and 3D Pay) the card; for 3D Host the card fields of
 *                   {@code sale} are null because the bank's page takes the card
 * @param model      THREE_D, THREE_D_PAY or THREE_D_HOST
 * @param kind       sale or pre-authorisation
 * @param successUrl where the bank posts the payer back on success (our callback)
 * @param failureUrl where the bank posts the payer back on failure (our callback; may equal successUrl)
 * @param language   two-letter language for the bank's pages ("tr", "en")
 * @param notifyUrl  where a provider that notifies server-to-server posts its notification (our inbox for the
 *                   definition), for providers that take it per request (myPOS URL_Notify, PayMaster); may be null
 * @param cardToken  saved-card instructions (store with consent / pay with a token) for providers that keep cards
 */
public record ThreeDsRequest(
        ThreeDsSale sale,
        PaymentModel model,
        AuthorizationKind kind,
        URI successUrl,
        URI failureUrl,
        String language,
        URI notifyUrl,
        CardTokenUse cardToken) {

    public ThreeDsRequest(
            ThreeDsSale sale,
            PaymentModel model,
            AuthorizationKind kind,
            URI successUrl,
            URI failureUrl,
            String language) {
        this(sale, model, kind, successUrl, failureUrl, language, null, CardTokenUse.NONE);
    }

    public ThreeDsRequest {
        Objects.requireNonNull(sale, "sale");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(successUrl, "successUrl");
        Objects.requireNonNull(failureUrl, "failureUrl");
        if (model == PaymentModel.REGULAR) {
            throw new IllegalArgumentException("a 3-D Secure request needs a 3-D model, not " + model);
        }
        language = language == null || language.isBlank() ? "tr" : language;
        cardToken = cardToken == null ? CardTokenUse.NONE : cardToken;
    }
}
