package dev.vpos.gateway.posnet;

import dev.vpos.shared.domain.CardNumber;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * One {@code posnetRequest} with a single operation element ({@code sale}, {@code auth}, {@code capt},
 * {@code reverse}, {@code return}, {@code agreement}, {@code oosRequestData}, {@code oosResolveMerchantData},
 * {@code oosTranData}) and its masked twin for the log: {@code ccno} reduced to BIN + last 4, {@code cvc},
 * {@code mac} and the bank's opaque packets replaced by {@code ***}.
 */
final class PosNetRequest {

    private static final Set<String> SECRET = Set.of("cvc", "mac", "bankData", "merchantData", "sign");
    private static final int MAX_LOGGED = 4000;

    private final String operation;
    private final Map<String, String> fields;
    private final boolean tranDateRequired;
    private final PosNetCredentials credentials;

    PosNetRequest(
            PosNetCredentials credentials, String operation, boolean tranDateRequired, Map<String, String> fields) {
        this.credentials = credentials;
        this.operation = operation;
        this.tranDateRequired = tranDateRequired;
        this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    String operation() {
        return operation;
    }

    byte[] body() {
        return PosNetXml.formBody(PosNetXml.request(
                credentials.merchantNo(), credentials.terminalNo(), tranDateRequired, operation, fields));
    }

    String masked() {
        Map<String, String> masked = new LinkedHashMap<>(fields);
        masked.replaceAll((name, value) -> {
            if (SECRET.contains(name)) {
                return "***";
            }
            return "ccno".equals(name) ? CardNumber.mask(value) : value;
        });
        String xml = PosNetXml.request(
                credentials.merchantNo(), credentials.terminalNo(), tranDateRequired, operation, masked);
        return xml.length() > MAX_LOGGED ? xml.substring(0, MAX_LOGGED) + "…" : xml;
    }
}
