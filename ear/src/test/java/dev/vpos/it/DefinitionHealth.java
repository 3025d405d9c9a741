package dev.vpos.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The definition-health report as a client reads it, and what the tests do to move its numbers. */
final class DefinitionHealth {

    private DefinitionHealth() {}

    static JsonObject report(String user) {
        TestServer.Reply r = TestServer.get(TestServer.API + "/definition-health", user);
        assertEquals(200, r.status(), r.toString());
        return r.json();
    }

    static Optional<JsonObject> row(JsonObject report, long definitionId) {
        return report.getJsonArray("definitions").stream()
                .map(v -> (JsonObject) v)
                .filter(d -> d.getJsonNumber("definitionId").longValue() == definitionId)
                .findFirst();
    }

    static List<JsonObject> rows(JsonObject report) {
        return report.getJsonArray("definitions").stream()
                .map(v -> (JsonObject) v)
                .toList();
    }

    static TestServer.Reply sell(long company, long definition, String card, String amount) {
        return TestServer.postJson(
                TestServer.API + "/collections",
                "collector",
                Sales.sale(company, Sales.firstCustomerAccountId(company), definition, amount, card, "12/30"),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
    }

    static long company(String code) {
        try (var reader = Json.createReader(new java.io.StringReader(
                TestServer.get(TestServer.API + "/companies", "admin").body()))) {
            JsonArray companies = reader.readArray();
            return companies.stream()
                    .map(v -> (JsonObject) v)
                    .filter(c -> code.equals(c.getString("code")))
                    .findFirst()
                    .orElseThrow()
                    .getJsonNumber("id")
                    .longValue();
        }
    }

    /** The test user works for these companies only (as an admin would grant on the Company Access screen). */
    static void grant(String user, long... companies) {
        StringBuilder ids = new StringBuilder();
        for (long c : companies) {
            ids.append(ids.length() == 0 ? "" : ",").append(c);
        }
        TestServer.Reply granted = TestServer.send(TestServer.request(
                        TestServer.API + "/staff/" + user + "/companies", "admin")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"allCompanies\": false, \"companyIds\": [" + ids + "]}"))
                .build());
        assertEquals(200, granted.status(), granted.toString());
    }
}
