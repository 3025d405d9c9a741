package dev.vpos.gateway.posnet;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The PosNet OOS MAC, a two-level SHA-256 chain written in Base64, fields joined by {@code ;}:
 * {@code firstHash = B64(SHA256(encKey;terminalNo))}; a request's
 * {@code mac = B64(SHA256(xid;amount;currency;merchantNo;firstHash))}; the bank's answer to
 * {@code oosResolveMerchantData} carries {@code mac = B64(SHA256(mdStatus;xid;amount;currency;merchantNo;firstHash))}.
 */
final class PosNetMac {

    private PosNetMac() {}

    static String firstHash(String encryptionKey, String terminalNo) {
        return sha256Base64(encryptionKey + ";" + terminalNo);
    }

    static String requestMac(
            String xid, String amount, String currency, String merchantNo, String encryptionKey, String terminalNo) {
        return sha256Base64(String.join(";", xid, amount, currency, merchantNo, firstHash(encryptionKey, terminalNo)));
    }

    static String responseMac(
            String mdStatus,
            String xid,
            String amount,
            String currency,
            String merchantNo,
            String encryptionKey,
            String terminalNo) {
        return sha256Base64(
                String.join(";", mdStatus, xid, amount, currency, merchantNo, firstHash(encryptionKey, terminalNo)));
    }

    /** Constant-time comparison of two MACs. */
    static boolean matches(String expected, String actual) {
        return actual != null
                && MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.US_ASCII), actual.getBytes(StandardCharsets.US_ASCII));
    }

    private static String sha256Base64(String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return Base64.getEncoder().encodeToString(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
