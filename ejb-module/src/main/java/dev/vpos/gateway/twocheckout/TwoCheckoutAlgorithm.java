package dev.vpos.gateway.twocheckout;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The HMACs a 2Checkout account signs with: HMAC-MD5 on legacy accounts ({@code HASH} in the IPN, the
 * {@code <EPAYMENT>} read receipt, no {@code algo} in the API header), HMAC-SHA256 ({@code SIGNATURE_SHA2_256},
 * {@code <sig algo="sha256">}) and HMAC-SHA3-256 ({@code SIGNATURE_SHA3_256}, {@code <sig algo="sha3-256">}) on newer
 * ones. Hex digests; 2Checkout says hash values are case-insensitive, so comparisons ignore case, in constant time.
 */
enum TwoCheckoutAlgorithm {
    MD5("HmacMD5", "HASH", null),
    SHA256("HmacSHA256", "SIGNATURE_SHA2_256", "sha256"),
    SHA3_256("HmacSHA3-256", "SIGNATURE_SHA3_256", "sha3-256");

    /** Every IPN field that carries a signature; none of them is part of the signed source. */
    static final java.util.Set<String> SIGNATURE_FIELDS =
            java.util.Set.of("HASH", "SIGNATURE_SHA2_256", "SIGNATURE_SHA3_256");

    private final String jcaName;
    private final String ipnField;
    private final String algo;

    TwoCheckoutAlgorithm(String jcaName, String ipnField, String algo) {
        this.jcaName = jcaName;
        this.ipnField = ipnField;
        this.algo = algo;
    }

    static TwoCheckoutAlgorithm of(String setting) {
        return valueOf(
                setting == null || setting.isBlank() ? "SHA256" : setting.trim().toUpperCase(Locale.ROOT));
    }

    /** The IPN field that carries this algorithm's signature. */
    String ipnField() {
        return ipnField;
    }

    /** The {@code algo} attribute of the read receipt and the API header; null for MD5 (the legacy forms). */
    String algo() {
        return algo;
    }

    String hmacHex(String key, String source) {
        try {
            Mac mac = Mac.getInstance(jcaName);
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), jcaName));
            return HexFormat.of().formatHex(mac.doFinal(source.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(jcaName + " is not available", e);
        }
    }

    /** Constant time for equal lengths; case-insensitive as 2Checkout documents its hash values. */
    static boolean matches(String received, String expected) {
        if (received == null || expected == null) {
            return false;
        }
        return MessageDigest.isEqual(
                received.trim().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII),
                expected.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }
}
