package dev.vpos.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * Fifty identical requests with one Idempotency-Key, fired at once, charge the card once: exactly one answer made the
 * approval (201), every other is its replay (201, replayed) or "still in flight" (409 idempotency_in_flight) — never
 * a 503 — and the bank saw one order.
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
            int created = 0;
            int replayed = 0;
            int inFlight = 0;
            for (Future<TestServer.Reply> f : replies) {
                TestServer.Reply r = f.get();
                answers.add(r.status() + " "
                        + (r.status() == 201
                                ? r.json().getBoolean("replayed")
                                : r.json().getString("error", "?")));
                // the rule, exactly: the one approval (201, replayed once it is settled) or "still in flight" (409);
                // never a 503, which would be a second attempt or an answer given before the outcome was known
                if (r.status() == 201) {
                    assertEquals("APPROVED", r.json().getString("state"), r.toString());
                    references.add(r.json().getString("reference"));
                    if (r.json().getBoolean("replayed")) {
                        replayed++;
                    } else {
                        created++;
                    }
                } else {
                    assertEquals(409, r.status(), r.toString());
                    assertEquals("idempotency_in_flight", r.json().getString("error"), r.toString());
                    inFlight++;
                }
            }
            assertEquals(50, created + replayed + inFlight, answers.toString());
            assertEquals(
                    1,
                    created,
                    "one request made the collection, the others replayed it or were in flight: " + answers);
            assertEquals(1, references.size(), "one collection: " + references);
            TestServer.Reply later = TestServer.postJson(
                    TestServer.API + "/collections", "collector", body, Map.of("Idempotency-Key", key));
            assertEquals(201, later.status(), later.toString());
            assertTrue(later.json().getBoolean("replayed"));
            assertEquals(references.iterator().next(), later.json().getString("reference"));
            String orderId = later.json().getString("bankOrderId");
            List<JsonObject> ledger = SimulatedBank.ledger(orderId);
            assertEquals(1, ledger.size(), "the bank saw the order once: " + ledger + " answers " + answers);
            assertEquals("00", ledger.get(0).getString("resultCode"));
            assertEquals(1, FollowUps.interactions(orderId, "SALE"), "we called the bank once");
        } finally {
            pool.shutdownNow();
        }
    }
}
