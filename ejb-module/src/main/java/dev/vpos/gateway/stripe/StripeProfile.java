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
 * Stripe: a profile name (which Stripe account this is, for people), the publishable and secret API keys, and the
 * webhook endpoint's signing secret (plus, while Stripe rolls it, the previous one). Stripe tells test from live by
 * the key, not the host: a LIVE definition must hold live keys ({@code pk_live_}, {@code sk_live_} or a restricted
 * {@code rk_live_}), a TEST one test keys. Payments are hosted (THREE_D_HOST): the card goes from the payer's browser
 * to Stripe, never through the module.
 */
@ApplicationScoped
public class StripeProfile implements FamilyProfile {

    static final String PUBLISHABLE_KEY = "publishableKey";
    static final String SECRET_KEY = "secretKey";
    static final String WEBHOOK_SECRET = "webhookSecret";
    static final String PREVIOUS_WEBHOOK_SECRET = "previousWebhookSecret";

    static final CredentialSchema SCHEMA = new CredentialSchema(
            GatewayFamily.STRIPE,
            "Stripe",
            List.of(
                    new CredentialField(
                            "profileName",
                            "Profile name",
                            false,
                            true,
                            "[\\p{L}\\p{N} .,&'()_-]{1,60}",
                            "the Stripe account's name as people know it, up to 60 characters"),
                    new CredentialField(
                            PUBLISHABLE_KEY,
                            "Publishable key",
                            false,
                            true,
                            "pk_(test|live)_[A-Za-z0-9]{8,}",
                            "pk_test_… or pk_live_…"),
                    new CredentialField(
                            SECRET_KEY,
                            "Secret key",
                            true,
                            true,
                            "(sk|rk)_(test|live)_[A-Za-z0-9]{8,}",
                            "sk_test_… or sk_live_… (or a restricted rk_ key)"),
                    new CredentialField(
                            WEBHOOK_SECRET,
                            "Webhook signing secret",
                            true,
                            true,
                            "whsec_[A-Za-z0-9]{8,}",
                            "whsec_… of the webhook endpoint that posts to this definition's notification URL"),
                    new CredentialField(
                            PREVIOUS_WEBHOOK_SECRET,
                            "Previous webhook signing secret",
                            true,
                            false,
                            "whsec_[A-Za-z0-9]{8,}",
                            "while Stripe rolls the secret: the old whsec_… (remove it afterwards)")),
            List.of("THREE_D_HOST"),
            "https://api.stripe.com",
            "https://api.stripe.com");

    @Override
    public CredentialSchema credentialSchema() {
        return SCHEMA;
    }

    /** Both API keys must be of the definition's mode; given alone, each is checked alone (the other waits). */
    @Override
    public List<FieldError> check(boolean live, Map<String, String> credentials) {
        String mode = live ? "live" : "test";
        List<FieldError> errors = new ArrayList<>();
        for (String name : List.of(PUBLISHABLE_KEY, SECRET_KEY)) {
            String key = credentials.get(name);
            if (key != null && !key.isEmpty() && !key.matches("(pk|sk|rk)_" + mode + "_.*")) {
                errors.add(FieldError.of("credentials." + name, "definition.stripeKeyMode", mode.toUpperCase(), mode));
            }
        }
        String current = credentials.get(WEBHOOK_SECRET);
        if (current != null && !current.isEmpty() && current.equals(credentials.get(PREVIOUS_WEBHOOK_SECRET))) {
            errors.add(FieldError.of("credentials." + PREVIOUS_WEBHOOK_SECRET, "definition.stripePreviousSecretSame"));
        }
        return errors;
    }
}
