package dev.vpos.gateway.domain;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the bank posted back to our callback URL, together with what we expect for that order.
 *
 * @param posted   the form fields as posted (first value of each name), in the order posted (myPOS signs the values
 *                 in that order)
 * @param expected the pending payment as we recorded it: order id, amount, installments; its card is present only
 *                 while this node still holds it in memory (needed by families whose provision after 3-D repeats
 *                 the card, e.g. PayFlex)
 * @param model    the definition's 3-D model for this payment
 * @param kind     sale or pre-authorisation
 */
public record ThreeDsCallback(
        Map<String, String> posted, ThreeDsSale expected, PaymentModel model, AuthorizationKind kind) {

    public ThreeDsCallback {
        posted = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(posted));
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(kind, "kind");
    }

    public Optional<String> field(String name) {
        return Optional.ofNullable(posted.get(name));
    }
}
