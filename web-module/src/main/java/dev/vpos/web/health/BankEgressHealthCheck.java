package dev.vpos.web.health;

import dev.vpos.definitions.application.DefinitionService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * A note for operators, not a probe: which outgoing IP each enabled definition's bank has whitelisted, so that a
 * server moved to another address is noticed before the banks start refusing it.
 */
@Readiness
@ApplicationScoped
public class BankEgressHealthCheck implements HealthCheck {

    @Inject
    DefinitionService definitions;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder health =
                HealthCheckResponse.named("bank-whitelisted-ips").up();
        definitions.whitelistedIps().forEach(health::withData);
        return health.build();
    }
}
