package dev.vpos.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Credit Card Batches: server-side filters, sorting, paging, totals per currency, CSV export of the filter. */
class BatchListingIT {

    private static long demo2() {
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

    private static JsonObject sell(long company, long definition, String amount) {
        String json = Sales.sale(
                company, Sales.firstCustomerAccountId(company), definition, amount, Sales.APPROVED_CARD, "12/30");
        TestServer.Reply r = TestServer.postJson(
                TestServer.API + "/collections",
                "collector",
                json,
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertEquals(201, r.status(), r.toString());
        return r.json();
    }

    @Test
    void financeFiltersSortsPagesTotalsAndExportsTheBatches() {
        long company = demo2();
        long definition = FamilyOperationsIT.definition(company, "EST", "REGULAR");
        JsonObject small = sell(company, definition, "11.00");
        JsonObject big = sell(company, definition, "222.00");
        JsonObject voided = sell(company, definition, "33.00");
        assertEquals(
                200,
                TestServer.postJson(
                                TestServer.API + "/collections/" + voided.getString("reference") + "/void",
                                "finance",
                                "{}",
                                Map.of("Idempotency-Key", UUID.randomUUID().toString()))
                        .status());

        String base = TestServer.API + "/batches?definitionId=" + definition;
        JsonObject all =
                TestServer.get(base + "&sort=amount&direction=asc", "finance").json();
        assertEquals(3, all.getInt("total"));
        JsonArray items = all.getJsonArray("items");
        assertEquals(
                small.getString("bankOrderId"), items.getJsonObject(0).getString("bankOrderId"), "sorted by amount");
        assertEquals(big.getString("bankOrderId"), items.getJsonObject(2).getString("bankOrderId"));
        JsonObject first = items.getJsonObject(0);
        assertEquals("EST", first.getString("family"));
        assertEquals("MOTO", first.getString("channel"));
        assertEquals(small.getString("authCode"), first.getString("authCode"), "the bank's code exactly");
        assertEquals("OPEN", first.getString("reconciliationStatus"));
        JsonObject totals = all.getJsonArray("totals").getJsonObject(0);
        assertEquals("TRY", totals.getString("currency"));
        assertEquals("266.00", totals.getJsonNumber("amount").bigDecimalValue().toPlainString());

        JsonObject page2 = TestServer.get(base + "&sort=amount&direction=asc&size=2&page=1", "finance")
                .json();
        assertEquals(1, page2.getJsonArray("items").size());
        assertEquals(3, page2.getInt("total"));

        JsonObject byVoid = TestServer.get(base + "&state=VOIDED", "finance").json();
        assertEquals(1, byVoid.getInt("total"));
        assertEquals("VOIDED", byVoid.getJsonArray("items").getJsonObject(0).getString("status"));

        JsonObject byCode = TestServer.get(TestServer.API + "/batches?q=" + big.getString("bankOrderId"), "finance")
                .json();
        assertEquals(1, byCode.getInt("total"));
        JsonObject byCustomer = TestServer.get(base + "&q=c100", "finance").json();
        assertEquals(3, byCustomer.getInt("total"), "part of the customer's code, any case");

        TestServer.Reply bad = TestServer.get(
                TestServer.API + "/batches?sort=pan&state=LOST&from=2026-12-31&to=2026-01-01", "finance");
        assertEquals(400, bad.status(), bad.toString());
        for (String field : new String[] {"sort", "state", "to"}) {
            assertTrue(bad.body().contains("\"" + field + "\""), field + " in " + bad.body());
        }

        TestServer.Reply csv = csv(TestServer.API + "/batches/export.csv?definitionId=" + definition, "finance");
        assertEquals(200, csv.status(), csv.toString());
        assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
        String[] lines = csv.body().split("\r\n");
        assertEquals(4, lines.length, csv.body());
        assertTrue(lines[0].startsWith("transaction_time,company_id,definition"), lines[0]);
        assertTrue(
                csv.body().contains(big.getString("bankOrderId")) && csv.body().contains("222.00"), csv.body());
        assertEquals(
                403, csv(TestServer.API + "/batches/export.csv", "collector").status());
    }

    @Test
    void aCursorPagesTheSameRowsAsPageNumbers() {
        long company = demo2();
        long definition = FamilyOperationsIT.definition(company, "EST", "REGULAR");
        for (String amount : new String[] {"41.00", "42.00", "43.00"}) {
            sell(company, definition, amount);
        }
        String base = TestServer.API + "/batches?definitionId=" + definition + "&sort=amount&direction=desc&size=2";
        JsonObject first = TestServer.get(base, "finance").json();
        long total = first.getInt("total");
        assertTrue(total >= 3, first.toString());
        String next = first.getString("next");
        JsonObject byCursor = TestServer.get(base + "&after=" + next, "finance").json();
        JsonObject byPage = TestServer.get(base + "&page=1", "finance").json();
        assertEquals(byPage.getJsonArray("items"), byCursor.getJsonArray("items"), "the same rows");
        assertEquals(byPage.getJsonArray("totals"), byCursor.getJsonArray("totals"), "the filter's totals");
        assertEquals(total, byCursor.getInt("total"));

        // walked to the end by cursor: every row once, and no cursor after the last page
        java.util.Set<String> seen = new java.util.HashSet<>();
        JsonObject page = first;
        while (true) {
            page.getJsonArray("items").forEach(v -> assertTrue(seen.add(((JsonObject) v).getString("bankOrderId"))));
            if (noNext(page)) {
                break;
            }
            page = TestServer.get(base + "&after=" + page.getString("next"), "finance")
                    .json();
        }
        assertEquals(total, seen.size());

        TestServer.Reply otherSort =
                TestServer.get(TestServer.API + "/batches?definitionId=" + definition + "&after=" + next, "finance");
        assertEquals(400, otherSort.status(), otherSort.toString());
        assertTrue(otherSort.body().contains("\"after\""), otherSort.body());
        assertEquals(400, TestServer.get(base + "&after=nonsense", "finance").status());
        // the state sort pages by cursor too (the collection's state is on the records, V74)
        String byState = TestServer.API + "/batches?definitionId=" + definition + "&sort=state&size=2";
        JsonObject firstByState = TestServer.get(byState, "finance").json();
        assertEquals(
                TestServer.get(byState + "&page=1", "finance").json().getJsonArray("items"),
                TestServer.get(byState + "&after=" + firstByState.getString("next"), "finance")
                        .json()
                        .getJsonArray("items"),
                "a state sort's cursor page is its numbered page");
    }

    private static boolean noNext(JsonObject page) {
        return !page.containsKey("next") || page.isNull("next");
    }

    private static TestServer.Reply csv(String url, String user) {
        return TestServer.send(TestServer.request(url, user)
                .setHeader("Accept", "text/csv")
                .GET()
                .build());
    }
}
