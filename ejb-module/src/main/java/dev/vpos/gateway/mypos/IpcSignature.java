package dev.vpos.gateway.mypos;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * myPOS IPC signatures: RSA PKCS#1 v1.5 with SHA-256 (OpenSSL's {@code OPENSSL_ALGO_SHA256}) over the ASCII text
 * {@link IpcFields#signedText()}, Base64-encoded. Computed with Bouncy Castle. Verification compares the recovered
 * digest inside the provider, which does so in constant time; a malformed signature simply does not verify.
 */
final class IpcSignature {

    private static final BouncyCastleProvider PROVIDER = new BouncyCastleProvider();
    private static final String ALGORITHM = "SHA256withRSA";

    private IpcSignature() {}

    static String sign(String signedText, PrivateKey key) {
        try {
            Signature s = Signature.getInstance(ALGORITHM, PROVIDER);
            s.initSign(key);
            s.update(signedText.getBytes(StandardCharsets.US_ASCII));
            return Base64.getEncoder().encodeToString(s.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with the definition's private key: " + e.getMessage(), e);
        }
    }

    static boolean verifies(String signedText, String signatureBase64, PublicKey key) {
        if (signatureBase64 == null || signatureBase64.isBlank() || key == null) {
            return false;
        }
        try {
            byte[] signature = Base64.getMimeDecoder().decode(signatureBase64.trim());
            Signature s = Signature.getInstance(ALGORITHM, PROVIDER);
            s.initVerify(key);
            s.update(signedText.getBytes(StandardCharsets.US_ASCII));
            return s.verify(signature);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }
}
