package dev.vpos.gateway.application;

import dev.vpos.gateway.domain.CredentialSchema;
import dev.vpos.gateway.domain.GatewayFamily;
import dev.vpos.gateway.domain.PaymentGateway;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Finds the adapter for a family among the CDI beans implementing the SPI. */
@ApplicationScoped
public class GatewayRegistry {

    @Inject
    @Any
    Instance<PaymentGateway> gateways;

    public Optional<PaymentGateway> forFamily(GatewayFamily family) {
        return gateways.stream().filter(g -> g.family() == family).findFirst();
    }

    /** The schemas of every family that has an adapter, by family name. */
    public List<CredentialSchema> schemas() {
        return gateways.stream().map(PaymentGateway::credentialSchema)
                .sorted(Comparator.comparing(s -> s.family().name())).toList();
    }

    public Optional<CredentialSchema> schema(GatewayFamily family) {
        return forFamily(family).map(PaymentGateway::credentialSchema);
    }
}
