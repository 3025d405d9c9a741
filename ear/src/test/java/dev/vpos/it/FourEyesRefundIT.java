package dev.vpos.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue #13 item 8, four eyes on refunds. Company DEMO2 gets a threshold of 1,000.00 TRY for this class (and none
 * again after it): a refund or cancel above it, and any by the user who took the sale, waits for a second FINANCE user
 * (202, nothing at the bank); that user approves (the bank refunds once) or rejects (the bank sees nothing). Users of
 * test.xml: {@code collector} and {@code aylin} (collector + finance) take sales, {@code finance} and {@code aylin}
 * refund and decide.
 */
class FourEyesRefundIT {

    private static long company;
    private static long est;

    @BeforeAll
    static void fourEyesOnDemo2() {
        company = Json.createReader(new java.io.StringReader(
                        TestServer.get(TestServer.API + "/companies", "admin").body()))
                .readArray()
                .stream()
                .map(v -> (JsonObject) v)
                .filter(c -> "DEMO2".equals(c.getString("code")))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
        est = FamilyOperationsIT.definition(company, "EST", "REGULAR");
        TestServer.Reply set = setting("[{\"currency\":\"TRY\",\"amount\":\"1000.00\"}]", "admin");
        assertEquals(200, set.status(), set.toString());
        assertTrue(set.json().getBoolean("enabled"), set.toString());
        assertEquals(
                "1000.00",
                set.json()
                        .getJsonArray("thresholds")
                        .getJsonObject(0)
                        .getJsonNumber("amount")
                        .bigDecimalValue()
                        .toPlainString());
    }

    @AfterAll
    static void fourEyesOff() {
        TestServer.Reply off = setting("[]", "admin");
        assertEquals(200, off.status(), off.toString());
        assertFalse(off.json().getBoolean("enabled"));
    }

    @Test
    void onlyAnAdminSetsTheThresholdAndItIsCheckedLikeAnAmount() {
        assertEquals(403, setting("[]", "finance").status());
        TestServer.Reply bad = setting(
                "[{\"currency\":\"TRY\",\"amount\":\"1e3\"},{\"currency\":\"XYZ\",\"amount\":\"5\"},"
                        + "{\"currency\":\"JPY\",\"amount\":\"10.5\"}]",
                "admin");
        assertEquals(400, bad.status(), bad.toString());
        String body = bad.body();
        assertTrue(
                body.contains("thresholds[0].amount")
                        && body.contains("thresholds[1].currency")
                        && body.contains("thresholds[2].amount"),
                body);
        TestServer.Reply kept = TestServer.get(path(), "finance");
        assertEquals(200, kept.status(), kept.toString());
        assertEquals(1, kept.json().getJsonArray("thresholds").size(), "nothing changed: " + kept);
    }

    @Test
    void aRefundUnderTheThresholdGoesStraightToTheBank() {
        JsonObject sale = sale("collector", "900.00");
        SimulatedBank.dayEnd("EST");
        TestServer.Reply r =
                followUp(sale, "refund", "900.00", "finance", UUID.randomUUID().toString());
        assertEquals(200, r.status(), r.toString());
        assertEquals("REFUND", r.json().getString("kind"));
        assertEquals(0, new BigDecimal("900.00").compareTo(SimulatedBank.refunded(order(sale))));
    }

