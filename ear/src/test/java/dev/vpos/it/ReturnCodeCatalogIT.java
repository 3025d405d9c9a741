package dev.vpos.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;

/** The editable catalog: an unknown bank code is flagged when met, an admin classifies it, the next answer uses it. */
class ReturnCodeCatalogIT {

    private static JsonArray list(String query) {
        try (var reader = Json.createReader(
                new java.io.StringReader(TestServer.get(TestServer.API + "/return-codes" + query, "finance")
                        .body()))) {
            return reader.readArray();
        }
    }

    private static TestServer.Reply put(String family, String code, String json, String user) {
        return TestServer.send(TestServer.request(TestServer.API + "/return-codes/" + family + "/" + code, user)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    @Test
    void anUnknownCodeIsFlaggedThenClassifiedByAnAdmin() {
        // (flagging an unknown code when a bank answers with it is shown in CollectionServiceInContainerIT)
        assertTrue(list("?family=EST").size() > 40, "EST is seeded");
        String body = "{\"reason\":\"DO_NOT_HONOR\",\"messageEn\":\"Card refused by the issuer (test)\","
                + "\"messageTr\":\"Kart bankası reddetti (test)\",\"retryable\":false,\"fraudSuspected\":false}";
        assertEquals(403, put("EST", "T9", body, "finance").status(), "only an admin classifies");
        TestServer.Reply bad = put("EST", "T9", "{\"reason\":\"NOPE\"}", "admin");
        assertEquals(400, bad.status(), bad.toString());
        TestServer.Reply ok = put("EST", "T9", body, "admin");
        assertEquals(200, ok.status(), ok.toString());
        JsonObject row = list("?family=EST").stream()
                .map(v -> (JsonObject) v)
                .filter(c -> "T9".equals(c.getString("bankCode")))
                .findFirst()
                .orElseThrow();
        assertEquals("DO_NOT_HONOR", row.getString("reason"));
        assertTrue(row.getBoolean("classified"));
        assertTrue(list("?unclassified=true").stream()
                .map(v -> (JsonObject) v)
                .noneMatch(c -> "EST".equals(c.getString("family")) && "T9".equals(c.getString("bankCode"))));
        assertEquals(
                200,
                put("EST", "T9", body.replace("DO_NOT_HONOR", "RESTRICTED_CARD"), "admin")
                        .status(),
                "re-classification");
    }
}
