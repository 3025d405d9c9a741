package dev.vpos.gateway.mypos;

import java.io.IOException;
import java.io.StringReader;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Optional;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;

/** Reads PEM keys and certificates with Bouncy Castle (PKCS#1 "RSA PRIVATE KEY" and PKCS#8 "PRIVATE KEY"). */
final class Pem {

    private static final BouncyCastleProvider PROVIDER = new BouncyCastleProvider();

    private Pem() {}

    static Optional<PrivateKey> privateKey(String pem) {
        try (PEMParser parser = new PEMParser(new StringReader(pem))) {
            Object o = parser.readObject();
            JcaPEMKeyConverter converter = new JcaPEMKeyConverter().setProvider(PROVIDER);
            if (o instanceof PEMKeyPair pair) {
                return Optional.of(converter.getKeyPair(pair).getPrivate());
            }
            if (o instanceof PrivateKeyInfo info) {
                return Optional.of(converter.getPrivateKey(info));
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static Optional<X509Certificate> certificate(String pem) {
        try (PEMParser parser = new PEMParser(new StringReader(pem))) {
            Object o = parser.readObject();
            if (o instanceof X509CertificateHolder holder) {
                return Optional.of(
                        new JcaX509CertificateConverter().setProvider(PROVIDER).getCertificate(holder));
            }
            return Optional.empty();
        } catch (IOException | CertificateException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Whether the private key belongs to the certificate's public key (same RSA modulus and exponent). */
    static boolean matches(PrivateKey key, X509Certificate cert) {
        return key instanceof RSAPrivateCrtKey k
                && cert.getPublicKey() instanceof RSAPublicKey p
                && k.getModulus().equals(p.getModulus())
                && k.getPublicExponent().equals(p.getPublicExponent());
    }
}
