package dev.vpos.simulator.akbank;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The bank side of Akbank's HMAC-SHA512 signatures (Base64; the secret key's text is the key). */
final class AkbankHmac {

    static final List<String> FORM_FIELDS = List.of(
            "paymentModel",
            "txnCode",
            "merchantSafeId",
            "terminalSafeId",
            "orderId",
            "lang",
            "amount",
            "ccbRewardAmount",
            "pcbRewardAmount",
            "xcbRewardAmount",
            "currencyCode",
            "installCount",
            "okUrl",
            "failUrl",
            "emailAddress",
            "subMerchantId",
            "creditCard",
            "expiredDate",
            "cvv",
            "randomNumber",
            "requestDateTime",
            "b2bIdentityNumber");

    private AkbankHmac() {}

    static String of(byte[] data, String key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA512");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA512"));
            return Base64.getEncoder().encodeToString(mac.doFinal(data));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String form(Map<String, String> fields, String key) {
        StringBuilder s = new StringBuilder();
        FORM_FIELDS.forEach(n -> s.append(fields.getOrDefault(n, "")));
        return of(s.toString().getBytes(StandardCharsets.UTF_8), key);
    }

    /** Signs {@code fields} in their order and answers them with {@code hashParams} and {@code hash} added. */
    static String over(Map<String, String> fields, String key) {
        StringBuilder s = new StringBuilder();
        fields.values().forEach(s::append);
        return of(s.toString().getBytes(StandardCharsets.UTF_8), key);
    }

    static boolean matches(String expected, String given) {
        return given != null
                && MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.US_ASCII));
    }
}
