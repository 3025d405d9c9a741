package dev.vpos.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * 2Checkout end to end on the test server: a DEMO2 order paid on the hosted page through ConvertPlus (the simulated
 * 2Checkout's card page), its IPN verified and acknowledged with a read receipt, the order marked paid exactly once
 * (the IPN before the payer's return, a resent IPN, a refund's IPN after our own refund); a forged IPN refused; an
 * order under review whose IPNs never come settled by the janitor through the REST API.
 */
class TwoCheckoutIT {

    private static final String MERCHANT = "TEST2CO";
    private static long company;
    private static long definition;

    @BeforeAll
    static void definition() {
        company = HostedProviders.demo2();
        definition = HostedProviders.definition(
                company,
                "TWOCHECKOUT",
                TestServer.SIMULATOR + "/twocheckout/checkout/buy",
                Json.createObjectBuilder()
                        .add("merchantCode", MERCHANT)
                        .add("secretKey", "2co-test-secret-key")
                        .add("buyLinkSecretWord", "2co-test-buy-link-word")
                        .add("ipnHashAlgorithm", "SHA256"));
        // what the merchant sets in 2Checkout's control panel: where its IPNs go
        HostedProviders.simulatorControl(
                "/control/twocheckout/ipn-settings",
                "{\"merchant\":\"" + MERCHANT + "\",\"url\":\"" + TestServer.BASE + "/vpos/notify/" + definition
                        + "\"}",
                200);
        HostedProviders.withholdAll(false);
    }

    @AfterAll
    static void release() {
        HostedProviders.withholdAll(false);
    }

    /** Our page → ConvertPlus (the signed buy link) → its card page, paid: the redirect back to our callback. */
    private static TestServer.Reply payAt2Checkout(String paymentPath, String holder) {
        HtmlForms.Form buyLink = HostedProviders.toProvider(paymentPath, definition);
        assertTrue(buyLink.action().getPath().endsWith("/twocheckout/checkout/buy"), buyLink.toString());
        assertEquals("1", buyLink.fields().get("test"), "a TEST definition places test orders");
        TestServer.Reply cardPage = HtmlForms.submit(buyLink, f -> f);
        assertEquals(200, cardPage.status(), cardPage.toString());
        TestServer.Reply placed = HostedProviders.payOnProviderPage(
                HtmlForms.first(buyLink.action(), cardPage.body()), "4111111111111111", holder);
        assertEquals(302, placed.status(), placed.toString());
        assertTrue(placed.location().contains("/vpos/3ds/callback/"), placed.location());
        return placed;
    }

    private static TestServer.Reply follow(String location) {
        return TestServer.send(
                HttpRequest.newBuilder(URI.create(location)).GET().build());
    }

    @Test
    void anOrderPaidAt2CheckoutIsMarkedPaidByItsIpnBeforeThePayerReturnsAndOnlyOnce() {
        String path = HostedProviders.orderSession(company, "ORD-2026-0201", "200.00");
        TestServer.Reply back = payAt2Checkout(path, "John Doe");
        String reference = HostedProviders.collectionOf(HostedProviders.sessionIdOf(path));
        HostedProviders.await(() -> HostedProviders.state(reference), "APPROVED"::equals, "the IPN's approval");
        String order = HostedProviders.collection(reference).getString("bankOrderId");
        List<JsonObject> inbox = HostedProviders.notifications(order);
        assertEquals(1, inbox.size(), inbox.toString());
        assertEquals("APPLIED", inbox.get(0).getString("status"));
        assertEquals("PAYMENT_APPROVED", inbox.get(0).getString("kind"));
        assertTrue(inbox.get(0).getString("eventId").endsWith(":COMPLETE"), inbox.toString());
        JsonArray delivered = HostedProviders.deliveries(order);
        assertEquals("DELIVERED", delivered.getJsonObject(0).getString("state"), "2Checkout accepted our read receipt");
        assertTrue(
                HostedProviders.logOperations(order).contains("NOTIFY:APPROVED"),
                HostedProviders.logOperations(order).toString());

        // the payer's browser comes back after the IPN: shown as paid, nothing asked or changed again
        TestServer.Reply returned = follow(back.location());
        assertEquals(302, returned.status(), returned.toString());
        assertTrue(returned.location().startsWith(HostedProviders.RETURN_URL + "?session="), returned.location());
        assertTrue(returned.location().contains("status=PAID"), returned.location());
        assertFalse(HostedProviders.orderOpen(company, "ORD-2026-0201"), "the order is paid");
        JsonArray batch = HostedProviders.batches(order);
        assertEquals(1, batch.size());
        // the definition's per-transaction fee: 3.90 % of 200.00 (7.80) + 0.45
        assertEquals(
                "8.25",
                batch.getJsonObject(0)
                        .getJsonNumber("commission")
                        .bigDecimalValue()
                        .setScale(2)
                        .toPlainString());

        // 2Checkout resends the IPN: a duplicate, nothing changes
        HostedProviders.resend(order);
        HostedProviders.await(() -> HostedProviders.notifications(order), n -> n.size() == 2, "the resent IPN stored");
        assertEquals("DUPLICATE", HostedProviders.notifications(order).get(0).getString("status"));
        assertEquals("APPROVED", HostedProviders.state(reference));
        assertEquals(1, HostedProviders.batches(order).size(), "one batch record, one payment of the order");
    }

    @Test
    void aRefundIsMadeThroughTheApiAndItsIpnChangesNothingMore() {
        String path = HostedProviders.orderSession(company, "ORD-2026-0202", "200.00");
        follow(payAt2Checkout(path, "John Doe").location());
        String reference = HostedProviders.collectionOf(HostedProviders.sessionIdOf(path));
        HostedProviders.await(() -> HostedProviders.state(reference), "APPROVED"::equals, "the approval");
        String order = HostedProviders.collection(reference).getString("bankOrderId");

        // 2Checkout refunds whole orders: a part is refused before anything is sent
        TestServer.Reply part = refund(reference, "{\"amount\":\"10.00\"}");
        assertEquals(409, part.status(), part.toString());
        assertEquals("followUp.notOffered", part.json().getString("error"), part.toString());
        assertEquals("APPROVED", HostedProviders.state(reference));

        TestServer.Reply refunded = refund(reference, "{}");
        assertEquals(200, refunded.status(), refunded.toString());
        assertEquals("APPROVED", refunded.json().getString("state"), refunded.toString());
        assertEquals("REFUNDED", HostedProviders.state(reference));
        HostedProviders.await(
                () -> HostedProviders.notifications(order),
                n -> n.stream()
                        .anyMatch(x -> "REFUNDED".equals(x.getString("kind", ""))
                                && !List.of("RECEIVED", "DEFERRED").contains(x.getString("status"))),
                "the REFUND IPN processed (it may have waited for our own refund to finish)");
        JsonObject refundIpn = HostedProviders.notifications(order).stream()
                .filter(x -> "REFUNDED".equals(x.getString("kind", "")))
                .findFirst()
                .orElseThrow();
        assertEquals("NO_CHANGE", refundIpn.getString("status"), refundIpn.toString());
        assertEquals("REFUNDED", HostedProviders.state(reference));
        // 2Checkout's order: the sale and, the order being refunded, its refund
        JsonObject report = BankReports.of(reference);
        assertTrue(report.getBoolean("historyAnswered"), report.toString());
        assertEquals("200.00", BankReports.approvedSum(report, "SALE"), report.toString());
        assertEquals("200.00", BankReports.approvedSum(report, "REFUND"), report.toString());

        TestServer.Reply again = refund(reference, "{}");
        assertEquals(409, again.status(), again.toString());
        assertEquals("followUp.notRefundable", again.json().getString("error"), "nothing left to refund: " + again);
    }

    private static TestServer.Reply refund(String reference, String body) {
        return TestServer.postJson(
                TestServer.API + "/collections/" + reference + "/refund",
                "finance",
                body,
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
    }

    @Test
    void aForgedIpnIsRefusedKeptAsRejectedAndChangesNothing() {
        String path = HostedProviders.orderSession(company, "ORD-2026-0203", "200.00");
        HostedProviders.toProvider(path, definition);
        String reference = HostedProviders.collectionOf(HostedProviders.sessionIdOf(path));
        String order = HostedProviders.collection(reference).getString("bankOrderId");
        String forged = "REFNO=999999&REFNOEXT=" + order + "&ORDERSTATUS=COMPLETE&IPN_PID%5B%5D=VPOSORDER"
                + "&IPN_PNAME%5B%5D=Order&IPN_TOTALGENERAL=200.00&CURRENCY=TRY&IPN_DATE=20260301100000"
                + "&HASH=0123456789abcdef0123456789abcdef"
                + "&SIGNATURE_SHA2_256=" + "ab".repeat(32) + "&SIGNATURE_SHA3_256=" + "cd".repeat(32);

        TestServer.Reply refused = HostedProviders.postToInbox(definition, forged);
        assertEquals(400, refused.status(), refused.toString());
        assertFalse(refused.body().contains("<sig"), "no read receipt for a forgery");
        JsonObject stored = HostedProviders.notificationsOfDefinition(definition).stream()
                .filter(n -> "REJECTED".equals(n.getString("status")))
                .findFirst()
                .orElseThrow();
        assertFalse(stored.getBoolean("authentic"));
        assertTrue(stored.getString("rejection").contains("SIGNATURE_SHA2_256"), stored.toString());
        assertEquals("PENDING_3DS", HostedProviders.state(reference), "a forged IPN changes nothing");
        assertEquals(0, HostedProviders.batches(order).size());
        assertTrue(HostedProviders.orderOpen(company, "ORD-2026-0203"));
    }

    @Test
    void whenItsIpnsNeverComeAnOrderUnderReviewIsSettledByTheJanitorFromTheRestApi() {
        HostedProviders.withholdAll(true);
        try {
            String path = HostedProviders.orderSession(company, "ORD-2026-0204", "200.00");
            TestServer.Reply returned =
                    follow(payAt2Checkout(path, "Pending Review").location());
            assertEquals(302, returned.status(), returned.toString());
            String reference = HostedProviders.collectionOf(HostedProviders.sessionIdOf(path));
            assertEquals("UNKNOWN", HostedProviders.state(reference), "the order is still under review at 2Checkout");
            String order = HostedProviders.collection(reference).getString("bankOrderId");

            HostedProviders.await(
                    () -> HostedProviders.state(reference), "APPROVED"::equals, "the janitor's settlement");
            assertTrue(
                    HostedProviders.logOperations(order).contains("STATUS:APPROVED"),
                    HostedProviders.logOperations(order).toString());
            assertTrue(HostedProviders.notifications(order).isEmpty(), "no IPN reached us");
            assertEquals(
                    "WITHHELD",
                    HostedProviders.deliveries(order).getJsonObject(0).getString("state"));
            assertFalse(HostedProviders.orderOpen(company, "ORD-2026-0204"), "the order is paid");
            assertEquals(1, HostedProviders.batches(order).size());
        } finally {
            HostedProviders.withholdAll(false);
        }
    }

    @Test
    void aTamperedReturnIsRefusedAndTheOrderStaysForTheIpn() {
        HostedProviders.withholdAll(true);
        try {
            String path = HostedProviders.orderSession(company, "ORD-2026-0205", "200.00");
            TestServer.Reply back = payAt2Checkout(path, "John Doe");
            String tampered = back.location().replace("total=200.00", "total=2.00");
            TestServer.Reply refused = follow(tampered);
            assertEquals(400, refused.status(), refused.toString());
            String reference = HostedProviders.collectionOf(HostedProviders.sessionIdOf(path));
            assertEquals("PENDING_3DS", HostedProviders.state(reference));
            String order = HostedProviders.collection(reference).getString("bankOrderId");
            HostedProviders.resend(order);
            HostedProviders.await(() -> HostedProviders.state(reference), "APPROVED"::equals, "the released IPN");
        } finally {
            HostedProviders.withholdAll(false);
        }
    }
}
