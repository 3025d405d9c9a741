package dev.vpos.gateway.kuveytturk;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * KuveytTürk's hashes, all base64(SHA-1(UTF-8 text)) with the password entering only as base64(SHA-1(password)):
 * <ul>
 *   <li>request: MerchantId + MerchantOrderId + Amount + OkUrl + FailUrl + UserName + hashedPassword (OkUrl and
 *       FailUrl only in the 3-D enrollment; empty otherwise; follow-ups hash their VPosMessage the same way);</li>
 *   <li>response (3-D callback and payment answers): MerchantOrderId + RRN + ResponseCode + OrderId +
 *       hashedPassword (RRN empty in the 3-D callback, which has none).</li>
 * </ul>
 */
final class KuveytTurkHash {

    private KuveytTurkHash() {}

    static String request(
            String merchantId,
            String merchantOrderId,
            String amount,
            String okUrl,
            String failUrl,
            String userName,
            String hashedPassword) {
        return sha1Base64(merchantId + merchantOrderId + amount + okUrl + failUrl + userName + hashedPassword);
    }

    static String response(
            String merchantOrderId, String rrn, String responseCode, String orderId, String hashedPassword) {
        return sha1Base64(merchantOrderId + rrn + responseCode + orderId + hashedPassword);
    }

    /** Constant-time comparison of a received hash with the expected one. */
    static boolean matches(String expected, String received) {
        if (received == null || received.isEmpty()) {
            return false;
        }
        return MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.US_ASCII), received.getBytes(StandardCharsets.US_ASCII));
    }

    static String sha1Base64(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-1", e);
        }
    }
}
