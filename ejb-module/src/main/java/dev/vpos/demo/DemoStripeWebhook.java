package dev.vpos.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * What a Stripe merchant sets once in the Dashboard: a webhook endpoint of the simulator's demo account posting to our
 * inbox for the demo Stripe definition, signed with the definition's webhook secret, told on every start (see
 * {@link SimulatorSettings}); an endpoint the simulated Stripe already has is not added twice.
 */
@Singleton
@Startup
@DependsOn("DemoDataSeeder")
public class DemoStripeWebhook {

    static final String ACCOUNT = "acct_1VposDemoAccount";
    static final String PUBLISHABLE_KEY = "pk_test_51VposDemoPublishableKey0000000000";
    static final String SIGNING_SECRET = "whsec_VposDemoWebhookSigningSecret000000";
    private static final Logger LOG = Logger.getLogger(DemoStripeWebhook.class.getName());
    /** The events the endpoint is subscribed to: those the Stripe adapter reads. */
    private static final String EVENTS = "[\"payment_intent.succeeded\",\"payment_intent.payment_failed\","
            + "\"payment_intent.canceled\",\"payment_intent.processing\",\"payment_intent.amount_capturable_updated\","
            + "\"charge.refunded\"]";

    @Inject
    SimulatorSettings settings;

    @PostConstruct
    void register() {
        settings.keepTelling(DemoDataSeeder.STRIPE_CODE, DemoStripeWebhook::registered);
    }

    private static boolean registered(HttpClient http, String simulator, String url)
            throws IOException, InterruptedException {
        URI endpoints = URI.create(simulator + "/control/stripe/webhook-endpoints");
        HttpResponse<String> known = http.send(
                HttpRequest.newBuilder(URI.create(
                                endpoints + "?account=" + URLEncoder.encode(ACCOUNT, StandardCharsets.UTF_8)))
                        .timeout(Duration.ofSeconds(5))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (known.statusCode() != 200) {
            return false;
        }
        if (known.body().contains("\"url\":\"" + url + "\"")) {
            return true;
        }
        String body = "{\"account\":\"" + ACCOUNT + "\",\"url\":\"" + url + "\",\"secret\":\"" + SIGNING_SECRET
                + "\",\"events\":" + EVENTS + "}";
        HttpResponse<String> added = http.send(
                HttpRequest.newBuilder(endpoints)
                        .timeout(Duration.ofSeconds(5))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (added.statusCode() != 201) {
            return false;
        }
        LOG.info(() -> "Demo: the simulated Stripe account " + ACCOUNT + " posts its webhooks to " + url);
        return true;
    }
}
