package dev.vpos.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What a Stripe merchant sets once in the Dashboard, done for the demo on every start (run and test servers only,
 * {@code vpos.demo.seed=true}): a webhook endpoint of the simulator's demo account posting to our inbox for the demo
 * Stripe definition ({@code .../vpos/notify/{id}}), signed with the definition's webhook secret. The simulated Stripe
 * keeps endpoints in memory and may start after us, so it is told every two seconds until it has the endpoint (two
 * minutes at most); an endpoint it already has is not added twice.
 */
@Singleton
@Startup
@DependsOn("DemoDataSeeder")
public class DemoStripeWebhook {

    static final String ACCOUNT = "acct_1VposDemoAccount";
    static final String PUBLISHABLE_KEY = "pk_test_51VposDemoPublishableKey0000000000";
    static final String SIGNING_SECRET = "whsec_VposDemoWebhookSigningSecret000000";
    private static final Logger LOG = Logger.getLogger(DemoStripeWebhook.class.getName());
    private static final int MAX_TRIES = 60;
    /** The events the endpoint is subscribed to: those the Stripe adapter reads. */
    private static final String EVENTS = "[\"payment_intent.succeeded\",\"payment_intent.payment_failed\","
            + "\"payment_intent.canceled\",\"payment_intent.processing\",\"payment_intent.amount_capturable_updated\","
            + "\"charge.refunded\"]";

    @PersistenceContext(unitName = "vpos")
    EntityManager em;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "vpos.demo.seed", defaultValue = "false")
    boolean seed;

    @Inject
    @ConfigProperty(name = "vpos.demo.bankBaseUrl", defaultValue = "http://localhost:9080/bank-simulator")
    String bankBaseUrl;

    private ScheduledFuture<?> task;

    @PostConstruct
    void register() {
        if (!seed) {
            return;
        }
        List<Long> ids = em.createQuery("select d.id from VposDefinition d where d.code = :code", Long.class)
                .setParameter("code", DemoDataSeeder.STRIPE_CODE).getResultList();
        if (ids.isEmpty()) {
            return;
        }
        String simulator = bankBaseUrl.replaceAll("/+$", "");
        String ourBase = simulator.endsWith("/bank-simulator")
                ? simulator.substring(0, simulator.length() - "/bank-simulator".length()) : simulator;
        String url = ourBase + "/vpos/notify/" + ids.get(0);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        AtomicInteger tries = new AtomicInteger();
        task = scheduler.scheduleWithFixedDelay(() -> {
            if (registered(http, simulator, url) || tries.incrementAndGet() >= MAX_TRIES) {
                task.cancel(false);
            }
        }, 1, 2, TimeUnit.SECONDS);
    }

    private static boolean registered(HttpClient http, String simulator, String url) {
        URI endpoints = URI.create(simulator + "/control/stripe/webhook-endpoints");
        try {
            HttpResponse<String> known = http.send(HttpRequest.newBuilder(URI.create(endpoints + "?account="
                    + URLEncoder.encode(ACCOUNT, StandardCharsets.UTF_8))).timeout(Duration.ofSeconds(5)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (known.statusCode() != 200) {
                return false;
            }
            if (known.body().contains("\"url\":\"" + url + "\"")) {
                return true;
            }
            String body = "{\"account\":\"" + ACCOUNT + "\",\"url\":\"" + url + "\",\"secret\":\"" + SIGNING_SECRET
                    + "\",\"events\":" + EVENTS + "}";
            HttpResponse<String> added = http.send(HttpRequest.newBuilder(endpoints).timeout(Duration.ofSeconds(5))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (added.statusCode() == 201) {
                LOG.info(() -> "Demo: the simulated Stripe account " + ACCOUNT + " posts its webhooks to " + url);
                return true;
            }
            return false;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }
}
