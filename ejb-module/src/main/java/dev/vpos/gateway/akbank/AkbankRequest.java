package dev.vpos.gateway.akbank;

import dev.vpos.gateway.infrastructure.BankRequest;
import dev.vpos.shared.domain.CardNumber;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One JSON request to Akbank's {@code transaction/process}: {@code version 1.00}, the {@code txnCode}, the request time
 * (Istanbul, {@code yyyy-MM-dd'T'HH:mm:ss.SSS}), a 128-hex {@code randomNumber} and the {@code terminal} block, then the
 * operation's blocks ({@code order}, {@code transaction}, {@code card}, {@code customer}, {@code secureTransaction}).
 * The body is signed by HMAC in the {@code auth-hash} header; the logged twin shows the card as BIN + last 4 and no
 * CVV.
 */
final class AkbankRequest {

    static final String VERSION = "1.00";
    static final DateTimeFormatter REQUEST_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS");
    static final ZoneId BANK_ZONE = ZoneId.of("Europe/Istanbul");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String HEX = "0123456789ABCDEF";

    private final Map<String, Object> fields = new LinkedHashMap<>();

    private AkbankRequest() {}

    static AkbankRequest of(String txnCode, AkbankCredentials c, Clock clock) {
        AkbankRequest r = new AkbankRequest();
        r.fields.put("version", VERSION);
        r.fields.put("txnCode", txnCode);
        r.fields.put("requestDateTime", requestTime(clock));
        r.fields.put("randomNumber", randomHex(128));
        r.fields.put("terminal", block("merchantSafeId", c.merchantSafeId(), "terminalSafeId", c.terminalSafeId()));
        return r;
    }

    static String requestTime(Clock clock) {
        return clock.instant().atZone(BANK_ZONE).format(REQUEST_TIME);
    }

    static String randomHex(int length) {
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            s.append(HEX.charAt(RANDOM.nextInt(HEX.length())));
        }
        return s.toString();
    }

    /** A nested block of name, value pairs. */
    static Map<String, Object> block(Object... nameValues) {
        Map<String, Object> b = new LinkedHashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            b.put((String) nameValues[i], nameValues[i + 1]);
        }
        return b;
    }

    AkbankRequest with(String name, Map<String, Object> block) {
        fields.put(name, block);
        return this;
    }

    BankRequest to(URI endpoint, String secretKey) {
        URI uri = URI.create(endpoint.toString().replaceAll("/+$", "") + "/transaction/process");
        byte[] body = json(fields, false).toString().getBytes(StandardCharsets.UTF_8);
        return BankRequest.post(uri, body, "application/json; charset=utf-8", "POST " + uri + " " + json(fields, true))
                .withHeaders(Map.of("auth-hash", AkbankSignature.body(body, secretKey)));
    }

    @SuppressWarnings("unchecked")
    private static JsonObject json(Map<String, Object> fields, boolean masked) {
        JsonObjectBuilder b = Json.createObjectBuilder();
        fields.forEach((name, value) -> {
            if (value instanceof Map<?, ?> nested) {
                b.add(name, json((Map<String, Object>) nested, masked));
            } else if (value instanceof Integer n) {
                b.add(name, n);
            } else if (masked && "cvv2".equals(name)) {
                b.add(name, "***");
            } else if (masked && "cardNumber".equals(name)) {
                b.add(name, CardNumber.mask(value.toString()));
            } else {
                b.add(name, String.valueOf(value));
            }
        });
        return b.build();
    }
}
