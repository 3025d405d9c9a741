package dev.vpos.simulator.stripe;

import dev.vpos.simulator.ledger.Ledger;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.stream.Collectors;

/** The simulated Stripe in process for the tests, with a recording webhook receiver and a fixed clock. */
final class StripeTestApi implements AutoCloseable {

    static final String ACCOUNT = "acct_1VposDemoAccount";
    static final String PK = "pk_test_51VposDemoPublishableKey0000000000";
    static final String SK = "sk_test_51VposDemoSecretKey000000000000000";
    static final String OTHER_SK = "sk_test_51VposOtherSecretKey00000000000000";
    static final URI BASE = URI.create("http://stripe.test/stripe");
    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    /** A webhook delivery as the receiver saw it. */
    record Received(String url, Map<String, String> headers, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    final Ledger ledger = new Ledger();
    final ScheduledExecutorService executor = Executors.newScheduledThreadPool(2);
    final List<Received> received = new CopyOnWriteArrayList<>();
    final List<Integer> answers = new CopyOnWriteArrayList<>();
    final StripeApi api;

    StripeTestApi() {
        api = new StripeApi(
                StripeAccounts.fromClasspath(),
                ledger,
                Clock.fixed(NOW, ZoneOffset.UTC),
                new Random(7),
                executor,
                (url, headers, body) -> {
                    received.add(new Received(url.toString(), headers, body));
                    return answers.isEmpty() ? 200 : answers.remove(0);
                },
                Duration.ofMillis(20),
                4,
                Duration.ofMillis(50));
    }

    StripeReply post(String key, String path, String idempotencyKey, String... params) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("authorization", "Bearer " + key);
        if (idempotencyKey != null) {
            headers.put("idempotency-key", idempotencyKey);
        }
        return api.handle(
                new StripeCall("POST", path, null, headers, form(params).getBytes(StandardCharsets.UTF_8)), BASE);
    }

    StripeReply get(String key, String path, String... params) {
        return api.handle(
                new StripeCall("GET", path, form(params), Map.of("authorization", "Bearer " + key), null), BASE);
    }

    /** A PaymentMethod as Stripe.js makes it in the browser: publishable key in the body. */
    String paymentMethod(String number) {
        StripeReply r = api.handle(
                new StripeCall(
                        "POST",
                        "/v1/payment_methods",
                        null,
                        Map.of(),
                        form(
                                        "type",
                                        "card",
                                        "card[number]",
                                        number,
                                        "card[exp_month]",
                                        "12",
                                        "card[exp_year]",
                                        "30",
                                        "card[cvc]",
                                        "123",
                                        "key",
                                        PK)
                                .getBytes(StandardCharsets.UTF_8)),
                BASE);
        if (r.status() != 200) {
            throw new AssertionError(r.text());
        }
        return json(r).getString("id");
    }

    StripeReply payIntent(String order, String pm, long amount, String captureMethod, String idempotencyKey) {
        return post(
                SK,
                "/v1/payment_intents",
                idempotencyKey,
                "amount",
                String.valueOf(amount),
                "currency",
                "try",
                "payment_method",
                pm,
                "confirm",
                "true",
                "capture_method",
                captureMethod,
                "return_url",
                "http://erp.test/vpos/3ds/callback/c-1",
                "metadata[order_id]",
                order);
    }

    static JsonObject json(StripeReply r) {
        return Json.createReader(new StringReader(r.text())).readObject();
    }

    static String form(String... params) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < params.length; i += 2) {
            parts.add(URLEncoder.encode(params[i], StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(params[i + 1], StandardCharsets.UTF_8));
        }
        return parts.stream().collect(Collectors.joining("&"));
    }

    void awaitDeliveries(int count) throws InterruptedException {
        for (int i = 0; i < 200 && received.size() < count; i++) {
            Thread.sleep(10);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
