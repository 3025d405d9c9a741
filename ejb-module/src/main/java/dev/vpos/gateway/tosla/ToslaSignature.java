package dev.vpos.gateway.tosla;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;

/**
 * Tosla's two SHA-512 signatures, both Base64 of the digest, the API password first and no separators:
 * <ul>
 *   <li>every request: {@code hash = B64(SHA512(apiPass + clientId + apiUser + rnd + timeSpan))};</li>
 *   <li>the 3-D callback: {@code Hash = B64(SHA512(apiPass + values of the fields HashParameters names))}, where the
 *       names are comma-separated and {@code ClientId} / {@code ApiUser} are the merchant's own (ApiUser is not
 *       posted); a name without a posted value counts as empty.</li>
 * </ul>
 * Both reproduce the expected values of mews/pos's {@code ToslaPosCryptTest}.
 */
final class ToslaSignature {

    private ToslaSignature() {}

    static String request(String apiPass, String clientId, String apiUser, String rnd, String timeSpan) {
        return sha512(apiPass + clientId + apiUser + rnd + timeSpan);
    }

    static String callback(ToslaCredentials c, Map<String, String> posted) {
        StringBuilder values = new StringBuilder(c.apiPass());
        for (String name : posted.getOrDefault("HashParameters", "").split(",", -1)) {
            values.append(
                    switch (name) {
                        case "ClientId" -> c.clientId();
                        case "ApiUser" -> c.apiUser();
                        default -> posted.getOrDefault(name, "");
                    });
        }
        return sha512(values.toString());
    }

    /** Constant-time comparison of the Base64 texts. */
    static boolean verifies(String expected, String given) {
        return given != null
                && MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.US_ASCII));
    }

    static String sha512(String text) {
        try {
            return Base64.getEncoder()
                    .encodeToString(MessageDigest.getInstance("SHA-512").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-512 is part of every JDK", e);
        }
    }
}
