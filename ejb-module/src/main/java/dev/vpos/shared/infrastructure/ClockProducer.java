package dev.vpos.shared.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one place that reads the system clock. Domain and application code inject {@link Clock};
 * its zone is the business zone that decides dates such as the value date.
 */
@ApplicationScoped
public class ClockProducer {

    @Inject
    @ConfigProperty(name = "vpos.business.zone", defaultValue = "Europe/Istanbul")
    String businessZone;

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.system(ZoneId.of(businessZone));
    }
}
