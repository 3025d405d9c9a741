package dev.vpos.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A card collection end to end: module REST API → EST adapter → bank simulator → batches and return-code log. */
class CollectionApiIT {

    private static long company;
    private static long account;

    @BeforeAll
    static void demoCustomer() {
        System.out.println(
                "[CollectionApiIT] test server at " + TestServer.BASE + " on database: " + TestServer.database());
        company = Sales.demoCompanyId();
        account = Sales.firstCustomerAccountId(company);
    }

    @Test
    void approvedSaleAnswers201AndShowsInBatchesLogAndTheBanksLedger() {
        TestServer.Reply reply =
                Sales.post(Sales.sale(company, account, "1250.00", Sales.APPROVED_CARD, "12/30"), "collector");

        assertEquals(201, reply.status(), reply.toString());
        JsonObject body = reply.json();
        assertEquals("APPROVED", body.getString("state"));
        assertEquals("00", body.getString("bankCode"));
        assertEquals("435508******4358", body.getString("maskedPan"));
        assertEquals("VISA", body.getString("cardBrand"));
        assertFalse(body.getString("authCode").isBlank());
        assertTrue(
                reply.location().endsWith("/vpos/api/v1/collections/" + body.getString("reference")), reply.location());
        assertEquals(
                "APPROVED", TestServer.get(reply.location(), "finance").json().getString("state"));
        String orderId = body.getString("bankOrderId");

        JsonObject batch = findByOrder(
                TestServer.get(TestServer.API + "/batches?size=500", "finance").json(), orderId);
        assertEquals("1250.00", batch.getJsonNumber("amount").bigDecimalValue().toPlainString());
        assertEquals(
                "21.88", batch.getJsonNumber("commission").bigDecimalValue().toPlainString(), "1.75% half-up");
        assertEquals(
                "1228.12", batch.getJsonNumber("netAmount").bigDecimalValue().toPlainString());
        assertEquals(body.getString("authCode"), batch.getString("authCode"));
        assertEquals(body.getString("hostRefNum"), batch.getString("hostRefNum"));

        JsonObject logged = findByOrder(
                TestServer.get(TestServer.API + "/transaction-log?size=500", "auditor")
                        .json(),
                orderId);
        assertEquals("APPROVED", logged.getString("outcome"));
        String request = TestServer.get(
                        TestServer.API + "/transaction-log/"
                                + logged.getJsonNumber("id").longValue(),
                        "auditor")
                .json()
                .getString("maskedRequest");
        assertTrue(request.contains("<Number>435508******4358</Number>"), request);
        assertFalse(request.contains(Sales.APPROVED_CARD), "full PAN must never be logged");
        assertTrue(request.contains("<Cvv2Val>***</Cvv2Val>") && request.contains("<Password>***</Password>"), request);

        String ledger = TestServer.get(TestServer.SIMULATOR + "/control/ledger?orderId=" + orderId, null)
                .body();
        assertTrue(ledger.contains(orderId) && ledger.contains(body.getString("authCode")), ledger);
    }

    @Test
    void insufficientFundsAnswers402WithTheBankCodeAndItsMeaning() {
        TestServer.Reply reply =
                Sales.post(Sales.sale(company, account, "300.00", Sales.INSUFFICIENT_FUNDS_CARD, "12/30"), "collector");

        assertEquals(402, reply.status(), reply.toString());
        JsonObject body = reply.json();
        assertEquals("DECLINED", body.getString("state"));
        assertEquals("51", body.getString("bankCode"));
        assertEquals("INSUFFICIENT_FUNDS", body.getString("reason"));
        assertEquals("Insufficient funds", body.getString("reasonMessage"));
        JsonObject logged = findByOrder(
                TestServer.get(TestServer.API + "/transaction-log?size=500", "auditor")
                        .json(),
                body.getString("bankOrderId"));
        assertEquals("DECLINED", logged.getString("outcome"));
        assertEquals("51", logged.getString("bankCode"));
    }

    @Test
    void declineReasonIsInTheCallersLanguage() {
        HttpRequest request = TestServer.request(TestServer.API + "/collections", "collector")
                .header("Content-Type", "application/json")
                .header("Accept-Language", "tr-TR,tr;q=0.9")
                .POST(HttpRequest.BodyPublishers.ofString(
                        Sales.sale(company, account, "99.54", Sales.APPROVED_CARD, "12/30")))
                .build();
        TestServer.Reply reply = TestServer.send(request);

        assertEquals(402, reply.status(), reply.toString());
        assertEquals("54", reply.json().getString("bankCode"));
        assertEquals("Kartın son kullanma tarihi geçmiş", reply.json().getString("reasonMessage"));
    }

