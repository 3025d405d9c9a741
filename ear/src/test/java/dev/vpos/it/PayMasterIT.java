package dev.vpos.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * PayMaster end to end on the test server: a DEMO2 order paid on the hosted page through PayMaster's payment form,
 * the Invoice Confirmation answered YES by our inbox, the payment notification verified (LMI_HASH) and acknowledged,
 * the order marked paid exactly once (notification before the payer's return, a resend, a second payment of the same
 * order refused by our pre-request answer); a forged notification refused; a payment still in processing whose
 * notification never comes settled by the janitor through the REST API; a partial refund.
 */
class PayMasterIT {

    private static final String SITE = "a1b2c3d4-0000-4000-8000-000000000256";
    private static long company;
    private static long definition;

    @BeforeAll
    static void definition() {
        company = HostedProviders.demo2();
        definition = HostedProviders.definition(
                company,
                "PAYMASTER",
                TestServer.SIMULATOR + "/paymaster/Payment/Init",
                Json.createObjectBuilder()
                        .add("merchantId", SITE)
                        .add("secretKey", "pm-test-secret-256")
                        .add("hashAlgorithm", "SHA256")
                        .add("apiLogin", "test-api-256")
                        .add("apiPassword", "pm-test-api-256"));
        HostedProviders.withholdAll(false);
    }

    @AfterAll
    static void release() {
        HostedProviders.withholdAll(false);
    }

    /** Our page → PayMaster's payment form → its card page, paid: the page that posts the payer back to us. */
    private static HtmlForms.Form payAtPayMaster(HtmlForms.Form paymentForm, String holder) {
        TestServer.Reply cardPage = HtmlForms.submit(paymentForm, f -> f);
        assertEquals(200, cardPage.status(), cardPage.toString());
        TestServer.Reply paid = HostedProviders.payOnProviderPage(
                HtmlForms.first(paymentForm.action(), cardPage.body()), "4111111111111111", holder);
        assertEquals(200, paid.status(), paid.toString());
        return HtmlForms.first(paymentForm.action(), paid.body());
    }

    private static HtmlForms.Form paymentForm(String path) {
        HtmlForms.Form form = HostedProviders.toProvider(path, definition);
        assertTrue(form.action().getPath().endsWith("/paymaster/Payment/Init"), form.toString());
        assertEquals("0", form.fields().get("LMI_SIM_MODE"), "a TEST definition pays in simulation mode");
        assertTrue(form.fields().get("LMI_PAYMENT_NOTIFICATION_URL").endsWith("/vpos/notify/" + definition));
        return form;
    }

    @Test
    void anOrderPaidAtPayMasterIsConfirmedNotifiedAndMarkedPaidOnceEvenWhenPaidAgain() {
        String path = HostedProviders.orderSession(company, "ORD-2026-0301", "200.00");
        HtmlForms.Form form = paymentForm(path);
        HtmlForms.Form back = payAtPayMaster(form, "Ivan Petrov");
        assertTrue(back.action().getPath().startsWith("/vpos/3ds/callback/"), back.toString());

        String reference = HostedProviders.collectionOf(HostedProviders.sessionIdOf(path));
        HostedProviders.await(
                () -> HostedProviders.state(reference), "APPROVED"::equals, "the notification's approval");
        String order = HostedProviders.collection(reference).getString("bankOrderId");
        List<JsonObject> inbox = HostedProviders.notifications(order);
        assertEquals(2, inbox.size(), inbox.toString());
        JsonObject payment = inbox.get(0);
        JsonObject confirmation = inbox.get(1);
        assertEquals("PAYMENT_PENDING", confirmation.getString("kind"), "the Invoice Confirmation, answered YES");
        assertTrue(confirmation.getString("eventId").endsWith(":YES"), confirmation.toString());
        assertEquals("PAYMENT_APPROVED", payment.getString("kind"));
        assertEquals("APPLIED", payment.getString("status"));
        assertEquals(back.fields().get("LMI_SYS_PAYMENT_ID"), payment.getString("eventId"));

        // the payer comes back after the notification
        TestServer.Reply returned = HtmlForms.submit(back, f -> f);
        assertEquals(302, returned.status(), returned.toString());
        assertTrue(returned.location().contains("status=PAID"), returned.location());
        assertFalse(HostedProviders.orderOpen(company, "ORD-2026-0301"));
        assertEquals(1, HostedProviders.batches(order).size());

        // PayMaster resends the notification: a duplicate
        HostedProviders.resend(order);
        HostedProviders.await(() -> HostedProviders.notifications(order), n -> n.size() == 3, "the resend stored");
        assertEquals("DUPLICATE", HostedProviders.notifications(order).get(0).getString("status"));

        // the payer goes back in the browser and pays the same form again: our pre-request answer refuses it
        TestServer.Reply cardPage = HtmlForms.submit(form, f -> f);
        TestServer.Reply again = HostedProviders.payOnProviderPage(
                HtmlForms.first(form.action(), cardPage.body()), "4111111111111111", "Ivan Petrov");
        assertTrue(again.body().contains("The shop did not confirm this payment"), again.body());
        assertTrue(again.body().contains("is no longer payable"), again.body());
        assertEquals("APPROVED", HostedProviders.state(reference));
        assertEquals(1, HostedProviders.batches(order).size(), "paid once");
    }

