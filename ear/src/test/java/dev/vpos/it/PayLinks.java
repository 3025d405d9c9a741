package dev.vpos.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Payment links through the API, for the tests: the demo invoices seeded for them (LNK-2026-0001…0012 of customer
 * C001, 300.00 TRY, handed out once each), sending a link, reading it, and paying its page as a browser form would.
 */
final class PayLinks {

    private static final int SEEDED = 12;
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final Pattern LINK = Pattern.compile("https?://\\S+/vpos/pay/[0-9a-f-]{36}");

    private PayLinks() {}

    record Invoice(long id, String number) {}

    static long company() {
        return Sales.demoCompanyId();
    }

    static long customer() {
        return Sales.firstCustomerAccountId(company());
    }

    static String base() {
        return TestServer.API + "/companies/" + company() + "/payment-links";
    }

    /** A fresh address, so that a test finds only its own mail. */
    static String address() {
        return "payer-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    /** The next seeded invoice still open. */
    static Invoice nextInvoice() {
        JsonArray open = Json.createReader(new StringReader(TestServer.get(
                                TestServer.API + "/companies/" + company() + "/customer-accounts/" + customer()
                                        + "/open-documents",
                                "collector")
                        .body()))
                .readArray();
        while (true) {
            int n = NEXT.incrementAndGet();
            if (n > SEEDED) {
                throw new IllegalStateException("the " + SEEDED + " seeded payment-link invoices are used up");
            }
            String number = String.format("LNK-2026-%04d", n);
            for (var v : open) {
                JsonObject d = (JsonObject) v;
                if (number.equals(d.getString("number"))) {
                    return new Invoice(d.getJsonNumber("id").longValue(), number);
                }
            }
        }
    }

    /** The request body for a link of the whole invoice, to {@code email}, in {@code language}. */
    static JsonObjectBuilder request(Invoice invoice, String email, String language, int validMinutes) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("customerAccountId", customer())
                .add("documentId", invoice.id())
                .add("amount", "300.00")
                .add("currency", "TRY")
                .add("language", language)
                .add("validMinutes", validMinutes);
        if (email != null) {
            b.add("email", email);
        }
        return b;
    }

    static TestServer.Reply send(JsonObjectBuilder body, String user) {
        return TestServer.postJson(base(), user, body.build().toString(), Map.of());
    }

    /** Sends a link as the collector and answers it (201). */
    static JsonObject sent(JsonObjectBuilder body) {
        TestServer.Reply r = send(body, "collector");
        assertEquals(201, r.status(), r.toString());
        return r.json();
    }

    static JsonObject get(long id) {
        TestServer.Reply r = TestServer.get(base() + "/" + id, "collector");
        assertEquals(200, r.status(), r.toString());
        return r.json();
    }

    static TestServer.Reply post(long id, String action) {
        return TestServer.postJson(base() + "/" + id + "/" + action, "collector", "", Map.of());
    }

    /** The link in a mail's text. */
    static String linkIn(String text) {
        Matcher m = LINK.matcher(text);
        if (!m.find()) {
            throw new AssertionError("no payment link in the mail: " + text);
        }
        return m.group();
    }

    /** Pays the link's page with a card, as the page's form is posted (no script: the answer is a redirect). */
    static TestServer.Reply pay(String url, String card) {
        Map<String, String> fields = Map.of(
                "holder", "Ayşe Yılmaz", "cardNumber", card, "expiry", "12/30", "cvv", "123", "installments", "1");
        String form = fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return TestServer.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
    }

    static TestServer.Reply open(String url) {
        return TestServer.send(HttpRequest.newBuilder(URI.create(url)).GET().build());
    }
}
