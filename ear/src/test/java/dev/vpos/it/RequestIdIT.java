package dev.vpos.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue #17: every request has an id — the caller's {@code X-Request-Id} or one made by the module — answered in the
 * same header, stored on the bank interaction it causes (found by it in the return-code log) and carried by every log
 * line written while it is served ({@code ext_requestId} in Liberty's JSON format: the test server's console).
 */
class RequestIdIT {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final Pattern UUID_SHAPE =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    @Test
    void theCallersIdTravelsFromTheAnswerToTheInteractionRowAndTheLogLine() throws Exception {
        String id = "erp-" + UUID.randomUUID();
        long company = Sales.demoCompanyId();
        HttpResponse<String> sale = send(TestServer.request(TestServer.API + "/collections", "collector")
                .header("Content-Type", "application/json")
                .header("X-Request-Id", id)
                .POST(HttpRequest.BodyPublishers.ofString(Sales.sale(
                        company, Sales.firstCustomerAccountId(company), "12.34", Sales.APPROVED_CARD, "12/30")))
                .build());
        assertEquals(201, sale.statusCode(), sale.body());
        assertEquals(id, sale.headers().firstValue("X-Request-Id").orElse(null));
        String order = json(sale.body()).getString("bankOrderId");

        // the return-code log finds the call by the id (the search box takes an order id or a request id)
        JsonObject log = TestServer.get(
                        TestServer.API + "/transaction-log?q=" + URLEncoder.encode(id, StandardCharsets.UTF_8),
                        "auditor")
                .json();
        List<JsonObject> rows = log.getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals(1, rows.size(), log.toString());
        assertEquals(order, rows.get(0).getString("bankOrderId"));
        assertEquals(id, rows.get(0).getString("requestId"));
        JsonObject detail = TestServer.get(
                        TestServer.API + "/transaction-log/"
                                + rows.get(0).getJsonNumber("id").longValue(),
                        "auditor")
                .json();
        assertEquals(id, detail.getString("requestId"), detail.toString());

        // the bank call's log line, written while the sale was served, carries it
        String line = awaitConsoleLine(id, order);
        assertTrue(line.contains("\"ext_requestId\":\"" + id + "\""), line);
    }

    @Test
    void aRequestWithoutAnIdOrWithAnUnusableOneGetsANewOne() throws Exception {
        HttpResponse<String> none = send(TestServer.request(TestServer.API + "/companies", "collector")
                .GET()
                .build());
        assertEquals(200, none.statusCode());
        assertTrue(
                UUID_SHAPE
                        .matcher(none.headers().firstValue("X-Request-Id").orElse(""))
                        .matches(),
                none.headers().toString());

        for (String unusable : List.of("has space", "x".repeat(65), "<script>", "a;b")) {
            HttpResponse<String> r = send(TestServer.request(TestServer.API + "/companies", "collector")
                    .header("X-Request-Id", unusable)
                    .GET()
                    .build());
            String answered = r.headers().firstValue("X-Request-Id").orElse("");
            assertNotEquals(unusable, answered);
            assertTrue(UUID_SHAPE.matcher(answered).matches(), answered);
        }
        // answers the module gives before any resource runs carry it too: 401, a screen, a static file
        HttpResponse<String> anonymous = send(TestServer.request(TestServer.API + "/companies", null)
                .header("X-Request-Id", "anon-1")
                .GET()
                .build());
        assertEquals(401, anonymous.statusCode());
        assertEquals("anon-1", anonymous.headers().firstValue("X-Request-Id").orElse(null));
        HttpResponse<String> asset = send(TestServer.request(TestServer.BASE + "/vpos/assets/vpos.js", null)
                .header("X-Request-Id", "asset-1")
                .GET()
                .build());
        assertEquals(200, asset.statusCode());
        assertEquals("asset-1", asset.headers().firstValue("X-Request-Id").orElse(null));
    }

    private static String awaitConsoleLine(String id, String order) throws IOException, InterruptedException {
        Path console = Path.of(System.getProperty("vpos.test.serverDir"), "logs", "console.log");
        for (int i = 0; i < 50; i++) {
            if (Files.exists(console)) {
                for (String line : Files.readAllLines(console, StandardCharsets.UTF_8)) {
                    if (line.contains(id) && line.contains("Bank call") && line.contains(order)) {
                        return line;
                    }
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no log line of request " + id + " in " + console);
    }

    private static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
