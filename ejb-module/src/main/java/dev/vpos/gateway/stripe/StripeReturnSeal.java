package dev.vpos.gateway.stripe;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Our card page posts the PaymentMethod back together with the {@code return_url} Stripe shall send the payer to after
 * 3-D Secure (our callback for the order). The adapter learns that URL only from the post, so the page carries it
 * sealed: {@code hex(HMAC-SHA256(key = the secret API key, "vpos.stripe.return|" + order id + "|" + url))}, checked
 * in constant time. A payer cannot point Stripe's redirect elsewhere through our server.
 */
final class StripeReturnSeal {

    private static final String PURPOSE = "vpos.stripe.return|";

    private StripeReturnSeal() {}

    static String of(String secretKey, String orderId, String returnUrl) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secretKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of()
                    .formatHex(mac.doFinal((PURPOSE + orderId + "|" + returnUrl).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean verifies(String secretKey, String orderId, String returnUrl, String seal) {
        if (returnUrl == null || seal == null) {
            return false;
        }
        return MessageDigest.isEqual(
                of(secretKey, orderId, returnUrl).getBytes(StandardCharsets.US_ASCII),
                seal.getBytes(StandardCharsets.US_ASCII));
    }
}
