package dev.vpos.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A sale's Idempotency-Key, rule by rule: while the first request with the key is still at the bank a retry is
 * refused as in flight (409), and the key used again for another card, another expiry or another definition is
 * refused (422) — each without a second order at the bank — while the same request replays the first answer.
 */
class SaleIdempotencyIT {

    private static long company;
    private static long account;

    @BeforeAll
    static void demoCompany() {
        company = Sales.demoCompanyId();
        account = Sales.firstCustomerAccountId(company);
    }

    private static TestServer.Reply post(String sale, String key) {
        return TestServer.postJson(TestServer.API + "/collections", "collector", sale, Map.of("Idempotency-Key", key));
    }

    /** The PosNet sales for the slow amount the bank has booked so far (by its transaction id). */
    private static Set<String> slowPosNetSales() {
        return slowPosNetSaleEntries().stream().map(e -> e.getString("transId")).collect(Collectors.toSet());
    }

    private static List<JsonObject> slowPosNetSaleEntries() {
        return SimulatedBank.ledger().stream()
                .filter(e -> "POSNET".equals(e.getString("family"))
                        && "SALE".equals(e.getString("type"))
                        && e.getJsonNumber("amount").bigDecimalValue().compareTo(new java.math.BigDecimal("7777.77"))
                                == 0)
                .toList();
    }

    @Test
    void aRetryWhileTheFirstRequestIsStillAtTheBankIsRefusedAsInFlight() throws Exception {
        // PosNet books the slow amount at once and answers after the slow time (4 s on the test server); a 15 s
        // deadline lets that answer arrive, so the first request is in flight for those 4 s and then approved
        long posnet = FamilyOperationsIT.definition(company, "POSNET", "REGULAR", false, 15_000);
        String sale = Sales.sale(company, account, posnet, Sales.SLOW_BANK_AMOUNT, Sales.APPROVED_CARD, "12/30");
        String key = UUID.randomUUID().toString();
        Set<String> before = slowPosNetSales();

        CompletableFuture<TestServer.Reply> first = CompletableFuture.supplyAsync(() -> post(sale, key));
        // the bank has the order, so our collection was written INITIATED before the call and is waiting for it
        JsonObject booked = Await.until(
                        () -> slowPosNetSaleEntries().stream()
                                .filter(e -> !before.contains(e.getString("transId")))
                                .toList(),
                        l -> !l.isEmpty(),
                        "the slow sale booked at the bank")
                .get(0);
        TestServer.Reply retry = post(sale, key);

        assertEquals(409, retry.status(), retry.toString());
        assertEquals("idempotency_in_flight", retry.json().getString("error"), retry.toString());
        assertFalse(first.isDone(), "the retry came while the first request was still waiting for the bank");
        TestServer.Reply answered = first.get(60, TimeUnit.SECONDS);
        assertEquals(201, answered.status(), answered.toString());
        assertEquals("APPROVED", answered.json().getString("state"));
        assertFalse(answered.json().getBoolean("replayed"));
        String order = answered.json().getString("bankOrderId");
        assertEquals(order, booked.getString("orderId"));

        TestServer.Reply settled = post(sale, key);
        assertEquals(201, settled.status(), settled.toString());
        assertTrue(settled.json().getBoolean("replayed"));
        assertEquals(answered.json().getString("reference"), settled.json().getString("reference"));
        assertEquals(1, SimulatedBank.ledger(order).size(), "one order at the bank: " + SimulatedBank.ledger(order));
        assertEquals(1, FollowUps.interactions(order, "SALE"), "the bank was called once");
    }

    @Test
    void theKeyUsedAgainForAnotherCardIsRefused() {
        refusedAsAnotherRequest(
                "41.20",
                (definition, amount) -> Sales.sale(company, account, definition, amount, "5401341234567891", "12/30"));
    }

    @Test
    void theKeyUsedAgainForTheSameCardWithAnotherExpiryIsRefused() {
        refusedAsAnotherRequest(
                "41.30",
                (definition, amount) -> Sales.sale(company, account, definition, amount, Sales.APPROVED_CARD, "11/30"));
    }

    @Test
    void theKeyUsedAgainThroughAnotherDefinitionIsRefused() {
        long other = FamilyOperationsIT.definition(company, "EST", "REGULAR");
        refusedAsAnotherRequest(
                "41.40",
                (definition, amount) -> Sales.sale(company, account, other, amount, Sales.APPROVED_CARD, "12/30"));
    }

    /**
     * A sale approved with a key, then the key with the request {@code other} makes of the same definition and amount:
     * 422 with nothing sent, and the original request still replays the one approval.
     */
    private static void refusedAsAnotherRequest(
            String amount, java.util.function.BiFunction<Long, String, String> other) {
        long definition = FamilyOperationsIT.definition(company, "EST", "REGULAR");
        String sale = Sales.sale(company, account, definition, amount, Sales.APPROVED_CARD, "12/30");
        String key = UUID.randomUUID().toString();
        TestServer.Reply first = post(sale, key);
        assertEquals(201, first.status(), first.toString());

        TestServer.Reply reused = post(other.apply(definition, amount), key);

        assertEquals(422, reused.status(), reused.toString());
        assertEquals("idempotency_key_reused", reused.json().getString("error"), reused.toString());
        TestServer.Reply replayed = post(sale, key);
        assertEquals(201, replayed.status(), replayed.toString());
        assertTrue(replayed.json().getBoolean("replayed"));
        assertEquals(first.json().getString("reference"), replayed.json().getString("reference"));
        String order = first.json().getString("bankOrderId");
        assertEquals(1, SimulatedBank.ledger(order).size(), "charged once: " + SimulatedBank.ledger(order));
    }
}
