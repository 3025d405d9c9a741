package dev.vpos.simulator.garanti;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

/**
 * The bank's side of the GVP v512 hashes: SecurityData = SHA-1(password + terminal id padded to 9 digits), then
 * SHA-512 (upper-case hex) over the request fields, the 3-D form fields, or the callback's hashparams values.
 */
final class GarantiCrypt {

    static final String CALLBACK_HASH_PARAMS =
            "clientid:oid:authcode:procreturncode:response:mdstatus:cavv:eci:md:rnd:";

    private GarantiCrypt() {}

    static String securityData(String password, String terminalId) {
        String padded = terminalId.length() >= 9 ? terminalId : "0".repeat(9 - terminalId.length()) + terminalId;
        return hex("SHA-1", password + padded);
    }

    static String hashData(
            String orderId, String terminalId, String cardNumber, String amount, String currency, String password) {
        return hex(
                "SHA-512", orderId + terminalId + cardNumber + amount + currency + securityData(password, terminalId));
    }

    static String secure3dHash(Map<String, String> form, String storeKey, String password) {
        String terminalId = form.getOrDefault("terminalid", "");
        return hex(
                "SHA-512",
                terminalId
                        + form.getOrDefault("orderid", "")
                        + form.getOrDefault("txnamount", "")
                        + form.getOrDefault("txncurrencycode", "")
                        + form.getOrDefault("successurl", "")
                        + form.getOrDefault("errorurl", "")
                        + form.getOrDefault("txntype", "")
                        + form.getOrDefault("txninstallmentcount", "")
                        + storeKey
                        + securityData(password, terminalId));
    }

    /** The values named by hashparams, concatenated (what the bank posts as {@code hashparamsval}). */
    static String hashParamsValue(String hashParams, Map<String, String> fields) {
        StringBuilder plain = new StringBuilder();
        for (String name : hashParams.split(":")) {
            if (!name.isEmpty()) {
                plain.append(fields.getOrDefault(name, ""));
            }
        }
        return plain.toString();
    }

    static String callbackHash(String hashParamsValue, String storeKey) {
        return hex("SHA-512", hashParamsValue + storeKey);
    }

    static boolean sameHash(String expected, String actual) {
        return actual != null
                && MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.US_ASCII),
                        actual.toUpperCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }

    private static String hex(String algorithm, String text) {
        try {
            return HexFormat.of()
                    .withUpperCase()
                    .formatHex(MessageDigest.getInstance(algorithm).digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
