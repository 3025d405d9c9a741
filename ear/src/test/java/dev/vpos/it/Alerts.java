package dev.vpos.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** The alerts API for the tests: a company's settings, the caller's alerts, acknowledging, and a bank outage. */
final class Alerts {

    private Alerts() {}

    static String settingsUrl(long company) {
        return TestServer.API + "/companies/" + company + "/alert-settings";
    }

    static JsonObject settings(long company) {
        TestServer.Reply reply = TestServer.get(settingsUrl(company), "admin");
        assertEquals(200, reply.status(), reply.toString());
        return reply.json();
    }

    static TestServer.Reply put(long company, String user, String json, String language) {
        HttpRequest.Builder b = TestServer.request(settingsUrl(company), user)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json));
        if (language != null) {
            b.header("Accept-Language", language);
        }
        return TestServer.send(b.build());
    }

    /** Sets one rule of {@code company} (on, with the threshold), leaving the rest as they are. */
    static void rule(long company, String kind, int threshold) {
        String json = Json.createObjectBuilder()
                .add(
                        "rules",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("kind", kind)
                                        .add("enabled", true)
                                        .add("threshold", threshold)))
                .build()
                .toString();
        TestServer.Reply reply = put(company, "admin", json, null);
        assertEquals(200, reply.status(), reply.toString());
    }

    /** The company's watched expiries as a request's list (to send them back with one more or one less). */
    static JsonArrayBuilder expiries(JsonObject settings, Predicate<JsonObject> keep) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        settings.getJsonArray("expiries").stream()
                .map(JsonValue::asJsonObject)
                .filter(keep)
                .forEach(e -> list.add(Json.createObjectBuilder()
                        .add("definitionId", e.getJsonNumber("definitionId").longValue())
                        .add("label", e.getString("label"))
                        .add("expiresOn", e.getString("expiresOn"))));
        return list;
    }

    static List<JsonObject> list(String user, boolean history) {
        TestServer.Reply reply = TestServer.get(TestServer.API + "/alerts" + (history ? "?history=true" : ""), user);
        assertEquals(200, reply.status(), reply.toString());
        JsonArray items = Json.createReader(new StringReader(reply.body())).readArray();
        return items.stream().map(JsonValue::asJsonObject).toList();
    }

    static Optional<JsonObject> find(String user, boolean history, Predicate<JsonObject> which) {
        return list(user, history).stream().filter(which).findFirst();
    }

    static JsonObject await(String user, Predicate<JsonObject> which, String what) {
        return Await.until(() -> find(user, true, which), Optional::isPresent, what)
                .orElseThrow();
    }

    static Predicate<JsonObject> of(String kind, long definition) {
        return a -> kind.equals(a.getString("kind"))
                && !a.isNull("definitionId")
                && a.getJsonNumber("definitionId").longValue() == definition;
    }

    static TestServer.Reply acknowledge(long id, String user) {
        return TestServer.postJson(TestServer.API + "/alerts/" + id + "/acknowledge", user, "", Map.of());
    }

    /** Turns the simulated banks' outage switch (every bank answers 503 while it is down). */
    static void outage(boolean down) {
        TestServer.Reply reply = TestServer.postJson(
                TestServer.SIMULATOR + "/control/outage", null, "{\"down\":" + down + "}", Map.of());
        assertEquals(200, reply.status(), reply.toString());
    }

    /**
     * Three sales through {@code definition} while the bank is down (each UNKNOWN, 503) with the company's
     * BANK_UNANSWERED threshold at 2: more than 2 unanswered in 10 minutes.
     */
    static void outageThrough(long company, long definition) {
        rule(company, "BANK_UNANSWERED", 2);
        long account = Sales.firstCustomerAccountId(company);
        outage(true);
        try {
            for (int i = 0; i < 3; i++) {
                TestServer.Reply reply = Sales.post(
                        Sales.sale(company, account, definition, "5" + i + ".00", Sales.APPROVED_CARD, "12/30"),
                        "collector");
                assertEquals(503, reply.status(), reply.toString());
                assertEquals("UNKNOWN", reply.json().getString("state"));
            }
        } finally {
            outage(false);
        }
    }
}