    @Test
    void aRefundAboveTheThresholdWaitsAndTheRequesterCannotApproveIt() {
        JsonObject sale = sale("collector", "1500.00");
        SimulatedBank.dayEnd("EST");
        String key = UUID.randomUUID().toString();
        TestServer.Reply waits = followUp(sale, "refund", "1200.00", "finance", key);
        assertEquals(202, waits.status(), waits.toString());
        JsonObject approval = waits.json();
        assertEquals("PENDING", approval.getString("state"));
        assertEquals("REFUND", approval.getString("operation"));
        assertEquals(
                "1200.00", approval.getJsonNumber("amount").bigDecimalValue().toPlainString());
        assertEquals("finance", approval.getString("requestedBy"));
        assertEquals(List.of("ABOVE_THRESHOLD"), codes(approval));
        assertTrue(
                approval.getJsonArray("reasons")
                        .getJsonObject(0)
                        .getString("message")
                        .contains("1000.00 TRY"),
                approval.toString());
        assertTrue(
                waits.location().endsWith("/refund-approvals/" + approval.getString("approvalId")), waits.location());
        assertNothingAtTheBank(sale);

        // a retry with the same key is the same waiting request, not a second one; another amount is another request
        TestServer.Reply retried = followUp(sale, "refund", "1200.00", "finance", key);
        assertEquals(202, retried.status(), retried.toString());
        assertEquals(approval.getString("approvalId"), retried.json().getString("approvalId"));
        assertTrue(retried.json().getBoolean("replayed"));
        assertEquals(422, followUp(sale, "refund", "1100.00", "finance", key).status());
        assertEquals(1, waiting(sale).size(), "one waiting request");

        // finance (the requester) cannot approve or reject it; the screen's list shows it
        TestServer.Reply own = decide(approval, "approve", "finance", null);
        assertEquals(409, own.status(), own.toString());
        assertEquals("fourEyes.ownRequest", own.json().getString("error"), own.toString());
        assertEquals(
                409,
                decide(approval, "reject", "finance", "{\"reason\":\"mine\"}").status());
        assertEquals(403, decide(approval, "approve", "collector", null).status(), "not finance");
        assertEquals(403, decide(approval, "approve", "admin", null).status(), "admins are not finance");
        assertNothingAtTheBank(sale);
        assertEquals(
                "PENDING",
                TestServer.get(approvalPath(approval), "auditor").json().getString("state"));

        // another finance user approves: refunded once at the bank, both users kept
        TestServer.Reply approved = decide(approval, "approve", "aylin", null);
        assertEquals(200, approved.status(), approved.toString());
        JsonObject decided = approved.json().getJsonObject("approval");
        assertEquals("APPROVED", decided.getString("state"));
        assertEquals("aylin", decided.getString("decidedBy"));
        assertEquals("finance", decided.getString("requestedBy"));
        assertTrue(decided.containsKey("decidedAt"), decided.toString());
        JsonObject operation = approved.json().getJsonObject("operation");
        assertEquals("REFUND", operation.getString("kind"));
        assertEquals("APPROVED", operation.getString("state"));
        assertEquals(operation.getString("operationId"), decided.getString("operationId"));

        // approving again (a retry of aylin's click) sends nothing more; the requester's retry shows the decision
        TestServer.Reply again = decide(approval, "approve", "aylin", null);
        assertEquals(200, again.status(), again.toString());
        assertEquals(
                operation.getString("operationId"),
                again.json().getJsonObject("operation").getString("operationId"));
        assertEquals(
                409,
                decide(approval, "reject", "aylin", "{\"reason\":\"too late\"}").status());
        TestServer.Reply requesterRetry = followUp(sale, "refund", "1200.00", "finance", key);
        assertEquals(202, requesterRetry.status(), requesterRetry.toString());
        assertEquals("APPROVED", requesterRetry.json().getString("state"));

        assertEquals(
                1,
                SimulatedBank.approved(order(sale), "REFUND").size(),
                SimulatedBank.ledger(order(sale)).toString());
        assertEquals(0, new BigDecimal("1200.00").compareTo(SimulatedBank.refunded(order(sale))));
        JsonObject after = FollowUps.collection(sale.getString("reference"));
        assertEquals("PARTIALLY_REFUNDED", after.getString("state"));
        assertEquals(0, new BigDecimal("1200.00").compareTo(FollowUps.amount(after, "refundedAmount")));
        assertTrue(waiting(sale).isEmpty(), "nothing waits any more");
    }

