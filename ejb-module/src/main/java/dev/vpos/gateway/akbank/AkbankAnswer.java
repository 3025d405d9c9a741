package dev.vpos.gateway.akbank;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One JSON answer of Akbank's API: {@code responseCode} {@code VPS-0000} approved; {@code VPS-1005} "Provizyon
 * Hatası" with the card host's {@code hostResponseCode} (05, 51, ...); other {@code VPS-xxxx} the API's own refusals
 * (1007 original not found, 1008 already cancelled, 1013 order id not unique, 1073 bad request time, 1123 no such
 * order, ...). Values are read as text, absent or {@code null} as empty; nested blocks by {@code block.field}.
 */
record AkbankAnswer(JsonObject json) {

    static final String APPROVED = "VPS-0000";
    static final String HOST_DECLINE = "VPS-1005";

    static Optional<AkbankAnswer> parse(byte[] body) {
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
            JsonValue v = reader.readValue();
            return v instanceof JsonObject o && o.containsKey("responseCode")
                    ? Optional.of(new AkbankAnswer(o))
                    : Optional.empty();
        } catch (JsonException | IllegalStateException e) {
            return Optional.empty();
        }
    }

    /** A field, or {@code block.field} of a nested block. */
    String get(String path) {
        JsonObject o = json;
        String[] parts = path.split("\\.");
        for (int i = 0; i < parts.length - 1; i++) {
            if (!(o.get(parts[i]) instanceof JsonObject nested)) {
                return "";
            }
            o = nested;
        }
        return text(o.get(parts[parts.length - 1]));
    }

    String responseCode() {
        return get("responseCode");
    }

    boolean approved() {
        return APPROVED.equals(responseCode());
    }

    /** The code worth reporting: the host's for a provision error, else the API's. */
    String bankCode() {
        String host = get("hostResponseCode");
        return HOST_DECLINE.equals(responseCode()) && !host.isEmpty() ? host : responseCode();
    }

    String bankMessage() {
        return get("hostMessage").isEmpty() ? get("responseMessage") : get("hostMessage");
    }

    List<AkbankAnswer> transactions() {
        List<AkbankAnswer> list = new ArrayList<>();
        if (json.get("txnDetailList") instanceof JsonArray items) {
            items.forEach(i -> {
                if (i instanceof JsonObject o) {
                    list.add(new AkbankAnswer(o));
                }
            });
        }
        return list;
    }

    static String text(JsonValue v) {
        if (v == null || v == JsonValue.NULL) {
            return "";
        }
        if (v instanceof JsonString s) {
            return s.getString();
        }
        if (v instanceof JsonNumber n) {
            return n.isIntegral()
                    ? n.bigIntegerValue().toString()
                    : n.bigDecimalValue().toPlainString();
        }
        return v.toString();
    }
}
