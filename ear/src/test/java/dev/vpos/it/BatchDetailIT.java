package dev.vpos.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A batch record opened from the listing: its collection's whole state history, its follow-ups and every bank
 * interaction; cancel through the follow-up API for finance, refused (and nothing changed) for collectors and auditors.
 */
class BatchDetailIT {

    private static JsonObject sell(String amount) {
        long company = Sales.demoCompanyId();
        TestServer.Reply r = TestServer.postJson(
                TestServer.API + "/collections",
                "collector",
                Sales.sale(company, Sales.firstCustomerAccountId(company), amount, Sales.APPROVED_CARD, "12/30"),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertEquals(201, r.status(), r.toString());
        return r.json();
    }

    /** The listing's records of a collection, found by its order id (the sale, and refunds if any). */
    private static JsonArray records(JsonObject sale) {
        JsonObject page = TestServer.get(
                        TestServer.API + "/batches?sort=amount&direction=desc&q=" + sale.getString("bankOrderId"),
                        "finance")
                .json();
        return page.getJsonArray("items");
    }

    private static JsonObject detail(long batchId, String user) {
        TestServer.Reply r = TestServer.get(TestServer.API + "/batches/" + batchId, user);
        assertEquals(200, r.status(), r.toString());
        return r.json();
    }

    private static TestServer.Reply cancel(String reference, String user, String body) {
        return TestServer.postJson(
                TestServer.API + "/collections/" + reference + "/cancel",
                user,
                body,
                Map.of("Idempotency-Key", UUID.randomUUID().toString(), "X-Channel", "BATCHES_SCREEN"));
    }

    @Test
    void aSaleThenItsCancelShowTheWholeHistoryAndEveryBankInteraction() {
        JsonObject sale = sell("150.00");
        long id = records(sale).getJsonObject(0).getJsonNumber("id").longValue();

        JsonObject before = detail(id, "finance");
        assertEquals(
                sale.getString("bankOrderId"), before.getJsonObject("batch").getString("bankOrderId"));
        JsonObject collection = before.getJsonObject("collection");
        assertEquals(sale.getString("reference"), collection.getString("reference"));
        assertEquals("APPROVED", collection.getString("state"));
        JsonArray history = before.getJsonArray("history");
        assertEquals(2, history.size(), history.toString());
        assertFalse(history.getJsonObject(0).containsKey("from"), "the first state comes from nowhere");
        assertEquals("INITIATED", history.getJsonObject(0).getString("to"));
        JsonObject approved = history.getJsonObject(1);
        assertEquals("INITIATED", approved.getString("from"));
        assertEquals("APPROVED", approved.getString("to"));
        assertEquals("collector", approved.getString("user"));
        assertEquals("MOTO", approved.getString("channel"));
        assertNotNull(approved.getString("at"));
        assertTrue(before.getBoolean("interactionsShown"));
        JsonArray interactions = before.getJsonArray("interactions");
        assertEquals(1, interactions.size(), interactions.toString());
        JsonObject saleCall = interactions.getJsonObject(0);
        assertEquals(
                approved.getJsonNumber("interactionId").longValue(),
                saleCall.getJsonNumber("id").longValue(),
                "the history names the bank call that approved it");
        assertEquals("APPROVED", saleCall.getString("outcome"));
        assertTrue(saleCall.getJsonNumber("latencyMs").longValue() >= 0);
        assertFalse(saleCall.getString("maskedRequest").isBlank());
        assertFalse(saleCall.getString("maskedRequest").contains(Sales.APPROVED_CARD), "never the full card number");
        assertFalse(saleCall.getString("maskedResponse").isBlank());
        assertTrue(before.getJsonArray("operations").isEmpty());
        JsonObject quote = before.getJsonObject("cancel");
        assertTrue(quote.getBoolean("possible"));
        assertEquals(
                0,
                new BigDecimal("150.00")
                        .compareTo(quote.getJsonNumber("remaining").bigDecimalValue()));
        assertEquals("TRY", quote.getString("currency"));

        TestServer.Reply done = cancel(sale.getString("reference"), "finance", "{}");
        assertEquals(200, done.status(), done.toString());
        assertEquals(quote.getString("kind"), done.json().getString("kind"), "the cancel did what the detail said");

        JsonObject after = detail(id, "finance");
        String finalState = quote.getString("kind").equals("VOID") ? "VOIDED" : "REFUNDED";
        assertEquals(finalState, after.getJsonObject("collection").getString("state"));
        JsonArray history2 = after.getJsonArray("history");
        JsonObject last = history2.getJsonObject(history2.size() - 1);
        assertEquals("APPROVED", last.getString("from"));
        assertEquals(finalState, last.getString("to"));
        assertEquals("finance", last.getString("user"));
        assertEquals("BATCHES_SCREEN", last.getString("channel"));
        assertTrue(last.getString("note").startsWith("cancel"), last.toString());
        JsonArray operations = after.getJsonArray("operations");
        assertEquals(1, operations.size());
        assertEquals(quote.getString("kind"), operations.getJsonObject(0).getString("kind"));
        assertEquals("APPROVED", operations.getJsonObject(0).getString("state"));
        JsonArray interactions2 = after.getJsonArray("interactions");
        assertEquals(
                List.of("SALE", quote.getString("kind")),
                interactions2.stream()
                        .map(v -> ((JsonObject) v).getString("operation"))
                        .toList(),
                "every bank call, oldest first");
        assertEquals(
                last.getJsonNumber("interactionId").longValue(),
                interactions2.getJsonObject(1).getJsonNumber("id").longValue());
        assertFalse(after.getJsonObject("cancel").getBoolean("possible"), "nothing left to cancel");
    }

    @Test
    void onlyTheWholeAmountBeforeTheDayEndThenAPartIsRefundedAndTheRestCanStillBeCancelled() throws Exception {
        JsonObject sale = sell("100.00");
        JsonObject record = records(sale).getJsonObject(0);
        long id = record.getJsonNumber("id").longValue();
        String family = record.getString("family");
        JsonObject open = detail(id, "finance").getJsonObject("cancel");
        assertEquals("VOID", open.getString("kind"), "still in the bank's open batch");
        assertFalse(open.getBoolean("partialAllowed"), "banks refund a part only after their day end");

        try {
            // the family's cut-off passes and the bank closes its day: the sale can now be refunded, also in part
            cutoff(
                    family,
                    LocalTime.now(ZoneOffset.UTC)
                            .truncatedTo(ChronoUnit.SECONDS)
                            .plusSeconds(1)
                            .toString(),
                    "UTC");
            Await.until(
                    () -> detail(id, "finance").getJsonObject("cancel").getString("kind"),
                    "REFUND"::equals,
                    "the family's cut-off passed for the sale");
            TestServer.Reply dayEnd = TestServer.send(
                    HttpRequest.newBuilder(URI.create(TestServer.SIMULATOR + "/control/day-end?family=" + family))
                            .POST(HttpRequest.BodyPublishers.noBody())
                            .build());
            assertEquals(200, dayEnd.status(), dayEnd.toString());
            JsonObject closed = detail(id, "finance").getJsonObject("cancel");
            assertEquals("REFUND", closed.getString("kind"));
            assertTrue(closed.getBoolean("partialAllowed"));

            TestServer.Reply part = cancel(sale.getString("reference"), "finance", "{\"amount\":\"30.00\"}");
            assertEquals(200, part.status(), part.toString());
            assertEquals("REFUND", part.json().getString("kind"));
        } finally {
            cutoff(family, "23:00", "Europe/Istanbul");
        }

        JsonObject after = detail(id, "finance");
        assertEquals("PARTIALLY_REFUNDED", after.getJsonObject("collection").getString("state"));
        JsonObject quote = after.getJsonObject("cancel");
        assertTrue(quote.getBoolean("possible"));
        assertEquals(
                0,
                new BigDecimal("70.00")
                        .compareTo(quote.getJsonNumber("remaining").bigDecimalValue()));
        assertEquals("REFUND", quote.getString("kind"), "after a refund the rest is refunded too");

        JsonArray records = records(sale);
        assertEquals(2, records.size(), "the sale and its negative refund record");
        JsonObject refund = records.getJsonObject(1);
        assertEquals("REFUND", refund.getString("kind"));
        assertEquals(
                0,
                new BigDecimal("-30.00")
                        .compareTo(refund.getJsonNumber("amount").bigDecimalValue()));
        // the listing's filters on the collection's state and channel see both records in the state the refund left
        // (kept on the records, V74), with totals that add up; the sale is no longer listed as APPROVED
        String orderId = sale.getString("bankOrderId");
        String byDefinition = TestServer.API + "/batches?definitionId="
                + record.getJsonNumber("definitionId").longValue() + "&channel=" + record.getString("channel");
        JsonObject partially = TestServer.get(byDefinition + "&state=PARTIALLY_REFUNDED&size=200", "finance")
                .json();
        assertEquals(
                2,
                partially.getJsonArray("items").stream()
                        .filter(v -> orderId.equals(((JsonObject) v).getString("bankOrderId")))
                        .count(),
                partially.toString());
        assertEquals(
                partially.getInt("total"),
                partially.getJsonArray("totals").stream()
                        .mapToInt(v -> ((JsonObject) v).getInt("count"))
                        .sum(),
                "the totals count what the filter lists");
        JsonObject approvedOnes = TestServer.get(byDefinition + "&state=APPROVED&size=200", "finance")
                .json();
        assertTrue(
                approvedOnes.getJsonArray("items").stream()
                        .noneMatch(v -> orderId.equals(((JsonObject) v).getString("bankOrderId"))),
                "no longer APPROVED");
        // sorted by state, paged by cursor: the same rows as by page number
        String byStateSort = byDefinition + "&sort=state&direction=desc&size=1";
        JsonObject firstByState = TestServer.get(byStateSort, "finance").json();
        assertEquals(
                TestServer.get(byStateSort + "&page=1", "finance").json().getJsonArray("items"),
                TestServer.get(byStateSort + "&after=" + firstByState.getString("next"), "finance")
                        .json()
                        .getJsonArray("items"));

        JsonObject refundDetail = detail(refund.getJsonNumber("id").longValue(), "auditor");
        assertEquals(
                sale.getString("reference"),
                refundDetail.getJsonObject("collection").getString("reference"),
                "the refund record opens the same collection");
        assertEquals(2, refundDetail.getJsonArray("interactions").size());

        TestServer.Reply tooMuch = cancel(sale.getString("reference"), "finance", "{\"amount\":\"70.01\"}");
        assertEquals(400, tooMuch.status(), tooMuch.toString());
        assertTrue(tooMuch.body().contains("\"amount\""), tooMuch.body());
        assertEquals(
                "PARTIALLY_REFUNDED",
                detail(id, "finance").getJsonObject("collection").getString("state"),
                "a refused cancel changes nothing");
    }

    private static void cutoff(String family, String time, String zone) {
        TestServer.Reply r = TestServer.send(TestServer.request(
                        TestServer.API + "/settlement-cutoffs/" + family, "admin")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"cutoff\":\"" + time + "\",\"timeZone\":\"" + zone + "\"}"))
                .build());
        assertEquals(200, r.status(), r.toString());
    }

    @Test
    void collectorsAndAuditorsSeeTheRecordButCannotCancelIt() {
        JsonObject sale = sell("64.00");
        long id = records(sale).getJsonObject(0).getJsonNumber("id").longValue();

        JsonObject asCollector = detail(id, "collector");
        assertFalse(
                asCollector.getBoolean("interactionsShown"),
                "bank interactions are for the roles that read the return-code log");
        assertTrue(asCollector.getJsonArray("interactions").isEmpty());
        assertEquals(2, asCollector.getJsonArray("history").size());
        assertEquals(
                200,
                TestServer.get(TestServer.API + "/batches/" + id, "auditor").status());

        for (String user : new String[] {"collector", "auditor"}) {
            TestServer.Reply refused = cancel(sale.getString("reference"), user, "{}");
            assertEquals(403, refused.status(), user + ": " + refused);
            assertTrue(refused.json().getString("message").length() > 0);
        }
        TestServer.Reply portal = TestServer.get(TestServer.API + "/batches/" + id, "portal");
        assertEquals(403, portal.status(), portal.toString());

        JsonObject unchanged = detail(id, "finance");
        assertEquals("APPROVED", unchanged.getJsonObject("collection").getString("state"));
        assertTrue(unchanged.getJsonArray("operations").isEmpty());
        assertEquals(1, unchanged.getJsonArray("interactions").size(), "no call went to the bank");
    }

    @Test
    void anUnknownRecordIsNotFoundInTheCallersLanguage() {
        TestServer.Reply en = TestServer.get(TestServer.API + "/batches/987654321987", "finance");
        assertEquals(404, en.status(), en.toString());
        assertEquals("No credit-card batch record with this id.", en.json().getString("message"));
        TestServer.Reply tr = TestServer.send(TestServer.request(TestServer.API + "/batches/987654321987", "finance")
                .header("Accept-Language", "tr")
                .GET()
                .build());
        assertEquals(404, tr.status());
        assertEquals(
                "Bu numarayla bir kredi kartı hareket kaydı yok.", tr.json().getString("message"));
    }
}
