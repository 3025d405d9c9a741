package dev.vpos.simulator.stripe;

import dev.vpos.simulator.ledger.Ledger;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * The one simulated Stripe of the simulator WAR: its API core, webhook deliveries on the server's managed scheduled
 * executor (retries with back-off) and the shared ledger. Timings are JVM system properties read at start:
 * {@code vpos.simulator.stripe.webhookRetryMillis} (first retry, doubling; default 2000),
 * {@code vpos.simulator.stripe.webhookAttempts} (default 6) and {@code vpos.simulator.stripe.processingMillis} (how
 * long a {@code processing} payment takes; default 3000).
 */
@ApplicationScoped
public class StripeSimulator {

    @Inject
    Ledger ledger;

    @Resource
    ManagedScheduledExecutorService executor;

    private StripeApi api;

    @PostConstruct
    void start() {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        StripeWebhooks.Sender sender = (URI url, Map<String, String> headers, byte[] body) -> {
            HttpRequest.Builder b = HttpRequest.newBuilder(url)
                    .timeout(Duration.ofSeconds(10))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body));
            headers.forEach(b::header);
            try {
                return http.send(b.build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
        };
        api = new StripeApi(
                StripeAccounts.fromClasspath(),
                ledger,
                Clock.systemUTC(),
                new SecureRandom(),
                executor,
                sender,
                Duration.ofMillis(Long.getLong("vpos.simulator.stripe.webhookRetryMillis", 2000)),
                Integer.getInteger("vpos.simulator.stripe.webhookAttempts", 6),
                Duration.ofMillis(Long.getLong("vpos.simulator.stripe.processingMillis", 3000)));
    }

    public StripeApi api() {
        return api;
    }
}
