package dev.vpos.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;

/** The simulated banks' own books (its control API, docs/bank-simulator.md): what the bank did, not what we say. */
final class SimulatedBank {

    private SimulatedBank() {}

    /** Every entry the banks booked for this order id, newest first. */
    static List<JsonObject> ledger(String orderId) {
        return entries(TestServer.get(TestServer.SIMULATOR + "/control/ledger?orderId=" + orderId, null));
    }

    /** Every entry of every bank, newest first. */
    static List<JsonObject> ledger() {
        return entries(TestServer.get(TestServer.SIMULATOR + "/control/ledger", null));
    }

    /** The approved entries of one type (SALE, PRE_AUTH, POST_AUTH, VOID, REFUND) of the order. */
    static List<JsonObject> approved(String orderId, String type) {
        return ledger(orderId).stream()
                .filter(e -> type.equals(e.getString("type")) && "00".equals(e.getString("resultCode")))
                .toList();
    }

    /** What the bank refunded of the order: the sum of its approved REFUND entries. */
    static BigDecimal refunded(String orderId) {
        return approved(orderId, "REFUND").stream()
                .map(e -> e.getJsonNumber("amount").bigDecimalValue())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The family's day end: its open batch closes (voids refused, refunds accepted from now on). */
    static void dayEnd(String family) {
        TestServer.Reply r = TestServer.send(
                HttpRequest.newBuilder(URI.create(TestServer.SIMULATOR + "/control/day-end?family=" + family))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build());
        assertEquals(200, r.status(), r.toString());
    }

    private static List<JsonObject> entries(TestServer.Reply reply) {
        assertEquals(200, reply.status(), reply.toString());
        try (var reader = Json.createReader(new StringReader(reply.body()))) {
            JsonArray all = reader.readArray();
            return all.stream().map(v -> (JsonObject) v).toList();
        }
    }
}
