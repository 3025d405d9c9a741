package dev.vpos.gateway.mypos;

import dev.vpos.gateway.domain.CredentialField;
import dev.vpos.gateway.domain.CredentialSchema;
import dev.vpos.gateway.domain.FamilyProfile;
import dev.vpos.gateway.domain.GatewayFamily;
import dev.vpos.shared.domain.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * myPOS Checkout (IPC): store id, wallet number, key index, the merchant's RSA private key (signs our requests) and
 * myPOS's public certificate (verifies myPOS's answers and notifications), both PEM. They are two different key
 * pairs: the key and certificate must parse, the certificate must not have expired, and it must not be the
 * certificate of the merchant's own key (then nothing myPOS sends would verify).
 */
@ApplicationScoped
public class MyPosProfile implements FamilyProfile {

    private static final String PEM = "(?s)\\s*-----BEGIN [A-Z ]+-----.+-----END [A-Z ]+-----\\s*";

    static final CredentialSchema SCHEMA = new CredentialSchema(
            GatewayFamily.MYPOS,
            "myPOS Checkout",
            List.of(
                    new CredentialField(
                            "storeId", "Store id (SID)", false, true, "[A-Za-z0-9]{1,15}", "up to 15 letters/digits"),
                    new CredentialField("walletNumber", "Wallet number", false, true, "\\d{11}", "11 digits"),
                    new CredentialField("keyIndex", "Key index", false, true, "\\d{1,3}", "a number, e.g. 1"),
                    new CredentialField(
                            "privateKey", "Private key (PEM)", true, true, PEM, "an RSA private key in PEM"),
                    new CredentialField(
                            "myposCertificate",
                            "myPOS certificate (PEM)",
                            false,
                            true,
                            PEM,
                            "an X.509 certificate in PEM")),
            List.of("THREE_D_HOST"),
            "https://www.mypos.com/vmp/checkout-test",
            "https://www.mypos.com/vmp/checkout");

    @Inject
    Clock clock;

    public MyPosProfile() {}

    MyPosProfile(Clock clock) {
        this.clock = clock;
    }

    @Override
    public CredentialSchema credentialSchema() {
        return SCHEMA;
    }

    @Override
    public List<FieldError> check(boolean live, Map<String, String> credentials) {
        List<FieldError> errors = new ArrayList<>();
        Optional<java.security.PrivateKey> key =
                given(credentials, "privateKey").flatMap(Pem::privateKey);
        if (given(credentials, "privateKey").isPresent() && key.isEmpty()) {
            errors.add(FieldError.of("credentials.privateKey", "definition.pemKey"));
        }
        Optional<X509Certificate> cert = given(credentials, "myposCertificate").flatMap(Pem::certificate);
        if (given(credentials, "myposCertificate").isPresent()) {
            if (cert.isEmpty()) {
                errors.add(FieldError.of("credentials.myposCertificate", "definition.pemCertificate"));
            } else if (expiry(cert.get()).isBefore(LocalDate.now(clock))) {
                errors.add(FieldError.of(
                        "credentials.myposCertificate", "definition.certificateExpired", expiry(cert.get())));
            }
        }
        if (key.isPresent() && cert.isPresent() && Pem.matches(key.get(), cert.get())) {
            // a common mix-up: the merchant's own certificate (the one uploaded to myPOS) instead of myPOS's
            errors.add(FieldError.of("credentials.myposCertificate", "definition.myposCertificateIsOwn"));
        }
        return errors;
    }

    @Override
    public String describe(String credentialName, String value) {
        if (!"myposCertificate".equals(credentialName)) {
            return "";
        }
        return Pem.certificate(value)
                .map(c -> "certificate valid until " + expiry(c))
                .orElse("");
    }

    /** myPOS's certificate expires (notAfter); the store's private key has no expiry of its own. */
    @Override
    public Optional<Instant> expiry(String credentialName, String value) {
        if (!"myposCertificate".equals(credentialName) || value == null) {
            return Optional.empty();
        }
        return Pem.certificate(value).map(c -> c.getNotAfter().toInstant());
    }

    private static LocalDate expiry(X509Certificate cert) {
        return cert.getNotAfter().toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    }

    private static Optional<String> given(Map<String, String> credentials, String name) {
        return Optional.ofNullable(credentials.get(name)).filter(v -> !v.isBlank());
    }
}