    @Test
    void expiredAndDoNotHonorAreDeclinesWithTheirOwnReasons() {
        JsonObject expired = Sales.post(Sales.sale(company, account, "10.00", Sales.EXPIRED_CARD, "12/30"), "collector")
                .json();
        JsonObject doNotHonor = Sales.post(
                        Sales.sale(company, account, "10.05", Sales.APPROVED_CARD, "12/30"), "collector")
                .json();

        assertEquals("EXPIRED_CARD", expired.getString("reason"));
        assertEquals("DO_NOT_HONOR", doNotHonor.getString("reason"));
    }

    @Test
    void bankOutageAnswers503UnknownNeverDeclined() {
        TestServer.postJson(TestServer.SIMULATOR + "/control/outage", null, "{\"down\":true}", Map.of());
        try {
            TestServer.Reply reply =
                    Sales.post(Sales.sale(company, account, "42.00", Sales.APPROVED_CARD, "12/30"), "collector");

            assertEquals(503, reply.status(), reply.toString());
            assertEquals("UNKNOWN", reply.json().getString("state"));
            assertEquals("OUTCOME_UNKNOWN", reply.json().getString("reason"));
        } finally {
            TestServer.postJson(TestServer.SIMULATOR + "/control/outage", null, "{\"down\":false}", Map.of());
        }
    }

    @Test
    void bankSilentPastTheDeadlineAnswers503Unknown() {
        long start = System.nanoTime();
        TestServer.Reply reply = Sales.post(
                Sales.sale(company, account, Sales.SLOW_BANK_AMOUNT, Sales.APPROVED_CARD, "12/30"), "collector");
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;

        assertEquals(503, reply.status(), reply.toString());
        assertEquals("UNKNOWN", reply.json().getString("state"));
        assertTrue(seconds < 20, "the 3 s deadline must cut the 30 s bank delay, took " + seconds + " s");
    }

    @Test
    void financeSettlesAnUnknownCollectionByAskingTheBank() {
        JsonObject unknown = Sales.post(
                        Sales.sale(company, account, Sales.SLOW_BANK_AMOUNT, Sales.APPROVED_CARD, "12/30"), "collector")
                .json();
        assertEquals("UNKNOWN", unknown.getString("state"));
        String orderId = unknown.getString("bankOrderId");
        // the slow bank books the sale once its delay is over
        Await.until(() -> SimulatedBank.ledger(orderId), l -> !l.isEmpty(), "the slow sale booked at the bank");

        TestServer.Reply checked = TestServer.postJson(
                TestServer.API + "/collections/" + unknown.getString("reference") + "/status-check",
                "finance",
                "",
                Map.of());

        assertEquals(200, checked.status(), checked.toString());
        assertEquals("APPROVED", checked.json().getString("state"));
        assertFalse(checked.json().getString("authCode").isBlank());
        findByOrder(
                TestServer.get(TestServer.API + "/batches?size=500", "finance").json(), orderId);
        assertEquals(
                403,
                TestServer.postJson(
                                TestServer.API + "/collections/" + unknown.getString("reference") + "/status-check",
                                "collector",
                                "",
                                Map.of())
                        .status());
    }

    @Test
    void theJanitorSettlesATimedOutSaleByItselfWithTheBanksAnswer() {
        JsonObject unknown = Sales.post(
                        Sales.sale(company, account, Sales.SLOW_BANK_AMOUNT, Sales.APPROVED_CARD, "12/30"), "collector")
                .json();
        assertEquals("UNKNOWN", unknown.getString("state"));
        String reference = unknown.getString("reference");

        // the test server's janitor runs every second on a compressed schedule
        String state = Await.until(
                () -> TestServer.get(TestServer.API + "/collections/" + reference, "finance")
                        .json()
                        .getString("state"),
                s -> !"UNKNOWN".equals(s),
                "the janitor's settlement of " + reference);

        assertEquals("APPROVED", state, "settled by the janitor from the bank's status answer");
        JsonObject inquiry =
                TestServer.get(TestServer.API + "/transaction-log?size=500", "auditor")
                        .json()
                        .getJsonArray("items")
                        .stream()
                        .map(v -> (JsonObject) v)
                        .filter(i -> unknown.getString("bankOrderId").equals(i.getString("bankOrderId", null))
                                && "STATUS".equals(i.getString("operation")))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no status inquiry logged"));
        assertEquals("APPROVED", inquiry.getString("outcome"));
        assertEquals(
                200,
                TestServer.get(TestServer.API + "/collections/needing-attention", "finance")
                        .status());
    }

