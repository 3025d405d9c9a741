package dev.vpos.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Fifty identical requests with one Idempotency-Key, fired at once, charge the card once: every answer is the one
 * collection (201 replayed) or "still in flight" (409), never a second order at the bank.
 */
class DuplicateRequestsIT {

    @Test
    void fiftyConcurrentDuplicatesChargeOnce() throws Exception {
        long company = Sales.demoCompanyId();
        // a generous deadline: fifty requests on a two-core machine also slow down the simulated bank in the same
        // server, and what is measured here is idempotency, not the deadline
        long definition = FamilyOperationsIT.definition(company, "EST", "REGULAR", false, 30_000);
        String body = Sales.sale(
                company, Sales.firstCustomerAccountId(company), definition, "63.20", Sales.APPROVED_CARD, "12/30");
        String key = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<TestServer.Reply>> replies = new ArrayList<>();
        try {
            for (int i = 0; i < 50; i++) {
                replies.add(pool.submit(() -> {
                    start.await();
                    return TestServer.postJson(
                            TestServer.API + "/collections", "collector", body, Map.of("Idempotency-Key", key));
                }));
            }
            start.countDown();
            List<String> answers = new ArrayList<>();
            Set<String> references = new HashSet<>();
            Set<String> orders = new HashSet<>();
            int created = 0;
            int inFlight = 0;
            for (Future<TestServer.Reply> f : replies) {
                TestServer.Reply r = f.get();
                answers.add(
                        r.status() + (r.status() == 409 ? "" : " " + r.json().getString("state", "?")));
                if (r.status() == 201 || r.status() == 503) {
                    // 503: on a loaded two-core machine the one bank call may outlive its deadline (UNKNOWN);
                    // it is still the one collection, asked about later, never a second charge
                    created++;
                    references.add(r.json().getString("reference"));
                    orders.add(r.json().getString("bankOrderId"));
                } else {
                    assertEquals(409, r.status(), r.toString());
                    inFlight++;
                }
            }
            assertEquals(50, created + inFlight);
            assertTrue(created >= 1, "at least the first request answers with the collection");
            assertEquals(1, references.size(), "one collection: " + references);
            String orderId = orders.iterator().next();
            JsonArray ledger = Json.createArrayBuilder().build();
            for (int i = 0; i < 40 && ledger.isEmpty(); i++) {
                Thread.sleep(250);
                try (var reader = Json.createReader(new java.io.StringReader(
                        TestServer.get(TestServer.SIMULATOR + "/control/ledger?orderId=" + orderId, null)
                                .body()))) {
                    ledger = reader.readArray();
                }
            }
            assertEquals(1, ledger.size(), "the bank saw the order once: " + ledger + " answers " + answers);
            assertEquals("00", ((JsonObject) ledger.get(0)).getString("resultCode"));
            TestServer.Reply later = TestServer.postJson(
                    TestServer.API + "/collections", "collector", body, Map.of("Idempotency-Key", key));
            assertTrue(later.status() == 201 || later.status() == 503, later.toString());
            assertTrue(later.json().getBoolean("replayed"));
            assertEquals(references.iterator().next(), later.json().getString("reference"));
        } finally {
            pool.shutdownNow();
        }
    }
}
