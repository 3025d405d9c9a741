package dev.vpos.gateway.vakifkatilim;

import dev.vpos.gateway.domain.AuthorizationKind;
import java.util.Map;
import java.util.Optional;

/**
 * What a follow-up must name of the original order: the bank's OrderId, and whether it was a sale or a
 * pre-authorisation (the bank cancels and refunds the two through different gates). Stored in
 * {@code GatewayResult.references()} under this family's own keys and handed back with every follow-up.
 */
record VakifKatilimReferences(String bankOrderId, AuthorizationKind authorization) {

    static final String ORDER_ID = "vakifKatilimOrderId";
    static final String AUTHORIZATION = "authorization";

    static Optional<VakifKatilimReferences> from(Map<String, String> references) {
        String orderId = references.getOrDefault(ORDER_ID, "");
        if (!orderId.matches("\\d{1,20}") || "0".equals(orderId)) {
            return Optional.empty();
        }
        AuthorizationKind kind = AuthorizationKind.PRE_AUTH.name().equals(references.get(AUTHORIZATION))
                ? AuthorizationKind.PRE_AUTH
                : AuthorizationKind.SALE;
        return Optional.of(new VakifKatilimReferences(orderId, kind));
    }

    Map<String, String> asMap() {
        return Map.of(ORDER_ID, bankOrderId, AUTHORIZATION, authorization.name());
    }

    boolean preAuthorization() {
        return authorization == AuthorizationKind.PRE_AUTH;
    }
}