    @Test
    void aCollectionTheBankNeverReceivedIsSettledAsNotSent() {
        TestServer.postJson(TestServer.SIMULATOR + "/control/outage", null, "{\"down\":true}", Map.of());
        JsonObject unknown;
        try {
            unknown = Sales.post(Sales.sale(company, account, "43.00", Sales.APPROVED_CARD, "12/30"), "collector")
                    .json();
        } finally {
            TestServer.postJson(TestServer.SIMULATOR + "/control/outage", null, "{\"down\":false}", Map.of());
        }
        assertEquals("UNKNOWN", unknown.getString("state"));

        // "no such order" settles only once the request cannot still be on its way (twice the deadline + a margin)
        JsonObject checked = Await.until(
                () -> TestServer.postJson(
                                TestServer.API + "/collections/" + unknown.getString("reference") + "/status-check",
                                "finance",
                                "",
                                Map.of())
                        .json(),
                c -> "NOT_SENT".equals(c.getString("state")),
                "'no such order' accepted once the request cannot still be on its way");

        assertEquals("NOT_SENT", checked.getString("state"));
        assertEquals("BANK_NOT_REACHED", checked.getString("reason"));
    }

    @Test
    void invalidInputAnswers400WithEveryFieldAndChangesNothing() {
        long collectionsBefore = TestServer.get(TestServer.API + "/transaction-log?size=1", "auditor")
                .json()
                .getJsonNumber("total")
                .longValue();
        String bad =
                Sales.sale(company, account, "-5", "4355084355084359", "13/20").replace("\"TRY\"", "\"XYZ\"");
        HttpRequest request = TestServer.request(TestServer.API + "/collections", "collector")
                .header("Content-Type", "application/json")
                .header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofString(bad))
                .build();

        TestServer.Reply reply = TestServer.send(request);

        assertEquals(400, reply.status(), reply.toString());
        String fields = reply.json().getJsonArray("fields").toString();
        for (String field : new String[] {"amount", "currency", "cardNumber", "expiry"}) {
            assertTrue(fields.contains("\"field\":\"" + field + "\""), field + " missing in " + fields);
        }
        assertTrue(fields.contains("is not a valid card number."), fields);
        long collectionsAfter = TestServer.get(TestServer.API + "/transaction-log?size=1", "auditor")
                .json()
                .getJsonNumber("total")
                .longValue();
        assertEquals(collectionsBefore, collectionsAfter, "a rejected request must not reach the bank");
    }

    @Test
    void sameIdempotencyKeyReplaysTheFirstAnswerAndNeverChargesTwice() {
        String key = UUID.randomUUID().toString();
        String sale = Sales.sale(company, account, "77.10", Sales.APPROVED_CARD, "12/30");

        TestServer.Reply first =
                TestServer.postJson(TestServer.API + "/collections", "portal", sale, Map.of("Idempotency-Key", key));
        TestServer.Reply second =
                TestServer.postJson(TestServer.API + "/collections", "portal", sale, Map.of("Idempotency-Key", key));
        TestServer.Reply different = TestServer.postJson(
                TestServer.API + "/collections",
                "portal",
                sale.replace("77.10", "77.20"),
                Map.of("Idempotency-Key", key));

        assertEquals(201, first.status(), first.toString());
        assertEquals(201, second.status(), second.toString());
        assertEquals(first.json().getString("reference"), second.json().getString("reference"));
        assertTrue(second.json().getBoolean("replayed"));
        assertEquals(422, different.status(), different.toString());
        String ledger = TestServer.get(
                        TestServer.SIMULATOR + "/control/ledger?orderId="
                                + first.json().getString("bankOrderId"),
                        null)
                .body();
        assertEquals(1, ledger.split(first.json().getString("bankOrderId"), -1).length - 1, "charged once: " + ledger);
    }

    @Test
    void everyApiPathNeedsAnAuthenticatedUserWithTheRightRole() {
        assertEquals(401, TestServer.get(TestServer.API + "/batches", null).status());
        assertEquals(403, TestServer.get(TestServer.API + "/batches", "nobody").status(), "user without a module role");
        assertEquals(
                403,
                Sales.post(Sales.sale(company, account, "5.00", Sales.APPROVED_CARD, "12/30"), "auditor")
                        .status());
        assertEquals(
                403,
                TestServer.get(TestServer.API + "/transaction-log", "portal").status());
        assertEquals(200, TestServer.get(TestServer.API + "/me", "finance").status());
    }

    private static JsonObject findByOrder(JsonObject page, String orderId) {
        return page.getJsonArray("items").stream()
                .map(v -> (JsonObject) v)
                .filter(o -> orderId.equals(o.getString("bankOrderId", null)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("order " + orderId + " not in " + page));
    }
}
