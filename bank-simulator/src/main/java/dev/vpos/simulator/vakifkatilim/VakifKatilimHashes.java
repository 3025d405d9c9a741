package dev.vpos.simulator.vakifkatilim;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The bank's side of Vakıf Katılım's hashes, base64(SHA-1(UTF-8 text)) with the password only as its own
 * base64(SHA-1) ({@code HashPassword}): requests over MerchantId + MerchantOrderId + Amount + OkUrl + FailUrl +
 * UserName + hashed password (absent fields empty; mews/pos {@code KuveytPosCrypt}, which its VakifKatilimPos uses);
 * answers and callbacks over MerchantOrderId + RRN + ResponseCode + OrderId + hashed password — the simulator's
 * choice (KuveytTürk's answer hash, not confirmed for Vakıf Katılım: docs/families/vakifkatilim.md).
 */
public final class VakifKatilimHashes {

    private VakifKatilimHashes() {}

    public static String request(
            String merchantId,
            String merchantOrderId,
            String amount,
            String okUrl,
            String failUrl,
            String userName,
            String hashedPassword) {
        return sha1Base64(merchantId + merchantOrderId + amount + okUrl + failUrl + userName + hashedPassword);
    }

    public static String answer(
            String merchantOrderId, String rrn, String responseCode, String orderId, String hashedPassword) {
        return sha1Base64(merchantOrderId + rrn + responseCode + orderId + hashedPassword);
    }

    static boolean matches(String expected, String received) {
        return received != null
                && MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.US_ASCII), received.getBytes(StandardCharsets.US_ASCII));
    }

    public static String sha1Base64(String text) {
        try {
            return Base64.getEncoder()
                    .encodeToString(MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
