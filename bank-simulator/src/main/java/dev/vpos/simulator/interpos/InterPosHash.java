package dev.vpos.simulator.interpos;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;

/**
 * The bank side of InterPOS's SHA-1 hashes (base64, no separators): the merchant's 3-D form
 * ({@code ShopCode OrderId PurchAmount OkUrl FailUrl TxnType InstallmentCount Rnd} + store key) and the callback's
 * {@code HASH} over the values of the fields {@code HASHPARAMS} names, + store key.
 */
final class InterPosHash {

    static final String CALLBACK_PARAMS =
            "Version:PurchAmount:Exponent:Currency:OkUrl:FailUrl:MD:OrderId:ProcReturnCode:Response:mdStatus:";

    private InterPosHash() {}

    static String ofForm(Map<String, String> f, String storeKey) {
        return sha1(v(f, "ShopCode")
                + v(f, "OrderId")
                + v(f, "PurchAmount")
                + v(f, "OkUrl")
                + v(f, "FailUrl")
                + v(f, "TxnType")
                + v(f, "InstallmentCount")
                + v(f, "Rnd")
                + storeKey);
    }

    /** The concatenated values of the callback's signed fields ({@code HASHPARAMSVAL}). */
    static String callbackValues(Map<String, String> f) {
        StringBuilder values = new StringBuilder();
        for (String name : CALLBACK_PARAMS.split(":")) {
            values.append(v(f, name));
        }
        return values.toString();
    }

    static String ofCallback(Map<String, String> f, String storeKey) {
        return sha1(callbackValues(f) + storeKey);
    }

    static boolean matches(String expected, String given) {
        return given != null
                && MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.US_ASCII));
    }

    private static String v(Map<String, String> f, String name) {
        String value = f.get(name);
        return value == null ? "" : value;
    }

    private static String sha1(String text) {
        try {
            return Base64.getEncoder()
                    .encodeToString(MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
