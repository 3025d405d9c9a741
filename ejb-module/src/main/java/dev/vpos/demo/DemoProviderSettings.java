package dev.vpos.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * The demo merchant's IPN URL at the simulated 2Checkout: our inbox for the demo 2Checkout definition, told on every
 * start (see {@link SimulatorSettings}).
 */
@Singleton
@Startup
@DependsOn("DemoDataSeeder")
public class DemoProviderSettings {

    private static final Logger LOG = Logger.getLogger(DemoProviderSettings.class.getName());

    @Inject
    SimulatorSettings settings;

    @PostConstruct
    void configure() {
        settings.keepTelling(DemoDataSeeder.TWOCHECKOUT_CODE, (http, simulator, notifyUrl) -> {
            String body = "{\"merchant\":\"DEMO2CO\",\"url\":\"" + notifyUrl + "\"}";
            HttpResponse<String> r = http.send(
                    HttpRequest.newBuilder(URI.create(simulator + "/control/twocheckout/ipn-settings"))
                            .timeout(Duration.ofSeconds(5))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                return false;
            }
            LOG.info(() -> "Demo: the simulated 2Checkout sends the demo merchant's IPNs to " + body);
            return true;
        });
    }
}
