package dev.vpos.definitions.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class AesGcmSecretSealerTest {

    private static final String KEY_A = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String KEY_B =
            Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());

    private final AesGcmSecretSealer sealer = new AesGcmSecretSealer(new MasterKeySource(KEY_A));

    @Test
    void sealsSoTheValueIsNotReadableAndOpensBack() {
        String sealed = sealer.seal("TRPS0200", "storeKey");

        assertTrue(sealed.startsWith("v1:"), sealed);
        assertFalse(sealed.contains("TRPS0200"));
        assertEquals("TRPS0200", sealer.open(sealed, "storeKey"));
    }

    @Test
    void sealingTwiceGivesDifferentCiphertexts() {
        assertNotEquals(sealer.seal("same", "password"), sealer.seal("same", "password"));
    }

    @Test
    void aValueMovedToAnotherFieldDoesNotOpen() {
        String sealed = sealer.seal("ISBANK07", "password");

        assertThrows(IllegalStateException.class, () -> sealer.open(sealed, "storeKey"));
    }

    @Test
    void aTamperedValueDoesNotOpen() {
        String sealed = sealer.seal("ISBANK07", "password");
        char[] chars = sealed.toCharArray();
        int i = chars.length - 3;
        chars[i] = chars[i] == 'A' ? 'B' : 'A';

        assertThrows(IllegalStateException.class, () -> sealer.open(new String(chars), "password"));
    }

    @Test
    void anotherKeyCannotOpenAndSaysWhichKeyIsNeeded() {
        String sealed = sealer.seal("ISBANK07", "password");
        AesGcmSecretSealer other = new AesGcmSecretSealer(new MasterKeySource(KEY_B));

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> other.open(sealed, "password"));
        assertTrue(e.getMessage().contains("which this server does not have"), e.getMessage());
    }
}
