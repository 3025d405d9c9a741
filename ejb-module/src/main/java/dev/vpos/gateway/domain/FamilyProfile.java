package dev.vpos.gateway.domain;

import dev.vpos.shared.domain.FieldError;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a family publishes before any bank call: its credential schema and the checks its credentials must pass
 * beyond their format (e.g. Stripe keys must match TEST/LIVE, a myPOS key must match its certificate).
 * Every family has a profile; only families with a {@link PaymentGateway} can be enabled.
 */
public interface FamilyProfile {

    CredentialSchema credentialSchema();

    default GatewayFamily family() {
        return credentialSchema().family();
    }

    /**
     * Checks the credentials given (not necessarily all of them: absent ones are checked when the definition is
     * enabled) for a TEST or LIVE definition. Field names are {@code credentials.<name>}.
     */
    default List<FieldError> check(boolean live, Map<String, String> credentials) {
        return List.of();
    }

    /**
     * The credentials the schema leaves optional but without which a definition of this payment model cannot take a
     * payment (a 3-D model's store key): a definition is not enabled without them (issue #13 item 5). Empty when the
     * model needs nothing beyond the required fields.
     */
    default List<String> neededBy(PaymentModel model) {
        return List.of();
    }

    /** Facts worth showing next to a stored credential, e.g. a certificate's expiry; empty when none. */
    default String describe(String credentialName, String value) {
        return "";
    }

    /**
     * When a stored plain (not secret) credential stops being valid, e.g. a certificate's notAfter; empty when the
     * credential has no expiry. Secrets are never asked: the definition-health report must not open them.
     */
    default Optional<Instant> expiry(String credentialName, String value) {
        return Optional.empty();
    }
}
