package dev.vpos.gateway.domain;

import java.util.List;
import java.util.Optional;

/**
 * What a family publishes about itself for the definitions screen and API: its credential fields,
 * the payment models it supports and its default endpoints.
 */
public record CredentialSchema(
        GatewayFamily family,
        String displayName,
        List<CredentialField> fields,
        List<String> paymentModels,
        String defaultTestEndpoint,
        String defaultLiveEndpoint) {

    public CredentialSchema {
        fields = List.copyOf(fields);
        paymentModels = List.copyOf(paymentModels);
    }

    public Optional<CredentialField> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }
}
