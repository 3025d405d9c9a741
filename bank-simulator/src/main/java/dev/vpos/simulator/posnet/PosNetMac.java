package dev.vpos.simulator.posnet;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The bank's side of the PosNet OOS MAC: {@code firstHash = B64(SHA256(encKey;tid))}, the merchant's request
 * {@code mac = B64(SHA256(xid;amount;currency;mid;firstHash))}, and the MAC the bank puts on its
 * {@code oosResolveMerchantDataResponse}: {@code B64(SHA256(mdStatus;xid;amount;currency;mid;firstHash))}.
 */
final class PosNetMac {

    private PosNetMac() {}

    static String firstHash(String encryptionKey, String terminalNo) {
        return sha256Base64(encryptionKey + ";" + terminalNo);
    }

    static String requestMac(String xid, String amount, String currency, PosNetMerchants.Merchant m) {
        return sha256Base64(
                String.join(";", xid, amount, currency, m.merchantNo(), firstHash(m.encryptionKey(), m.terminalNo())));
    }

    static String responseMac(String mdStatus, String xid, String amount, String currency, PosNetMerchants.Merchant m) {
        return sha256Base64(String.join(
                ";", mdStatus, xid, amount, currency, m.merchantNo(), firstHash(m.encryptionKey(), m.terminalNo())));
    }

    static boolean matches(String expected, String actual) {
        return actual != null
                && MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.UTF_8), actual.getBytes(StandardCharsets.UTF_8));
    }

    static String sha256Base64(String text) {
        try {
            return Base64.getEncoder()
                    .encodeToString(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
