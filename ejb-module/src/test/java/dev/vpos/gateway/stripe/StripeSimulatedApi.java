package dev.vpos.gateway.stripe;

import dev.vpos.gateway.domain.AuthorizationKind;
import dev.vpos.gateway.domain.GatewayAccount;
import dev.vpos.gateway.domain.GatewayFamily;
import dev.vpos.gateway.domain.PaymentModel;
import dev.vpos.gateway.domain.ThreeDsCallback;
import dev.vpos.gateway.domain.ThreeDsSale;
import dev.vpos.gateway.testing.SimulatedBankServer;
import dev.vpos.shared.domain.Money;
import dev.vpos.simulator.ledger.Ledger;
import dev.vpos.simulator.stripe.StripeAccounts;
import dev.vpos.simulator.stripe.StripeApi;
import dev.vpos.simulator.stripe.StripeCall;
import dev.vpos.simulator.stripe.StripeReply;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The simulator's Stripe core behind a real HTTP server in the test's JVM, and a stand-in for the payer's browser
 * (Stripe.js's call with the publishable key, the 3-D Secure page, Stripe's redirect back). Close it after the test.
 */
final class StripeSimulatedApi implements AutoCloseable {

    static final String PK = "pk_test_51VposDemoPublishableKey0000000000";
    static final String SK = "sk_test_51VposDemoSecretKey000000000000000";
    static final String WHSEC = "whsec_VposDemoWebhookSigningSecret000000";
    static final String ACCOUNT = "acct_1VposDemoAccount";
    static final URI CALLBACK = URI.create("http://erp.test/vpos/3ds/callback/c-42");
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    final Ledger ledger = new Ledger();
    final ScheduledExecutorService executor = Executors.newScheduledThreadPool(2);
    /** A webhook delivery as our notification endpoint would receive it. */
    record Delivery(Map<String, String> headers, byte[] body) {}

    final CopyOnWriteArrayList<Delivery> deliveries = new CopyOnWriteArrayList<>();
    final StripeApi api = new StripeApi(
            StripeAccounts.fromClasspath(),
            ledger,
            Clock.systemUTC(),
            new Random(11),
            executor,
            (url, headers, body) -> {
                deliveries.add(new Delivery(headers, body));
                return 200;
            },
            Duration.ofMillis(20),
            3,
            Duration.ofMillis(300));
    final SimulatedBankServer server = new SimulatedBankServer();
    final CopyOnWriteArrayList<SimulatedBankServer.Request> requests = new CopyOnWriteArrayList<>();
    private final HttpClient browser = HttpClient.newHttpClient();
    volatile boolean slowAnswersAreSlow = true;

    StripeSimulatedApi() {
        server.onPrefix("/stripe/", request -> {
            requests.add(request);
            StripeReply r = api.handle(
                    new StripeCall(
                            request.method(),
                            request.path().substring("/stripe".length()),
                            request.query(),
                            request.headers(),
                            request.body()),
                    server.uri("/stripe"));
            if (r.slow() && slowAnswersAreSlow) {
                sleep(2500);
            }
            return new SimulatedBankServer.Reply(r.status(), r.contentType(), r.body(), r.headers());
        });
    }

    static String order() {
        return "ST" + System.nanoTime() % 1_000_000_000L + SEQUENCE.incrementAndGet();
    }

    GatewayAccount account() {
        return account(SK, Duration.ofSeconds(5));
    }

    GatewayAccount account(String secretKey, Duration readTimeout) {
        Map<String, String> credentials = new HashMap<>(
                Map.of("profileName", "Demo", "publishableKey", PK, "secretKey", secretKey, "webhookSecret", WHSEC));
        return new GatewayAccount(
                7, 1, GatewayFamily.STRIPE, server.uri("/stripe"), Duration.ofSeconds(2), readTimeout, credentials);
    }

    /** What Stripe.js does in the browser: the card to Stripe with the publishable key, the PaymentMethod back. */
    String paymentMethod(String card) {
        JsonObject pm = browserPost(
                "/stripe/v1/payment_methods",
                "type=card&card%5Bnumber%5D=" + card
                        + "&card%5Bexp_month%5D=12&card%5Bexp_year%5D=30&card%5Bcvc%5D=123&key=" + PK);
        return pm.getString("id");
    }

    JsonObject browserPost(String path, String form) {
        HttpResponse<String> r = send(HttpRequest.newBuilder(server.uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
        return json(r.body());
    }

    /** The payer answers Stripe's 3-D Secure page; returns where Stripe sends the browser back (our callback). */
    URI authenticate(URI page, boolean complete) {
        HttpResponse<String> shown = send(HttpRequest.newBuilder(page).GET().build());
        if (shown.statusCode() != 200) {
            throw new AssertionError(shown.body());
        }
        HttpResponse<String> answered = send(HttpRequest.newBuilder(page)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("outcome=" + (complete ? "complete" : "fail")))
                .build());
        return URI.create(answered.headers().firstValue("Location").orElseThrow());
    }

    /** The query parameters of Stripe's redirect back, as our callback servlet hands them to the adapter. */
    static Map<String, String> query(URI back) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String part : back.getRawQuery().split("&")) {
            String[] kv = part.split("=", 2);
            out.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return out;
    }

    static ThreeDsCallback callback(Map<String, String> posted, String order, String amount, AuthorizationKind kind) {
        return new ThreeDsCallback(
                posted,
                ThreeDsSale.withoutCard(order, Money.of(amount, "TRY"), 1, "127.0.0.1", null),
                PaymentModel.THREE_D_HOST,
                kind);
    }

    static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return browser.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.close();
        executor.shutdownNow();
    }
}
