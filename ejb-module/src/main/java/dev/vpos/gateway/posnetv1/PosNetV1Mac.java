package dev.vpos.gateway.posnetv1;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * PosNet V1's MACs: {@code base64(SHA-256(values + storeKey))}, no separators (verified against mews/pos
 * {@code PosNetV1PosCryptTest}: {@code PosNetV1MacTest}).
 *
 * <ul>
 *   <li>a request: the values of the fields its {@code MACParams} names (colon-separated), each found at the top of
 *       the body or inside one of its blocks ({@code CardInformationData}, {@code ThreeDSecureData}); absent or null
 *       is empty;
 *   <li>the 3-D form: {@code MerchantNo + TerminalNo + CardNo + Cvv + ExpiredDate + Amount} (no card fields when the
 *       bank's page takes the card);
 *   <li>the callback: the values of the fields its {@code MacParams} names, compared with {@code Mac}.
 * </ul>
 */
final class PosNetV1Mac {

    private PosNetV1Mac() {}

    static List<String> names(String params) {
        return params == null
                ? List.of()
                : Arrays.stream(params.split(":")).filter(n -> !n.isEmpty()).toList();
    }

    static String ofBody(JsonObject body, String storeKey) {
        StringBuilder text = new StringBuilder();
        for (String name : names(body.getString("MACParams", ""))) {
            text.append(find(body, name));
        }
        return sha256(text.append(storeKey).toString());
    }

    static String ofForm(Map<String, String> f, String storeKey) {
        return sha256(f.getOrDefault("MerchantNo", "")
                + f.getOrDefault("TerminalNo", "")
                + f.getOrDefault("CardNo", "")
                + f.getOrDefault("Cvv", "")
                + f.getOrDefault("ExpiredDate", "")
                + f.getOrDefault("Amount", "")
                + storeKey);
    }

    static String ofCallback(Map<String, String> posted, String storeKey) {
        StringBuilder text = new StringBuilder();
        names(posted.get("MacParams")).forEach(name -> text.append(posted.getOrDefault(name, "")));
        return sha256(text.append(storeKey).toString());
    }

    static boolean verifies(String expected, String given) {
        return given != null
                && MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.US_ASCII));
    }

    /** A field's value as text, at the top or in a nested block; empty when absent or null. */
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

    private static String sha256(String text) {
        try {
            return Base64.getEncoder()
                    .encodeToString(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }
}
