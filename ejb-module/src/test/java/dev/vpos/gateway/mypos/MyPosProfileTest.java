package dev.vpos.gateway.mypos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpos.shared.domain.FieldError;
import java.io.StringWriter;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;

class MyPosProfileTest {

    private static final Clock NOV_2026 = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
    private final MyPosProfile mypos = new MyPosProfile(NOV_2026);

    @Test
    void theMerchantsKeyAndMyPosCertificateOfAnotherKeyPassAndTheExpiryIsShown() throws Exception {
        String myposCert = pem(certificate(rsa(), "2027-06-30T00:00:00Z"));

        assertTrue(mypos.check(false, Map.of("privateKey", pem(rsa().getPrivate()), "myposCertificate", myposCert))
                .isEmpty());
        assertEquals("certificate valid until 2027-06-30", mypos.describe("myposCertificate", myposCert));
    }

    @Test
    void theCertificatesNotAfterIsItsExpiryAndOtherCredentialsHaveNone() throws Exception {
        String myposCert = pem(certificate(rsa(), "2027-06-30T00:00:00Z"));

        assertEquals(
                java.util.Optional.of(Instant.parse("2027-06-30T00:00:00Z")),
                mypos.expiry("myposCertificate", myposCert));
        assertTrue(mypos.expiry("storeId", "1234").isEmpty());
        assertTrue(mypos.expiry("myposCertificate", "not a certificate").isEmpty());
    }

    @Test
    void theCertificateOfTheMerchantsOwnKeyIsRefusedAsMyPosCertificate() throws Exception {
        KeyPair own = rsa();

        List<FieldError> errors = mypos.check(
                false,
                Map.of(
                        "privateKey",
                        pem(own.getPrivate()),
                        "myposCertificate",
                        pem(certificate(own, "2027-06-30T00:00:00Z"))));

        assertEquals("credentials.myposCertificate", errors.get(0).field());
        assertEquals("definition.myposCertificateIsOwn", errors.get(0).messageKey());
    }

    @Test
    void anExpiredCertificateAndUnreadablePemAreRefused() throws Exception {
        String expired = pem(certificate(rsa(), "2026-01-31T00:00:00Z"));
        String garbage = "-----BEGIN RSA PRIVATE KEY-----\nbm90IGEga2V5\n-----END RSA PRIVATE KEY-----\n";

        List<FieldError> errors = mypos.check(false, Map.of("privateKey", garbage, "myposCertificate", expired));

        assertEquals(
                List.of("definition.pemKey", "definition.certificateExpired"),
                errors.stream().map(FieldError::messageKey).toList());
    }

    private static KeyPair rsa() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(1024);
        return g.generateKeyPair();
    }

    private static java.security.cert.X509Certificate certificate(KeyPair pair, String notAfter) throws Exception {
        X500Name name = new X500Name("CN=myPOS test");
        var builder = new JcaX509v3CertificateBuilder(
                name,
                BigInteger.ONE,
                Date.from(Instant.parse("2025-01-01T00:00:00Z")),
                Date.from(Instant.parse(notAfter)),
                name,
                pair.getPublic());
        var signer = new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate());
        return new JcaX509CertificateConverter()
                .setProvider(new BouncyCastleProvider())
                .getCertificate(builder.build(signer));
    }

    private static String pem(Object o) throws Exception {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter w = new JcaPEMWriter(out)) {
            w.writeObject(o);
        }
        return out.toString();
    }
}
