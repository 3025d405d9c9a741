package dev.vpos.gateway.mypos;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A myPOS answer to a server-to-server call ({@code OutputFormat=json}), read and checked. myPOS signs its JSON
 * answers over every value in document order, nested objects and lists flattened in place (a nested object's own
 * {@code Signature} included), with only the answer's own top-level {@code Signature} left out — the same Base64-of-values-joined-
 * with-{@code -} text as for requests. An answer is {@linkplain #authentic() authentic} only when that signature
 * verifies with myPOS's certificate; nothing in an answer that is not authentic may be believed.
 *
 * @param fields      the top-level properties with text values, in order (nested objects are in {@code nested})
 * @param nested      the nested objects (e.g. {@code OrderStatus} of IPCGetTxnStatus), flattened one level
 * @param signedText  what the signature must cover
 * @param json        the whole answer (IPCGetTxnLog's {@code log} list is read from it)
 */
record IpcAnswer(
        Map<String, String> fields,
        Map<String, Map<String, String>> nested,
        String signature,
        String signedText,
        boolean authentic,
        JsonObject json) {

    /** Parses and verifies; empty when the body is not a JSON object. */
    static Optional<IpcAnswer> read(byte[] body, PublicKey myposKey) {
        JsonObject json;
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
            json = reader.readObject();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, Map<String, String>> nested = new LinkedHashMap<>();
        List<String> values = new ArrayList<>();
        String signature = null;
        for (Map.Entry<String, JsonValue> e : json.entrySet()) {
            if (IpcFields.SIGNATURE.equalsIgnoreCase(e.getKey()) && e.getValue() instanceof JsonString s) {
                signature = s.getString();
                continue;
            }
            if (e.getValue() instanceof JsonObject o) {
                Map<String, String> inner = new LinkedHashMap<>();
                flatten(o, values, inner);
                nested.put(e.getKey(), inner);
            } else if (e.getValue() instanceof JsonArray list) {
                flatten(list, values);
            } else {
                String text = text(e.getValue());
                values.add(text);
                fields.put(e.getKey(), text);
            }
        }
        String signedText =
                Base64.getEncoder().encodeToString(String.join("-", values).getBytes(StandardCharsets.UTF_8));
        boolean authentic = IpcSignature.verifies(signedText, signature, myposKey);
        return Optional.of(new IpcAnswer(Map.copyOf(fields), nested, signature, signedText, authentic, json));
    }

    private static void flatten(JsonObject o, List<String> values, Map<String, String> into) {
        for (Map.Entry<String, JsonValue> e : o.entrySet()) {
            if (e.getValue() instanceof JsonObject inner) {
                flatten(inner, values, into);
            } else if (e.getValue() instanceof JsonArray list) {
                flatten(list, values);
            } else {
                String text = text(e.getValue());
                values.add(text);
                into.putIfAbsent(e.getKey(), text);
            }
        }
    }

    /** A list's values in document order (IPCGetTxnLog's {@code log}); what they say is read from {@link #json}. */
    private static void flatten(JsonArray list, List<String> values) {
        for (JsonValue v : list) {
            if (v instanceof JsonObject o) {
                flatten(o, values, new LinkedHashMap<>());
            } else if (v instanceof JsonArray inner) {
                flatten(inner, values);
            } else {
                values.add(text(v));
            }
        }
    }

    /** A JSON value as PHP's implode would write it (myPOS's own side is PHP-like): true "1", false and null "". */
    private static String text(JsonValue v) {
        if (v instanceof JsonString s) {
            return s.getString();
        }
        if (v instanceof JsonNumber n) {
            return n.toString();
        }
        if (v == JsonValue.TRUE) {
            return "1";
        }
        if (v == JsonValue.FALSE || v == JsonValue.NULL) {
            return "";
        }
        return v.toString();
    }

    /** A top-level property, case-insensitively (myPOS writes both {@code IPCmethod} and {@code IPCMethod}). */
    String field(String name) {
        return fields.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse("");
    }

    /** {@code Status}: 0 success, other values an error; -1 when absent or not a number. */
    int status() {
        try {
            return Integer.parseInt(field("Status").trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    String statusMessage() {
        return field("StatusMsg");
    }

    Optional<Map<String, String>> nestedObject(String name) {
        return nested.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue)
                .findFirst();
    }
}
