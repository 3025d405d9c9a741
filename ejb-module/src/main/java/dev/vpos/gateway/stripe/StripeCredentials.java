package dev.vpos.gateway.stripe;

import dev.vpos.gateway.domain.GatewayAccount;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * A Stripe definition's credentials for one call, and where its API is. The API base is the definition's endpoint
 * ({@code https://api.stripe.com}, or the simulator's {@code .../bank-simulator/stripe}); Stripe.js comes from
 * {@code https://js.stripe.com/v3/} for the real API and from the same base elsewhere. {@link #toString()} shows no key.
 */
record StripeCredentials(URI apiBase, String publishableKey, String secretKey, List<String> webhookSecrets) {

    static StripeCredentials of(GatewayAccount account) {
        List<String> secrets = new ArrayList<>();
        for (String name : List.of(StripeProfile.WEBHOOK_SECRET, StripeProfile.PREVIOUS_WEBHOOK_SECRET)) {
            String s = account.credentials().get(name);
            if (s != null && !s.isBlank()) {
                secrets.add(s.trim());
            }
        }
        String base = account.endpoint().toString();
        return new StripeCredentials(
                URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) : base),
                account.credential(StripeProfile.PUBLISHABLE_KEY).trim(),
                account.credential(StripeProfile.SECRET_KEY).trim(),
                List.copyOf(secrets));
    }

    URI api(String path) {
        return URI.create(apiBase + path);
    }

    URI stripeJs() {
        return "api.stripe.com".equals(apiBase.getHost())
                ? URI.create("https://js.stripe.com/v3/")
                : URI.create(apiBase + "/js/v3/");
    }

    @Override
    public String toString() {
        return "StripeCredentials[" + apiBase + ", " + publishableKey + ", webhook secrets: " + webhookSecrets.size()
                + "]";
    }
}
