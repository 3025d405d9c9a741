package dev.vpos.gateway.domain;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * A definition as the gateway needs it for one call: endpoint, deadline and opened credentials.
 * Lives in memory only; {@link #toString()} never shows credential values.
 */
public record GatewayAccount(long definitionId, long companyId, GatewayFamily family, URI endpoint,
                             Duration connectTimeout, Duration readTimeout, Map<String, String> credentials) {

    public GatewayAccount {
        credentials = Map.copyOf(credentials);
    }

    public String credential(String name) {
        return Optional.ofNullable(credentials.get(name))
                .orElseThrow(() -> new IllegalStateException("definition " + definitionId + " has no credential '" + name + "'"));
    }

    @Override
    public String toString() {
        return "GatewayAccount[definition=" + definitionId + ", family=" + family + ", endpoint=" + endpoint
                + ", credentials=" + credentials.keySet() + "]";
    }
}
