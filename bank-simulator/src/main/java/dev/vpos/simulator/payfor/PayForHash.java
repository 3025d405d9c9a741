package dev.vpos.simulator.payfor;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The PayFor hashes, as the bank computes them: base64 of the SHA-1 of the fields concatenated without separator.
 * <ul>
 *   <li>3-D form: {@code MbrId + OrderId + PurchAmount + OkUrl + FailUrl + TxnType + InstallmentCount + Rnd + storeKey}</li>
 *   <li>callback: {@code MerchantID + storeKey + OrderId + AuthCode + ProcReturnCode + 3DStatus + ResponseRnd + UserCode}</li>
 * </ul>
 */
public final class PayForHash {

    private PayForHash() {}

    public static String request(
            String mbrId,
            String orderId,
            String purchAmount,
            String okUrl,
            String failUrl,
            String txnType,
            String installmentCount,
            String rnd,
            String storeKey) {
        return sha1Base64(
                mbrId + orderId + purchAmount + okUrl + failUrl + txnType + installmentCount + rnd + storeKey);
    }

    public static String response(
            String merchantId,
            String storeKey,
            String orderId,
            String authCode,
            String procReturnCode,
            String threeDStatus,
            String responseRnd,
            String userCode) {
        return sha1Base64(
                merchantId + storeKey + orderId + authCode + procReturnCode + threeDStatus + responseRnd + userCode);
    }

    /** Constant-time comparison of a received hash with the expected one. */
    public static boolean matches(String expected, String received) {
        return received != null
                && MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.US_ASCII), received.getBytes(StandardCharsets.US_ASCII));
    }

    static String sha1Base64(String text) {
        try {
            return Base64.getEncoder()
                    .encodeToString(MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-1", e);
        }
    }
}
