package dev.vpos.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Capture, void, refund and cancel each carry their own Idempotency-Key: the same key with the same request replays
 * the stored answer and moves no more money at the bank; the key with another amount or another operation is refused
 * (422); and while the first request with the key is still at the bank a retry is refused as in flight (409).
 * EST answers at once; PosNet's slow amount (booked at once, answered after the test server's 4 s) holds a follow-up
 * in flight under a definition whose deadline outlasts it.
 */
class FollowUpIdempotencyIT {

    private static long company;
    private static long est;
    private static long posnet;

    @BeforeAll
    static void definitions() {
        company = Sales.demoCompanyId();
        est = FamilyOperationsIT.definition(company, "EST", "REGULAR");
        posnet = FamilyOperationsIT.definition(company, "POSNET", "REGULAR", false, 15_000);
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }

    /** The first answer with a key: approved, not a replay. */
    private static JsonObject done(TestServer.Reply r, String kind) {
        assertEquals(200, r.status(), r.toString());
        JsonObject op = r.json();
        assertEquals(kind, op.getString("kind"), r.toString());
        assertEquals("APPROVED", op.getString("state"), r.toString());
        assertFalse(op.getBoolean("replayed"), r.toString());
        return op;
    }

    /** The same answer again, from our record. */
    private static void replays(TestServer.Reply r, JsonObject first) {
        assertEquals(200, r.status(), r.toString());
        assertTrue(r.json().getBoolean("replayed"), r.toString());
        assertEquals(first.getString("operationId"), r.json().getString("operationId"));
        assertEquals(first.getString("kind"), r.json().getString("kind"));
        assertEquals(0, FollowUps.amount(first, "amount").compareTo(FollowUps.amount(r.json(), "amount")));
    }

    private static void refusedAsAnotherRequest(TestServer.Reply r) {
        assertEquals(422, r.status(), r.toString());
        assertEquals("idempotency_key_reused", FollowUps.error(r), r.toString());
    }

    private static void refusedAsInFlight(TestServer.Reply r) {
        assertEquals(409, r.status(), r.toString());
        assertEquals("idempotency_in_flight", FollowUps.error(r), r.toString());
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }

    @Test
    void aCaptureRetriedWithItsKeyReplaysItsAnswerAndCapturesOnce() {
        JsonObject auth = FollowUps.approved(company, est, "200.00", "PRE_AUTH");
        String ref = auth.getString("reference");
        String order = auth.getString("bankOrderId");
        String key = key();

        JsonObject first = done(FollowUps.post(ref, "capture", "150.00", key), "CAPTURE");
        replays(FollowUps.post(ref, "capture", "150.00", key), first);
        refusedAsAnotherRequest(FollowUps.post(ref, "capture", "140.00", key));
        refusedAsAnotherRequest(FollowUps.post(ref, "capture", null, key));

        JsonObject after = FollowUps.collection(ref);
        assertEquals("CAPTURED", after.getString("state"));
        assertEquals(0, money("150.00").compareTo(FollowUps.amount(after, "capturedAmount")));
        List<JsonObject> captures = SimulatedBank.approved(order, "POST_AUTH");
        assertEquals(1, captures.size(), "captured once at the bank: " + SimulatedBank.ledger(order));
        assertEquals(0, money("150.00").compareTo(FollowUps.amount(captures.get(0), "amount")));
        assertEquals(1, FollowUps.interactions(order, "CAPTURE"));
        assertEquals(1, FollowUps.batchRecords(order).size(), "one batch record, for the capture");
    }

