package dev.vpos.simulator.stripe;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Stripe's idempotent requests: the first answer to a POST with an {@code Idempotency-Key} (status and body, a 500
 * too) is kept per account and key and replayed for a retry with the same endpoint and parameters; the same key with
 * other parameters or another endpoint is refused with an {@code idempotency_error}. An answer that was refused
 * before the endpoint ran (bad key, bad parameters) is not kept. The oldest keys are forgotten beyond a bound
 * (Stripe prunes keys after 24 hours). Not thread-safe: used under the store's lock.
 */
final class StripeIdempotency {

    private static final int MAX_KEYS = 50_000;

    private record Saved(String endpoint, String parameters, StripeReply reply) {}

    private final Map<String, Saved> saved = new LinkedHashMap<>();

    /** The saved answer to replay, the refusal of a reused key, or empty: run the request. */
    Optional<StripeReply> lookUp(String accountId, String key, String endpoint, StripeForm params) {
        Saved s = saved.get(accountId + " " + key);
        if (s == null) {
            return Optional.empty();
        }
        if (!s.endpoint().equals(endpoint)) {
            return Optional.of(StripeErrors.idempotency("Keys for idempotent requests can only be used for the same "
                    + "endpoint they were first used for ('" + endpoint + "' vs '" + s.endpoint() + "'). Try using a "
                    + "key other than '" + key + "' if you meant to execute a different request."));
        }
        if (!s.parameters().equals(params.canonical())) {
            return Optional.of(StripeErrors.idempotency("Keys for idempotent requests can only be used with the same "
                    + "parameters they were first used with. Try using a key other than '" + key + "' if you meant "
                    + "to execute a different request."));
        }
        return Optional.of(s.reply().withHeader("Idempotent-Replayed", "true"));
    }

    void save(String accountId, String key, String endpoint, StripeForm params, StripeReply reply) {
        if (!reply.saveable()) {
            return;
        }
        saved.put(accountId + " " + key, new Saved(endpoint, params.canonical(), reply));
        if (saved.size() > MAX_KEYS) {
            saved.remove(saved.keySet().iterator().next());
        }
    }

    void clear() {
        saved.clear();
    }
}
