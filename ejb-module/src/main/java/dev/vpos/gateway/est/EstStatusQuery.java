package dev.vpos.gateway.est;

import java.util.LinkedHashMap;
import java.util.Map;

/** The order-status inquiry: {@code OrderId} with {@code Extra/ORDERSTATUS=QUERY} (no card data), and its masked twin. */
final class EstStatusQuery {

    private final Map<String, String> fields = new LinkedHashMap<>();

    EstStatusQuery(EstCredentials credentials, String orderId) {
        fields.put("Name", credentials.apiUser());
        fields.put("Password", credentials.password());
        fields.put("ClientId", credentials.clientId());
        fields.put("OrderId", orderId);
    }

    byte[] toXml() {
        return EstXml.cc5Request(fields, Map.of("ORDERSTATUS", "QUERY"));
    }

    String toMaskedXml() {
        Map<String, String> masked = new LinkedHashMap<>(fields);
        masked.put("Password", "***");
        return new String(EstXml.cc5Request(masked, Map.of("ORDERSTATUS", "QUERY")), EstXml.CHARSET);
    }
}
