package dev.vpos.shared.infrastructure.sessions;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A session's id: 256 random bits from {@link SecureRandom}, base64url without padding (43 characters) in the cookie;
 * the database keeps only its SHA-256 (64 hex digits), so reading the table gives nobody a session.
 */
public final class SessionTokens {

    /** Length of a well-formed token (32 bytes in base64url, no padding). */
    public static final int LENGTH = 43;

    private static final SecureRandom RANDOM = new SecureRandom();

    private SessionTokens() {}

    /** A new random id. */
    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether {@code token} can be one of ours (anything else is refused without asking the database). */
    public static boolean wellFormed(String token) {
        if (token == null || token.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            boolean ok =
                    (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** The SHA-256 of the token, as stored (lower-case hex). */
    public static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }
}
