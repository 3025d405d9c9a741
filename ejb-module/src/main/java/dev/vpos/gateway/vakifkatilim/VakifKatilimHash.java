package dev.vpos.gateway.vakifkatilim;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Vakıf Katılım's hashes, base64(SHA-1(UTF-8 text)) with the password entering only as base64(SHA-1(password)):
 * <ul>
 *   <li>request {@code HashData}: MerchantId + MerchantOrderId + Amount + OkUrl + FailUrl + UserName + hashed password,
 *       each field as the message carries it, absent ones empty (mews/pos {@code KuveytPosCrypt::createHash}, which
 *       its {@code VakifKatilimPos} uses; verified against its published vectors in {@code VakifKatilimHashTest});</li>
 *   <li>answer and callback {@code HashData}: MerchantOrderId + RRN + ResponseCode + OrderId + hashed password — not
 *       published for Vakıf Katılım (mews/pos does not check it); taken from the KuveytTürk platform the bank shares,
 *       and the simulator's choice (docs/families/vakifkatilim.md).</li>
 * </ul>
 */
final class VakifKatilimHash {

    private VakifKatilimHash() {}

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

    static String answer(
            String merchantOrderId, String rrn, String responseCode, String orderId, String hashedPassword) {
        return sha1Base64(merchantOrderId + rrn + responseCode + orderId + hashedPassword);
    }

    /** Constant-time comparison of a received hash with the expected one; an absent hash never matches. */
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