    @Test
    void aVoidRetriedWithItsKeyReplaysItsAnswerAndVoidsOnce() {
        JsonObject sale = FollowUps.approved(company, est, "100.00", "SALE");
        String ref = sale.getString("reference");
        String order = sale.getString("bankOrderId");
        String key = key();

        JsonObject first = done(FollowUps.post(ref, "void", null, key), "VOID");
        replays(FollowUps.post(ref, "void", null, key), first);
        refusedAsAnotherRequest(FollowUps.post(ref, "refund", null, key));

        assertEquals("VOIDED", FollowUps.collection(ref).getString("state"));
        assertEquals(
                1,
                SimulatedBank.approved(order, "VOID").size(),
                SimulatedBank.ledger(order).toString());
        assertEquals(1, FollowUps.interactions(order, "VOID"));
        assertEquals(0, FollowUps.interactions(order, "REFUND"), "the refused request never reached the bank");
        List<JsonObject> records = FollowUps.batchRecords(order);
        assertEquals(1, records.size(), records.toString());
        assertEquals("VOIDED", records.get(0).getString("status"), records.toString());
    }

    @Test
    void aRefundRetriedWithItsKeyReplaysItsAnswerAndRefundsOnce() {
        JsonObject sale = FollowUps.approved(company, est, "100.00", "SALE");
        String ref = sale.getString("reference");
        String order = sale.getString("bankOrderId");
        SimulatedBank.dayEnd("EST");
        String key = key();

        JsonObject first = done(FollowUps.post(ref, "refund", "30.00", key), "REFUND");
        replays(FollowUps.post(ref, "refund", "30.00", key), first);
        refusedAsAnotherRequest(FollowUps.post(ref, "refund", "31.00", key));
        refusedAsAnotherRequest(FollowUps.post(ref, "refund", null, key));
        refusedAsAnotherRequest(FollowUps.post(ref, "cancel", "30.00", key));

        JsonObject after = FollowUps.collection(ref);
        assertEquals("PARTIALLY_REFUNDED", after.getString("state"));
        assertEquals(0, money("30.00").compareTo(FollowUps.amount(after, "refundedAmount")));
        assertEquals(
                1,
                SimulatedBank.approved(order, "REFUND").size(),
                SimulatedBank.ledger(order).toString());
        assertEquals(0, money("30.00").compareTo(SimulatedBank.refunded(order)));
        assertEquals(0, money("30.00").compareTo(FollowUps.refundedByBatches(order)));
        assertEquals(1, FollowUps.interactions(order, "REFUND"));
    }

    @Test
    void aCancelRetriedWithItsKeyReplaysItsAnswerAndCancelsOnce() {
        JsonObject sale = FollowUps.approved(company, est, "100.00", "SALE");
        String ref = sale.getString("reference");
        String order = sale.getString("bankOrderId");
        String key = key();

        JsonObject first = done(FollowUps.post(ref, "cancel", null, key), "VOID");
        replays(FollowUps.post(ref, "cancel", null, key), first);
        refusedAsAnotherRequest(FollowUps.post(ref, "cancel", "40.00", key));
        refusedAsAnotherRequest(FollowUps.post(ref, "void", null, key));

        assertEquals("VOIDED", FollowUps.collection(ref).getString("state"));
        assertEquals(
                1,
                SimulatedBank.approved(order, "VOID").size(),
                SimulatedBank.ledger(order).toString());
        assertEquals(1, FollowUps.interactions(order, "VOID"));
    }

    @Test
    void aRefundRetriedWhileTheBankIsStillAnsweringIsRefusedAsInFlight() throws Exception {
        JsonObject sale = FollowUps.approved(company, posnet, "10000.00", "SALE");
        SimulatedBank.dayEnd("POSNET");
        retriedWhileInFlight(sale, "refund", "7777.77", "REFUND", "REFUND");
        JsonObject after = FollowUps.collection(sale.getString("reference"));
        assertEquals(0, money("7777.77").compareTo(FollowUps.amount(after, "refundedAmount")));
        assertEquals(0, money("7777.77").compareTo(SimulatedBank.refunded(sale.getString("bankOrderId"))));
        assertEquals(0, money("7777.77").compareTo(FollowUps.refundedByBatches(sale.getString("bankOrderId"))));
    }