    @Test
    void aRejectedRequestSendsNothing() {
        JsonObject sale = sale("collector", "2500.00");
        TestServer.Reply waits =
                followUp(sale, "cancel", null, "finance", UUID.randomUUID().toString());
        assertEquals(202, waits.status(), waits.toString());
        JsonObject approval = waits.json();
        assertEquals("CANCEL", approval.getString("operation"));
        assertEquals("VOID", approval.getString("expectedKind"), "before the day end a cancel is a void");

        TestServer.Reply noReason = decide(approval, "reject", "aylin", "{}");
        assertEquals(400, noReason.status(), noReason.toString());
        assertTrue(noReason.body().contains("\"reason\""), noReason.toString());
        TestServer.Reply rejected = decide(approval, "reject", "aylin", "{\"reason\":\"customer kept the goods\"}");
        assertEquals(200, rejected.status(), rejected.toString());
        JsonObject decided = rejected.json().getJsonObject("approval");
        assertEquals("REJECTED", decided.getString("state"));
        assertEquals("aylin", decided.getString("decidedBy"));
        assertEquals("customer kept the goods", decided.getString("decisionNote"));

        assertEquals(409, decide(approval, "approve", "aylin", null).status(), "a rejected request stays rejected");
        assertNothingAtTheBank(sale);
        assertEquals(
                "APPROVED", FollowUps.collection(sale.getString("reference")).getString("state"));
        assertTrue(FollowUps.operations(sale.getString("reference")).isEmpty());
        TestServer.Reply all = TestServer.get(
                TestServer.API + "/refund-approvals?state=ALL&collection=" + sale.getString("reference"), "auditor");
        assertEquals(200, all.status(), all.toString());
        assertEquals(1, all.json().getJsonArray("items").size(), all.toString());
        assertEquals(
                400,
                TestServer.get(TestServer.API + "/refund-approvals?state=LATER", "finance")
                        .status());
    }

    @Test
    void aRefundByTheUserWhoTookTheSaleWaitsEvenUnderTheThreshold() {
        JsonObject sale = sale("aylin", "300.00");
        SimulatedBank.dayEnd("EST");
        TestServer.Reply waits =
                followUp(sale, "refund", "100.00", "aylin", UUID.randomUUID().toString());
        assertEquals(202, waits.status(), waits.toString());
        JsonObject approval = waits.json();
        assertEquals(List.of("SAME_USER_AS_SALE"), codes(approval));
        assertEquals("aylin", approval.getString("saleTakenBy"));
        TestServer.Reply tr = TestServer.send(TestServer.request(approvalPath(approval), "finance")
                .header("Accept-Language", "tr")
                .GET()
                .build());
        assertTrue(
                tr.json()
                        .getJsonArray("reasons")
                        .getJsonObject(0)
                        .getString("message")
                        .contains("Satışı alan aylin"),
                tr.toString());
        assertNothingAtTheBank(sale);

        TestServer.Reply own = decide(approval, "approve", "aylin", null);
        assertEquals(409, own.status(), own.toString());
        TestServer.Reply approved = decide(approval, "approve", "finance", null);
        assertEquals(200, approved.status(), approved.toString());
        assertEquals(1, SimulatedBank.approved(order(sale), "REFUND").size());
        assertEquals(0, new BigDecimal("100.00").compareTo(SimulatedBank.refunded(order(sale))));
    }

    @Test
    void theUserWhoTookTheSaleCannotApproveAnotherUsersRefundOfIt() {
        JsonObject sale = sale("aylin", "3000.00");
        SimulatedBank.dayEnd("EST");
        TestServer.Reply waits =
                followUp(sale, "refund", null, "finance", UUID.randomUUID().toString());
        assertEquals(202, waits.status(), waits.toString());
        assertEquals(
                "3000.00",
                waits.json().getJsonNumber("amount").bigDecimalValue().toPlainString());
        TestServer.Reply byTaker = decide(waits.json(), "approve", "aylin", null);
        assertEquals(409, byTaker.status(), byTaker.toString());
        assertEquals("fourEyes.saleTaker", byTaker.json().getString("error"), byTaker.toString());
        assertNothingAtTheBank(sale);
    }

