package dev.vpos.simulator.stripe;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One HTTP request to the simulated Stripe API, as the servlet (or a test's in-process server) received it.
 *
 * @param path    the path below the family base, e.g. {@code /v1/payment_intents}
 * @param query   the raw query string, or null
 * @param headers header values by lower-case name
 */
public record StripeCall(String method, String path, String query, Map<String, String> headers, byte[] body) {

    public StripeCall {
        headers = Map.copyOf(headers);
        body = body == null ? new byte[0] : body;
    }

    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
    }

    /** The form parameters of the body (POST) or of the query string (GET, DELETE). */
    public StripeForm params() {
        if ("GET".equals(method) || "DELETE".equals(method)) {
            return StripeForm.parse(query == null ? "" : query);
        }
        StripeForm form = StripeForm.parse(new String(body, StandardCharsets.UTF_8));
        return query == null || query.isEmpty() ? form : form.plus(StripeForm.parse(query));
    }

    /**
     * The API key: {@code Authorization: Bearer <key>}, or HTTP Basic with the key as user name (as Stripe accepts),
     * or a {@code key} parameter (what Stripe.js sends with the publishable key).
     */
    public Optional<String> apiKey() {
        Optional<String> auth = header("authorization").map(String::trim);
        if (auth.isPresent() && auth.get().regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.of(auth.get().substring(7).trim());
        }
        if (auth.isPresent() && auth.get().regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String user = new String(
                        Base64.getDecoder().decode(auth.get().substring(6).trim()), StandardCharsets.UTF_8);
                int colon = user.indexOf(':');
                return Optional.of(colon < 0 ? user : user.substring(0, colon));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return params().first("key");
    }

    public Optional<String> idempotencyKey() {
        return header("idempotency-key").map(String::trim).filter(k -> !k.isEmpty());
    }
}
