package dev.vpos.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * What the hosted-provider ITs (2Checkout, PayMaster) share: a definition of the family on DEMO2 chosen on the hosted
 * page with {@code ?method=}, checkout sessions for DEMO2's orders, the simulator's notification controls, and reads of
 * collections, batches, open documents, the return-code log and the notification inbox.
 */
final class HostedProviders {

    static final String RETURN_URL = "http://portal.example/hosted/back";

    private HostedProviders() {}

    static long demo2() {
        try (var reader = Json.createReader(new java.io.StringReader(
                TestServer.get(TestServer.API + "/companies", "admin").body()))) {
            return reader.readArray().stream()
                    .map(v -> (JsonObject) v)
                    .filter(c -> "DEMO2".equals(c.getString("code")))
                    .findFirst()
                    .orElseThrow()
                    .getJsonNumber("id")
                    .longValue();
        }
    }

    /** An enabled THREE_D_HOST definition of the family on the company (not its default). */
    static long definition(long company, String family, String endpoint, JsonObjectBuilder credentials) {
        String code = family + "-" + (System.nanoTime() % 100_000_000);
        JsonObject body = Json.createObjectBuilder()
                .add("code", code)
                .add("displayName", family + " " + code)
                .add("bankName", family)
                .add("family", family)
                .add("environment", "TEST")
                .add("paymentModel", "THREE_D_HOST")
                .add("testEndpointUrl", endpoint)
                .add("readTimeoutMs", 5000)
                .add("currencies", Json.createArrayBuilder().add("TRY"))
                .add(
                        "installmentPlans",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("installments", 1)
                                        .add("commissionRate", "3.90")
                                        .add("fixedFee", "0.45")
                                        .add("blockedDays", 2)))
                .add("companyDefault", false)
                .add("credentials", credentials)
                .build();
        String base = TestServer.API + "/companies/" + company + "/vpos-definitions";
        TestServer.Reply created = TestServer.postJson(base, "admin", body.toString(), Map.of());
        assertEquals(201, created.status(), created.toString());
        long id = created.json().getJsonNumber("id").longValue();
        TestServer.Reply enabled = TestServer.postJson(base + "/" + id + "/enable", "admin", "{}", Map.of());
        assertEquals(200, enabled.status(), enabled.toString());
        return id;
    }

    /** A checkout session for one of DEMO2's orders; its hosted page path. */
    static String orderSession(long company, String order, String amount) {
        String json = Json.createObjectBuilder()
                .add("companyId", company)
                .add("customerAccountId", Sales.firstCustomerAccountId(company))
                .add("purpose", "ORDER")
                .add("reference", order)
                .add("amount", amount)
                .add("currency", "TRY")
                .add("returnUrl", RETURN_URL)
                .build()
                .toString();
        TestServer.Reply r = TestServer.postJson(TestServer.API + "/checkout-sessions", "portal", json, Map.of());
        assertEquals(201, r.status(), r.toString());
        return r.json().getString("paymentPath");
    }

    /** Our hosted page with the method chosen, submitted: the page that sends the payer on to the provider. */
    static HtmlForms.Form toProvider(String paymentPath, long definition) {
        URI page = URI.create(TestServer.BASE + paymentPath + "?method=" + definition);
        TestServer.Reply ours =
                TestServer.send(HttpRequest.newBuilder(page).GET().build());
        assertEquals(200, ours.status(), ours.toString());
        TestServer.Reply next = HtmlForms.submit(HtmlForms.first(page, ours.body()), f -> f);
        assertEquals(200, next.status(), next.toString());
        return HtmlForms.first(page, next.body());
    }

    /** Fills the provider's card page and submits it. */
    static TestServer.Reply payOnProviderPage(HtmlForms.Form cardPage, String pan, String holder) {
        return HtmlForms.submit(cardPage, f -> {
            f.put("holder", holder);
            f.put("cardNumber", pan);
            f.put("expiry", "12/30");
            f.put("cvv", "123");
            return f;
        });
    }

    static String sessionIdOf(String paymentPath) {
        return paymentPath.substring(paymentPath.lastIndexOf('/') + 1);
    }

    static JsonObject session(String sessionId) {
        return TestServer.get(TestServer.API + "/checkout-sessions/" + sessionId, "portal")
                .json();
    }

    static JsonObject collection(String reference) {
        return TestServer.get(TestServer.API + "/collections/" + reference, "finance")
                .json();
    }

    static String collectionOf(String sessionId) {
        return await(
                () -> session(sessionId).getString("collectionReference", null),
                r -> r != null,
                "the session's collection");
    }

    static JsonArray batches(String bankOrderId) {
        return TestServer.get(TestServer.API + "/batches?q=" + bankOrderId, "finance")
                .json()
                .getJsonArray("items");
    }

    static boolean orderOpen(long company, String order) {
        return TestServer.get(
                        TestServer.API + "/companies/" + company + "/customer-accounts/"
                                + Sales.firstCustomerAccountId(company) + "/open-documents",
                        "collector")
                .body()
                .contains(order);
    }

    /** The inbox's notifications of one order (newest first). */
    static List<JsonObject> notifications(String bankOrderId) {
        return TestServer.get(TestServer.API + "/provider-notifications?order=" + bankOrderId, "finance")
                .json()
                .getJsonArray("items")
                .stream()
                .map(v -> (JsonObject) v)
                .toList();
    }

    static List<JsonObject> notificationsOfDefinition(long definition) {
        return TestServer.get(
                        TestServer.API + "/provider-notifications?definitionId=" + definition + "&size=200", "finance")
                .json()
                .getJsonArray("items")
                .stream()
                .map(v -> (JsonObject) v)
                .toList();
    }

    /** The return-code log's operations for one order. */
    static List<String> logOperations(String bankOrderId) {
        JsonArray items = TestServer.get(TestServer.API + "/transaction-log?size=500", "auditor")
                .json()
                .getJsonArray("items");
        return items.stream()
                .map(v -> (JsonObject) v)
                .filter(i -> bankOrderId.equals(i.getString("bankOrderId", "")))
                .map(i -> i.getString("operation") + ":" + i.getString("outcome", ""))
                .toList();
    }

    /** The simulator's deliveries of one order's notifications. */
    static JsonArray deliveries(String bankOrderId) {
        return TestServer.get(TestServer.SIMULATOR + "/control/notifications?orderId=" + bankOrderId, null)
                .json()
                .getJsonArray("deliveries");
    }

    static void simulatorControl(String path, String json, int expected) {
        TestServer.Reply r = TestServer.send(HttpRequest.newBuilder(URI.create(TestServer.SIMULATOR + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
        assertEquals(expected, r.status(), r.toString());
    }

    static void withholdAll(boolean withhold) {
        simulatorControl("/control/notifications", "{\"all\":true,\"withhold\":" + withhold + "}", 200);
    }

    static void resend(String bankOrderId) {
        simulatorControl("/control/notifications/resend", "{\"orderId\":\"" + bankOrderId + "\"}", 202);
    }

    /** A forged notification posted straight to our inbox for the definition. */
    static TestServer.Reply postToInbox(long definition, String form) {
        return TestServer.send(HttpRequest.newBuilder(URI.create(TestServer.BASE + "/vpos/notify/" + definition))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
    }

    static <T> T await(Supplier<T> value, Predicate<T> done, String what) {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        T v = value.get();
        while (!done.test(v)) {
            if (System.nanoTime() > until) {
                throw new AssertionError("timed out waiting for " + what + "; last: " + v);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            v = value.get();
        }
        return v;
    }

    static String state(String reference) {
        return collection(reference).getString("state");
    }

    static boolean isNull(JsonValue v) {
        return v == null || v == JsonValue.NULL;
    }
}
