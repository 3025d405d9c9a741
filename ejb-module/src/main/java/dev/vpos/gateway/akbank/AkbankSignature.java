package dev.vpos.gateway.akbank;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Akbank's HMAC-SHA512 signatures, Base64 of the MAC with the secret key (its UTF-8 text as the key):
 * <ul>
 *   <li>every API request: {@code auth-hash} header over the exact JSON body sent;</li>
 *   <li>the 3-D form: {@code hash} over the values of {@link #FORM_FIELDS} in that order, absent ones empty;</li>
 *   <li>the callback: {@code hash} over the values of the fields {@code hashParams} names ({@code +}-separated).</li>
 * </ul>
 * All three reproduce the expected values of mews/pos's {@code AkbankPosCryptTest}.
 */
final class AkbankSignature {

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

    private AkbankSignature() {}

    static String body(byte[] body, String secretKey) {
        return hmac(body, secretKey);
    }

    static String form(Map<String, String> fields, String secretKey) {
        StringBuilder s = new StringBuilder();
        FORM_FIELDS.forEach(
                name -> s.append(fields.getOrDefault(name, "") == null ? "" : fields.getOrDefault(name, "")));
        return hmac(s.toString().getBytes(StandardCharsets.UTF_8), secretKey);
    }

    static String callback(Map<String, String> posted, String secretKey) {
        StringBuilder s = new StringBuilder();
        for (String name : posted.getOrDefault("hashParams", "").split("\\+", -1)) {
            s.append(posted.getOrDefault(name, ""));
        }
        return hmac(s.toString().getBytes(StandardCharsets.UTF_8), secretKey);
    }

    static boolean verifies(String expected, String given) {
        return given != null
                && MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.US_ASCII));
    }

    private static String hmac(byte[] data, String key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA512");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA512"));
            return Base64.getEncoder().encodeToString(mac.doFinal(data));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA512 with a text key is part of every JDK", e);
        }
    }
}
