package dev.vpos.gateway.application;

import dev.vpos.gateway.domain.CredentialSchema;
import dev.vpos.gateway.domain.FamilyProfile;
import dev.vpos.gateway.domain.GatewayFamily;
import dev.vpos.gateway.domain.PaymentGateway;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Finds a family's adapter (operations) and profile (credential schema and checks) among the CDI beans. */
@ApplicationScoped
public class GatewayRegistry {

    @Inject
    @Any
    Instance<PaymentGateway> gateways;

    @Inject
    @Any
    Instance<FamilyProfile> profiles;

    public Optional<PaymentGateway> forFamily(GatewayFamily family) {
        return gateways.stream().filter(g -> g.family() == family).findFirst();
    }

    /** Every family's schema, in the order of {@link GatewayFamily}. */
    public List<CredentialSchema> schemas() {
        return profiles.stream()
                .map(FamilyProfile::credentialSchema)
                .sorted(Comparator.comparing(CredentialSchema::family))
                .toList();
    }

    public Optional<CredentialSchema> schema(GatewayFamily family) {
        return profile(family).map(FamilyProfile::credentialSchema);
    }

    public Optional<FamilyProfile> profile(GatewayFamily family) {
        return profiles.stream().filter(p -> p.family() == family).findFirst();
    }
}
