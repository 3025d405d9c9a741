package dev.vpos.gateway.tosla;

import dev.vpos.gateway.infrastructure.BankRequest;
import dev.vpos.gateway.infrastructure.FieldMasking;
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
import java.util.Set;

/**
 * One JSON request to an operation of Tosla's payment API ({@code <endpoint>/<operation>}): the operation's fields
 * after {@code clientId}, {@code apiUser}, a fresh {@code rnd} and the {@code timeSpan} (now, Istanbul time,
 * {@code yyyyMMddHHmmss}), signed with {@code hash}. The logged twin shows the card as BIN + last 4 and hides CVV and
 * hash.
 */
final class ToslaRequest {

    static final FieldMasking MASKING = FieldMasking.of(Set.of("cvv", "hash"), Set.of("cardNo"));

    private static final ZoneId BANK_ZONE = ZoneId.of("Europe/Istanbul");
    private static final DateTimeFormatter TIME_SPAN = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String HEX = "0123456789ABCDEF";

    private final String operation;
    private final Map<String, Object> fields = new LinkedHashMap<>();

    private ToslaRequest(String operation) {
        this.operation = operation;
    }

    /** A request to {@code operation}, signed for {@code c} at the time of {@code clock}. */
    static ToslaRequest to(String operation, ToslaCredentials c, Clock clock) {
        ToslaRequest r = new ToslaRequest(operation);
        String rnd = rnd();
        String timeSpan = clock.instant().atZone(BANK_ZONE).format(TIME_SPAN);
        r.fields.put("clientId", c.clientId());
        r.fields.put("apiUser", c.apiUser());
        r.fields.put("rnd", rnd);
        r.fields.put("timeSpan", timeSpan);
        r.fields.put("hash", ToslaSignature.request(c.apiPass(), c.clientId(), c.apiUser(), rnd, timeSpan));
        return r;
    }

    ToslaRequest with(String name, Object value) {
        fields.put(name, value);
        return this;
    }

    String operation() {
        return operation;
    }

    BankRequest to(URI endpoint) {
        URI uri = URI.create(endpoint.toString().replaceAll("/+$", "") + "/" + operation);
        byte[] body = json(fields).toString().getBytes(StandardCharsets.UTF_8);
        return BankRequest.post(
                uri, body, "application/json; charset=utf-8", "POST " + uri + " " + json(MASKING.applyTo(fields)));
    }

    private static JsonObject json(Map<String, ?> fields) {
        JsonObjectBuilder b = Json.createObjectBuilder();
        fields.forEach((name, value) -> {
            if (value == null) {
                b.addNull(name);
            } else if (value instanceof Number n) {
                b.add(name, n.longValue());
            } else {
                b.add(name, value.toString());
            }
        });
        return b.build();
    }

    private static String rnd() {
        StringBuilder s = new StringBuilder(24);
        for (int i = 0; i < 24; i++) {
            s.append(HEX.charAt(RANDOM.nextInt(HEX.length())));
        }
        return s.toString();
    }
}
