package dev.vpos.gateway.garanti;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * Garanti GVP "v512" hashes. SecurityData = SHA-1(password + terminal id left-padded to 9 with zeros), upper-case hex;
 * every other hash is SHA-512, upper-case hex, over plain concatenations ending in SecurityData (API) or store key
 * and SecurityData (3-D form), and over the callback's {@code hashparams} values plus the store key (3-D callback).
 */
final class GarantiCrypt {

    private GarantiCrypt() {}

    static String securityData(String password, String terminalId) {
        return hex("SHA-1", password + "0".repeat(Math.max(0, 9 - terminalId.length())) + terminalId);
    }

    /** {@code Terminal/HashData}: OrderID + TerminalID + CardNumber ("" without a card) + Amount + CurrencyCode + SecurityData. */
    static String hashData(
            String orderId, String terminalId, String cardNumber, String amount, String currency, String securityData) {
        return hex("SHA-512", orderId + terminalId + cardNumber + amount + currency + securityData);
    }

    /** {@code secure3dhash} of the form posted to the 3-D gate. */
    static String secure3dHash(
            String terminalId,
            String orderId,
            String amount,
            String currency,
            String successUrl,
            String errorUrl,
            String type,
            String installments,
            String storeKey,
            String securityData) {
        return hex(
                "SHA-512",
                terminalId
                        + orderId
                        + amount
                        + currency
                        + successUrl
                        + errorUrl
                        + type
                        + installments
                        + storeKey
                        + securityData);
    }

    /** The bank's callback hash: the values named by {@code hashparams} (colon-separated), then the store key. */
    static String callbackHash(String hashParams, Map<String, String> posted, String storeKey) {
        StringBuilder plain = new StringBuilder();
        for (String name : hashParams.split(":")) {
            if (!name.isEmpty()) {
                plain.append(posted.getOrDefault(name, ""));
            }
        }
        return hex("SHA-512", plain.append(storeKey).toString());
    }

    /** Constant-time comparison of two hex hashes (case-insensitive, as the bank writes upper case). */
    static boolean sameHash(String expected, String actual) {
        if (expected == null || actual == null) {
            return false;
        }
        return MessageDigest.isEqual(
                expected.toUpperCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII),
                actual.toUpperCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }

    private static String hex(String algorithm, String text) {
        try {
            byte[] digest = MessageDigest.getInstance(algorithm).digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().withUpperCase().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is missing from the JDK", e);
        }
    }
}