    @Test
    void anApprovalWhoseSendIsRefusedBeforeTheBankWaitsAgainNeverApprovedWithNothingSent() throws Exception {
        // two waiting refunds of 1200 on a 1500 sale, approved at the same moment: the bank refunds one; the other is
        // refused (only 300 left) either before its approval (it stays waiting) or after it, as the send is refused
        // under the collection's lock — then it waits again with the refusal noted, never "approved" with nothing sent
        for (int round = 0; round < 3; round++) {
            JsonObject sale = sale("collector", "1500.00");
            SimulatedBank.dayEnd("EST");
            JsonObject first = followUp(
                            sale,
                            "refund",
                            "1200.00",
                            "finance",
                            UUID.randomUUID().toString())
                    .json();
            JsonObject second = followUp(
                            sale,
                            "refund",
                            "1200.00",
                            "finance",
                            UUID.randomUUID().toString())
                    .json();
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
            try {
                var a = pool.submit(() -> decide(first, "approve", "aylin", null));
                var b = pool.submit(() -> decide(second, "approve", "aylin", null));
                List<TestServer.Reply> replies = List.of(a.get(), b.get());
                assertEquals(1, replies.stream().filter(r -> r.status() == 200).count(), "one approved: " + replies);
                TestServer.Reply refused = replies.stream()
                        .filter(r -> r.status() != 200)
                        .findFirst()
                        .orElseThrow();
                assertTrue(refused.status() == 409 || refused.status() == 400, refused.toString());
            } finally {
                pool.shutdown();
            }
            assertEquals(
                    1,
                    SimulatedBank.approved(order(sale), "REFUND").size(),
                    SimulatedBank.ledger(order(sale)).toString());
            int approved = 0;
            for (JsonObject asked : List.of(first, second)) {
                JsonObject now = TestServer.get(approvalPath(asked), "finance").json();
                if ("APPROVED".equals(now.getString("state"))) {
                    approved++;
                    assertTrue(now.containsKey("operationId"), "approved means sent: " + now);
                } else {
                    assertEquals("PENDING", now.getString("state"), now.toString());
                    assertFalse(now.containsKey("operationId") && !now.isNull("operationId"), now.toString());
                }
            }
            assertEquals(1, approved, "exactly one approval stands");
            assertEquals(1, waiting(sale).size(), "the refused one waits for a new decision (or a rejection)");
        }
    }

    private static void assertNothingAtTheBank(JsonObject sale) {
        List<JsonObject> ledger = SimulatedBank.ledger(order(sale));
        assertTrue(
                ledger.stream().allMatch(e -> "SALE".equals(e.getString("type"))),
                "only the sale at the bank: " + ledger);
        assertTrue(FollowUps.operations(sale.getString("reference")).isEmpty(), "no follow-up recorded");
    }

    private static List<JsonObject> waiting(JsonObject sale) {
        TestServer.Reply r = TestServer.get(
                TestServer.API + "/refund-approvals?collection=" + sale.getString("reference"), "finance");
        assertEquals(200, r.status(), r.toString());
        return r.json().getJsonArray("items").stream().map(v -> (JsonObject) v).toList();
    }

    private static List<String> codes(JsonObject approval) {
        return approval.getJsonArray("reasons").stream()
                .map(v -> ((JsonObject) v).getString("code"))
                .toList();
    }

    private static String order(JsonObject sale) {
        return sale.getString("bankOrderId");
    }

    private static JsonObject sale(String user, String amount) {
        String json = Json.createObjectBuilder()
                .add("companyId", company)
                .add("customerAccountId", Sales.firstCustomerAccountId(company))
                .add("definitionId", est)
                .add("amount", amount)
                .add("currency", "TRY")
                .add("installments", 1)
                .add("kind", "SALE")
                .add(
                        "card",
                        Json.createObjectBuilder()
                                .add("number", Sales.APPROVED_CARD)
                                .add("expiry", "12/30")
                                .add("cvv", "123")
                                .add("holder", "Ayse Yilmaz"))
                .build()
                .toString();
        TestServer.Reply r = TestServer.postJson(
                TestServer.API + "/collections",
                user,
                json,
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertEquals(201, r.status(), r.toString());
        assertNotEquals(null, r.json().getString("bankOrderId", null));
        return r.json();
    }

    private static TestServer.Reply followUp(JsonObject sale, String op, String amount, String user, String key) {
        return TestServer.postJson(
                TestServer.API + "/collections/" + sale.getString("reference") + "/" + op,
                user,
                amount == null ? "{}" : "{\"amount\":\"" + amount + "\"}",
                Map.of("Idempotency-Key", key));
    }

    private static TestServer.Reply decide(JsonObject approval, String decision, String user, String body) {
        return TestServer.postJson(approvalPath(approval) + "/" + decision, user, body == null ? "{}" : body, Map.of());
    }

    private static String approvalPath(JsonObject approval) {
        return TestServer.API + "/refund-approvals/" + approval.getString("approvalId");
    }

    private static TestServer.Reply setting(String thresholds, String user) {
        return TestServer.send(TestServer.request(path(), user)
                .header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"thresholds\":" + thresholds + "}"))
                .build());
    }

    private static String path() {
        return TestServer.API + "/companies/" + company + "/four-eyes";
    }
}
