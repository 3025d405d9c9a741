package dev.vpos.gateway.stripe;

import dev.vpos.gateway.domain.CredentialField;
import dev.vpos.gateway.domain.CredentialSchema;
import dev.vpos.gateway.domain.FamilyProfile;
import dev.vpos.gateway.domain.GatewayFamily;
import dev.vpos.shared.domain.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Stripe: publishable and secret key (plus the webhook signing secret). A LIVE definition must hold live keys
 * ({@code pk_live_}, {@code sk_live_}), a TEST one test keys — Stripe tells the mode by the key, not the host.
 */
@ApplicationScoped
public class StripeProfile implements FamilyProfile {

    static final CredentialSchema SCHEMA = new CredentialSchema(GatewayFamily.STRIPE, "Stripe", List.of(
            new CredentialField("publishableKey", "Publishable key", false, true, "pk_(test|live)_[A-Za-z0-9]{8,}",
                    "pk_test_… or pk_live_…"),
            new CredentialField("secretKey", "Secret key", true, true, "(sk|rk)_(test|live)_[A-Za-z0-9]{8,}",
                    "sk_test_… or sk_live_… (or a restricted rk_ key)"),
            new CredentialField("webhookSecret", "Webhook signing secret", true, false, "whsec_[A-Za-z0-9]{8,}",
                    "whsec_…")),
            List.of("THREE_D"),
            "https://api.stripe.com",
            "https://api.stripe.com");

    @Override
    public CredentialSchema credentialSchema() {
        return SCHEMA;
    }

    @Override
    public List<FieldError> check(boolean live, Map<String, String> credentials) {
        String mode = live ? "live" : "test";
        List<FieldError> errors = new ArrayList<>();
        for (String name : List.of("publishableKey", "secretKey")) {
            String key = credentials.get(name);
            if (key != null && !key.isEmpty() && !key.contains("_" + mode + "_")) {
                errors.add(FieldError.of("credentials." + name, "definition.stripeKeyMode", mode.toUpperCase(), mode));
            }
        }
        return errors;
    }
}