    @Test
    void aForgedNotificationIsRefusedKeptAsRejectedAndChangesNothing() {
        String path = HostedProviders.orderSession(company, "ORD-2026-0302", "200.00");
        paymentForm(path);
        String reference = HostedProviders.collectionOf(HostedProviders.sessionIdOf(path));
        String order = HostedProviders.collection(reference).getString("bankOrderId");
        String forged = "LMI_MERCHANT_ID=" + SITE + "&LMI_PAYMENT_NO=" + order + "&LMI_SYS_PAYMENT_ID=777&"
                + "LMI_SYS_PAYMENT_DATE=2026-03-01T10%3A00%3A00&LMI_PAYMENT_AMOUNT=200.00&LMI_CURRENCY=TRY&"
                + "LMI_PAID_AMOUNT=200.00&LMI_PAID_CURRENCY=TRY&LMI_PAYMENT_SYSTEM=18&LMI_SIM_MODE=0&"
                + "LMI_HASH=bm90IHRoZSBoYXNoIG9mIHRoaXMgcGF5bWVudCEhIQ%3D%3D";

        TestServer.Reply refused = HostedProviders.postToInbox(definition, forged);
        assertEquals(400, refused.status(), refused.toString());
        JsonObject stored = HostedProviders.notificationsOfDefinition(definition).stream()
                .filter(n -> "REJECTED".equals(n.getString("status")))
                .findFirst()
                .orElseThrow();
        assertTrue(stored.getString("rejection").contains("LMI_HASH"), stored.toString());
        assertEquals("PENDING_3DS", HostedProviders.state(reference));
        assertEquals(0, HostedProviders.batches(order).size());
    }

    @Test
    void whenTheNotificationNeverComesAPaymentInProcessingIsSettledByTheJanitor() {
        HostedProviders.withholdAll(true);
        try {
            String path = HostedProviders.orderSession(company, "ORD-2026-0303", "200.00");
            HtmlForms.Form back = payAtPayMaster(paymentForm(path), "Pending Review");
            TestServer.Reply returned = HtmlForms.submit(back, f -> f);
            assertEquals(302, returned.status(), returned.toString());
            String reference = HostedProviders.collectionOf(HostedProviders.sessionIdOf(path));
            assertEquals("UNKNOWN", HostedProviders.state(reference), "PayMaster is still processing the payment");
            String order = HostedProviders.collection(reference).getString("bankOrderId");

            HostedProviders.await(
                    () -> HostedProviders.state(reference), "APPROVED"::equals, "the janitor's settlement");
            assertTrue(
                    HostedProviders.logOperations(order).contains("STATUS:APPROVED"),
                    HostedProviders.logOperations(order).toString());
            assertTrue(
                    HostedProviders.notifications(order).stream()
                            .noneMatch(n -> "PAYMENT_APPROVED".equals(n.getString("kind", ""))),
                    "no notification reached us");
            assertFalse(HostedProviders.orderOpen(company, "ORD-2026-0303"));
        } finally {
            HostedProviders.withholdAll(false);
        }
    }

    @Test
    void aPartialRefundGoesThroughPayMastersApi() {
        String path = HostedProviders.orderSession(company, "ORD-2026-0304", "200.00");
        HtmlForms.submit(payAtPayMaster(paymentForm(path), "Ivan Petrov"), f -> f);
        String reference = HostedProviders.collectionOf(HostedProviders.sessionIdOf(path));
        HostedProviders.await(() -> HostedProviders.state(reference), "APPROVED"::equals, "the approval");
        TestServer.Reply partial = TestServer.postJson(
                TestServer.API + "/collections/" + reference + "/refund",
                "finance",
                "{\"amount\":\"50.00\"}",
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertEquals(200, partial.status(), partial.toString());
        assertEquals("REFUND", partial.json().getString("kind"), partial.toString());
        assertEquals("APPROVED", partial.json().getString("state"), partial.toString());
        JsonObject after = HostedProviders.collection(reference);
        assertEquals("PARTIALLY_REFUNDED", after.getString("state"));
        assertEquals(
                "50.00",
                after.getJsonNumber("refundedAmount")
                        .bigDecimalValue()
                        .setScale(2)
                        .toPlainString());
        // PayMaster's payment and its refunds
        JsonObject report = BankReports.of(reference);
        assertTrue(report.getBoolean("historyAnswered"), report.toString());
        assertEquals("200.00", BankReports.approvedSum(report, "SALE"), report.toString());
        assertEquals("50.00", BankReports.approvedSum(report, "REFUND"), report.toString());
    }
}
