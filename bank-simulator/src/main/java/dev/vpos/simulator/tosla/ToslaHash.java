package dev.vpos.simulator.tosla;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The bank side of Tosla's SHA-512 signatures (Base64 of the digest, the API password first, no separators): the
 * request {@code hash} over clientId, apiUser, rnd, timeSpan, and the callback {@code Hash} over the values of the
 * fields {@code HashParameters} names.
 */
final class ToslaHash {

    static final List<String> CALLBACK_PARAMETERS = List.of(
            "ClientId", "ApiUser", "OrderId", "MdStatus", "BankResponseCode", "BankResponseMessage", "RequestStatus");

    private ToslaHash() {}

    static String request(String apiPass, String clientId, String apiUser, String rnd, String timeSpan) {
        return sha512(apiPass + clientId + apiUser + rnd + timeSpan);
    }

    static String callback(ToslaMerchants.Merchant m, Map<String, String> fields) {
        StringBuilder s = new StringBuilder(m.apiPass());
        for (String name : CALLBACK_PARAMETERS) {
            s.append(name.equals("ApiUser") ? m.apiUser() : fields.getOrDefault(name, ""));
        }
        return sha512(s.toString());
    }

    static boolean matches(String expected, String given) {
        return given != null
                && MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.US_ASCII));
    }

    private static String sha512(String text) {
        try {
            return Base64.getEncoder()
                    .encodeToString(MessageDigest.getInstance("SHA-512").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
