package dev.vpos.simulator.mypos;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.CertificateFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/**
 * The simulated myPOS's own key pair (its answers and notifications are signed with the private key; merchants
 * configure the certificate as "myPOS certificate") and PEM reading for merchants' certificates. The key pair was
 * generated for this simulator; it is not myPOS's.
 */
public final class MyPosKeys {

    public static final String PRIVATE_KEY = "/mypos/mypos-simulator.key.pem";
    public static final String CERTIFICATE = "/mypos/mypos-simulator.crt.pem";

    private MyPosKeys() {}

    /** The simulator's signing key (PKCS#8 PEM on the classpath). */
    public static PrivateKey simulatorKey() {
        String pem = resource(PRIVATE_KEY);
        String base64 = pem.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
        try {
            return KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(PRIVATE_KEY + " is not a PKCS#8 RSA key", e);
        }
    }

    /** The simulator's certificate in PEM, as a merchant enters it in its definition. */
    public static String simulatorCertificatePem() {
        return resource(CERTIFICATE);
    }

    /** The public key of an X.509 certificate given as PEM. */
    public static PublicKey publicKeyOf(String certificatePem) {
        try {
            return CertificateFactory.getInstance("X.509")
                    .generateCertificate(
                            new java.io.ByteArrayInputStream(certificatePem.getBytes(StandardCharsets.US_ASCII)))
                    .getPublicKey();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("not an X.509 certificate in PEM", e);
        }
    }

    static String resource(String name) {
        try (InputStream in = MyPosKeys.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
