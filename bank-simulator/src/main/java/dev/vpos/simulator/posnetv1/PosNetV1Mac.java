package dev.vpos.simulator.posnetv1;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;

/**
 * The bank side of PosNet V1's SHA-256 MACs (base64, no separators): a request's {@code MAC} over the values of the
 * fields its {@code MACParams} names (found at the top or in a block), the 3-D form's {@code Mac} over
 * {@code MerchantNo TerminalNo CardNo Cvv ExpiredDate Amount}, and the callback's {@code Mac} over
 * {@value #CALLBACK_PARAMS}; each + the store key.
 */
final class PosNetV1Mac {

    static final String CALLBACK_PARAMS = "ECI:CAVV:MdStatus:MdErrorMessage:MD:SecureTransactionId";

    private PosNetV1Mac() {}

    static String ofBody(JsonObject body, String storeKey) {
        StringBuilder text = new StringBuilder();
        for (String name : body.getString("MACParams", "").split(":")) {
            if (!name.isEmpty()) {
                text.append(find(body, name));
            }
        }
        return sha256(text + storeKey);
    }

    static String ofForm(Map<String, String> f, String storeKey) {
        return sha256(v(f, "MerchantNo")
                + v(f, "TerminalNo")
                + v(f, "CardNo")
                + v(f, "Cvv")
                + v(f, "ExpiredDate")
                + v(f, "Amount")
                + storeKey);
    }

    static String ofCallback(Map<String, String> f, String storeKey) {
        StringBuilder text = new StringBuilder();
        for (String name : CALLBACK_PARAMS.split(":")) {
            text.append(v(f, name));
        }
        return sha256(text + storeKey);
    }

    static boolean matches(String expected, String given) {
        return given != null
                && MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.US_ASCII));
    }

    static String find(JsonObject o, String name) {
        if (o.containsKey(name) && !(o.get(name) instanceof JsonObject)) {
            return text(o.get(name));
        }
        for (JsonValue v : o.values()) {
            if (v instanceof JsonObject nested) {
                String found = find(nested, name);
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        return "";
    }

    static String text(JsonValue v) {
        return v instanceof JsonString s ? s.getString() : v instanceof JsonNumber n ? n.toString() : "";
    }

    private static String v(Map<String, String> f, String name) {
        String value = f.get(name);
        return value == null ? "" : value;
    }

    private static String sha256(String text) {
        try {
            return Base64.getEncoder()
                    .encodeToString(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
