package dev.vpos.gateway.interpos;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * InterPOS's hashes: base64 of SHA-1, no separators (verified against mews/pos {@code InterPosCryptTest}).
 *
 * <ul>
 *   <li>the 3-D form: {@code ShopCode + OrderId + PurchAmount + OkUrl + FailUrl + TxnType + InstallmentCount + Rnd +
 *       storeKey};
 *   <li>the callback: the values of the fields its {@code HASHPARAMS} names (colon-separated, a trailing colon; an
 *       absent field counts as empty), then the store key, compared with {@code HASH}.
 * </ul>
 */
final class InterPosHash {

    /** The fields the 3-D form's hash covers, in order. */
    static final List<String> FORM_FIELDS =
            List.of("ShopCode", "OrderId", "PurchAmount", "OkUrl", "FailUrl", "TxnType", "InstallmentCount", "Rnd");

    private InterPosHash() {}

    static String form(Map<String, String> form, String storeKey) {
        StringBuilder text = new StringBuilder();
        FORM_FIELDS.forEach(name -> text.append(form.getOrDefault(name, "")));
        return sha1(text.append(storeKey).toString());
    }

    static List<String> signedNames(String hashParams) {
        return hashParams == null
                ? List.of()
                : java.util.Arrays.stream(hashParams.split(":"))
                        .filter(n -> !n.isEmpty())
                        .toList();
    }

    static String callback(Map<String, String> posted, String storeKey) {
        StringBuilder text = new StringBuilder();
        signedNames(posted.get("HASHPARAMS")).forEach(name -> text.append(posted.getOrDefault(name, "")));
        return sha1(text.append(storeKey).toString());
    }

    /** Constant-time comparison of two hashes as text. */
    static boolean verifies(String expected, String given) {
        return given != null
                && MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.US_ASCII));
    }

    private static String sha1(String text) {
        try {
            return Base64.getEncoder()
                    .encodeToString(MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is missing from the JDK", e);
        }
    }
}
