package dev.vpos.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Finance's desk for what the janitor cannot settle alone, over HTTP: who may use it and what it refuses. */
class AttentionDeskIT {

    private static long company;
    private static long account;

    @BeforeAll
    static void demoData() {
        company = Sales.demoCompanyId();
        account = Sales.firstCustomerAccountId(company);
    }

    @Test
    void aCollectionStillUnknownCannotBeDismissed() {
        TestServer.postJson(TestServer.SIMULATOR + "/control/outage", null, "{\"down\":true}", Map.of());
        JsonObject unknown;
        try {
            unknown = Sales.post(Sales.sale(company, account, "44.10", Sales.APPROVED_CARD, "12/30"), "collector")
                    .json();
        } finally {
            TestServer.postJson(TestServer.SIMULATOR + "/control/outage", null, "{\"down\":false}", Map.of());
        }
        assertEquals("UNKNOWN", unknown.getString("state"));
        String dismiss = TestServer.API + "/collections/" + unknown.getString("reference") + "/attention/dismiss";

        var refused = TestServer.postJson(dismiss, "finance", "", Map.of("Accept-Language", "tr"));

        assertEquals(409, refused.status(), refused.body());
        assertTrue(refused.body().contains("bankayla"), "the reason in the caller's language: " + refused.body());
        assertEquals(
                403, TestServer.postJson(dismiss, "collector", "", Map.of()).status());
    }

    @Test
    void anApprovedCollectionCanBeDismissedAndUnknownOnesAreNotFound() {
        JsonObject approved = Sales.post(
                        Sales.sale(company, account, "44.20", Sales.APPROVED_CARD, "12/30"), "collector")
                .json();
        String base = TestServer.API + "/collections/" + approved.getString("reference");

        var dismissed = TestServer.postJson(base + "/attention/dismiss", "finance", "", Map.of());

        assertEquals(200, dismissed.status(), dismissed.body());
        assertEquals(false, dismissed.json().getBoolean("needsAttention"));
        assertEquals(
                404,
                TestServer.postJson(base + "/operations/NOSUCHOP/status-check", "finance", "", Map.of())
                        .status());
        assertEquals(
                404,
                TestServer.postJson(
                                TestServer.API + "/collections/no-such-ref/attention/dismiss", "finance", "", Map.of())
                        .status());
    }
}
