package dev.vpos.gateway.kuveytturk;

import java.util.Map;
import java.util.Optional;

/**
 * What a cancel or refund must name of the original transaction: the bank's OrderId, RRN, Stan and provision number.
 * Stored in {@code GatewayResult.references()} under this family's own keys and handed back with a follow-up.
 */
record KuveytTurkReferences(String orderId, String rrn, String stan, String provisionNumber) {

    static final String ORDER_ID = "kuveytOrderId";
    static final String RRN = "rrn";
    static final String STAN = "stan";
    static final String PROVISION_NUMBER = "provisionNumber";

    static Optional<KuveytTurkReferences> from(Map<String, String> references) {
        String orderId = references.getOrDefault(ORDER_ID, "");
        if (orderId.isEmpty() || "0".equals(orderId)) {
            return Optional.empty();
        }
        return Optional.of(new KuveytTurkReferences(
                orderId,
                references.getOrDefault(RRN, ""),
                references.getOrDefault(STAN, ""),
                references.getOrDefault(PROVISION_NUMBER, "")));
    }

    Map<String, String> asMap() {
        return Map.of(ORDER_ID, orderId, RRN, rrn, STAN, stan, PROVISION_NUMBER, provisionNumber);
    }
}
