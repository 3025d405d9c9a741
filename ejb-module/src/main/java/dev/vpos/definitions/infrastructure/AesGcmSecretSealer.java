package dev.vpos.definitions.infrastructure;

import dev.vpos.definitions.domain.SecretSealer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * AES-256-GCM through Bouncy Castle. Sealed form: {@code v1:<key id>:<base64(12-byte nonce || ciphertext+tag)>};
 * the purpose (credential name) is the additional authenticated data.
 */
@ApplicationScoped
public class AesGcmSecretSealer implements SecretSealer {

    private static final String PREFIX = "v1";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final BouncyCastleProvider PROVIDER = new BouncyCastleProvider();

    private final SecureRandom random = new SecureRandom();

    @Inject
    MasterKeySource keySource;

    public AesGcmSecretSealer() {}

    AesGcmSecretSealer(MasterKeySource keySource) {
        this.keySource = keySource;
    }

    @Override
    public String seal(String plaintext, String purpose) {
        MasterKey key = keySource.current();
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] cipherText = run(Cipher.ENCRYPT_MODE, key, nonce, purpose, plaintext.getBytes(StandardCharsets.UTF_8));
        byte[] out = ByteBuffer.allocate(nonce.length + cipherText.length)
                .put(nonce)
                .put(cipherText)
                .array();
        return PREFIX + ":" + key.id() + ":" + Base64.getEncoder().encodeToString(out);
    }

    @Override
    public String keyIdOf(String sealed) {
        String[] parts = sealed.split(":", 3);
        return parts.length == 3 ? parts[1] : "";
    }

    @Override
    public String currentKeyId() {
        return keySource.current().id();
    }

    @Override
    public String open(String sealed, String purpose) {
        String[] parts = sealed.split(":", 3);
        if (parts.length != 3 || !PREFIX.equals(parts[0])) {
            throw new IllegalStateException("not a sealed value");
        }
        MasterKey key = keySource
                .byId(parts[1])
                .orElseThrow(() -> new IllegalStateException(
                        "sealed under key " + parts[1] + ", which this server does not have (current key "
                                + keySource.current().id() + ")"));
        byte[] all = Base64.getDecoder().decode(parts[2]);
        byte[] nonce = java.util.Arrays.copyOfRange(all, 0, NONCE_BYTES);
        byte[] cipherText = java.util.Arrays.copyOfRange(all, NONCE_BYTES, all.length);
        return new String(run(Cipher.DECRYPT_MODE, key, nonce, purpose, cipherText), StandardCharsets.UTF_8);
    }

    private static byte[] run(int mode, MasterKey key, byte[] nonce, String purpose, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding", PROVIDER);
            cipher.init(mode, new SecretKeySpec(key.bytes(), "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("sealing failed (wrong key or tampered value)", e);
        }
    }
}
