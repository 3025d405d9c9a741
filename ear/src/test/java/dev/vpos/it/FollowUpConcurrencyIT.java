package dev.vpos.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.ArrayList;
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
 * Follow-ups of one collection at the same time, each with its own key: never more refunded than was taken, at most
 * one of a void and a refund done, a second follow-up refused while one is at the bank (409 "in flight", nothing
 * sent), and the bank's ledger agreeing with our batch records and the collection's figures.
 */
class FollowUpConcurrencyIT {

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

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }

    /** One answer: its status, and the error code of a refusal (200 and 402 carry the operation instead). */
    private record Answer(int status, String error, TestServer.Reply reply) {

        static Answer of(TestServer.Reply r) {
            return new Answer(r.status(), r.status() == 200 || r.status() == 402 ? "" : FollowUps.error(r), r);
        }

        String outcome() {
            return error.isEmpty() ? String.valueOf(status) : status + " " + error;
        }

        @Override
        public String toString() {
            return reply.toString();
        }
    }

    /** Fires the requests at once and answers them in order. */
    private static List<Answer> atOnce(List<java.util.function.Supplier<TestServer.Reply>> requests) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(requests.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<TestServer.Reply>> futures = new ArrayList<>();
            for (var request : requests) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return request.get();
                }));
            }
            start.countDown();
            List<Answer> answers = new ArrayList<>();
            for (Future<TestServer.Reply> f : futures) {
                answers.add(Answer.of(f.get(60, TimeUnit.SECONDS)));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The collection's figures, the bank's ledger and our batch records tell the same refunded amount. */
    private static void refundedEverywhere(String reference, String order, BigDecimal refunded) {
        assertEquals(
                0, refunded.compareTo(FollowUps.amount(FollowUps.collection(reference), "refundedAmount")), "ours");
        assertEquals(
                0, refunded.compareTo(SimulatedBank.refunded(order)), "the bank's: " + SimulatedBank.ledger(order));
        assertEquals(
                0,
                refunded.compareTo(FollowUps.refundedByBatches(order)),
                "the batch records: " + FollowUps.batchRecords(order));
    }

    @Test
    void aSecondFollowUpWhileARefundIsAtTheBankIsRefusedAndNothingIsRefundedTwice() throws Exception {
        JsonObject sale = FollowUps.approved(company, posnet, "10000.00", "SALE");
        String ref = sale.getString("reference");
        String order = sale.getString("bankOrderId");
        SimulatedBank.dayEnd("POSNET");

        // PosNet books the slow amount at once and answers it after 4 s: the refund is in flight meanwhile
        CompletableFuture<TestServer.Reply> slow = FollowUps.postInBackground(ref, "refund", "7777.77", key());
        FollowUps.awaitInFlight(ref);
        String secondKey = key();
        TestServer.Reply second = FollowUps.post(ref, "refund", "2222.23", secondKey);
        TestServer.Reply voided = FollowUps.post(ref, "void", null, key());
        TestServer.Reply cancelled = FollowUps.post(ref, "cancel", null, key());

        for (TestServer.Reply refused : List.of(second, voided, cancelled)) {
            assertEquals(409, refused.status(), refused.toString());
            assertEquals("followUp.inFlight", FollowUps.error(refused), refused.toString());
        }
        assertFalse(slow.isDone(), "refused while the first refund was still waiting for the bank");
        TestServer.Reply first = slow.get(60, TimeUnit.SECONDS);
        assertEquals(200, first.status(), first.toString());
        assertEquals(1, FollowUps.interactions(order, "REFUND"), "the refused follow-ups never reached the bank");
        assertEquals(0, FollowUps.interactions(order, "VOID"));
        refundedEverywhere(ref, order, money("7777.77"));

        // settled, the rest can be refunded (the refused key stored nothing), and then nothing more
        TestServer.Reply rest = FollowUps.post(ref, "refund", "2222.23", secondKey);
        assertEquals(200, rest.status(), rest.toString());
        assertFalse(rest.json().getBoolean("replayed"));
        TestServer.Reply more = FollowUps.post(ref, "refund", "0.01", key());
        assertEquals(409, more.status(), more.toString());
        assertEquals("followUp.notRefundable", FollowUps.error(more), more.toString());
        assertEquals("REFUNDED", FollowUps.collection(ref).getString("state"));
        refundedEverywhere(ref, order, money("10000.00"));
        assertEquals(2, FollowUps.interactions(order, "REFUND"));
    }

    @Test
    void refundsFiredAtOnceNeverRefundMoreThanWasTakenAndTheBankAgreesWithOurRecords() throws Exception {
        JsonObject sale = FollowUps.approved(company, est, "100.00", "SALE");
        String ref = sale.getString("reference");
        String order = sale.getString("bankOrderId");
        SimulatedBank.dayEnd("EST");
        List<java.util.function.Supplier<TestServer.Reply>> refunds = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            refunds.add(() -> FollowUps.post(ref, "refund", "40.00", key()));
        }

        List<Answer> answers = atOnce(refunds);

        long done = answers.stream().filter(a -> a.status() == 200).count();
        for (Answer a : answers) {
            // refused by our rules, never declined by the bank: what the bank was asked, it could do
            assertTrue(
                    Set.of("200", "409 followUp.inFlight", "400 invalid_input").contains(a.outcome()),
                    "unexpected answer " + a);
            if (a.status() == 400) {
                assertTrue(a.reply().body().contains("\"field\":\"amount\""), a.toString());
            }
        }
        assertTrue(
                done >= 1 && done <= 2,
                "40.00 fits twice into 100.00: "
                        + answers.stream().map(Answer::outcome).toList());
        BigDecimal refunded = money("40.00").multiply(BigDecimal.valueOf(done));
        refundedEverywhere(ref, order, refunded);
        assertEquals(done, FollowUps.interactions(order, "REFUND"), "only the refunds done reached the bank");
        assertEquals(done, SimulatedBank.approved(order, "REFUND").size());
    }

    @Test
    void aVoidAndARefundAtOnceInTheOpenBatchLeaveAtMostTheVoidDone() throws Exception {
        for (int round = 0; round < 3; round++) {
            JsonObject sale = FollowUps.approved(company, est, "100.00", "SALE");
            String ref = sale.getString("reference");
            String order = sale.getString("bankOrderId");

            List<Answer> answers = atOnce(List.of(
                    () -> FollowUps.post(ref, "void", null, key()), () -> FollowUps.post(ref, "refund", null, key())));

            Answer voidAnswer = answers.get(0);
            Answer refundAnswer = answers.get(1);
            assertTrue(Set.of("200", "409 followUp.inFlight").contains(voidAnswer.outcome()), voidAnswer.toString());
            // the bank refuses a refund of its open batch; after the void nothing is left to refund
            assertTrue(
                    Set.of("402", "409 followUp.inFlight", "409 followUp.notRefundable")
                            .contains(refundAnswer.outcome()),
                    refundAnswer.toString());
            boolean voided = voidAnswer.status() == 200;
            assertEquals(
                    voided ? "VOIDED" : "APPROVED", FollowUps.collection(ref).getString("state"));
            assertEquals(voided ? 1 : 0, SimulatedBank.approved(order, "VOID").size());
            assertEquals(0, SimulatedBank.approved(order, "REFUND").size());
            refundedEverywhere(ref, order, BigDecimal.ZERO);
            List<JsonObject> records = FollowUps.batchRecords(order);
            assertEquals(1, records.size(), records.toString());
            assertEquals(voided ? "VOIDED" : "ACTIVE", records.get(0).getString("status"), records.toString());
        }
    }

    @Test
    void aVoidAndARefundAtOnceAfterTheDayEndLeaveAtMostTheRefundDone() throws Exception {
        for (int round = 0; round < 3; round++) {
            JsonObject sale = FollowUps.approved(company, est, "100.00", "SALE");
            String ref = sale.getString("reference");
            String order = sale.getString("bankOrderId");
            SimulatedBank.dayEnd("EST");

            List<Answer> answers = atOnce(List.of(
                    () -> FollowUps.post(ref, "void", null, key()), () -> FollowUps.post(ref, "refund", null, key())));

            Answer voidAnswer = answers.get(0);
            Answer refundAnswer = answers.get(1);
            // the bank refuses to void a closed batch; after a refund nothing may be voided
            assertTrue(
                    Set.of("402", "409 followUp.inFlight", "409 followUp.notVoidable")
                            .contains(voidAnswer.outcome()),
                    voidAnswer.toString());
            assertTrue(
                    Set.of("200", "409 followUp.inFlight").contains(refundAnswer.outcome()), refundAnswer.toString());
            boolean refunded = refundAnswer.status() == 200;
            assertEquals(
                    refunded ? "REFUNDED" : "APPROVED",
                    FollowUps.collection(ref).getString("state"));
            assertEquals(0, SimulatedBank.approved(order, "VOID").size());
            refundedEverywhere(ref, order, refunded ? money("100.00") : BigDecimal.ZERO);
        }
    }
}
