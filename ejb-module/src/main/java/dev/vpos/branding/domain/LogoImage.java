package dev.vpos.branding.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * An uploaded image recognised by its own first bytes, not by what the uploader said it was: PNG or JPEG only (an SVG
 * may carry script, and the payer's page shows the logo to everyone).
 */
public record LogoImage(String contentType, byte[] bytes) {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    /** The image these bytes are, or empty when they are neither a PNG nor a JPEG. */
    public static Optional<LogoImage> of(byte[] bytes) {
        if (bytes == null) {
            return Optional.empty();
        }
        if (startsWith(bytes, PNG)) {
            return Optional.of(new LogoImage("image/png", bytes));
        }
        if (startsWith(bytes, JPEG)) {
            return Optional.of(new LogoImage("image/jpeg", bytes));
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        return bytes.length > magic.length && Arrays.equals(Arrays.copyOf(bytes, magic.length), magic);
    }
}
