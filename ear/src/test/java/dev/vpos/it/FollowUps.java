package dev.vpos.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Sales and their follow-ups (capture, void, refund, cancel) through the API, and what our records say of them. */
final class FollowUps {

    /** The answers of requests sent in the background (a follow-up the bank is slow to answer). */
    private static final ExecutorService BACKGROUND = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "follow-up-request");
        t.setDaemon(true);
        return t;
    });

    private FollowUps() {}

    /** An approved sale or pre-authorisation (kind SALE or PRE_AUTH) on the definition; answers the collection. */
    static JsonObject approved(long company, long definition, String amount, String kind) {
        String json = Json.createObjectBuilder()
                .add("companyId", company)
                .add("customerAccountId", Sales.firstCustomerAccountId(company))
                .add("definitionId", definition)
                .add("amount", amount)
                .add("currency", "TRY")
                .add("installments", 1)
                .add("kind", kind)
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
                "collector",
                json,
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertEquals(201, r.status(), r.toString());
        assertEquals("APPROVED", r.json().getString("state"), r.toString());
        return r.json();
    }

    /** capture, void, refund or cancel, by finance, for {@code amount} (null: all that is left), with its key. */
    static TestServer.Reply post(String reference, String operation, String amount, String key) {
        String body = amount == null ? "{}" : "{\"amount\":\"" + amount + "\"}";
        return TestServer.postJson(
                TestServer.API + "/collections/" + reference + "/" + operation,
                "finance",
                body,
                key == null ? Map.of() : Map.of("Idempotency-Key", key));
    }

    static CompletableFuture<TestServer.Reply> postInBackground(
            String reference, String operation, String amount, String key) {
        return CompletableFuture.supplyAsync(() -> post(reference, operation, amount, key), BACKGROUND);
    }

    /** The collection as the API shows it now. */
    static JsonObject collection(String reference) {
        TestServer.Reply r = TestServer.get(TestServer.API + "/collections/" + reference, "finance");
        assertEquals(200, r.status(), r.toString());
        return r.json();
    }

    /** The collection's follow-ups, oldest first. */
    static List<JsonObject> operations(String reference) {
        TestServer.Reply r = TestServer.get(TestServer.API + "/collections/" + reference + "/operations", "finance");
        assertEquals(200, r.status(), r.toString());
        try (var reader = Json.createReader(new java.io.StringReader(r.body()))) {
            return reader.readArray().stream().map(v -> (JsonObject) v).toList();
        }
    }

    /** Waits until a follow-up of the collection is written INITIATED (its bank call under way); answers it. */
    static JsonObject awaitInFlight(String reference) {
        return Await.until(
                        () -> operations(reference).stream()
                                .filter(o -> "INITIATED".equals(o.getString("state")))
                                .toList(),
                        l -> !l.isEmpty(),
                        "a follow-up of " + reference + " in flight")
                .get(0);
    }

    /** Our credit-card batch records of the order (sale, capture, refunds), by the finance listing. */
    static List<JsonObject> batchRecords(String bankOrderId) {
        TestServer.Reply r = TestServer.get(TestServer.API + "/batches?size=100&q=" + bankOrderId, "finance");
        assertEquals(200, r.status(), r.toString());
        return r.json().getJsonArray("items").stream()
                .map(v -> (JsonObject) v)
                .filter(b -> bankOrderId.equals(b.getString("bankOrderId")))
                .toList();
    }

    /** What a cancel of the order's sale would do now (the batch record's detail: VOID or REFUND, amount left). */
    static JsonObject cancelQuote(String bankOrderId) {
        long id = batchRecords(bankOrderId).stream()
                .filter(b -> b.getJsonNumber("amount").bigDecimalValue().signum() > 0)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no batch record of " + bankOrderId))
                .getJsonNumber("id")
                .longValue();
        TestServer.Reply r = TestServer.get(TestServer.API + "/batches/" + id, "finance");
        assertEquals(200, r.status(), r.toString());
        return r.json().getJsonObject("cancel");
    }

    /**
     * Waits until the family's cut-off has passed for the order's sale: a full cancel of it is then a refund. Used
     * after moving the cut-off a second ahead, instead of sleeping past it.
     */
    static void awaitCutoffPassed(String bankOrderId) {
        Await.until(
                () -> cancelQuote(bankOrderId).getString("kind"),
                "REFUND"::equals,
                "the cut-off passed for " + bankOrderId);
    }

    /** The sum of the order's negative (refund) batch records, as a positive amount. */
    static BigDecimal refundedByBatches(String bankOrderId) {
        return batchRecords(bankOrderId).stream()
                .map(b -> b.getJsonNumber("amount").bigDecimalValue())
                .filter(a -> a.signum() < 0)
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .negate();
    }

    /** How many interactions of this operation (SALE, CAPTURE, VOID, REFUND, STATUS, ...) we had with the bank. */
    static long interactions(String bankOrderId, String operation) {
        TestServer.Reply r = TestServer.get(TestServer.API + "/transaction-log?size=200&q=" + bankOrderId, "auditor");
        assertEquals(200, r.status(), r.toString());
        return r.json().getJsonArray("items").stream()
                .map(v -> (JsonObject) v)
                .filter(i -> bankOrderId.equals(i.getString("bankOrderId", null))
                        && operation.equals(i.getString("operation")))
                .count();
    }

    /** The error code of a refused request ("idempotency_in_flight", "followUp.inFlight", ...). */
    static String error(TestServer.Reply r) {
        return r.json().getString("error", "(no error code: " + r.json().getString("state", "?") + ")");
    }

    static BigDecimal amount(JsonObject o, String field) {
        return o.getJsonNumber(field).bigDecimalValue();
    }
}
