package dev.vpos.gateway.paymaster;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;

/** The digest PayMaster's site settings choose for {@code LMI_HASH} (and that we use for {@code SIGN}). */
enum PayMasterHashAlgorithm {
    MD5("MD5"),
    SHA1("SHA-1"),
    SHA256("SHA-256");

    private final String jcaName;

    PayMasterHashAlgorithm(String jcaName) {
        this.jcaName = jcaName;
    }

    static PayMasterHashAlgorithm of(String setting) {
        return valueOf(setting.trim().toUpperCase(Locale.ROOT).replace("-", ""));
    }

    /** Base64 of the raw (binary) digest of the UTF-8 bytes. */
    String base64(String source) {
        return Base64.getEncoder().encodeToString(digest(jcaName, source));
    }

    static byte[] digest(String jcaName, String source) {
        try {
            return MessageDigest.getInstance(jcaName).digest(source.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(jcaName + " is not available", e);
        }
    }

    /** Constant time for equal lengths; Base64 is case-sensitive. */
    static boolean matches(String received, String expected) {
        return received != null
                && expected != null
                && MessageDigest.isEqual(
                        received.trim().getBytes(StandardCharsets.US_ASCII),
                        expected.getBytes(StandardCharsets.US_ASCII));
    }
}
