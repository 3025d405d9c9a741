package dev.vpos.simulator.twocheckout;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * 2Checkout's signatures as the provider computes them. Every source is the values serialised with their UTF-8 byte
 * length in front ({@code ""} → {@code 0}); ConvertPlus sorts the parameters by name and uses HMAC-SHA256 with the
 * buy-link secret word; IPNs, read receipts and the REST API header use the account's HMAC (MD5, SHA256, SHA3-256)
 * with the secret key. Hex digests, compared case-insensitively in constant time.
 */
public final class TwoCheckoutCrypto {

    private TwoCheckoutCrypto() {}

    public static String serialise(List<String> values) {
        StringBuilder out = new StringBuilder();
        for (String v : values) {
            if (v == null || v.isEmpty()) {
                out.append('0');
            } else {
                out.append(v.getBytes(StandardCharsets.UTF_8).length).append(v);
            }
        }
        return out.toString();
    }

    /** {@code MD5}, {@code SHA256}, {@code SHA3_256} (or the API header's {@code sha256}, {@code sha3-256}). */
    public static String hmac(String algorithm, String key, String source) {
        String jca = switch (algorithm.toUpperCase(Locale.ROOT).replace("-", "_")) {
            case "MD5" -> "HmacMD5";
            case "SHA256" -> "HmacSHA256";
            case "SHA3_256" -> "HmacSHA3-256";
            default -> throw new IllegalArgumentException("unknown algorithm " + algorithm);
        };
        try {
            Mac mac = Mac.getInstance(jca);
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), jca));
            return HexFormat.of().formatHex(mac.doFinal(source.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(jca, e);
        }
    }

    /** The ConvertPlus signature over the given parameters (already reduced to those to sign). */
    public static String convertPlus(Map<String, String> parameters, String buyLinkSecretWord) {
        return hmac("SHA256", buyLinkSecretWord, serialise(List.copyOf(new TreeMap<>(parameters).values())));
    }

    public static boolean same(String a, String b) {
        return a != null
                && b != null
                && MessageDigest.isEqual(
                        a.trim().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8),
                        b.trim().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
    }
}
