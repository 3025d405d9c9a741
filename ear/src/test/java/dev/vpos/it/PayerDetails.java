package dev.vpos.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;

/** What the payer's page shows, as its script reads it: {@code GET /vpos/pay/{id}/details}. */
final class PayerDetails {

    private PayerDetails() {}

    /** @param pathOrId the session's payment path ({@code /vpos/pay/{id}}) or its id */
    static JsonObject of(String pathOrId) {
        String path = pathOrId.startsWith("/") ? pathOrId : "/vpos/pay/" + pathOrId;
        TestServer.Reply r = TestServer.send(HttpRequest.newBuilder(URI.create(TestServer.BASE + path + "/details"))
                .GET()
                .build());
        assertEquals(200, r.status(), r.toString());
        return r.json();
    }

    /** The method of that definition on the page, with its payable amount, discount, installments and saved cards. */
    static JsonObject method(JsonObject details, long definition) {
        return details.getJsonArray("methods").stream()
                .map(v -> (JsonObject) v)
                .filter(m -> m.getJsonNumber("id").longValue() == definition)
                .findFirst()
                .orElseThrow(() -> new AssertionError("method " + definition + " not offered: " + details));
    }

    static boolean offers(JsonObject details, long definition) {
        return details.getJsonArray("methods").stream()
                .anyMatch(v -> ((JsonObject) v).getJsonNumber("id").longValue() == definition);
    }
}
