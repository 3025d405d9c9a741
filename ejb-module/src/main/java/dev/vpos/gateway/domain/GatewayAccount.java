package dev.vpos.gateway.domain;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * A definition as the gateway needs it for one call: endpoint, deadline, opened credentials and whether the
 * definition is LIVE (providers whose test mode is a request parameter rather than another endpoint, e.g. 2Checkout's
 * {@code test=1} and PayMaster's {@code LMI_SIM_MODE}, need to know). Lives in memory only; {@link #toString()} never
 * shows credential values.
 */
public record GatewayAccount(
        long definitionId,
        long companyId,
        GatewayFamily family,
        URI endpoint,
        Duration connectTimeout,
        Duration readTimeout,
        Map<String, String> credentials,
        boolean live) {

    public GatewayAccount {
        credentials = Map.copyOf(credentials);
    }

    /** A TEST definition's account. */
    public GatewayAccount(
            long definitionId,
            long companyId,
            GatewayFamily family,
            URI endpoint,
            Duration connectTimeout,
            Duration readTimeout,
            Map<String, String> credentials) {
        this(definitionId, companyId, family, endpoint, connectTimeout, readTimeout, credentials, false);
    }

    public String credential(String name) {
        return Optional.ofNullable(credentials.get(name))
                .orElseThrow(() ->
                        new IllegalStateException("definition " + definitionId + " has no credential '" + name + "'"));
    }

    @Override
    public String toString() {
        return "GatewayAccount[definition=" + definitionId + ", family=" + family + ", endpoint=" + endpoint + ", live="
                + live + ", credentials=" + credentials.keySet() + "]";
    }
}
