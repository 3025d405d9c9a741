package dev.vpos.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * VakıfBank Common Payment end to end through the collection API. The family takes payments on the bank's pages only
 * (no non-3D sale, no pre-authorisation, so {@link FamilyOperationsIT}'s non-3D walk does not fit it): each sale here
 * is a portal payment through the bank's 3D Pay pages, then the follow-ups go through the API — a decline with its
 * unified reason in the log, a void before day end, a partial and the full refund after it, the bank's status.
 */
class PayFlexCpOperationsIT {

    private static final String FAMILY = "PAYFLEX_CP";

    /** A portal payment of {@code amount} with {@code card} through the bank's pages: the collection. */
    static JsonObject pay(long company, String amount, String card) {
        String session = ThreeDsCheckoutIT.openSession(company, amount);
        TestServer.Reply back = HtmlForms.submit(
                ThreeDsCheckoutIT.callbackAfter(ThreeDsCheckoutIT.toAcs(session, false, card), "123456"), f -> f);
        assertEquals(302, back.status(), back.toString());
        String reference = ThreeDsCheckoutIT.session(session).getString("collectionReference");
        return TestServer.get(TestServer.API + "/collections/" + reference, "finance")
                .json();
    }

    @Test
    void declineVoidAndRefundsAfterDayEndOfSalesMadeOnTheBanksPages() {
        long company = ThreeDsCheckoutIT.demo2();
        FamilyOperationsIT.definition(company, FAMILY, "THREE_D_PAY", true);

        JsonObject declined = pay(company, "25.00", Sales.INSUFFICIENT_FUNDS_CARD);
        assertEquals("DECLINED", declined.getString("state"), declined.toString());
        assertEquals("INSUFFICIENT_FUNDS", declined.getString("reason"), declined.toString());
        Map<String, String> log = FamilyOperationsIT.logOf(declined.getString("bankOrderId"));
        assertTrue(log.containsValue("INSUFFICIENT_FUNDS"), "the decline's unified reason in the log: " + log);

        JsonObject sale = pay(company, "100.00", Sales.APPROVED_CARD);
        assertEquals("APPROVED", sale.getString("state"), sale.toString());
        TestServer.Reply voided = FamilyOperationsIT.followUp(sale.getString("reference"), "void", null);
        assertEquals(200, voided.status(), voided.toString());
        assertEquals("VOIDED", voided.json().getJsonObject("collection").getString("state"));
        assertEquals(
                "APPROVED",
                FamilyOperationsIT.logOf(sale.getString("bankOrderId")).get("VOID"));

        JsonObject settled = pay(company, "300.00", Sales.APPROVED_CARD);
        assertEquals("APPROVED", settled.getString("state"), settled.toString());
        FamilyOperationsIT.dayEnd(FAMILY);
        TestServer.Reply part = FamilyOperationsIT.followUp(settled.getString("reference"), "refund", "120.00");
        assertEquals(200, part.status(), part.toString());
        assertEquals(
                "PARTIALLY_REFUNDED", part.json().getJsonObject("collection").getString("state"));
        TestServer.Reply rest = FamilyOperationsIT.followUp(settled.getString("reference"), "refund", null);
        assertEquals(200, rest.status(), rest.toString());
        assertEquals("REFUNDED", rest.json().getJsonObject("collection").getString("state"));
        assertEquals(
                "180.00", rest.json().getJsonNumber("amount").bigDecimalValue().toPlainString());
        assertEquals(
                "APPROVED,APPROVED",
                FamilyOperationsIT.logOf(settled.getString("bankOrderId")).get("REFUND"));

        // the bank's view by our order id (the VPOS search): the sale, approved; Common Payment has no history call
        JsonObject report = BankReports.of(settled.getString("reference"));
        assertEquals("APPROVED", report.getString("outcome"), report.toString());
    }
}