    @Test
    void aCaptureRetriedWhileTheBankIsStillAnsweringIsRefusedAsInFlight() throws Exception {
        JsonObject auth = FollowUps.approved(company, posnet, "10000.00", "PRE_AUTH");
        retriedWhileInFlight(auth, "capture", "7777.77", "CAPTURE", "POST_AUTH");
        JsonObject after = FollowUps.collection(auth.getString("reference"));
        assertEquals(0, money("7777.77").compareTo(FollowUps.amount(after, "capturedAmount")));
    }

    @Test
    void aCancelRetriedWhileTheBankIsStillAnsweringIsRefusedAsInFlight() throws Exception {
        JsonObject sale = FollowUps.approved(company, posnet, "10000.00", "SALE");
        SimulatedBank.dayEnd("POSNET");
        // a part is always refunded
        retriedWhileInFlight(sale, "cancel", "7777.77", "REFUND", "REFUND");
    }

    /**
     * The follow-up sent in the background; once it is INITIATED (at the bank, which is slow to answer) the same key
     * is refused as in flight; then the first answer arrives, and the key replays it; the bank booked it once.
     */
    private static void retriedWhileInFlight(
            JsonObject collection, String operation, String amount, String kind, String ledgerType) throws Exception {
        String ref = collection.getString("reference");
        String order = collection.getString("bankOrderId");
        String key = key();

        CompletableFuture<TestServer.Reply> first = FollowUps.postInBackground(ref, operation, amount, key);
        FollowUps.awaitInFlight(ref);
        TestServer.Reply retry = FollowUps.post(ref, operation, amount, key);

        refusedAsInFlight(retry);
        assertFalse(first.isDone(), "the retry came while the first request was still waiting for the bank");
        JsonObject answered = done(first.get(60, TimeUnit.SECONDS), kind);
        replays(FollowUps.post(ref, operation, amount, key), answered);
        assertEquals(
                1,
                SimulatedBank.approved(order, ledgerType).size(),
                SimulatedBank.ledger(order).toString());
        assertEquals(1, FollowUps.interactions(order, kind), "the bank was called once");
    }

    @Test
    void voidsFiredAtOnceWithOneKeyVoidOnceAndEveryOtherAnswerIsTheReplayOrInFlight() throws Exception {
        // a duplicate that looked the key up before the first request wrote it, and took the collection's lock after,
        // must still be answered as the same request: a few rounds make that interleaving likely
        for (int round = 0; round < 3; round++) {
            voidsAtOnceWithOneKey(16);
        }
    }

    private static void voidsAtOnceWithOneKey(int n) throws Exception {
        JsonObject sale = FollowUps.approved(company, est, "100.00", "SALE");
        String ref = sale.getString("reference");
        String order = sale.getString("bankOrderId");
        String key = key();
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<TestServer.Reply>> futures = new ArrayList<>();
        try {
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return FollowUps.post(ref, "void", null, key);
                }));
            }
            start.countDown();
            Set<String> operations = new HashSet<>();
            int fresh = 0;
            List<String> answers = new ArrayList<>();
            for (Future<TestServer.Reply> f : futures) {
                TestServer.Reply r = f.get(60, TimeUnit.SECONDS);
                answers.add(
                        r.status() + " " + (r.status() == 200 ? r.json().getBoolean("replayed") : FollowUps.error(r)));
                if (r.status() == 200) {
                    operations.add(r.json().getString("operationId"));
                    fresh += r.json().getBoolean("replayed") ? 0 : 1;
                } else {
                    refusedAsInFlight(r);
                }
            }
            assertEquals(1, fresh, "one request voided, the others replayed or were in flight: " + answers);
            assertEquals(1, operations.size(), answers.toString());
        } finally {
            pool.shutdownNow();
        }
        replays(
                FollowUps.post(ref, "void", null, key),
                FollowUps.operations(ref).get(0));
        assertEquals(
                1,
                SimulatedBank.approved(order, "VOID").size(),
                SimulatedBank.ledger(order).toString());
        assertEquals(1, FollowUps.interactions(order, "VOID"));
        assertEquals("VOIDED", FollowUps.collection(ref).getString("state"));
    }
}
