package dev.vpos.gateway.payfor;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * PayFor's 3-D hashes: base64 of SHA-1 over fields concatenated without separator, with the store key (MerchantPass).
 * Request: {@code MbrId OrderId PurchAmount OkUrl FailUrl TxnType InstallmentCount Rnd storeKey}; callback:
 * {@code MerchantID storeKey OrderId AuthCode ProcReturnCode 3DStatus ResponseRnd UserCode}.
 */
final class PayForHash {

    private PayForHash() {}

    static String request(
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

    static String response(
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

    /** Constant-time: the comparison takes as long whether the first or the last character differs. */
    static boolean verifies(String expected, String received) {
        return received != null
                && MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.US_ASCII), received.getBytes(StandardCharsets.US_ASCII));
    }

    private static String sha1Base64(String text) {
        try {
            return Base64.getEncoder()
                    .encodeToString(MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-1", e);
        }
    }
}
